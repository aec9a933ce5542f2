/**
 * CSS that repaints chart colours for dark mode, made at build time from src/charts/common/palette.ts:
 * one rule per light hex for fill, stroke and stop-color. Used by the page stylesheet (through the
 * virtual module in src/integrations/dark-palette.ts) and inside each static step picture, whose <img>
 * context cannot see the page's styles.
 */
import { DARK_REMAP } from '../charts/common/palette.ts';

const PAINT_PROPERTIES = ['fill', 'stroke', 'stop-color'] as const;

/**
 * Rules for every element under `scope` (e.g. "svg.chart") painted in a palette colour; `used` keeps
 * only the colours a drawing has (a static picture carries the few rules it needs).
 */
export function darkChartRules(scope: string, used: (lightHex: string) => boolean = () => true): string {
  const rules: string[] = [];
  const seen = new Set<string>();
  for (const [light, dark] of Object.entries(DARK_REMAP)) {
    const key = light.toLowerCase();
    if (seen.has(key) || !used(key)) continue;
    seen.add(key);
    for (const property of PAINT_PROPERTIES) rules.push(`${scope} [${property}="${key}" i]{${property}:${dark}}`);
  }
  return rules.join('\n');
}

/**
 * Shared geometry drawn through <use> (the basemap) lives in a shadow tree that the page's selectors
 * do not reach, so it is darkened as a whole: inverting its light tints (land #f3f1ec → about #232326,
 * outlines #8a8a8a → #777, borders #c4c4c4 → #494949) and turning the hue back keeps it neutral.
 */
const SHARED_GEOMETRY_FILTER = 'invert(0.9) hue-rotate(180deg)';

/** The whole dark-mode block for a stylesheet. */
export function darkChartStylesheet(scope: string, used?: (lightHex: string) => boolean): string {
  return `@media (prefers-color-scheme: dark){\n${darkChartRules(scope, used)}\n${scope} use{filter:${SHARED_GEOMETRY_FILTER}}\n}\n`;
}
