/**
 * Every state a chart is drawn in by the chapters and the chart test fixtures, read from the MDX
 * (`<Scrolly chart="…">` with its `<Step state={{…}}>`s, `<Figure chart="…" state={{…}}>`, and the
 * frontmatter's `opener: { chart: …, state: {…} }`), so a layout test covers the states readers see
 * without repeating them by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/build.ts';

const FOLDERS = ['content/chapters/en', 'content/chapters/fr', 'tests/fixtures/charts'];

function mdxFiles(): string[] {
  return FOLDERS.flatMap((folder) => {
    try {
      return readdirSync(join(PROJECT_ROOT, folder))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(PROJECT_ROOT, folder, f));
    } catch {
      return [];
    }
  });
}

// The states are object literals written by editors of the MDX; evaluating them as JavaScript is what MDX does too.
const literal = (source: string): unknown => new Function(`return (${source});`)();

/**
 * Each distinct state once (where it first appears): the French chapters show the English ones' states,
 * and drawing the same state twice checks nothing more.
 */
export function chartStates(chart: string): { where: string; state: unknown }[] {
  const seen = new Set<string>();
  return allChartStates(chart).filter(({ state }) => {
    const key = JSON.stringify(state);
    return !seen.has(key) && (seen.add(key), true);
  });
}

function allChartStates(chart: string): { where: string; state: unknown }[] {
  const found: { where: string; state: unknown }[] = [];
  for (const file of mdxFiles()) {
    const mdx = readFileSync(file, 'utf8');
    for (const block of mdx.matchAll(new RegExp(`<Scrolly chart="${chart}"[\\s\\S]*?</Scrolly>`, 'g'))) {
      for (const step of block[0].matchAll(/<Step id="([^"]+)" state=\{(\{[\s\S]*?\})\}>/g))
        found.push({ where: `${file}#${step[1]}`, state: literal(step[2]!) });
    }
    for (const fig of mdx.matchAll(new RegExp(`<Figure[^>]*chart="${chart}"[^>]*state=\\{(\\{[\\s\\S]*?\\})\\}`, 'g')))
      found.push({ where: file, state: literal(fig[1]!) });
    for (const opener of mdx.matchAll(new RegExp(`^opener: \\{ chart: ${chart}, state: (\\{.*\\}) \\}$`, 'gm')))
      found.push({ where: `${file} (opener)`, state: literal(opener[1]!) });
  }
  return found;
}

/** Drawing widths the layout tests cover: a 320 px phone without JavaScript, phones, the wide drawing, a desktop. */
export const LAYOUT_WIDTHS = [288, 320, 390, 640, 1280] as const;
