import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import app from '../app/en.json';
import auth from '../auth/en.json';
import engagements from '../engagements/en.json';
import form from '../engagements/form/en.json';

/** Each feature folder keeps its own words; another language adds one file per folder and a key here. */
export const resources = { en: { app, auth, engagements, form } } as const;

export const LANGUAGE = 'en';

void i18n.use(initReactI18next).init({
  lng: LANGUAGE,
  fallbackLng: LANGUAGE,
  resources,
  defaultNS: 'app',
  ns: Object.keys(resources.en),
  // React escapes what it renders; escaping here too would show "&amp;" in titles.
  interpolation: { escapeValue: false },
  // The words are bundled, so they are ready before the first render.
  initAsync: false,
});

export { i18n };
