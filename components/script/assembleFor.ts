import { assembleScript, type GoalSet } from './assemble';
import { authorityFor, authorityForLetter, type AuthorityTable } from './authority';
import type { LetterValues } from './fields';
import type { ScriptState } from './state';

type Input = { state: ScriptState; values: LetterValues; today: string; set: GoalSet; locale: string; authorities: AuthorityTable; second: { lang: string; set: GoalSet } | null };

/**
 * The script for the reader's choices, the same in the second language when asked for, and the
 * authority to complain to: the ICO for the UK, the chosen country's for the EU/EEA. Only EU
 * letters name the authority; a UK reader meets the ICO in the complaint step.
 */
export function assembleFor({ state, values, today, set, locale, authorities, second }: Input) {
  const { goal, jurisdiction } = state;
  const authority = jurisdiction === 'uk' ? authorities.uk : jurisdiction === 'eu' ? authorityFor(authorities, state.country) : undefined;
  if (!goal || !jurisdiction) return { authority, script: null, secondScript: null };
  const build = (s: GoalSet, lang: string) =>
    assembleScript({ set: s, goal, jurisdiction, values, today, locale: lang, delivery: state.delivery, offerId: state.offerId, authority: jurisdiction === 'eu' && authority ? authorityForLetter(authority, lang) : undefined });
  return { authority, script: build(set, locale), secondScript: second ? build(second.set, second.lang) : null };
}
