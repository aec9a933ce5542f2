/**
 * Keeps each footnote number on the line of the word it follows. A footnote number is a button, and a
 * browser may break a line before any button, so on a phone a number sometimes began a line on its own.
 * The word just before each <Cite> and the citation are wrapped together in a span that does not break
 * (src/styles/global.css); the numbers inside still wrap between themselves. A <Cite> after a space, or
 * after anything but text, is left as written. A Sätteri HAST plugin, run on the chapter MDX.
 */
import { chapterLang, nameOf, type Node } from './mdx-nodes.ts';
import { pathOf, type TreeEditor } from './section-links.ts';
import { splitLastWord } from '../i18n/typography.ts';

export const citeAnchors = {
  name: 'sanctuary-cite-anchors',
  before(root: Node, ctx: TreeEditor) {
    if (!chapterLang(pathOf(ctx))) return;
    const visit = (parent: Node) => {
      const children = parent.children ?? [];
      children.forEach((node, i) => {
        const before = children[i - 1];
        if (nameOf(node) === 'Cite' && before?.type === 'text') {
          const split = splitLastWord(before.value ?? '');
          if (!split) return;
          ctx.replaceNode(before as never, { type: 'text', value: split.head } as never);
          const anchor: Node = {
            type: 'element',
            tagName: 'span',
            properties: { className: ['cite-anchor'] },
            children: [{ type: 'text', value: split.word }, node],
          };
          ctx.replaceNode(node as never, anchor as never);
        } else if (node.children) {
          visit(node);
        }
      });
    };
    visit(root);
  },
};
