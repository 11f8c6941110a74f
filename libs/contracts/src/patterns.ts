/** A bureau's short code, as the registry records it (PBOT, BES, PP&R). */
export const BUREAU_CODE = /^[A-Z&]{2,8}$/;
export const BUREAU_CODE_MESSAGE = 'bureau must be a bureau code: 2-8 capital letters or &, e.g. PBOT';

/** BCP 47-ish: a language subtag, then up to five script, region or variant subtags. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,5}$/;

/** Most languages one record lists: far more than any city offers. */
export const MAX_LANGUAGES = 50;

/** Lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A council district's number, as text ("2"). */
export const COUNCIL_DISTRICT = /^[1-9][0-9]?$/;

/** Most council districts one list names: every number COUNCIL_DISTRICT allows. */
export const MAX_COUNCIL_DISTRICTS = 99;
