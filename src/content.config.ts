/**
 * Story chapters: content/chapters/<lang>/<nn>-<name>.mdx. The file name (without language) pairs a
 * chapter with its translation; the slug in the frontmatter, never the title, makes the URL, so copy
 * edits cannot break an educator's link.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { smartQuotes } from './i18n/typography.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// YAML reads an unquoted 2026-11-25 as a Date; both spellings are accepted and kept as YYYY-MM-DD text.
const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-25.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-25.' })
    .refine(
      (s) => {
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        const date = new Date(Date.UTC(y, m - 1, d));
        return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      },
      { error: 'This date does not exist on the calendar.' },
    ),
);

// Frontmatter skips Markdown's smart quotes, so they are applied here: summaries read like the body.
const text = (what: string) =>
  z
    .string({ error: `Give the chapter ${what} (text).` })
    .trim()
    .min(1, { error: `The ${what} is empty.` })
    .transform(smartQuotes);

export const chapterSchema = z
  .object({
    /** Shown as the page heading and in the table of contents. */
    title: text('a title'),
    /** The URL segment: /en/<slug>/. Never change it once published; old links would break. */
    slug: z
      .string({ error: 'Give the chapter a slug: the part of the address after /en/, e.g. what-is-a-sanctuary-city.' })
      .regex(SLUG, { error: 'A slug uses lower-case letters, digits and single hyphens only, e.g. police-cooperation.' }),
    /** Reading order; appendix pages (methods, about) come after the chapters. */
    order: z.number({ error: 'Give the chapter its place in the reading order as a number, e.g. order: 2.' }).int().positive(),
    /** chapter = part of the story with key points and questions; appendix = methods, about. */
    kind: z.enum(['chapter', 'appendix'], { error: 'kind is either chapter or appendix.' }).default('chapter'),
    /**
     * The chapter's question answered in one sentence, shown under the title so a reader on a phone gets
     * the answer on the first screen. Optional: appendix pages ask no question.
     */
    answer: text('an answer').optional(),
    /** Two or three sentences that open the chapter and appear in the table of contents and share cards. */
    summary: text('a summary'),
    /** Three to five points an educator can hand out. */
    key_points: z.array(text('key point')).default([]),
    /** Questions for a class discussion. */
    discussion_questions: z.array(text('discussion question')).default([]),
    /** Date of the last substantive edit. */
    updated: isoDay,
    /** Published when first released; stays fixed. */
    published: isoDay,
    /**
     * The chapter's opening picture, shown under its title: a chart, its title and the state it is drawn
     * in, e.g. opener: { chart: map, title: "Where each city stood in 2022", state: { year: 2022 } }. The build stops if the chart cannot draw the state.
     */
    opener: z
      .object(
        {
          chart: z.string({ error: 'opener.chart names a chart, e.g. chart: map.' }).min(1),
          // Shown above the picture: without it, the first chart a reader meets says nothing of what it counts.
          title: z
            .string({
              error: 'opener.title says what the picture shows, e.g. title: "People removed from Canada by CBSA, by calendar year".',
            })
            .min(1),
          state: z.record(z.string(), z.unknown(), { error: 'opener.state is the chart state, e.g. state: { year: 2022 }.' }).default({}),
        },
        {
          error:
            'opener is { chart: <chart id>, title: "…", state: { … } }, e.g. opener: { chart: map, title: "Where each city stood in 2022", state: { year: 2022 } }.',
        },
      )
      .optional(),
    /** Every correction made after publication, newest first. */
    corrections: z
      .array(z.object({ date: isoDay, text: text('correction text') }), {
        error: 'corrections is a list of { date: YYYY-MM-DD, text: "what was corrected" } entries.',
      })
      .default([]),
  })
  .superRefine((data, ctx) => {
    if (data.kind !== 'chapter') return;
    if (data.key_points.length < 3 || data.key_points.length > 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['key_points'],
        message: `A chapter lists three to five key points; this one has ${data.key_points.length}.`,
      });
    }
    if (data.discussion_questions.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['discussion_questions'],
        message: 'A chapter offers at least two discussion questions for classes.',
      });
    }
  });

export const collections = {
  chapters: defineCollection({
    // The id is the file path (en/01-what-is), never the slug: it pairs translations and names files in errors.
    loader: glob({ pattern: '*/*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: chapterSchema,
  }),
};
