/**
 * Fits the weights given-theme assignment puts on its score parts (`PART_WEIGHTS` in
 * apps/feedback/src/synthesis/theme-assignment.ts) on IBM ArgKP, where each topic and stance is a scope and its key
 * points are the given themes. The model is a conditional logistic regression: a softmax over each comment's themes
 * of the weighted parts, maximising the probability of the comment's gold key points, each comment weighted by
 * 1/(labelled comments in its scope) as `npm run eval:themes` averages accuracy over scopes, with an L2 penalty.
 *
 * The parts of the last round depend on the weights (they choose the comments each theme attracts), so the fit runs
 * in rounds from equal weights: score with the current weights, fit on that round's parts, repeat, and keep the
 * round whose weights score best. It then fits once per topic with that topic left out, on the kept round's parts,
 * and scores the topic's two scopes with those weights, which estimates accuracy on themes the weights never saw.
 * Prints the weights as TypeScript, then `RESULT`. About three minutes, most of it embedding.
 *
 * Options: `--rounds N` (default 4), `--penalty X` (default 0.02).
 */
import { parseArgs } from 'node:util';
import { Matrix, solve } from 'ml-matrix';
import { ASSIGNMENT_PARTS, PART_WEIGHTS, argmax, assignmentFeatures, partWeightsFrom, partWeightVector, type AssignmentEmbeddings, type GivenTheme } from '../../apps/feedback/src/synthesis/theme-assignment.js';
import { redact } from '../../apps/feedback/src/synthesis/redaction.js';
import { SentenceEncoder } from '../../apps/feedback/src/synthesis/sentence-encoder.js';
import { embedForAssignment } from '../../apps/feedback/src/synthesis/assignment-embeddings.js';
import type { CommentText } from '../../apps/feedback/src/synthesis/theme-synthesis.js';
import { loadScopes } from './argkp.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '4' }, penalty: { type: 'string', default: '0.02' } } });
const rounds = Number(args.rounds);
const penalty = Number(args.penalty);

interface Prepared {
  name: string;
  topic: string;
  comments: CommentText[];
  themes: GivenTheme[];
  embeddings: AssignmentEmbeddings;
  /** Labelled comments: their index and the indices of their gold themes. */
  labelled: { index: number; gold: number[] }[];
}

/** One labelled comment in the fit: each theme's feature row, its gold themes and its weight. */
interface Example {
  features: number[][];
  gold: number[];
  weight: number;
}

const f = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

/** A scope's inputs when scored with weights `w`: one scoring serves both the fit and the accuracy of `w`. */
function featuresOf(scope: Prepared, w: readonly number[]): number[][][] {
  return assignmentFeatures(scope.comments, scope.themes, scope.embeddings, { partWeights: partWeightsFrom(w) });
}

/** Top-1 accuracy of a scope scored with `w`, from that scoring's inputs: each score is its inputs times the weights. */
function accuracy(scope: Prepared, features: number[][][], w: readonly number[]): number {
  const score = (x: readonly number[]) => x.reduce((s, v, j) => s + v * w[j], 0);
  return scope.labelled.filter(({ index, gold }) => gold.includes(argmax(features[index].map(score)))).length / (scope.labelled.length || 1);
}

function examples(scope: Prepared, features: number[][][]): Example[] {
  return scope.labelled.map(({ index, gold }) => ({ features: features[index], gold, weight: 1 / scope.labelled.length }));
}

/** Penalised log-likelihood of the gold themes, its gradient and the Fisher information (plus the penalty). */
function objective(data: readonly Example[], w: readonly number[]): { value: number; gradient: number[]; information: number[][] } {
  const d = w.length;
  let value = -0.5 * penalty * w.reduce((s, x) => s + x * x, 0);
  const gradient = w.map((x) => -penalty * x);
  const information = w.map((_, a) => w.map((__, b) => (a === b ? penalty : 0)));
  for (const { features, gold, weight } of data) {
    const scores = features.map((x) => x.reduce((s, v, j) => s + v * w[j], 0));
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const total = exp.reduce((s, x) => s + x, 0);
    const goldTotal = gold.reduce((s, t) => s + exp[t], 0);
    value += weight * Math.log(goldTotal / total);
    const p = exp.map((e) => e / total);
    const expected = new Array<number>(d).fill(0);
    features.forEach((x, t) => x.forEach((v, j) => (expected[j] += p[t] * v)));
    for (const t of gold) features[t].forEach((v, j) => (gradient[j] += (weight * exp[t] * v) / goldTotal));
    for (let j = 0; j < d; j++) gradient[j] -= weight * expected[j];
    features.forEach((x, t) => {
      for (let a = 0; a < d; a++) {
        const da = x[a] - expected[a];
        for (let b = 0; b < d; b++) information[a][b] += weight * p[t] * da * (x[b] - expected[b]);
      }
    });
  }
  return { value, gradient, information };
}

