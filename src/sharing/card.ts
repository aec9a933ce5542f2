/**
 * Share images (1200 × 630 PNG, the size Open Graph and Twitter previews use) and the raster icons,
 * made at build time: an SVG composed here, rasterised by resvg with the Inter font files from
 * node_modules. resvg reads only the font files it is given (no system fonts), so the image is the same
 * on every machine, and nothing is fetched.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeXml, svgToString } from '../charts/svg-string.ts';
import type { Lang } from '../i18n/locale.ts';
import { drawState, sharedDefs } from './draw.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/inter/${file}`),
);
const FONT = 'Inter';
// The site's colours (src/styles/global.css): ink, muted ink, accent.
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#8c2d04';
const PAPER = '#ffffff';
const PAPER_ALT = '#f4f2ee';
/** Drawn narrower than its box and scaled up, so the chart's labels stay legible in a small preview. */
const CHART_DRAWING_WIDTH = 440;

/** Inter's average advance is about 0.55 em in bold: enough to wrap a title without measuring glyphs. */
function wrap(text: string, fontSize: number, maxWidth: number, advance = 0.56): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * advance)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The largest size (of a few) at which the text fits in the lines allowed. */
function fit(text: string, sizes: readonly number[], maxWidth: number, maxLines: number): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, size, maxWidth);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const lines = wrap(text, size, maxWidth);
  return { size, lines: [...lines.slice(0, maxLines - 1), `${lines.slice(maxLines - 1).join(' ')}`] };
}

const TITLE_SIZES = [68, 60, 52, 44] as const;
const SUBTITLE_SIZES = [30, 26] as const;
/** The last baseline a line of text may sit on. */
const TEXT_BOTTOM = CARD_HEIGHT - 60;
const lineHeight = (size: number) => Math.round(size * 1.18);

/**
 * Title and subtitle sizes that fit together above the card's bottom edge: the largest title whose
 * subtitle still fits in full below it, else the smallest sizes with the subtitle cut at a word and an
 * ellipsis. French titles run longer than English ones, so this is measured per card, never assumed.
 */
function layoutText(
  text: CardText,
  width: number,
  top: number,
  maxSubtitleLines: number,
): {
  title: { size: number; lines: string[] };
  subtitle?: { size: number; lines: string[]; y: number };
} {
  let last: ReturnType<typeof layoutText> | undefined;
  for (const titleSize of TITLE_SIZES) {
    const title = fit(text.title, [titleSize], width, 4);
    if (!text.subtitle) return { title };
    const subtitleTop = top + lineHeight(title.size) * (title.lines.length - 1) + 64;
    for (const size of SUBTITLE_SIZES) {
      const room = Math.min(maxSubtitleLines, Math.floor((TEXT_BOTTOM - subtitleTop) / lineHeight(size)) + 1);
      const lines = wrap(text.subtitle, size, width);
      if (room >= 1 && lines.length <= room) return { title, subtitle: { size, lines, y: subtitleTop } };
      last = { title, subtitle: { size, lines: cut(lines, Math.max(1, room)), y: subtitleTop } };
    }
  }
  return last!;
}

/** The first lines of a wrapped text, the last of them ending in an ellipsis when words were left out. */
function cut(lines: readonly string[], count: number): string[] {
  if (lines.length <= count) return [...lines];
  const kept = lines.slice(0, count);
  kept[count - 1] = `${kept[count - 1]!.replace(/[\s,;:.]*\S*$/, '')}…`;
  return kept;
}

function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: string): string {
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight(size)}">${escapeXml(line)}</tspan>`)
    .join('')}</text>`;
}

export interface CardText {
  readonly siteTitle: string;
  /** Small line above the title, e.g. "Chapter 1". */
  readonly kicker?: string | undefined;
  readonly title: string;
  /** Under the title: the tagline on the site card, the summary on a chapter without a chart. */
  readonly subtitle?: string | undefined;
}

export interface CardChart {
  readonly chart: string;
  readonly state: unknown;
  readonly lang: Lang;
  /** The step the state comes from, named if it cannot be drawn. */
  readonly where: string;
}

/** The card as SVG markup: text on the left, the chart's state on the right (or text across without one). */
export function cardSvg(text: CardText, chart?: CardChart): string {
  const textWidth = chart ? 470 : 1040;
  const left = 64;
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="${ACCENT}"/>`,
    `<text x="${left}" y="92" font-size="30" font-weight="700" fill="${ACCENT}">${escapeXml(text.siteTitle)}</text>`,
  ];
  let y = 170;
  if (text.kicker) {
    parts.push(`<text x="${left}" y="${y}" font-size="26" fill="${MUTED}">${escapeXml(text.kicker)}</text>`);
    y += 70;
  }
  const { title, subtitle } = layoutText(text, textWidth, y, chart ? 5 : 4);
  parts.push(textBlock(title.lines, left, y, title.size, `font-weight="700" fill="${INK}"`));
  if (subtitle) parts.push(textBlock(subtitle.lines, left, subtitle.y, subtitle.size, `fill="${MUTED}"`));
  if (chart) {
    const box = { x: 580, y: 44, width: 580, height: 550 };
    const drawn = drawState(chart.chart, 'share', chart.state, CHART_DRAWING_WIDTH, chart.lang, chart.where);
    // Placed with a transform rather than a nested <svg>: resvg 2.6 aborts on a clip-path inside a
    // nested viewport (the map's panels are clipped).
    const scale = Math.min(box.width / drawn.width, box.height / drawn.height);
    const x = box.x + (box.width - drawn.width * scale) / 2;
    const y = box.y + (box.height - drawn.height * scale) / 2;
    const defs = sharedDefs(chart.chart, 'share');
    const svg = svgToString({
      tag: 'g',
      attrs: { transform: `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(4)})`, 'font-family': FONT },
      children: [...(defs ? [defs] : []), ...(drawn.tree.children ?? [])],
    });
    parts.push(
      `<rect x="${box.x - 16}" y="${box.y - 16}" width="${box.width + 32}" height="${box.height + 32}" rx="12" fill="${PAPER_ALT}"/>`,
      svg,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}">${parts.join('')}</svg>`;
}

/** SVG markup → PNG bytes at the given width, in the project's own fonts only. */
export function rasterise(svg: string, width?: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT, sansSerifFamily: FONT },
    background: PAPER,
  });
  return resvg.render().asPng();
}

export function cardPng(text: CardText, chart?: CardChart): Buffer {
  return rasterise(cardSvg(text, chart));
}

export const FAVICON_SVG_PATH = 'public/favicon.svg';

/** The site's SVG favicon as a square PNG of the given size (transparent corners kept). */
export function iconPng(size: number, svgText = readFileSync(FAVICON_SVG_PATH, 'utf8')): Buffer {
  return new Resvg(svgText, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * An .ico holding PNG images (allowed since Windows Vista, read by every current browser): a 6-byte
 * header, one 16-byte directory entry per image, then the PNG bytes.
 */
export function icoFromPngs(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}
