/**
 * Embed addresses and the iframe snippet chapters offer. The address is the sequence id under the
 * edition's embed folder (/en/embed/map-through-time/, /fr/integrer/map-through-time/); with SANCTUARY_SITE_URL set it is absolute, without it
 * root-relative (a guessed host would be false).
 */
import { chartEntry } from '../charts/registry.ts';
import type { Lang } from '../i18n/locale.ts';
import { escapeXml } from '../charts/svg-string.ts';
import { builtinPath } from '../i18n/routes.ts';

export const EMBED_WIDTH = 560;

export const embedPath = (lang: Lang, sequenceId: string) => builtinPath('embed', lang, sequenceId);

/**
 * A height that shows the chart, the step list, one step's text and the source line without a scroll
 * bar at a typical article width (about 600 px); the page itself scrolls if a host makes it narrower.
 */
export function embedHeight(chart: string): number {
  const drawing = Math.round(EMBED_WIDTH * chartEntry(chart).module.aspect(EMBED_WIDTH));
  return Math.ceil((drawing + 330) / 10) * 10;
}

export function iframeSnippet(src: string, title: string, chart: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embedHeight(chart)}" loading="lazy" style="border:0;max-width:640px"></iframe>`;
}
