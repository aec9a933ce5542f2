/** Glossary rows as the linker and the glossary page use them: one pattern per term, per language. */
import type { GlossaryRow } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
import { builtinPath } from '../i18n/routes.ts';

export interface TermPattern {
  readonly id: string;
  readonly pattern: RegExp;
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

export function glossaryHref(lang: Lang, id: string): string {
  return `${builtinPath('glossary', lang)}#${glossaryAnchor(id)}`;
}

export function formsOf(row: GlossaryRow, lang: Lang): string[] {
  const raw = lang === 'fr' ? row.forms_fr : row.forms_en;
  return (raw ?? '')
    .split(';')
    .map((f) => f.trim())
    .filter(Boolean);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A form matches as whole words; straight and curly apostrophes are the same (the prose gets smart
 * quotes), any run of spaces is one space, and an all-lower-case form also matches a capitalised one.
 */
export function termPattern(forms: readonly string[]): RegExp {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((form) => {
    const body = escape(form).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
    return form === form.toLowerCase() ? `(?:[${form[0]!.toUpperCase()}${form[0]}]${body.slice(1)})` : `(?:${body})`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

export function termPatterns(rows: readonly GlossaryRow[], lang: Lang): TermPattern[] {
  return rows.flatMap((row) => {
    const forms = formsOf(row, lang);
    return forms.length > 0 ? [{ id: row.id, pattern: termPattern(forms) }] : [];
  });
}
