import { eeaAuthoritiesSchema, ukAuthoritySchema, type Authority } from './schema';
import { parseJsonFile } from './errors';
import { sourceProblem } from './publishers';

export type AuthorityFile = { file: string; text: string };
export type SupervisoryAuthorities = { eea: Authority[]; uk: Authority };

/**
 * Parses the supervisory-authority table (content/authorities/eea.json and uk.json). Beyond the
 * schema, each source must come from an accepted publisher (content/publishers.ts), as every
 * other source on the site does. Problems name the file and the field; null when unusable.
 */
export function validateAuthorities(eeaFile: AuthorityFile, ukFile: AuthorityFile, problems: string[]): SupervisoryAuthorities | null {
  const eea = parseJsonFile(eeaFile, eeaAuthoritiesSchema, problems);
  const uk = parseJsonFile(ukFile, ukAuthoritySchema, problems);
  const checkSource = (file: string, field: string, url: string) => {
    const why = sourceProblem(url);
    if (why) problems.push(`${file}: ${field}: source ${url} ${why}`);
  };
  eea?.forEach((a, i) => checkSource(eeaFile.file, `${i}.source.url`, a.source.url));
  if (uk) checkSource(ukFile.file, 'source.url', uk.source.url);
  return eea && uk ? { eea, uk } : null;
}
