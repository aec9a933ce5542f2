/**
 * Raster icons made from public/favicon.svg at build time, for browsers and home screens that do not
 * take an SVG icon: favicon.ico (16 and 32 px), a 32 px PNG, and the 180 px apple-touch-icon.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { FAVICON_SVG_PATH, icoFromPngs, iconPng } from '../sharing/card.ts';

// iOS draws home-screen icons on black and rounds the corners itself: the square is filled edge to edge.
const squareIcon = () => readFileSync(FAVICON_SVG_PATH, 'utf8').replace(/\srx="[^"]*"/, '');

const ICONS: Record<string, { type: string; bytes: () => Buffer }> = {
  'favicon.ico': { type: 'image/x-icon', bytes: () => icoFromPngs([16, 32].map((size) => ({ size, png: iconPng(size) }))) },
  'favicon-32x32.png': { type: 'image/png', bytes: () => iconPng(32) },
  'apple-touch-icon.png': { type: 'image/png', bytes: () => iconPng(180, squareIcon()) },
};

export function getStaticPaths() {
  return Object.keys(ICONS).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = ({ params }) => {
  const icon = ICONS[String(params.icon)]!;
  return new Response(new Uint8Array(icon.bytes()), { headers: { 'Content-Type': icon.type } });
};
