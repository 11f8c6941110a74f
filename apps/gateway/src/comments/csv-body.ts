import { INVALID_REQUEST_TYPE, ProblemException } from '../problems/problem-details.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The uploaded file as text; anything but UTF-8 is refused whole, before any row is read. */
export function csvText(body: unknown): string {
  const bad = (message: string, rule: string) =>
    new ProblemException({ type: INVALID_REQUEST_TYPE, title: 'The request is not valid', status: 400, detail: message, errors: [{ field: 'body', rule, message }] });
  if (!Buffer.isBuffer(body) || body.length === 0) throw bad('body must be a CSV file sent as Content-Type: text/csv', 'isCsv');
  try {
    return strictUtf8.decode(body);
  } catch {
    throw bad('body must be UTF-8 encoded text; save the CSV as UTF-8 and send it again', 'isUtf8');
  }
}
