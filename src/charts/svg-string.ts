/** Serialises an SVG tree to markup at build time. Every attribute value and text node is escaped. */
import type { SvgNode } from './types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function svgToString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const key = node.key === undefined ? '' : ` data-key="${escapeXml(node.key)}"`;
  const children = (node.children ?? []).map(svgToString).join('');
  return children === '' ? `<${node.tag}${key}${attrs}/>` : `<${node.tag}${key}${attrs}>${children}</${node.tag}>`;
}
