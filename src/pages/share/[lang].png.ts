/** The site-wide share image of one edition (/share/en.png), for every page that is not a chapter. */
import type { APIRoute } from 'astro';
import { publishedLangs } from '../../data/chapters.ts';
import type { Lang } from '../../i18n/locale.ts';
import { cardPng } from '../../sharing/card.ts';
import { siteCard } from '../../sharing/share-cards.ts';

export async function getStaticPaths() {
  return (await publishedLangs()).map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const spec = await siteCard(params.lang as Lang);
  return new Response(new Uint8Array(cardPng(spec.text, spec.chart)), { headers: { 'Content-Type': 'image/png' } });
};
