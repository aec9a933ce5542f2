/** Each chapter's own share image (/share/en/<slug>.png): its title and its key chart. */
import type { APIRoute } from 'astro';
import type { Chapter } from '../../../data/chapters.ts';
import { cardPng } from '../../../sharing/card.ts';
import { allChapters, chapterCard } from '../../../sharing/share-cards.ts';

export async function getStaticPaths() {
  return (await allChapters()).map((chapter) => ({ params: { lang: chapter.lang, slug: chapter.entry.data.slug }, props: { chapter } }));
}

export const GET: APIRoute = async ({ props }) => {
  const spec = await chapterCard((props as { chapter: Chapter }).chapter);
  return new Response(new Uint8Array(cardPng(spec.text, spec.chart)), { headers: { 'Content-Type': 'image/png' } });
};
