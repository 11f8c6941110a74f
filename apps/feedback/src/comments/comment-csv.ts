import { parse } from 'csv-parse/sync';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CommentInput, MAX_COMMENT_BATCH, type CommentColumnMapping, type ImportRowProblem } from '#libs/contracts';
import { flatten } from '#libs/messaging';

export interface ParsedCsv {
  rows: { row: number; input: CommentInput }[];
  problems: ImportRowProblem[];
  total: number;
}

/** A problem with the file as a whole (not one row): nothing in it can be imported. */
export class CsvFileProblem extends Error {}

const FIELDS: (keyof CommentColumnMapping)[] = ['text', 'source', 'engagementId', 'language', 'submittedAt', 'lat', 'lon', 'neighborhood', 'externalId'];

/** Reads a UTF-8 CSV with a header row into comment inputs, mapping columns to fields; every row's problems are named. */
export function parseCommentCsv(csv: string, mapping: CommentColumnMapping): ParsedCsv {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (err) {
    throw new CsvFileProblem(`csv: not readable as CSV (${(err as Error).message})`);
  }
  if (records.length === 0) throw new CsvFileProblem('csv: the file is empty; it needs a header row and at least one row');
  const header = records[0];
  const columns = new Map<keyof CommentColumnMapping, number>();
  const missing: string[] = [];
  for (const field of FIELDS) {
    const name = mapping[field];
    if (name === undefined) continue;
    const index = header.indexOf(name);
    if (index < 0) missing.push(`mapping.${field}: column "${name}" is not in the CSV header (columns: ${header.join(', ')})`);
    else columns.set(field, index);
  }
  if (missing.length) throw new CsvFileProblem(missing.join('; '));
  const data = records.slice(1);
  if (data.length === 0) throw new CsvFileProblem('csv: the file has a header but no rows');
  if (data.length > MAX_COMMENT_BATCH) throw new CsvFileProblem(`csv: at most ${MAX_COMMENT_BATCH} rows per import, the file has ${data.length}`);
  const rows: ParsedCsv['rows'] = [];
  const problems: ImportRowProblem[] = [];
  data.forEach((cells, i) => {
    const cell = (field: keyof CommentColumnMapping) => {
      const index = columns.get(field);
      const value = index === undefined ? undefined : cells[index];
      return value === undefined || value === '' ? undefined : value;
    };
    const lat = cell('lat');
    const lon = cell('lon');
    const plain = {
      text: cell('text') ?? '',
      source: cell('source'),
      engagementId: cell('engagementId'),
      language: cell('language'),
      submittedAt: cell('submittedAt'),
      neighborhood: cell('neighborhood'),
      externalId: cell('externalId'),
      ...(lat !== undefined || lon !== undefined ? { location: { lat: Number(lat), lon: Number(lon) } } : {}),
    };
    const input = plainToInstance(CommentInput, JSON.parse(JSON.stringify(plain)) as object);
    const errors = flatten(validateSync(input, { whitelist: true, forbidUnknownValues: false }));
    if (errors.length) problems.push({ row: i + 1, problems: errors });
    else rows.push({ row: i + 1, input });
  });
  return { rows, problems, total: data.length };
}
