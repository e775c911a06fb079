// The publishers a page may cite, by host. A clinic shows our sources to a lawyer, so law comes
// from the law's own publisher, guidance from the regulator, studies from the journal or DOI,
// and news from the outlet that reported it: never a mirror, an archive, a course page or an
// old edition. The build rejects a source whose host is not here (content/validate.ts), naming
// the file and the source. Adding a host is a deliberate change: say in the commit why this
// publisher is the primary one for what it is cited for.

export type PublisherKind = 'law' | 'regulator' | 'standard' | 'journal' | 'news';

export const publishers: readonly { host: string; name: string; kind: PublisherKind }[] = [
  // Law, from its official publisher
  { host: 'www.ecfr.gov', name: 'Electronic Code of Federal Regulations (National Archives and GPO)', kind: 'law' },
  { host: 'www.govinfo.gov', name: 'U.S. Government Publishing Office', kind: 'law' },
  { host: 'www.federalregister.gov', name: 'Federal Register (National Archives)', kind: 'law' },
  { host: 'eur-lex.europa.eu', name: 'EUR-Lex (Publications Office of the European Union)', kind: 'law' },
  { host: 'www.legislation.gov.uk', name: 'legislation.gov.uk (The National Archives)', kind: 'law' },
  { host: 'www.revisor.mn.gov', name: 'Minnesota Office of the Revisor of Statutes', kind: 'law' },
  { host: 'app.leg.wa.gov', name: 'Washington State Legislature', kind: 'law' },
  { host: 'leginfo.legislature.ca.gov', name: 'California Legislative Information', kind: 'law' },
  // Regulators and the public bodies that run the schemes we describe
  { host: 'www.hhs.gov', name: 'U.S. Department of Health and Human Services', kind: 'regulator' },
  { host: 'www.ftc.gov', name: 'U.S. Federal Trade Commission', kind: 'regulator' },
  { host: 'www.nih.gov', name: 'U.S. National Institutes of Health', kind: 'regulator' },
  { host: 'privacyruleandresearch.nih.gov', name: 'U.S. National Institutes of Health', kind: 'regulator' },
  { host: 'www.ahrq.gov', name: 'U.S. Agency for Healthcare Research and Quality', kind: 'regulator' },
  { host: 'www.cdc.gov', name: 'U.S. Centers for Disease Control and Prevention', kind: 'regulator' },
  { host: 'ico.org.uk', name: "Information Commissioner's Office (UK)", kind: 'regulator' },
  { host: 'www.nhs.uk', name: 'NHS (England)', kind: 'regulator' },
  { host: 'digital.nhs.uk', name: 'NHS England (digital services)', kind: 'regulator' },
  { host: 'www.england.nhs.uk', name: 'NHS England', kind: 'regulator' },
  { host: 'www.edpb.europa.eu', name: 'European Data Protection Board', kind: 'regulator' },
  { host: 'ai-act-service-desk.ec.europa.eu', name: 'European Commission, AI Act Service Desk', kind: 'regulator' },
  { host: 'digital-strategy.ec.europa.eu', name: 'European Commission', kind: 'regulator' },
  { host: 'www.aepd.es', name: 'Agencia Española de Protección de Datos', kind: 'regulator' },
  { host: 'www.dataprotection.ie', name: 'Data Protection Commission (Ireland)', kind: 'regulator' },
  { host: 'dataprotection.ie', name: 'Data Protection Commission (Ireland)', kind: 'regulator' },
  // The EEA's data protection authorities, cited for their own complaint pages (content/authorities/),
  // by country code (Spain's complaints are filed at its sede electrónica, on its own domain)
  { host: 'dsb.gv.at', name: 'Österreichische Datenschutzbehörde (Austria)', kind: 'regulator' },
  { host: 'www.dataprotectionauthority.be', name: 'Data Protection Authority (Belgium)', kind: 'regulator' },
  { host: 'cpdp.bg', name: 'Commission for Personal Data Protection (Bulgaria)', kind: 'regulator' },
  { host: 'www.dataprotection.gov.cy', name: 'Commissioner for Personal Data Protection (Cyprus)', kind: 'regulator' },
  { host: 'uoou.gov.cz', name: 'Úřad pro ochranu osobních údajů (Czechia)', kind: 'regulator' },
  { host: 'www.bfdi.bund.de', name: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (Germany)', kind: 'regulator' },
  { host: 'www.datatilsynet.dk', name: 'Datatilsynet (Denmark)', kind: 'regulator' },
  { host: 'www.aki.ee', name: 'Andmekaitse Inspektsioon (Estonia)', kind: 'regulator' },
  { host: 'sedeagpd.gob.es', name: 'Agencia Española de Protección de Datos, sede electrónica', kind: 'regulator' },
  { host: 'tietosuoja.fi', name: 'Office of the Data Protection Ombudsman (Finland)', kind: 'regulator' },
  { host: 'cnil.fr', name: 'Commission nationale de l\u2019informatique et des libertés (France)', kind: 'regulator' },
  { host: 'dpa.gr', name: 'Hellenic Data Protection Authority (Greece)', kind: 'regulator' },
  { host: 'azop.hr', name: 'Agencija za zaštitu osobnih podataka (Croatia)', kind: 'regulator' },
  { host: 'www.naih.hu', name: 'Nemzeti Adatvédelmi és Információszabadság Hatóság (Hungary)', kind: 'regulator' },
  { host: 'naih.hu', name: 'Nemzeti Adatvédelmi és Információszabadság Hatóság (Hungary)', kind: 'regulator' },
  { host: 'www.personuvernd.is', name: 'Persónuvernd (Iceland)', kind: 'regulator' },
  { host: 'www.garanteprivacy.it', name: 'Garante per la protezione dei dati personali (Italy)', kind: 'regulator' },
  { host: 'dss.llv.li', name: 'Datenschutzstelle (Liechtenstein)', kind: 'regulator' },
  { host: 'vdai.lrv.lt', name: 'Valstybinė duomenų apsaugos inspekcija (Lithuania)', kind: 'regulator' },
  { host: 'cnpd.public.lu', name: 'Commission nationale pour la protection des données (Luxembourg)', kind: 'regulator' },
  { host: 'www.dvi.gov.lv', name: 'Datu valsts inspekcija (Latvia)', kind: 'regulator' },
  { host: 'idpc.org.mt', name: 'Information and Data Protection Commissioner (Malta)', kind: 'regulator' },
  { host: 'autoriteitpersoonsgegevens.nl', name: 'Autoriteit Persoonsgegevens (Netherlands)', kind: 'regulator' },
  { host: 'www.datatilsynet.no', name: 'Datatilsynet (Norway)', kind: 'regulator' },
  { host: 'uodo.gov.pl', name: 'Urząd Ochrony Danych Osobowych (Poland)', kind: 'regulator' },
  { host: 'www.dataprotection.ro', name: 'ANSPDCP (Romania)', kind: 'regulator' },
  { host: 'www.imy.se', name: 'Integritetsskyddsmyndigheten (Sweden)', kind: 'regulator' },
  { host: 'www.ip-rs.si', name: 'Informacijski pooblaščenec (Slovenia)', kind: 'regulator' },
  { host: 'dataprotection.gov.sk', name: 'Úrad na ochranu osobných údajov (Slovakia)', kind: 'regulator' },
  // The standard itself
  { host: 'dicom.nema.org', name: 'NEMA, DICOM Standard', kind: 'standard' },
  // Studies: the DOI resolver, the journal, or PubMed
  { host: 'doi.org', name: 'DOI (resolves to the journal)', kind: 'journal' },
  { host: 'pubmed.ncbi.nlm.nih.gov', name: 'PubMed (U.S. National Library of Medicine)', kind: 'journal' },
  { host: 'pmc.ncbi.nlm.nih.gov', name: 'PubMed Central (U.S. National Library of Medicine)', kind: 'journal' },
  { host: 'www.thelancet.com', name: 'The Lancet', kind: 'journal' },
  { host: 'www.nejm.org', name: 'New England Journal of Medicine', kind: 'journal' },
  { host: 'pubs.rsna.org', name: 'Radiological Society of North America journals', kind: 'journal' },
  { host: 'jnm.snmjournals.org', name: 'Journal of Nuclear Medicine', kind: 'journal' },
  { host: 'journals.plos.org', name: 'PLOS', kind: 'journal' },
  { host: 'www.ajronline.org', name: 'American Journal of Roentgenology', kind: 'journal' },
  { host: 'arxiv.org', name: 'arXiv (preprints)', kind: 'journal' },
  { host: 'openreview.net', name: 'OpenReview (conference papers)', kind: 'journal' },
  // Reporting and reports, from the outlet that published them
  { host: 'www.propublica.org', name: 'ProPublica', kind: 'news' },
  { host: 'www.auntminnie.com', name: 'AuntMinnie', kind: 'news' },
  { host: 'www.auntminnieeurope.com', name: 'AuntMinnie Europe', kind: 'news' },
  { host: 'techcrunch.com', name: 'TechCrunch', kind: 'news' },
  { host: 'www.greenbone.net', name: 'Greenbone (the report\u2019s author)', kind: 'news' },
];

const hosts = new Set(publishers.map((p) => p.host));

/**
 * Why a source address is not accepted, or null when it is. Only https addresses on an accepted
 * host pass; a CFR edition other than the current one is refused even on an official host,
 * because an old edition can differ from the rule in force.
 */
export function sourceProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a web address';
  }
  if (u.protocol !== 'https:') return 'must use https';
  if (!hosts.has(u.hostname)) return `${u.hostname} is not an accepted publisher (content/publishers.ts)`;
  if (/cfr[-_]?(19|20)\d\d/i.test(u.pathname) || (u.hostname === 'www.ecfr.gov' && !u.pathname.startsWith('/current/'))) return 'cites an old edition of a regulation; cite the current text';
  return null;
}

/** The kind of publisher behind an address, or undefined when it is not accepted. */
export function publisherKind(url: string): PublisherKind | undefined {
  try {
    const host = new URL(url).hostname;
    return publishers.find((p) => p.host === host)?.kind;
  } catch {
    return undefined;
  }
}

/**
 * The same official text in the reader's language, where the publisher offers it by address:
 * EUR-Lex serves every EU language at /legal-content/{LANG}/. Other addresses are returned as
 * they are. Lets one shared source list (content/scripts/sources.json) link Spanish readers to
 * the Spanish text of the GDPR.
 */
export function localizedSourceUrl(url: string, locale: string): string {
  return url.replace(/^(https:\/\/eur-lex\.europa\.eu\/legal-content\/)[A-Z]{2}(\/)/, `$1${locale.toUpperCase()}$2`);
}
