import type { Authority } from '@/content/schema';
import type { Jurisdiction } from '@/content/scriptInputs';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { formatDate } from './dates';
import { countryInSentence, withoutBrackets } from './authority';
import type { AssembledScript } from './assemble';

export type ComplaintLabels = {
  title: string;
  rule: string;
  /** "The data protection authority in {country}" */
  yourAuthority: string;
  complainOnline: string;
  website: string;
  unverified: string;
  /** "Checked on {date}. Source: " */
  checked: string;
  chooseCountry: string;
};

/**
 * The last step: where to complain. The law's own words (content/scripts) come first; then, from
 * the sourced table in content/authorities, the chosen country's authority (or the ICO) by name,
 * with its complaint page, the page that says so, and when it was last checked.
 */
export function ComplaintBlock({ complaint, place, authority, locale, labels }: { complaint: AssembledScript['complaint']; place: Jurisdiction; authority?: Authority; locale: string; labels: ComplaintLabels }) {
  const lang = locale === 'es' ? 'es' : 'en';
  return (
    <div className="complaint space-y-2 rounded border border-muted p-3">
      <h3 className="font-bold">{labels.title}</h3>
      <p>{complaint.text}</p>
      {complaint.citation ? (
        <p>
          <span className="font-semibold">{labels.rule}</span> {complaint.citation}
        </p>
      ) : null}
      {authority ? (
        <div className="authority space-y-1" data-country={authority.country}>
          <p>
            {fillTemplate(labels.yourAuthority, { country: countryInSentence(authority, locale) })}: <AuthorityName authority={authority} locale={locale} />
          </p>
          {authority.note ? <p>{authority.note[lang]}</p> : null}
          {authority.complaintUrlVerified === false ? (
            <p>
              <a href={authority.website}>{labels.website}</a>. {labels.unverified}
            </p>
          ) : (
            <p>
              <a href={authority.complaintUrl}>{labels.complainOnline}</a>
            </p>
          )}
          <p className="text-sm text-muted">
            {fillTemplate(labels.checked, { date: formatDate(authority.lastChecked, locale) })}{' '}
            <a href={authority.source.url}>{authority.source.title}</a> ({authority.source.publisher})
          </p>
        </div>
      ) : place === 'eu' ? (
        <p className="font-semibold">{labels.chooseCountry}</p>
      ) : null}
    </div>
  );
}

/**
 * English readers get the English name first; others the official one. The second name is marked
 * with its own language, so a screen reader pronounces it right (WCAG 3.1.2).
 */
function AuthorityName({ authority: a, locale }: { authority: Authority; locale: string }) {
  const { en, local, localLang } = a.authority;
  if (en === local) return <strong lang={localLang === locale ? undefined : localLang}>{local}</strong>;
  const first = locale === 'en' ? { text: en, lang: 'en' } : { text: local, lang: localLang };
  const second = locale === 'en' ? { text: local, lang: localLang } : { text: en, lang: 'en' };
  return (
    <>
      <strong lang={first.lang === locale ? undefined : first.lang}>{first.text}</strong> (<span lang={second.lang === locale ? undefined : second.lang}>{withoutBrackets(second.text)}</span>)
    </>
  );
}
