import 'i18next';
import type { resources } from './index';

// A key that no English file has fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: (typeof resources)['en'];
  }
}
