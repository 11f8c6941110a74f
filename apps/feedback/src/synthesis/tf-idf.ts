/** A sparse, L2-normalized term vector: indices into the vocabulary, ascending. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface TfIdfOptions {
  /** Terms in fewer documents are dropped (noise, typos). */
  readonly minDocumentFrequency?: number;
  /** Terms in more than this share of documents are dropped (carry no theme). */
  readonly maxDocumentShare?: number;
  readonly maxTerms?: number;
}

/** Sublinear TF-IDF over a vocabulary learned from the scope's own comments. */
export class TfIdfModel {
  private constructor(
    readonly vocabulary: Map<string, number>,
    readonly terms: string[],
    readonly idf: Float64Array,
  ) {}

  static fit(documents: readonly (readonly string[])[], options: TfIdfOptions = {}): TfIdfModel {
    const minDf = options.minDocumentFrequency ?? 2;
    const maxShare = options.maxDocumentShare ?? 0.5;
    const maxTerms = options.maxTerms ?? 20000;
    const df = new Map<string, number>();
    for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
    const n = documents.length;
    const kept = [...df.entries()]
      .filter(([, count]) => count >= Math.min(minDf, n) && (n < 4 || count / n <= maxShare))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, maxTerms)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const vocabulary = new Map<string, number>();
    const idf = new Float64Array(kept.length);
    kept.forEach(([term, count], i) => {
      vocabulary.set(term, i);
      idf[i] = Math.log((1 + n) / (1 + count)) + 1;
    });
    return new TfIdfModel(vocabulary, kept.map(([t]) => t), idf);
  }

  get size(): number {
    return this.terms.length;
  }

  transform(terms: readonly string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const index = this.vocabulary.get(term);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = new Float64Array(indices.length);
    let norm = 0;
    indices.forEach((index, i) => {
      values[i] = (1 + Math.log(counts.get(index) ?? 1)) * this.idf[index];
      norm += values[i] * values[i];
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i] /= norm;
    return { indices, values };
  }
}

export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    if (a.indices[i] === b.indices[j]) sum += a.values[i++] * b.values[j++];
    else if (a.indices[i] < b.indices[j]) i++;
    else j++;
  }
  return sum;
}
