import { kmeans } from 'ml-kmeans';
import { seededRandom } from './random.js';

/** Points are L2-normalized, so squared Euclidean distance is 2 - 2 cos and k-means is spherical k-means. */
export interface Partition {
  readonly k: number;
  readonly assignments: number[];
  readonly centroids: number[][];
  readonly inertia: number;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** The vector scaled to unit length; a zero vector stays zero. */
export function unitLength(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0)) || 1;
  return vector.map((x) => x / norm);
}

/** Best of several seeded k-means++ runs (lowest inertia). */
export function clusterPoints(points: number[][], k: number, seed: number, restarts = 4): Partition {
  let best: Partition | undefined;
  for (let r = 0; r < restarts; r++) {
    const result = kmeans(points, k, { seed: seed + r * 7919, initialization: 'kmeans++', maxIterations: 60 });
    let inertia = 0;
    points.forEach((point, i) => {
      const centroid = result.centroids[result.clusters[i]];
      for (let d = 0; d < point.length; d++) inertia += (point[d] - centroid[d]) ** 2;
    });
    if (!best || inertia < best.inertia) best = { k, assignments: result.clusters, centroids: result.centroids, inertia };
  }
  if (!best) throw new Error('clusterPoints needs at least one restart');
  return best;
}

/** Mean silhouette with cosine distance, on a seeded sample of at most `sampleSize` points. */
export function silhouette(points: number[][], assignments: number[], k: number, sampleSize = 1500, seed = 1): number {
  const indices = sample(points.length, sampleSize, seed);
  let total = 0;
  for (const i of indices) {
    const sums = new Float64Array(k);
    const counts = new Float64Array(k);
    for (const j of indices) {
      if (i === j) continue;
      sums[assignments[j]] += 1 - cosine(points[i], points[j]);
      counts[assignments[j]]++;
    }
    const own = assignments[i];
    if (counts[own] === 0) continue;
    const a = sums[own] / counts[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c]);
    if (b === Infinity) continue;
    total += (b - a) / Math.max(a, b);
  }
  return indices.length ? total / indices.length : 0;
}

export function sample(size: number, limit: number, seed: number): number[] {
  const all = Array.from({ length: size }, (_, i) => i);
  if (size <= limit) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random() * (size - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, limit).sort((a, b) => a - b);
}
