/**
 * The data files as the data page and the download lists present them: each file's title and description
 * in the reader's language (from the schema, which also writes the editors' data dictionary), its row
 * count and the anchor its entry on the data page keeps.
 */
import { SCHEMAS, TABLE_NAMES, type TableName } from '../data/schemas.ts';
import type { TableSchema } from '../data/schema-kit.ts';
import { siteData } from '../data/site-data.ts';
import type { Lang } from '../i18n/locale.ts';
import { typeset } from '../i18n/typography.ts';

export interface DataFile {
  readonly table: TableName;
  readonly schema: TableSchema;
  readonly title: string;
  readonly description: string;
  readonly rows: number;
  /** The entry's id on the data page, e.g. council-actions: the same in both languages. */
  readonly anchor: string;
}

export function describedFile(schema: TableSchema, lang: Lang): { title: string; description: string } {
  const [title, description] = lang === 'fr' ? [schema.title_fr, schema.description_fr] : [schema.title, schema.description];
  return { title: typeset(lang, title), description: typeset(lang, description) };
}

export function dataFiles(lang: Lang): DataFile[] {
  const data = siteData();
  return TABLE_NAMES.map((table) => {
    const schema: TableSchema = SCHEMAS[table];
    return {
      table,
      schema,
      ...describedFile(schema, lang),
      rows: data[table].length,
      anchor: schema.file.replace(/\.csv$/, '').replace(/_/g, '-'),
    };
  });
}
