// Fails when a message key is missing from a locale, or when a key is never used.
// "Used" means the key's namespace and name appear in source the way components read
// them: getTranslations/useTranslations with { namespace: 'X' } and t('key') or t(`key…`).
import { findMessageProblems } from './i18nKeys.ts';

const problems = findMessageProblems(process.cwd());
for (const p of problems) console.error(`check:i18n: ${p}`);
if (problems.length) process.exit(1);
console.log('check:i18n: every locale has every key, and every key is used.');
