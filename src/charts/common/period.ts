/** A counting period as readers say it: "2017", "2014–2016", "Nov. 2014 – June 2015". */
import type { PartialDate } from '../../data/schema-kit.ts';
import { formatDate, type Lang } from '../../i18n/locale.ts';

export function formatPeriod(lang: Lang, start: PartialDate, end: PartialDate, compact = false): string {
  if (compact && start.day !== undefined && end.day !== undefined && (start.month !== end.month || start.year !== end.year)) {
    // Chart labels drop the days of a long period ("Nov. 2020 – Nov. 2021"); tables keep them.
    return formatPeriod(
      lang,
      { year: start.year, month: start.month, iso: start.iso.slice(0, 7) },
      { year: end.year, month: end.month, iso: end.iso.slice(0, 7) },
    );
  }
  if (start.iso === end.iso) return formatDate(lang, start, true);
  if (start.month === undefined && end.month === undefined) return `${start.year}–${end.year}`;
  if (start.day === undefined && end.day === undefined && start.year === end.year) {
    // "Jan.–Sept. 2025": the year once, after the second month.
    return `${formatDate(lang, { ...start, iso: '' }, true).replace(` ${start.year}`, '')}–${formatDate(lang, end, true)}`;
  }
  return `${formatDate(lang, start, true)} – ${formatDate(lang, end, true)}`;
}
