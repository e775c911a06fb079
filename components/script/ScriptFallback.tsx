import { jurisdictions } from '@/content/scriptInputs';
import { assembleScript, BLANK, variantOf, type GoalSet } from './assemble';
import { SourcesList, type InLanguage } from '@/components/articles/SourcesList';
import { LetterView } from './LetterView';
import { ScriptView } from './ScriptView';

type Props = { set: GoalSet; locale: string; labels: { sayTitle: string; letterTitle: string; rule: string; lawNoteTitle: string; sourcesTitle: string; inLanguage: InLanguage } };

/**
 * Every goal's script and letter as plain HTML, for readers without JavaScript: one section per
 * goal, one <details> per place. Letters are undated, with blanks to fill in by hand.
 */
export function ScriptFallback({ set, locale, labels }: Props) {
  return (
    <div className="space-y-6">
      {set.goals.map((goal) => (
        <section key={goal.goal} aria-labelledby={`all-${goal.goal}`} className="space-y-2">
          <h2 id={`all-${goal.goal}`} className="text-xl font-bold">
            {goal.title}
          </h2>
          <p>{goal.summary}</p>
          {jurisdictions
            .filter((j) => variantOf(goal, j))
            .map((j) => {
              // The date only fills the letter's date line, which is blanked below.
              const s = assembleScript({ set, goal: goal.goal, jurisdiction: j, values: {}, today: '2000-01-01', locale })!;
              const letter = { ...s.letter, date: { ...s.letter.date, value: BLANK } };
              return (
                <details key={j} className="rounded border border-muted p-3">
                  <summary className="cursor-pointer font-semibold">{s.jurisdictionName}</summary>
                  <div className="mt-3 space-y-3">
                    {s.citation ? (
                      <p>
                        <span className="font-semibold">{labels.rule}</span> {s.citation}
                      </p>
                    ) : null}
                    {s.lawNote ? (
                      <p>
                        <span className="font-semibold">{labels.lawNoteTitle}:</span> {s.lawNote}
                      </p>
                    ) : null}
                    <h3 className="text-lg font-bold">{labels.sayTitle}</h3>
                    <ScriptView script={s} level={4} />
                    <h3 className="text-lg font-bold">{labels.letterTitle}</h3>
                    <LetterView letter={letter} label={letter.subject.value} />
                    {s.sources.length ? (
                      <>
                        <h3 className="text-lg font-bold" data-pagefind-ignore>{labels.sourcesTitle}</h3>
                        <SourcesList sources={s.sources} inLanguage={labels.inLanguage} />
                      </>
                    ) : null}
                  </div>
                </details>
              );
            })}
        </section>
      ))}
    </div>
  );
}
