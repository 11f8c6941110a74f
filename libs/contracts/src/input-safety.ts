import { fieldError, type FieldError } from './field-error.js';

/** Deeper than any request the platform takes (a MultiPolygon boundary in a body is 6 levels), and shallow enough for every recursive reader. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that name the prototype machinery of JavaScript objects: no contract has them, and a reader merging them could change every object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A UTF-16 surrogate without its partner: JSON's `\ud800` escape allows it, UTF-8 and Postgres cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, field: string): FieldError | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return fieldError(field, 'noNul', `${field} must not contain NUL characters (U+0000)${onLine(text, nul)}`);
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return fieldError(field, 'isUtf8', `${field} must be Unicode text; it holds a lone surrogate, which UTF-8 cannot carry${onLine(text, surrogate.index)}`);
  return null;
}

/** Where in a text of several lines (an uploaded CSV) the offending character is, so its author can find it. */
function onLine(text: string, index: number): string {
  return text.includes('\n') ? `; the first is on line ${text.slice(0, index).split('\n').length}` : '';
}

/**
 * The first thing in a request's input (a JSON body, a query, path parameters, an intake message)
 * that no contract could accept and that would otherwise reach a database or a recursive reader:
 * text with NUL characters or lone surrogates (Postgres refuses both), nesting deeper than
 * `MAX_INPUT_DEPTH`, or a prototype key (`__proto__`, `constructor`, `prototype`). Null when there
 * is none. `at` names the input (`body` when empty); fields below it are dotted paths, `comments.0.text`.
 */
export function unsafeInput(value: unknown, at = ''): FieldError | null {
  const name = (path: string) => path || 'body';
  const visit = (node: unknown, path: string, depth: number): FieldError | null => {
    if (typeof node === 'string') return textProblem(node, name(path));
    if (typeof node !== 'object' || node === null) return null;
    if (depth >= MAX_INPUT_DEPTH) return fieldError(name(path), 'maxDepth', `${name(path)} nests deeper than ${MAX_INPUT_DEPTH} levels`);
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node);
    for (const [key, child] of entries) {
      // A name with NUL or a lone surrogate is named escaped, as JSON writes it.
      const shown = typeof key === 'string' ? JSON.stringify(key).slice(1, -1) : String(key);
      const field = path ? `${path}.${shown}` : shown;
      if (typeof key === 'string') {
        if (FORBIDDEN_KEYS.has(key)) return fieldError(field, 'forbidden', `${key} is not allowed as a property name`);
        const keyProblem = textProblem(key, field);
        if (keyProblem) return keyProblem;
      }
      const problem = visit(child, field, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return visit(value, at, 0);
}
