import { francAll } from 'franc';

/** ISO 639-3 codes franc returns for the languages Portland's bureaus receive comments in, and their BCP 47 tags. */
const LANGUAGES: Record<string, string> = {
  eng: 'en', spa: 'es', vie: 'vi', cmn: 'zh', rus: 'ru', ukr: 'uk', kor: 'ko', som: 'so', arb: 'ar', jpn: 'ja',
  ron: 'ro', fra: 'fr', deu: 'de', tgl: 'tl', lao: 'lo', khm: 'km', por: 'pt', amh: 'am', tir: 'ti', orm: 'om',
  pes: 'fa', hin: 'hi', pan: 'pa', tha: 'th', npi: 'ne',
};
const ONLY = Object.keys(LANGUAGES);
// Trigram detection is unreliable on a few words; English function words settle short English comments.
const ENGLISH_WORDS = new Set(
  'the a an is are was were be to of and or in on at for with this that it we our my i you they not no more less too very please should would can could need'.split(' '),
);

/** The comment's language as a BCP 47 tag, or `und` when it cannot be told. */
export function detectLanguage(text: string): string {
  const ranked = francAll(text, { only: ONLY, minLength: 3 });
  const [best] = ranked;
  if (!best || best[0] === 'und') return 'und';
  if (text.length < 80 && best[0] !== 'eng') {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    if (words.length > 0 && english / words.length >= 0.25) return 'en';
  }
  return LANGUAGES[best[0]] ?? 'und';
}
