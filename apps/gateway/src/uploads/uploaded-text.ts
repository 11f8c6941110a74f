import { unsafeInput } from '#libs/contracts';
import { fieldProblem } from '../problems/problem-details.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An uploaded file (the raw body) as text; anything but UTF-8, or text with NUL characters, is
 * refused whole, before any row is read. `described` names what was expected, e.g. "a CSV file
 * sent as Content-Type: text/csv".
 */
export function uploadedText(body: unknown, described: string): string {
  const bad = (message: string, rule: string) => fieldProblem('body', rule, message);
  if (!Buffer.isBuffer(body) || body.length === 0) throw bad(`body must be ${described}`, 'isFile');
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    throw bad('body must be UTF-8 encoded text; save the file as UTF-8 and send it again', 'isUtf8');
  }
  const unsafe = unsafeInput(text);
  if (unsafe) throw bad(unsafe.message, unsafe.rule);
  return text;
}

/** A CSV upload as text. */
export const csvText = (body: unknown): string => uploadedText(body, 'a CSV file sent as Content-Type: text/csv');
