/**
 * The chart modules the browser may need, each loaded only by a page that shows that chart (one chunk
 * per chart): every src/charts/<id>/chart.ts, the same folders src/charts/registry.ts reads at build time.
 * Only the drawing module is loaded, never a chart's entry.ts (build-time, Node-side).
 */
import type { ChartModule } from '../charts/types.ts';

export type AnyChart = ChartModule<unknown, unknown>;

const modules = import.meta.glob<{ default: AnyChart }>('../charts/*/chart.ts');

export const CHART_LOADERS: Readonly<Record<string, () => Promise<AnyChart>>> = Object.fromEntries(
  Object.entries(modules).map(([key, load]) => [key.split('/').at(-2)!, () => load().then((m) => m.default)]),
);
