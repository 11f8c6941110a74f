/** Personal data removed from comment text before synthesis, quotes and exports. */
export interface Redaction {
  readonly text: string;
  readonly redacted: { emails: number; phones: number; addresses: number };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// North American and international numbers with 7+ digits, allowing separators; years and short counts stay.
const PHONE = /(?<![\w@])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w)/gi;
const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|loop|trail|trl|square|sq';
// A house number, optional direction, one to four name words, a street type: "1221 SW 4th Ave", "42 Oak Street".
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:[\p{L}\p{N}'.]+\s+){0,3}?(?:${STREET_TYPES})\b\.?(?:\s*(?:#|apt\.?|unit|suite)\s*[\w-]+)?`,
  'giu',
);

export const REDACTED_EMAIL = '[email]';
export const REDACTED_PHONE = '[phone]';
export const REDACTED_ADDRESS = '[address]';

export function redact(text: string): Redaction {
  let emails = 0;
  let phones = 0;
  let addresses = 0;
  const out = text
    .replace(EMAIL, () => {
      emails++;
      return REDACTED_EMAIL;
    })
    .replace(ADDRESS, () => {
      addresses++;
      return REDACTED_ADDRESS;
    })
    .replace(PHONE, () => {
      phones++;
      return REDACTED_PHONE;
    });
  return { text: out, redacted: { emails, phones, addresses } };
}
