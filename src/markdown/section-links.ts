/**
 * Gives every h2/h3 with a pinned id in a chapter a visible link to itself, so a reader can copy the
 * address of a section. Without JavaScript it is a plain #id link; src/client/copy-links.ts adds copying.
 * Ids are never made up here: a heading without one (none should exist) is left alone.
 * A Sätteri HAST plugin (Astro's Markdown processor), run on the chapter MDX.
 */
import { fileURLToPath } from 'node:url';
import { EDUCATOR_UI, fill } from '../i18n/educators.ts';
import { typeset } from '../i18n/typography.ts';
import { chapterLang, idOf, nameOf, textOf, type Node } from './mdx-nodes.ts';

/** The same markup SectionHeading.astro renders for headings outside the MDX. */
export function sectionLink(id: string, label: string, copied: string): Node {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['section-link'], href: `#${id}`, dataSectionLink: '', dataCopyDone: copied },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: label }] },
    ],
  };
}

export interface TreeEditor {
  readonly fileURL: URL | undefined;
  wrapNode(node: never, parent: never): void;
  replaceNode(node: never, replacement: never): void;
}

export function pathOf(ctx: { fileURL: URL | undefined }): string | undefined {
  return ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
}

export const sectionLinks = {
  name: 'sanctuary-section-links',
  before(root: Node, ctx: TreeEditor) {
    const lang = chapterLang(pathOf(ctx));
    if (!lang) return;
    const t = EDUCATOR_UI[lang];
    const visit = (parent: Node) => {
      for (const node of parent.children ?? []) {
        const name = nameOf(node);
        const id = idOf(node);
        if ((name === 'h2' || name === 'h3') && id) {
          const heading = textOf(node).trim();
          const wrapper: Node = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['section-heading', `section-heading--${name}`] },
            children: [sectionLink(id, typeset(lang, fill(t.linkToSection, { heading })), typeset(lang, fill(t.linkCopied, { heading })))],
          };
          ctx.wrapNode(node as never, wrapper as never);
        } else if (node.children) {
          visit(node);
        }
      }
    };
    visit(root);
  },
};
