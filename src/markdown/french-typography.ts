/**
 * Canadian French spacing and guillemets (src/i18n/typography.ts) in the prose of the French chapters:
 * writers type ordinary spaces and quotes; readers get no-break spaces before colons and inside « ». Code,
 * and passages marked as English (`<span lang="en">`), keep their own typography.
 * A Sätteri HAST plugin, run on the chapter MDX before the section and glossary links.
 */
import { frenchTypography } from '../i18n/typography.ts';
import { chapterLang, nameOf, type Node } from './mdx-nodes.ts';
import { pathOf, type TreeEditor } from './section-links.ts';

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg']);

function langAttribute(node: Node): string | undefined {
  if (node.type === 'element') {
    const lang = node.properties?.lang;
    return typeof lang === 'string' ? lang : undefined;
  }
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** True for a subtree whose text is not French prose to be set in French typography. */
export function keepsOwnTypography(node: Node): boolean {
  const name = nameOf(node);
  if (name && VERBATIM.has(name)) return true;
  const lang = langAttribute(node);
  return lang !== undefined && !lang.toLowerCase().startsWith('fr');
}

/** The text nodes of a tree that the French typography pass changes, with their new text. */
export function frenchTextEdits(root: Node): { node: Node; value: string }[] {
  const edits: { node: Node; value: string }[] = [];
  const visit = (parent: Node) => {
    for (const node of parent.children ?? []) {
      if (node.type === 'text') {
        const value = frenchTypography(node.value ?? '');
        if (value !== node.value) edits.push({ node, value });
      } else if (node.children && !keepsOwnTypography(node)) {
        visit(node);
      }
    }
  };
  visit(root);
  return edits;
}

export const frenchTypographyPlugin = {
  name: 'sanctuary-french-typography',
  before(root: Node, ctx: TreeEditor) {
    if (chapterLang(pathOf(ctx)) !== 'fr') return;
    for (const { node, value } of frenchTextEdits(root)) ctx.replaceNode(node as never, { type: 'text', value } as never);
  },
};
