/** Renders the editors' data dictionary (data/README.md) from the schemas. */
import type { ColumnSpec, TableSchema } from './schema-kit.ts';
import { ALL_SCHEMAS } from './schemas.ts';
import { CANADA_BOUNDS } from './cells.ts';

const KIND_LABEL: Record<ColumnSpec['kind'], string> = {
  id: 'id',
  text: 'text',
  integer: 'whole number',
  decimal: 'number',
  date: 'date',
  enum: 'one of a list',
  yesno: 'yes / no',
  ref: 'id in another file',
  refs: 'ids in another file',
  url: 'web address',
  latitude: 'latitude',
  longitude: 'longitude',
};

function cellText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function accepts(spec: ColumnSpec): string {
  switch (spec.kind) {
    case 'enum':
      return (spec.values ?? []).map((v) => `\`${v}\``).join(', ');
    case 'ref':
      return `an \`id\` from ${spec.references}`;
    case 'refs':
      return `\`id\`s from ${spec.references}, separated by \`;\``;
    case 'date':
      return '`2017`, `2017-02` or `2017-02-20`';
    case 'integer':
      return 'digits only: `3608`';
    case 'decimal':
      return 'digits with a point: `43.6532`';
    case 'latitude':
      return `${CANADA_BOUNDS.minLat} to ${CANADA_BOUNDS.maxLat}`;
    case 'longitude':
      return `${CANADA_BOUNDS.minLon} to ${CANADA_BOUNDS.maxLon}`;
    case 'yesno':
      return '`yes` or `no`';
    case 'url':
      return 'starts with `http://` or `https://`';
    case 'id':
      return spec.patternHint ?? 'lower-case letters, digits, hyphens: `new-westminster`';
    case 'text':
      return 'any text';
  }
}

function renderTable(schema: TableSchema): string {
  const rows = Object.entries(schema.columns).map(
    ([name, spec]) =>
      `| \`${name}\` | ${KIND_LABEL[spec.kind]} | ${spec.required ? 'yes' : 'no'} | ${cellText(accepts(spec))} | ${cellText(spec.description)} |`,
  );
  const exampleHeader = Object.keys(schema.columns).join(',');
  const exampleRow = Object.keys(schema.columns)
    .map((c) => {
      const v = schema.example[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
  return [
    `## ${schema.file}: ${schema.title}`,
    '',
    schema.description,
    '',
    '| column | type | required | accepts | what it means |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'Example row:',
    '',
    '```csv',
    exampleHeader,
    exampleRow,
    '```',
    '',
  ].join('\n');
}

const GUIDE = `# The data behind Sanctuary: a dictionary for editors

<!-- Generated from src/data/schemas.ts by \`npm run data:dictionary\`. Edit the schemas, not this file. -->

Every number, date, name and quote on the site comes from the CSV files in this folder. Charts, tables,
the numbers in the prose and the "Get the data" downloads are all built from them, so a fix here fixes
the whole site.

## The workflow

1. Open the CSV in a spreadsheet (LibreOffice Calc, Excel, Google Sheets) or a text editor.
2. Fix or add rows. Keep the header row exactly as it is.
3. Save as **CSV, UTF-8, comma-separated**. In Excel choose "CSV UTF-8 (comma delimited)".
4. Run \`npm run check:data\`. It lists every problem at once, each with the file, line, column, the value it
   found, what it expected and how to fix it. Fix them all and run it again until it says \`Data OK\`.
5. Rebuild with \`npm run build\` (or \`npm start\` to build and look at the site). The build runs the same
   checks and refuses to build from bad data, so the published site is never built from a broken file.

## Rules that apply to every file

- **Every fact names its source.** \`source_ids\` lists ids from \`sources.csv\` (e.g. \`S017;S041\`); add a new
  source there first. \`fact_ids\` names the rows of the research dossier the row transcribes.
- **Confidence** follows the research dossier: \`high\`, \`medium\` or \`low\`. Low-confidence facts are only
  published with a caveat.
- **When sources disagree**, do not pick one silently: give the row a \`conflict_id\` from \`conflicts.csv\`
  and say what the other version is in \`note_en\`.
- **Dates** are written \`2017-02-20\`, or \`2017-02\` or \`2017\` when that is all the source says. Never guess a day.
- **Numbers** are digits only: \`3608\`, not \`3,608\` or \`3 608\`. Put ranges in two columns (\`low\`, \`high\`).
- **Text** in \`*_en\` columns is English; \`*_fr\` columns hold the French. An empty \`*_fr\` cell shows the English.
- **Quotes** in \`quotes.csv\` are verbatim. Never tidy the words of a quote.
- **ids** never change once published: pages, links and other files point at them.

## How to add a city

1. Add a row to \`municipalities.csv\` with a new \`id\` (lower case, hyphens: \`trois-rivieres\`), its province,
   status, coordinates of the city centre and the sources.
2. Add its council decisions to \`council_actions.csv\` (one row per vote or decision), with \`status_after\`
   set on the decision that gave the city its current status.
3. Run \`npm run check:data\`, then rebuild. The city appears on the map, in the city table and in every
   count of cities in the prose, with no change to code.

## How to fix each kind of error

| the check says | what to do |
|---|---|
| a column named "…" / rename it back | The header row was changed. Put back the exact column name; the site reads columns by name. |
| only the columns … | A column was added. Remove it, or move its content to \`note_en\`. |
| N cells, one per column | A row has too many or too few cells. Text containing a comma must be wrapped in double quotes. |
| every quotation mark … closed | A cell opens a \`"\` and never closes it. Close it, or write a literal quote as \`""\`. |
| the cell is empty | A required cell is empty. Fill it in. |
| an ISO date / a day that exists | Write the date as \`YYYY-MM-DD\` (or \`YYYY-MM\`, \`YYYY\`) and check it exists. |
| written with digits only | Remove thousands separators, spaces, \`%\` and \`$\`. |
| one of: … | Use exactly one of the listed values, in lower case. |
| an id used by no other row | Two rows share an id. Give each its own. |
| an id that exists in … | A reference points to nothing. Check the spelling, or add the missing row first. |
| a latitude / longitude in Canada | Coordinates are swapped, or the minus sign of the longitude is missing. |
| a file saved as UTF-8 | The file was saved as Latin-1 / Windows-1252. Save it again as CSV UTF-8. |
| one row per … | The same year, city or service appears twice, so it would be counted twice. Merge the rows. |
| the status set by the newest council action | A new council decision was recorded but the city's status was not updated (or the reverse). |
| the sum of its … | Published parts (regions, final months) no longer add up to their total: one figure was mistyped. |

`;

export function renderDataDictionary(): string {
  const index = ALL_SCHEMAS.map((s) => `- [\`${s.file}\`](#${s.file.replace(/\./g, '')}-${s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}): ${s.title}`).join('\n');
  return `${GUIDE}## The files\n\n${index}\n\n${ALL_SCHEMAS.map(renderTable).join('\n')}`;
}
