import type { routing } from './routing';
import type messages from '../content/messages/en.json';

// Types every t('key') call against the English catalogue, so a misspelt key fails
// `npm run typecheck`; `npm run check:i18n` then checks every other locale has the same keys.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
