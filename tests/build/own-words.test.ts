/**
 * The eight-word rule: outside quotation marks, the story says things in its own words. A run of eight
 * or more consecutive words that a chapter shares with a source excerpt kept in the research dossier
 * (its "supporting excerpt" column) is a source's sentence passed off as ours: quote it, with
 * attribution, or rewrite it. The check reads the rendered chapters, not the MDX, because in the MDX
 * footnotes and bound numbers split the sentences a reader sees. Exempt: quotations (block quotes,
 * anything between quotation marks), titles of documents (<cite>), the footnotes' own source details,
 * and what the charts and tables draw from the CSV files. French chapters are held to the same rule,
 * against the same excerpts (the French sources' excerpts are kept in French).
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../support/build.ts';
import { chapterPassages, dossierExcerpts, excerptRuns, sharedRuns } from '../support/own-words.ts';

const siteDir = inject('siteDir');

/** The story chapters in each language (slugs pinned in the frontmatter; French excerpts count too). */
const CHAPTERS = [
  ['en', 'what-is-a-sanctuary-city'],
  ['en', 'services-without-fear'],
  ['en', 'police-cooperation'],
  ['en', 'federal-tension'],
  ['en', 'where-things-stand'],
  ['fr', 'qu-est-ce-qu-une-ville-sanctuaire'],
  ['fr', 'des-services-sans-crainte'],
  ['fr', 'la-cooperation-policiere'],
  ['fr', 'la-tension-avec-ottawa'],
  ['fr', 'ou-en-sont-les-villes'],
] as const;

/**
 * The research lives beside the project (../shared/research), in CI as on the newsroom machine. A git
 * worktree elsewhere can point SANCTUARY_RESEARCH_DIR at it.
 */
const RESEARCH_DIR = process.env.SANCTUARY_RESEARCH_DIR ?? resolve(PROJECT_ROOT, '../shared/research');
const DOSSIER = join(RESEARCH_DIR, 'dossier.md');

describe('the eight-word rule', () => {
  it('finds the research dossier beside the project', () => {
    expect(
      existsSync(DOSSIER),
      `${DOSSIER} is missing: the rule checks the chapters against it. Set SANCTUARY_RESEARCH_DIR to the folder holding dossier.md.`,
    ).toBe(true);
  });

  it('catches a copied run and lets quotations, titles and footnotes through (self-check)', () => {
    const runs = excerptRuns(dossierExcerpts(readFileSync(DOSSIER, 'utf8')));
    expect(runs.size, 'runs read from the dossier excerpts').toBeGreaterThan(1000);
    const html = `<article data-chapter="x"><h2 id="here">Here</h2>
      <p>The goal is access to such municipal services as Housing, libraries and food banks without being questioned about status.<span class="cite"><button>17</button></span></p>
      <p>He said “such municipal services as housing, libraries and food banks without being questioned” then left.</p>
      <figure class="quote"><blockquote><p>such municipal services as housing, libraries and food banks without being questioned</p></blockquote></figure>
      <p>A report titled <cite>such municipal services as housing, libraries and food banks without being questioned</cite> came out.</p>
      <footer class="chapter-foot"></footer></article>`;
    const hits = sharedRuns(chapterPassages(html), runs);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ where: '#here', factId: 'B31' });
    expect(hits[0]!.run).toContain('housing libraries and food banks without being questioned');
  });

  it('catches a run copied from a French excerpt and lets « guillemets » through (self-check)', () => {
    const runs = excerptRuns(dossierExcerpts(readFileSync(DOSSIER, 'utf8')));
    const html = `<article data-chapter="x"><h2 id="la">Là</h2>
      <p>Selon lui, Montréal n’est pas une ville sanctuaire. C’était irresponsable de faire cette déclaration, disait-il.</p>
      <p>Il a lancé : « Montréal n'est pas une ville sanctuaire. C'était irresponsable de faire cette déclaration ».</p>
      <footer class="chapter-foot"></footer></article>`;
    const hits = sharedRuns(chapterPassages(html), runs);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ where: '#la', factId: 'F54' });
  });

  it.each(CHAPTERS)('/%s/%s/ shares no run of eight words with a source excerpt outside quotation marks', (lang, slug) => {
    const runs = excerptRuns(dossierExcerpts(readFileSync(DOSSIER, 'utf8')));
    const html = readFileSync(join(siteDir, lang, slug, 'index.html'), 'utf8');
    const passages = chapterPassages(html);
    expect(passages.length, `${slug}: prose found`).toBeGreaterThan(20);
    const report = sharedRuns(passages, runs).map((h) => `/${lang}/${slug}/${h.where}: "${h.run}" (dossier ${h.factId}) in: ${h.sentence}`);
    expect(report, `quote these with attribution or put them in our own words:\n${report.join('\n')}`).toEqual([]);
  });
});
