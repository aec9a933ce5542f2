/**
 * Links a glossary term where it first appears in a chapter's prose. Headings, links (step links
 * included), quotes, code and components other than the scrolly steps are skipped, so a link never lands
 * inside a quotation, a footnote marker or another link. A Sätteri HAST plugin, run on the chapter MDX.
 */
import { siteData } from '../data/site-data.ts';
import { glossaryHref, termPatterns, type TermPattern } from './glossary-terms.ts';
import { chapterLang, nameOf, type Node } from './mdx-nodes.ts';
import { pathOf, type TreeEditor } from './section-links.ts';

const SKIPPED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'blockquote',
  'q',
  'code',
  'pre',
  'script',
  'style',
  'figcaption',
  'dfn',
  'abbr',
  'svg',
]);
/** Components whose children are prose a reader reads as part of the chapter. */
const PROSE_COMPONENTS = new Set(['Scrolly', 'Step']);

function skipped(node: Node): boolean {
  const name = nameOf(node);
  if (!name) return false;
  if (/^[A-Z]/.test(name)) return !PROSE_COMPONENTS.has(name);
  return SKIPPED.has(name);
}

interface Hit {
  readonly id: string;
  readonly index: number;
  readonly text: string;
}

function firstHit(text: string, pending: readonly TermPattern[]): Hit | undefined {
  let best: Hit | undefined;
  for (const term of pending) {
    const m = term.pattern.exec(text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length))) {
      best = { id: term.id, index: m.index, text: m[0] };
    }
  }
  return best;
}

/**
 * Splits one text node around the first use of each term not yet linked; returns the pieces and the
 * terms still waiting for a link.
 */
export function linkTerms(
  value: string,
  pending: readonly TermPattern[],
  href: (id: string) => string,
): { pieces: Node[]; pending: TermPattern[] } {
  const pieces: Node[] = [];
  let rest = value;
  let waiting = [...pending];
  for (let hit = firstHit(rest, waiting); hit; hit = firstHit(rest, waiting)) {
    if (hit.index > 0) pieces.push({ type: 'text', value: rest.slice(0, hit.index) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['term-link'], href: href(hit.id), dataTerm: hit.id },
      children: [{ type: 'text', value: hit.text }],
    });
    rest = rest.slice(hit.index + hit.text.length);
    const linked = hit.id;
    waiting = waiting.filter((t) => t.id !== linked);
  }
  if (rest) pieces.push({ type: 'text', value: rest });
  return { pieces, pending: waiting };
}

export const glossaryLinks = {
  name: 'sanctuary-glossary-links',
  before(root: Node, ctx: TreeEditor) {
    const lang = chapterLang(pathOf(ctx));
    if (!lang) return;
    let pending = termPatterns(siteData().glossary, lang);
    const visit = (parent: Node) => {
      for (const node of parent.children ?? []) {
        if (pending.length === 0) return;
        if (node.type === 'text') {
          const result = linkTerms(node.value ?? '', pending, (id) => glossaryHref(lang, id));
          if (result.pending.length < pending.length) ctx.replaceNode(node as never, result.pieces as never);
          pending = result.pending;
        } else if (node.children && !skipped(node)) {
          visit(node);
        }
      }
    };
    visit(root);
  },
};
