/**
 * Embed addresses and the iframe snippet chapters offer. The address is the sequence id under the
 * edition's embed folder (/en/embed/map-through-time/, /fr/integrer/map-through-time/); with SANCTUARY_SITE_URL set it is absolute, without it
 * root-relative (a guessed host would be false).
 */
import { chartEntry } from '../charts/registry.ts';
import type { Lang } from '../i18n/locale.ts';
import { escapeXml } from '../charts/svg-string.ts';
import { builtinPath } from '../i18n/routes.ts';
import { WIDE_DRAW_WIDTH } from '../charts/common/layout.ts';

/** The snippet's widest frame (its max-width), where the wide drawing shows: the height is worked out there. */
const WIDEST_FRAME = 640;

export const embedPath = (lang: Lang, sequenceId: string) => builtinPath('embed', lang, sequenceId);

/**
 * A height that shows the chart, the step list, one step's text and the source line without a scroll
 * bar in the widest frame. A frame under 600 px shows the narrow drawing at its own type size instead,
 * and the page inside scrolls wherever it is taller than the frame.
 */
export function embedHeight(chart: string): number {
  const drawing = Math.round(WIDEST_FRAME * chartEntry(chart).module.aspect(WIDE_DRAW_WIDTH));
  return Math.ceil((drawing + 330) / 10) * 10;
}

export function iframeSnippet(src: string, title: string, chart: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embedHeight(chart)}" loading="lazy" style="border:0;max-width:640px"></iframe>`;
}
