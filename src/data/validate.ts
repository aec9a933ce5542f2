/**
 * Validates raw tables against their schemas and against each other, collecting every problem
 * instead of stopping at the first, then hands back typed rows.
 */
import { parseCell } from './cells.ts';
import type { RawTable } from './csv-read.ts';
import type { Problem } from './problems.ts';
import type { TableSchema } from './schema-kit.ts';
import { CROSS_TABLE_RULES } from './rules.ts';

export type TypedRow = Record<string, unknown> & { line: number };

function checkHeader(schema: TableSchema, header: readonly string[]): Problem[] {
  const expected = Object.keys(schema.columns);
  const problems: Problem[] = [];
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !expected.includes(h));
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) {
      problems.push({
        file: schema.file,
        line: 1,
        column: h,
        expected: 'each column once',
        fix: `The header names "${h}" twice. Delete the second column or give it its proper name.`,
      });
    }
    seen.add(h);
  }
  // A missing column and an unknown one at the same position is almost always a rename.
  for (const name of missing) {
    const position = expected.indexOf(name);
    const inItsPlace = header[position];
    const renamed = inItsPlace !== undefined && extra.includes(inItsPlace);
    problems.push({
      file: schema.file,
      line: 1,
      column: name,
      expected: `a column named "${name}" (${schema.columns[name]!.description})`,
      fix: renamed
        ? `Column ${position + 1} is headed "${inItsPlace}"; rename it back to "${name}". Headers are read by the site and must not change.`
        : `Add the column "${name}" to the header row (data/README.md lists every column of ${schema.file}).`,
    });
  }
  for (const name of extra) {
    const position = header.indexOf(name);
    if (missing.includes(expected[position] ?? '')) continue; // already reported as a rename
    problems.push({
      file: schema.file,
      line: 1,
      column: name,
      expected: `only the columns ${expected.join(', ')}`,
      fix: `Remove the column "${name}" or, if it holds something worth keeping, ask a developer to add it to the schema. Notes go in note_en / note_fr.`,
    });
  }
  return problems;
}

/** Reads one table: header, field counts, cells, required values and unique ids. */
export function validateTable(schema: TableSchema, raw: RawTable): { rows: TypedRow[]; problems: Problem[] } {
  const problems = checkHeader(schema, raw.header);
  if (problems.length > 0) return { rows: [], problems };
  const columns = raw.header;
  const rows: TypedRow[] = [];
  const idLines = new Map<string, number>();
  for (const record of raw.records) {
    if (record.cells.length !== columns.length) {
      const more = record.cells.length > columns.length;
      problems.push({
        file: schema.file,
        line: record.line,
        value: record.cells.join(','),
        expected: `${columns.length} cells, one per column (${columns.join(', ')})`,
        fix: more
          ? `This row has ${record.cells.length} cells. A text containing a comma must be wrapped in double quotes ("like, this").`
          : `This row has ${record.cells.length} cells. Add the missing cells (leave optional ones empty, but keep their commas).`,
      });
      continue;
    }
    const row: TypedRow = { line: record.line };
    let rowOk = true;
    columns.forEach((name, i) => {
      const spec = schema.columns[name]!;
      const raw = record.cells[i]!;
      if (raw.trim() === '') {
        row[name] = undefined;
        if (spec.required) {
          rowOk = false;
          problems.push({
            file: schema.file,
            line: record.line,
            column: name,
            value: '',
            expected: spec.description,
            fix: `Fill in "${name}"; this column is required.`,
          });
        }
        return;
      }
      const result = parseCell(spec, raw);
      if (result.ok) {
        row[name] = result.value;
      } else {
        rowOk = false;
        problems.push({ file: schema.file, line: record.line, column: name, value: raw, expected: result.expected, fix: result.fix });
      }
    });
    const id = row.id;
    if (typeof id === 'string') {
      const first = idLines.get(id);
      if (first !== undefined) {
        rowOk = false;
        problems.push({
          file: schema.file,
          line: record.line,
          column: 'id',
          value: id,
          expected: 'an id used by no other row',
          fix: `Line ${first} already uses this id. Give this row its own id, or delete it if it repeats line ${first}.`,
        });
      } else {
        idLines.set(id, record.line);
      }
    }
    if (rowOk) rows.push(row);
  }
  if (raw.records.length === 0) {
    problems.push({
      file: schema.file,
      line: 0,
      expected: 'at least one row of data under the header',
      fix: 'The file has a header but no rows. Take the rows back from git history if they were deleted by mistake.',
    });
  }
  return { rows, problems };
}

/** Checks that every ref/refs cell names a row that exists in the file it points to. */
export function checkReferences(
  schemas: readonly TableSchema[],
  tables: ReadonlyMap<string, readonly TypedRow[]>,
): Problem[] {
  const idsByFile = new Map<string, Set<string>>();
  for (const [file, rows] of tables) idsByFile.set(file, new Set(rows.map((r) => String(r.id))));
  const problems: Problem[] = [];
  for (const schema of schemas) {
    const rows = tables.get(schema.file) ?? [];
    for (const [name, spec] of Object.entries(schema.columns)) {
      if (spec.kind !== 'ref' && spec.kind !== 'refs') continue;
      const target = idsByFile.get(spec.references!);
      if (!target) continue; // the referenced file is itself broken and already reported
      for (const row of rows) {
        const value = row[name];
        const ids = spec.kind === 'refs' ? ((value as string[] | undefined) ?? []) : value === undefined ? [] : [value as string];
        for (const id of ids) {
          if (!target.has(id)) {
            problems.push({
              file: schema.file,
              line: row.line,
              column: name,
              value: id,
              expected: `an id that exists in ${spec.references}`,
              fix: `No row of ${spec.references} has the id "${id}". Check the spelling, or add that row to ${spec.references} first.`,
            });
          }
        }
      }
    }
  }
  return problems;
}

export function checkCrossTable(tables: ReadonlyMap<string, readonly TypedRow[]>): Problem[] {
  return CROSS_TABLE_RULES.flatMap((rule) => rule(tables));
}
