/**
 * Every built page, inline SVG included, passes html-validate's recommended rules with zero errors
 * and zero warnings. The configuration is the project's .htmlvalidate.json, the same one an editor's
 * `./node_modules/.bin/html-validate dist` uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build.ts';
import { builtPages } from '../support/built-pages.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const config = JSON.parse(readFileSync(join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

describe('HTML validity (html-validate:recommended)', () => {
  it('finds the built pages', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors or warnings', async (_path, page) => {
    const report = await validator.validateString(page.html, join(siteDir, page.file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
