/** A counting period as readers say it: "2017", "2014–2016", "Nov. 2014 – June 2015". */
import type { PartialDate } from '../../data/schema-kit.ts';
import { formatDate, type Lang } from '../../i18n/locale.ts';

export function formatPeriod(lang: Lang, start: PartialDate, end: PartialDate): string {
  if (start.iso === end.iso) return formatDate(lang, start, true);
  if (start.month === undefined && end.month === undefined) return `${start.year}–${end.year}`;
  if (start.day === undefined && end.day === undefined && start.year === end.year) {
    // "Jan.–Sept. 2025": the year once, after the second month.
    return `${formatDate(lang, { ...start, iso: '' }, true).replace(` ${start.year}`, '')}–${formatDate(lang, end, true)}`;
  }
  return `${formatDate(lang, start, true)} – ${formatDate(lang, end, true)}`;
}
