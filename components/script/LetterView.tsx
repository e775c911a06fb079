import type { Letter } from './assemble';
import { BLANK } from './assemble';

/**
 * A letter ready to sign. Values the user typed are plain text children, so markup typed into
 * a field shows as characters, on screen and in print. Empty fields show as lines to write on.
 */
export function LetterView({ letter, label }: { letter: Letter; label: string }) {
  return (
    <article className="letter space-y-3 rounded border border-ink p-4" aria-label={label}>
      {letter.sender.length ? (
        // The sender block a written reply goes to, as at the top of a real letter.
        <address className="letter-sender not-italic">
          {letter.sender.map((line, i) => (
            <span key={i} className="letter-value block">
              {line}
            </span>
          ))}
        </address>
      ) : null}
      <div className="letter-head">
        {letter.from.map((f) => (
          <p key={f.label}>
            <span className="font-semibold">{f.label}:</span> <span className="letter-value">{f.value}</span>
          </p>
        ))}
        <p>
          <span className="font-semibold">{letter.date.label}:</span> {letter.date.value}
        </p>
        <p>
          <span className="font-semibold">{letter.to.label}:</span> <span className="letter-value">{letter.to.value}</span>
        </p>
      </div>
      <p className="font-bold">
        {letter.subject.label}: {letter.subject.value}
      </p>
      <p>{letter.greeting}</p>
      {letter.paragraphs.map((p, i) => (
        <p key={i} className="letter-paragraph whitespace-pre-line">
          {p}
        </p>
      ))}
      <p>{letter.signOff}</p>
      <p className="signature-line">
        {letter.signature.label}: <span aria-hidden="true">{BLANK}</span>
      </p>
      {letter.signature.name ? <p className="letter-value">{letter.signature.name}</p> : null}
    </article>
  );
}
