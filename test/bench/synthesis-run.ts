/**
 * One synthesis of N varied Austin comments in its own process, so its peak RSS is its own.
 * Prints a JSON line: {"comments":..,"seconds":..,"peakRssMb":..,"themes":..}.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { redact } from '../../apps/feedback/src/synthesis/redaction.js';
import { synthesizeThemes } from '../../apps/feedback/src/synthesis/theme-synthesis.js';
import { variedComments } from './feedback-variation.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'austin-community-survey');
const rows = parse(readFileSync(join(root, 'dataset_austin.csv')), { columns: true }) as { text: string }[];
const count = Number(process.argv[2] ?? 100_000);
const texts = variedComments(rows.map((r) => r.text), count);
const started = performance.now();
const synthesis = synthesizeThemes(texts.map((text, i) => ({ id: `c${i}`, text: redact(text).text })));
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ comments: count, seconds, peakRssMb, themes: synthesis.themes.length, other: synthesis.other.length, labels: synthesis.themes.map((t) => `${t.label} (${t.size})`) }));
