import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One comment reduced to the terms synthesis compares: lemmas of content words. Bigrams and negation-marked
 * terms were tried and lowered agreement with the ArgKP gold themes (npm run eval:themes), so they are not used.
 */
export interface AnalyzedText {
  readonly terms: string[];
  /** How each term was written, to show readable keyphrases instead of lemmas. */
  readonly surfaces: string[];
  /** Document sentiment from wink-nlp, -1 (negative) to 1 (positive). */
  readonly sentiment: number;
}

const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
const its = nlp.its;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
// Words that carry no theme in public comments, on top of wink-nlp's stop words.
const EXTRA_STOP = new Set(['people', 'think', 'would', 'also', 'really', 'get', 'make', 'thing', 'lot', 'like', 'just', 'way', 'much', 'many', 'one', 'need', 'want']);
const PLACEHOLDERS = /\[(email|phone|address)\]/g;

export function analyzeText(text: string): AnalyzedText {
  const doc = nlp.readDoc(text.replace(PLACEHOLDERS, ' ').toLowerCase());
  const tokens = doc.tokens();
  // wink-nlp's typings do not accept every `its` helper in out(); the values are documented per helper.
  const out = <T>(helper: unknown) => tokens.out(helper as never) as unknown as T[];
  const types = out<string>(its.type);
  const lemmas = out<string>(its.lemma);
  const words = out<string>(its.normal);
  const pos = out<string>(its.pos);
  const stop = out<boolean>(its.stopWordFlag);
  const terms: string[] = [];
  const surfaces: string[] = [];
  for (let i = 0; i < types.length; i++) {
    const lemma = lemmas[i] ?? words[i] ?? '';
    if (types[i] !== 'word' || stop[i] || !CONTENT_POS.has(pos[i]) || lemma.length < 2 || EXTRA_STOP.has(lemma)) continue;
    terms.push(lemma);
    surfaces.push(words[i]);
  }
  return { terms, surfaces, sentiment: Number(doc.out(its.sentiment)) || 0 };
}
