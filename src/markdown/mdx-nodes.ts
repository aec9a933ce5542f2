/**
 * The few questions the rehype plugins ask of a chapter's tree, which mixes plain HTML elements with
 * MDX's JSX nodes (a `<h2 id="…">` written in MDX arrives as a JSX node, not an element).
 */
import type { Lang } from '../i18n/locale.ts';

export interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The tag or component name of an element or JSX node, else undefined. */
export function nameOf(node: Node): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
  return undefined;
}

export function idOf(node: Node): string | undefined {
  if (node.type === 'element') {
    const id = node.properties?.id;
    return typeof id === 'string' ? id : undefined;
  }
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** content/chapters/<lang>/… → lang; undefined for files that are not chapters. */
export function chapterLang(path: string | undefined): Lang | undefined {
  const match = /[\\/]content[\\/]chapters[\\/](en|fr)[\\/][^\\/]+\.mdx?$/.exec(path ?? '');
  return match ? (match[1] as Lang) : undefined;
}
