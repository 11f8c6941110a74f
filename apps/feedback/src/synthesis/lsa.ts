import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { seededGaussian } from './random.js';
import type { SparseVector } from './tf-idf.js';

/**
 * Latent semantic analysis: the top right singular vectors of the comment-term matrix, found by a seeded
 * randomized SVD (Halko et al. 2011) so it scales to 100,000 sparse comments. Comments that share no word
 * but share co-occurring words land close together.
 */
export class LsaProjection {
  private constructor(
    /** termCount x dimensions, row-major. */
    private readonly basis: Float64Array,
    readonly dimensions: number,
  ) {}

  static fit(vectors: readonly SparseVector[], termCount: number, dimensions: number, seed = 1): LsaProjection {
    const rank = Math.max(1, Math.min(dimensions, vectors.length - 1, termCount));
    const width = Math.min(rank + 10, vectors.length, termCount);
    const gaussian = seededGaussian(seed);
    let omega: Float64Array = new Float64Array(termCount * width);
    for (let i = 0; i < omega.length; i++) omega[i] = gaussian();
    let q: Float64Array = orthonormal(multiply(vectors, omega, width), vectors.length, width);
    for (let iteration = 0; iteration < 2; iteration++) {
      omega = orthonormal(multiplyTransposed(vectors, q, termCount, width), termCount, width);
      q = orthonormal(multiply(vectors, omega, width), vectors.length, width);
    }
    // B^T = X^T Q is termCount x width; its left singular vectors are X's right singular vectors.
    const bt = multiplyTransposed(vectors, q, termCount, width);
    const svd = new SingularValueDecomposition(toMatrix(bt, termCount, width), { computeRightSingularVectors: false, autoTranspose: true });
    const u = svd.leftSingularVectors;
    const basis = new Float64Array(termCount * rank);
    for (let t = 0; t < termCount; t++) for (let d = 0; d < rank; d++) basis[t * rank + d] = u.get(t, d);
    return new LsaProjection(basis, rank);
  }

  /** The comment in LSA space, L2-normalized (zero vector when it shares no term with the vocabulary). */
  project(vector: SparseVector): Float64Array {
    const out = new Float64Array(this.dimensions);
    for (let i = 0; i < vector.indices.length; i++) {
      const row = vector.indices[i] * this.dimensions;
      const value = vector.values[i];
      for (let d = 0; d < this.dimensions; d++) out[d] += value * this.basis[row + d];
    }
    return normalize(out);
  }
}

export function normalize(vector: Float64Array): Float64Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

/** X (rows sparse) times a dense termCount x width matrix: rows x width, row-major. */
function multiply(vectors: readonly SparseVector[], dense: Float64Array, width: number): Float64Array {
  const out = new Float64Array(vectors.length * width);
  vectors.forEach((vector, r) => {
    for (let i = 0; i < vector.indices.length; i++) {
      const from = vector.indices[i] * width;
      const value = vector.values[i];
      for (let c = 0; c < width; c++) out[r * width + c] += value * dense[from + c];
    }
  });
  return out;
}

/** X^T times a dense rows x width matrix: termCount x width, row-major. */
function multiplyTransposed(vectors: readonly SparseVector[], dense: Float64Array, termCount: number, width: number): Float64Array {
  const out = new Float64Array(termCount * width);
  vectors.forEach((vector, r) => {
    for (let i = 0; i < vector.indices.length; i++) {
      const to = vector.indices[i] * width;
      const value = vector.values[i];
      for (let c = 0; c < width; c++) out[to + c] += value * dense[r * width + c];
    }
  });
  return out;
}

function toMatrix(flat: Float64Array, rows: number, columns: number): Matrix {
  const matrix = new Matrix(rows, columns);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) matrix.set(r, c, flat[r * columns + c]);
  return matrix;
}

/**
 * Orthonormal basis of the columns (modified Gram-Schmidt, run twice for stability). On typed arrays it is many
 * times faster than ml-matrix's QR accessors for the tall matrices here (100,000 rows); a column that vanishes stays zero.
 */
function orthonormal(flat: Float64Array, rows: number, columns: number): Float64Array {
  const q = Float64Array.from(flat);
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < columns; c++) {
      for (let p = 0; p < c; p++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += q[r * columns + c] * q[r * columns + p];
        for (let r = 0; r < rows; r++) q[r * columns + c] -= dot * q[r * columns + p];
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += q[r * columns + c] ** 2;
      norm = Math.sqrt(norm);
      for (let r = 0; r < rows; r++) q[r * columns + c] = norm > 1e-10 ? q[r * columns + c] / norm : 0;
    }
  }
  return q;
}
