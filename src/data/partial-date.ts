/**
 * Ordering of partial dates (a year, a month or a day). Pure and browser-safe: the validator's rules
 * and the chart modules that run in the browser both sort by it.
 */
import type { PartialDate } from './schema-kit.ts';

/** Compares partial dates by their earliest possible day, so 2017 sorts before 2017-02. */
export function dateKey(d: PartialDate): string {
  return `${d.year}-${String(d.month ?? 1).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
}

/** The last day a partial date can mean: 2017 ends on 2017-12-31. */
export function dateEndKey(d: PartialDate): string {
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