/** Fisher scoring with step halving; the penalised objective is concave for single gold themes. */
function fit(data: readonly Example[], start: readonly number[]): number[] {
  let w = [...start];
  let current = objective(data, w);
  for (let step = 0; step < 50; step++) {
    const direction = solve(new Matrix(current.information), Matrix.columnVector(current.gradient)).to1DArray();
    let size = 1;
    let next = w.map((x, j) => x + size * direction[j]);
    let candidate = objective(data, next);
    while (candidate.value < current.value && size > 1e-6) {
      size /= 2;
      next = w.map((x, j) => x + size * direction[j]);
      candidate = objective(data, next);
    }
    if (candidate.value < current.value) break;
    const gain = candidate.value - current.value;
    w = next;
    current = candidate;
    if (gain < 1e-9) break;
  }
  return w;
}

const encoder = new SentenceEncoder();
const prepared: Prepared[] = [];
for (const scope of loadScopes()) {
  const comments = scope.args.map((a) => ({ id: a.id, text: redact(a.text).text }));
  const themes = scope.keyPoints.map((kp) => ({ label: kp.text }));
  const themeIndex = new Map(scope.keyPoints.map((kp, t) => [kp.id, t]));
  const labelled = scope.args.flatMap((a, index) => {
    const gold = (scope.gold.get(a.id) ?? []).map((id) => themeIndex.get(id) ?? -1).filter((t) => t >= 0);
    return gold.length ? [{ index, gold }] : [];
  });
  prepared.push({ name: scope.name, topic: scope.topic, comments, themes, embeddings: await embedForAssignment(comments, themes, { encoder }), labelled });
}
console.log(`${prepared.length} scopes, ${prepared.reduce((s, p) => s + p.labelled.length, 0)} labelled comments, ${2 * ASSIGNMENT_PARTS.length} weights, penalty ${penalty}`);

const featuresUnder = (w: readonly number[]) => prepared.map((scope) => featuresOf(scope, w));
const meanAccuracy = (features: number[][][][], w: readonly number[]) => mean(prepared.map((scope, s) => accuracy(scope, features[s], w)));

const shippedWeights = partWeightVector(PART_WEIGHTS);
const shipped = meanAccuracy(featuresUnder(shippedWeights), shippedWeights);
console.log(`shipped PART_WEIGHTS: accuracy ${f(shipped)}`);

// Rounds can swing, as the attracted comments change with the weights: the best round's fit is kept, with the
// inputs it was fitted on. Each round's scoring gives the next round's inputs and this round's accuracy.
let weights = [...ASSIGNMENT_PARTS.map(() => 1 / ASSIGNMENT_PARTS.length), ...ASSIGNMENT_PARTS.map(() => 0)];
let features = featuresUnder(weights);
let best = { round: 0, weights, data: [] as Example[][], accuracy: -1 };
for (let round = 1; round <= rounds; round++) {
  const data = prepared.map((scope, s) => examples(scope, features[s]));
  weights = fit(data.flat(), weights);
  features = featuresUnder(weights);
  const inSample = meanAccuracy(features, weights);
  console.log(`round ${round}: accuracy ${f(inSample)}`);
  if (inSample > best.accuracy) best = { round, weights, data, accuracy: inSample };
}
console.log(`kept round ${best.round}`);

const topics = [...new Set(prepared.map((p) => p.topic))];
const heldOut: number[] = [];
for (const topic of topics) {
  const training = best.data.filter((_, s) => prepared[s].topic !== topic).flat();
  const foldWeights = fit(training, best.weights);
  for (const scope of prepared.filter((p) => p.topic === topic)) heldOut.push(accuracy(scope, featuresOf(scope, foldWeights), foldWeights));
}
const heldOutAccuracy = mean(heldOut);
console.log(`each of ${topics.length} topics held out: accuracy ${f(heldOutAccuracy)}`);

const fitted = partWeightsFrom(best.weights);
console.log('const PART_WEIGHTS: PartWeights = {');
for (const name of ASSIGNMENT_PARTS) console.log(`  ${name}: { own: ${fitted[name].own.toFixed(3)}, breadth: ${fitted[name].breadth.toFixed(3)} },`);
console.log('};');
console.log(`RESULT scopes=${prepared.length} rounds=${rounds} penalty=${penalty} shipped_acc=${f(shipped)} fit_acc=${f(best.accuracy)} held_out_acc=${f(heldOutAccuracy)}`);
