/**
 * The chart modules the browser may need, each loaded only by a page that shows that chart (one chunk
 * per chart). Build-time code uses src/charts/registry.ts instead; a unit test keeps the two lists equal.
 */
import type { ChartModule } from '../charts/types.ts';

export type AnyChart = ChartModule<unknown, unknown>;

export const CHART_LOADERS: Readonly<Record<string, () => Promise<AnyChart>>> = {
  map: () => import('../charts/map.ts').then((m) => m.default as AnyChart),
  timeline: () => import('../charts/timeline.ts').then((m) => m.default as AnyChart),
  services: () => import('../charts/services.ts').then((m) => m.default as AnyChart),
  'police-path': () => import('../charts/police-path.ts').then((m) => m.default as AnyChart),
  'police-contacts': () => import('../charts/police-contacts.ts').then((m) => m.default as AnyChart),
  removals: () => import('../charts/removals.ts').then((m) => m.default as AnyChart),
  crossings: () => import('../charts/crossings.ts').then((m) => m.default as AnyChart),
  estimates: () => import('../charts/estimates.ts').then((m) => m.default as AnyChart),
};
