/** Renders the editors' data dictionary (data/README.md) from the schemas. */
import { englishTwin, type ColumnSpec, type TableSchema } from './schema-kit.ts';
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

/** "yes", "no", or for a French column when it is due: whenever its English twin has text. */
function requiredText(name: string, spec: ColumnSpec, columns: TableSchema['columns']): string {
  if (spec.required) return 'yes';
  const twin = englishTwin(name, spec, columns);
  if (!twin) return 'no';
  if (spec.frenchMayBeEmpty !== undefined) return `French if it has one; may stay empty for ${spec.frenchMayBeEmpty}`;
  return `yes, when \`${twin.column}\` has text${twin.when ? ` and \`${twin.when.column}\` is \`${twin.when.equals}\`` : ''}`;
}

function renderTable(schema: TableSchema): string {
  const rows = Object.entries(schema.columns).map(
    ([name, spec]) =>
      `| \`${name}\` | ${KIND_LABEL[spec.kind]} | ${cellText(requiredText(name, spec, schema.columns))} | ${cellText(accepts(spec))} | ${cellText(spec.description)} |`,
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
    schema.editorNote ? `${schema.description} ${schema.editorNote}` : schema.description,
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

1. Open the CSV in a spreadsheet (Excel, LibreOffice Calc, Google Sheets) or a text editor, as described
   in [Spreadsheets without damage](#spreadsheets-without-damage) below.
2. Fix or add rows. Keep the header row exactly as it is.
3. Save as **CSV, UTF-8, comma-separated**. In Excel choose "CSV UTF-8 (comma delimited)".
4. Run \`npm run check:data\`. It checks the files and every id the chapters use (\`<Cite>\`, \`<Stat>\`,
   \`<Quote>\`, \`<Conflict>\`, the city of a scroll step), and lists every problem at once, each with the
   file, line, column, the value it found, what it expected and how to fix it. One mistake gives one
   message; a habit repeated on many cells (every date reformatted) gives one message naming every line.
   A line is counted as a text editor counts it; where a cell above holds a line break, which a
   spreadsheet keeps in one row, the message gives the spreadsheet's row too (\`line 7 (row 5 in a
   spreadsheet)\`). Fix them all and run it again until it says \`Data OK\`. A **warning** does not stop anything: check
   and go on. Warnings compare with the last commit: a figure that became 10 times larger or more, or a
   tenth or less; a month or year turned into the 1st (\`2017-01\` → \`2017-01-01\`); text that still gives
   a changed figure's old value.
5. Run \`npm run data:diff\` to review what you changed since the last commit: rows added, removed and
   changed in each file, every number in the chapters whose value changes, and the text in \`data/\` that
   still gives a changed number's old value (check whether it should change too).
6. Rebuild with \`npm run build\` (or \`npm start\` to build and look at the site). The build runs the same
   checks and refuses to build from bad data. It builds into a temporary folder and replaces \`dist/\` only
   when the whole build succeeded, so a failed build always leaves the last good site in place.

To see your edits as you make them, run \`npm run dev\` and open the address it prints. Each time you save
a CSV, the open page reloads with the new figures within a couple of seconds; while a file has a
problem, the page shows the list of problems instead, and the site comes back as soon as you save the fix.

## Spreadsheets without damage

Spreadsheets change a CSV in ways that are easy to miss: accents garbled, dates and numbers rewritten in
the computer's regional format, semicolons instead of commas. The checks recognise each of these and say
how to undo it, but it is quicker not to cause them. The files in \`data/\` start with a UTF-8 mark (a
"BOM") so that Excel reads their accents correctly; \`npm run data:bom\` puts it back if a program dropped it.

**Excel for Windows**

- Open the file with a double-click or File > Open: thanks to the UTF-8 mark, accents read correctly. If
  they do not (\`MontrÃ©al\`), close without saving and use Data > From Text/CSV instead, with
  "File origin: 65001: Unicode (UTF-8)" and "Delimiter: Comma".
- Excel turns \`2017-02-20\` into its own date format, and shows a date typed in a number cell as a count
  of days (\`42786\`). Before typing dates, select the column and choose Format Cells > Text.
- Save with File > Save As > "CSV UTF-8 (comma delimited) (*.csv)". Plain "CSV (comma delimited)" is
  not UTF-8 and breaks accents.
- **French-Canadian settings**: Excel separates cells with the computer's *list separator*, which is a
  semicolon (\`;\`) in French (Canada) and most European regional settings, and writes decimals with a
  comma. Before saving, open Control Panel > Region > Additional settings and set "List separator" to
  \`,\` and "Decimal symbol" to \`.\`; or save from LibreOffice or Google Sheets instead.

**Excel for Mac**

- Open with File > Open; if accents are garbled, close without saving and use File > Import > CSV file,
  choosing "Unicode (UTF-8)" as the file origin and "Comma" as the delimiter.
- Format date columns as Text before typing dates, as on Windows.
- Save with File > Save As, format "CSV UTF-8 (Comma delimited) (.csv)".
- With a French (Canada) region, Excel for Mac also writes semicolons and decimal commas. Choose a number
  format with a point for decimals in System Settings > General > Language & Region before saving, or
  save from LibreOffice or Google Sheets instead.

**LibreOffice Calc**

- Open the file: the Text Import window appears. Choose "Character set: Unicode (UTF-8)", "Separated by:
  Comma" only, "String delimiter: \`"\`", and set the type of every date column to "Text" (click the column
  in the preview, then "Column type: Text"). Untick "Evaluate formulas" and "Detect special numbers".
- Save with File > Save As, "Text CSV (.csv)", tick "Edit filter settings", and choose "Character set:
  Unicode (UTF-8)", "Field delimiter: ,", "String delimiter: \`"\`". Answer "Use Text CSV Format" when asked.

**Google Sheets**

- File > Import > Upload, "Separator type: Comma", and answer **No** to "Convert text to numbers, dates,
  and formulas", so dates and ids stay as written.
- Download with File > Download > Comma-separated values (.csv). The download is UTF-8 with commas, but
  without the UTF-8 mark: put the file in \`data/\` and run \`npm run data:bom\`.

**In every program**

- Do not let autocorrect turn straight quotes into curly ones (\`“adopted”\`): a CSV only uses \`"\`.
- Numbers are digits with a point for decimals: \`3608\`, \`83.4\`. Never \`3,608\`, \`3 608\`, \`3.608\` or \`83,4\`.
- Empty columns a spreadsheet adds at the end of every row (\`,,,\`), empty rows at the end of the file and
  spaces before or after a value are harmless (they are ignored). An extra comma at the end of one row
  only is an error, which the check names.

## Rules that apply to every file

- **Every fact names its source.** \`source_ids\` lists ids from \`sources.csv\` (e.g. \`S017;S041\`); add a new
  source there first. \`fact_ids\` names the rows of the research dossier the row transcribes.
- **Confidence** follows the research dossier: \`high\`, \`medium\` or \`low\`. Low-confidence facts are only
  published with a caveat.
- **When sources disagree**, do not pick one silently: give the row a \`conflict_id\` from \`conflicts.csv\`
  and say what the other version is in \`note_en\`.
- **Dates** are written \`2017-02-20\`, or \`2017-02\` or \`2017\` when that is all the source says. Never guess a day.
- **Numbers** are digits only: \`3608\`, not \`3,608\` or \`3 608\`. Put ranges in two columns (\`low\`, \`high\`).
- **Text** in \`*_en\` columns is English; \`*_fr\` columns hold the French, and every English text needs its
  French: French pages never fall back to English. Use the glossary's French words (ville sanctuaire, accès
  sans crainte, sans statut, renvoi…), official French names (ASFC, GRC, SPVM, IRCC), French typography
  (\`20 février 2017\`, \`83,4 %\`, « guillemets ») and, for a quote said in English, a faithful French
  rendering in \`translation_fr\` (shown marked « traduction libre »). **The one exception** is a proper name
  with no official French form, such as a city's English-only policy name: the columns whose required
  entry reads "may stay empty" accept an empty French cell, and the French pages then show the English
  name marked as English (\`lang="en"\`). Never invent a French official name.
- **Quotes** in \`quotes.csv\` are verbatim. Never tidy the words of a quote.
- **ids** never change once published: pages, links and other files point at them.

## How to add a city

1. Add a row to \`municipalities.csv\` with a new \`id\` (lower case, hyphens: \`trois-rivieres\`), its province,
   status, coordinates of the city centre and the sources, and every other column the table below marks
   as required (the notes in English and French, whether the police are covered, the dossier's fact ids,
   the confidence).
2. Add its council decisions to \`council_actions.csv\` (one row per vote or decision), with \`status_after\`
   set on the decision that gave the city its current status. The check asks for that row whenever the
   status has a date: the timelines are drawn from this file.
3. Optional: where the sources say which services its policy covers, add one row per service to
   \`service_coverage.csv\` (the services chart shows a city once it has rows there); a person quoted on the
   site gets a row in \`people.csv\` and each quote one in \`quotes.csv\`. A city needs neither to appear.
4. Run \`npm run check:data\`, then rebuild. The city appears on the map, in the city table and in every
   count of cities in the prose, with no change to code.

## How to fix each kind of error

| the check says | what to do |
|---|---|
| a column named "…" / rename it back | The header row was changed. Put back the exact column name; the site reads columns by name. |
| only the columns … | A column was added. Remove it, or move its content to \`note_en\`. |
| N cells, one per column | A row has too many or too few cells. Text containing a comma must be wrapped in double quotes; with too many cells, the fix names the text that most likely holds the comma. |
| a row of data | The column names appear again as a row (a header pasted in with other rows). Delete that row. |
| every quotation mark … closed | A cell opens a \`"\` and never closes it. Close it, or write a literal quote as \`""\`. |
| the cell is empty | A required cell is empty. Fill it in. |
| the French of … | An English text has no French. Write it in the \`*_fr\` column named (see **Text** above). |
| an ISO date / a day that exists | Write the date as \`YYYY-MM-DD\` (or \`YYYY-MM\`, \`YYYY\`), months and days in two digits, and check it exists. The fix names the date meant when it can tell (\`2013-2-20\`, \`20/02/2013\`, \`Feb. 20, 2013\` → \`2013-02-20\`). |
| written with digits only | Remove thousands separators, spaces, \`%\` and \`$\`. An unquoted \`11,269\` splits into two cells: the fix says to write \`11269\`. A number a spreadsheet showed as \`1.13E+04\` may have lost digits: type it again from the source. |
| plain text, without HTML tags | Text pasted from a web page or a content system brought tags (\`<b>\`, \`<a href>\`). The site shows a cell exactly as typed: delete the tags, keep the words. |
| 0 or more | A count or amount has a minus sign. Remove it if it was typed by mistake. |
| a percentage from 0 to 100 | A share is over 100: a decimal point is probably missing (\`83.4\`, not \`834\`). |
| invisible character | Text copied from a web page or a PDF brought a character the spreadsheet does not show (shown as \`⟨U+200B⟩\`). Delete the cell's content and type it again. |
| ends with an extra comma | The row has empty cells after its last column. Delete the commas at the end of the line, or the empty column in the spreadsheet. |
| a full web address, without spaces | Paste the address again from the browser bar. |
| one web address, not an address inside another | A share button or a redirect wrapped the real address in another one (\`…/https%3A%2F%2F…\`), or the site name ends with a dot. Write the address the fix names, as the page shows it in the browser bar. |
| a row in council_actions.csv for … | A city's status has a date but no council action set it. Add that decision to \`council_actions.csv\`. |
| one of: … | Use exactly one of the listed values, written as listed (province codes in capitals, \`ON\`; other values in lower case). The fix names the value meant when it can tell (\`Ontario\` → \`ON\`, \`Adopted\` → \`adopted\`). |
| an id used by no other row | Two rows share an id. Give each its own. |
| an id that exists in … | A reference points to nothing. Check the spelling, or add the missing row first. When an id one or two letters away exists, or a letter was typed for a digit, the fix names it (\`hamiltn\` → \`hamilton\`, \`S21O\` → \`S210\`). |
| the id that … places use | Several rows and chapters use an id that no row has, and this row's id is a slip away from it: the row's id was most likely changed by mistake. Change it back. |
| a latitude / longitude in Canada | Coordinates are swapped, or the minus sign of the longitude is missing. |
| a point in … (province …) | A city's \`lat\` and \`lon\` put it more than 25 km outside its province or territory; the fix names where they land (\`-79.1384\` for Winnipeg's \`-97.1384\` is in Quebec). Check both against the city's location; if they are right, the \`province\` is wrong. |
| only the files the site reads | A CSV in \`data/\` that the site does not read, such as a download's \`figures (1).csv\`: your edits in it change nothing. Copy them into the file named, then move the stray file out. |
| a file saved as UTF-8 | The file was saved as Latin-1 / Windows-1252. Save it again as CSV UTF-8. |
| saved as "Unicode Text" | Excel's "Unicode Text" (UTF-16) format. Save it again as CSV UTF-8 (comma delimited). |
| one row per … | The same year, city or service appears twice, so it would be counted twice. Merge the rows. |
| the status set by the newest council action | A new council decision was recorded but the city's status was not updated (or the reverse). |
| the date of the council action that set the status | A city's \`status_date\` differs from the date of the council decision that set its status; the city table and the timeline would give two dates. Check the source and correct one of them. |
| a whole number, since the unit is count | A figure with a fraction is marked as a count; most likely its unit was changed. Set the unit the source gives (\`percent\`, \`per_day\`) or write the whole number. |
| a number of people above 0 | An estimate of 0 people. If the source gives only an upper bound ("as many as"), leave \`low\` empty. |
| the sum of its … | Published parts (regions, final months) no longer add up to their total: one figure was mistyped. |
| garbled accents | The file was opened as Windows-1252 and saved again (\`Ã©\` for \`é\`). Take it back with \`git checkout -- data/<file>.csv\` (this undoes every change to that file since the last commit) and redo the edit, opening it as UTF-8. |
| saved with semicolons | A French-locale Excel saved the file. The same message names whatever else that save changed (Windows-1252 instead of UTF-8, decimal commas), so one new save fixes it all. Save it again with commas (see above). |
| saved with tabs | Saved as "Text (Tab delimited)", or cells pasted from a spreadsheet. Save it again as CSV UTF-8 (comma delimited). |
| curly quotation marks | Autocorrect wrapped the value in \`“ ”\`. Remove them. |
| how Excel stores the date | A date cell was formatted as a number. Write the date as \`YYYY-MM-DD\` in a Text cell. |
| thousands separator | \`200.000\` is two hundred thousand in a French format. Write \`200000\`. |
| decimal comma | \`83,4\` split into two cells. Write \`83.4\`. |
| a state chart "…" can draw | A chapter shows a chart in a state (\`state={{ highlight: 2019 }}\`: a year, a city) that the data no longer has. When an edit since the last commit took that value away, the fix names the line, its value before and after (\`year 2019\` → \`2018\`): undo the edit if it was a slip; if not, update the state in the chapter. |
| an id that exists in … (also used at) | A row was renamed or deleted but other rows or chapters still use its id: every place is listed. |
| a figure close to the committed … (warning) | A figure became 10× larger or more, or 1/10 or less, since the last commit (a digit typed twice or lost, a misplaced point). Check it; if it is right, ignore the warning. |
| a date as precise as its source (warning) | A month or year (\`2017-01\`, \`2017\`) became the 1st (\`2017-01-01\`): a spreadsheet filled in the day. Write it back as it was, unless the source does give the 1st. |
| text in step with the data (warning) | A figure changed, but a text cell still gives its old value. If the text speaks of that figure, update it; if not, ignore the warning. \`npm run data:diff\` lists them all. |

`;

export function renderDataDictionary(): string {
  const index = ALL_SCHEMAS.map((s) => `- [\`${s.file}\`](#${s.file.replace(/\./g, '')}-${s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}): ${s.title}`).join('\n');
  return `${GUIDE}## The files\n\n${index}\n\n${ALL_SCHEMAS.map(renderTable).join('\n')}`;
}
