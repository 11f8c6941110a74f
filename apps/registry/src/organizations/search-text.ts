/** Names spell these words both ways ("St. Johns", "Saint Johns"); a search for either finds both. */
const SPELLED_OUT: Record<string, string> = { st: 'saint', mt: 'mount' };

/** The words of a text as a search compares them: accents stripped, lowercase, punctuation dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * What an organization's name is searched by: its words, and the spelled-out form of
 * abbreviations, each preceded by a space so that a prefix match can anchor at a word start.
 */
export function searchTextOf(name: string): string {
  const words = searchWords(name).flatMap((word) => (SPELLED_OUT[word] ? [word, SPELLED_OUT[word]] : [word]));
  return words.map((word) => ` ${word}`).join('');
}
