/** Personal data removed from comment text before synthesis, quotes and exports. */
export interface Redaction {
  readonly text: string;
  readonly redacted: { emails: number; phones: number; addresses: number; ssns: number };
}

// Starting only where a mailbox name starts keeps a long run of letters from being tried from every position (quadratic).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

// Addresses written out to dodge harvesters: "jane at example dot com", "jane (at) example.com", "jane.doe at
// example.com", "jane at gmail.com". A plain " at " before a plain domain ("look at portland.gov") is ordinary English
// unless the name before it reads like a mailbox (a dot, underscore, plus or digit) or the domain is a mail provider.
// The name before "at" is taken whole (a lookahead and a back-reference make it atomic), so a word that is no mailbox
// fails once instead of being retried at every shorter length.
const LOCAL = String.raw`(?=(?<local>[\p{L}\p{N}._%+-]+))\k<local>`;
const LOOKS_LIKE_MAILBOX = String.raw`(?<=[._+\p{N}][\p{L}\p{N}._%+-]*)`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const SPELLED_AT = String.raw`\s+at\s+`;
const BRACKETED_AT = String.raw`\s*[[(]\s*at\s*[\])]\s*`;
const SPELLED_DOT = String.raw`(?:\s+dot\s+|\s*[[(]\s*dot\s*[\])]\s*)`;
const ANY_DOT = String.raw`(?:${SPELLED_DOT}|\.)`;
const TLD = String.raw`(?:com|org|net|edu|gov|us|io|co|info|biz|me|app|dev|uk|ca|mx)\b`;
const MAIL_PROVIDER = 'gmail|yahoo|hotmail|outlook|aol|icloud|comcast|protonmail|proton|live|msn';
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${LOCAL}(?:` +
    [
      `(?:${SPELLED_AT}|${BRACKETED_AT})(?:${LABEL}${ANY_DOT})*${LABEL}${SPELLED_DOT}${TLD}`,
      `${BRACKETED_AT}(?:${LABEL}${ANY_DOT})+${TLD}`,
      `${LOOKS_LIKE_MAILBOX}${SPELLED_AT}(?:${LABEL}\\.)+${TLD}`,
      `${SPELLED_AT}(?:${MAIL_PROVIDER})${ANY_DOT}${TLD}`,
    ].join('|') +
    ')',
  'giu',
);

// U.S. Social Security numbers: 3-2-4 digits with dashes or spaces, skipping numbers never issued (area 000, 666 or
// 9xx, group 00, serial 0000); nine digits in a row only where the text says it is one.
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
const NAMED_SSN = /\b(ssn|ss#|social security(?: number| no\.?| #)?)(\s*(?:is|:|#)?\s*)(?!000|666|9\d\d)\d{9}(?!\d)/gi;

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
export const REDACTED_SSN = '[ssn]';

export function redact(text: string): Redaction {
  let emails = 0;
  let phones = 0;
  let addresses = 0;
  let ssns = 0;
  const email = () => {
    emails++;
    return REDACTED_EMAIL;
  };
  const out = text
    .replace(EMAIL, email)
    .replace(SPELLED_EMAIL, email)
    .replace(SSN, () => {
      ssns++;
      return REDACTED_SSN;
    })
    .replace(NAMED_SSN, (_, named: string, between: string) => {
      ssns++;
      return `${named}${between}${REDACTED_SSN}`;
    })
    .replace(ADDRESS, () => {
      addresses++;
      return REDACTED_ADDRESS;
    })
    .replace(PHONE, () => {
      phones++;
      return REDACTED_PHONE;
    });
  return { text: out, redacted: { emails, phones, addresses, ssns } };
}
