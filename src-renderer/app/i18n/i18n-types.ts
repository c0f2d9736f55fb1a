import type { en } from './en';

// i18next is typed through declaration merging, which only an interface allows: every t('key')
// in the renderer is checked against the English texts.
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
