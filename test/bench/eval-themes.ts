/**
 * Theme quality on IBM ArgKP (test/fixtures/argkp): each topic and stance is a scope, its key points are the gold
 * themes. Prints per scope and as means the NMI and ARI of automatic synthesis (k not given) and of a TF-IDF k-means
 * baseline told the gold k, then top-1 accuracy of assigning arguments to the gold key points, as the service does it
 * (with sentence and word embeddings), with text scores alone, and with the TF-IDF cosine baseline.
 */
import { kmeans } from 'ml-kmeans';
import { synthesizeThemes } from '../../apps/feedback/src/synthesis/theme-synthesis.js';
import { argmax, scoreAgainstThemes } from '../../apps/feedback/src/synthesis/theme-assignment.js';
import { redact } from '../../apps/feedback/src/synthesis/redaction.js';
import { SentenceEncoder } from '../../apps/feedback/src/synthesis/sentence-encoder.js';
import { embedForAssignment } from '../../apps/feedback/src/synthesis/assignment-embeddings.js';
import { loadScopes } from './argkp.js';
import { adjustedRandIndex, normalizedMutualInformation } from './cluster-agreement.js';

const tokens = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/** Plain TF-IDF (raw lowercase words, smooth idf, L2), the baseline representation. */
function plainTfIdf(texts: string[]): Map<string, number>[] {
  const docs = texts.map(tokens);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((d) => {
    const v = new Map<string, number>();
    for (const t of d) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, c] of v) {
      const w = c * (Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    for (const [t, w] of v) v.set(t, w / Math.sqrt(norm || 1));
    return v;
  });
}

const dot = (a: Map<string, number>, b: Map<string, number>) => [...a].reduce((s, [t, w]) => s + w * (b.get(t) ?? 0), 0);

function baselineClusters(texts: string[], k: number): number[] {
  const vectors = plainTfIdf(texts);
  const vocabulary = [...new Set(vectors.flatMap((v) => [...v.keys()]))].sort();
  const dense = vectors.map((v) => vocabulary.map((t) => v.get(t) ?? 0));
  return kmeans(dense, k, { seed: 42, initialization: 'kmeans++' }).clusters;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
const f = (x: number) => x.toFixed(3);

const scopes = loadScopes();
const encoder = new SentenceEncoder();
const rows: { nmi: number; ari: number; bnmi: number; bari: number; acc: number; tacc: number; bacc: number }[] = [];
console.log('scope'.padEnd(70), 'n', 'gold_k', 'k', 'other', 'nmi', 'ari', 'base_nmi', 'base_ari', 'assign', 'assign_text', 'assign_base');
for (const scope of scopes) {
  const comments = scope.args.map((a) => ({ id: a.id, text: redact(a.text).text }));
  const synthesis = synthesizeThemes(comments);
  const predicted = new Map<string, string>();
  synthesis.themes.forEach((theme, t) => theme.members.forEach((m) => predicted.set(m.commentId, `t${t}`)));
  for (const m of synthesis.other) predicted.set(m.commentId, 'other');
  const scored = scope.args.filter((a) => scope.gold.has(a.id));
  const gold = scored.map((a) => (scope.gold.get(a.id) ?? [])[0]);
  const ours = scored.map((a) => predicted.get(a.id) ?? 'other');
  const goldK = new Set(gold).size;
  const baseline = baselineClusters(scope.args.map((a) => a.text), Math.max(2, goldK));
  const baselineById = new Map(scope.args.map((a, i) => [a.id, baseline[i]]));
  const theirs = scored.map((a) => baselineById.get(a.id) ?? -1);

  const given = scope.keyPoints.map((kp) => ({ label: kp.text }));
  const embeddings = await embedForAssignment(comments, given, { encoder });
  const index = new Map(scope.args.map((a, i) => [a.id, i]));
  const correctWith = (scores: number[][]) => scored.filter((a) => (scope.gold.get(a.id) ?? []).includes(scope.keyPoints[argmax(scores[index.get(a.id) ?? 0])].id)).length;
  const correct = correctWith(scoreAgainstThemes(comments, given, {}, embeddings));
  const textCorrect = correctWith(scoreAgainstThemes(comments, given));
  const kpVectors = plainTfIdf([...scope.keyPoints.map((k) => k.text), ...scope.args.map((a) => a.text)]);
  const baselineCorrect = scored.filter((a) => {
    const v = kpVectors[scope.keyPoints.length + (index.get(a.id) ?? 0)];
    const best = argmax(scope.keyPoints.map((_, k) => dot(v, kpVectors[k])));
    return (scope.gold.get(a.id) ?? []).includes(scope.keyPoints[best].id);
  }).length;

  const row = {
    nmi: normalizedMutualInformation(gold, ours),
    ari: adjustedRandIndex(gold, ours),
    bnmi: normalizedMutualInformation(gold, theirs),
    bari: adjustedRandIndex(gold, theirs),
    acc: correct / (scored.length || 1),
    tacc: textCorrect / (scored.length || 1),
    bacc: baselineCorrect / (scored.length || 1),
  };
  rows.push(row);
  console.log(scope.name.slice(0, 70).padEnd(70), scope.args.length, goldK, synthesis.method.themeCount, synthesis.other.length, f(row.nmi), f(row.ari), f(row.bnmi), f(row.bari), f(row.acc), f(row.tacc), f(row.bacc));
}
const result = {
  scopes: rows.length,
  mean_nmi: mean(rows.map((r) => r.nmi)),
  baseline_nmi: mean(rows.map((r) => r.bnmi)),
  mean_ari: mean(rows.map((r) => r.ari)),
  baseline_ari: mean(rows.map((r) => r.bari)),
  assign_acc: mean(rows.map((r) => r.acc)),
  assign_text: mean(rows.map((r) => r.tacc)),
  assign_baseline: mean(rows.map((r) => r.bacc)),
};
console.log(`RESULT ${Object.entries(result).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : f(v)}`).join(' ')}`);
