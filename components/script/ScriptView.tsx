import type { AssembledScript } from './assemble';
import { BLANK } from './assemble';

type Props = { script: AssembledScript; level?: 3 | 4; lang?: string };

/** The spoken script: what to say, what to ask next, calm replies, and lines to write on. No hooks: the server renders it too. */
export function ScriptView({ script, level = 3, lang }: Props) {
  const H = `h${level}` as 'h3' | 'h4';
  const { spoken } = script;
  const { labels } = spoken;
  return (
    <div className="script-view space-y-3" lang={lang}>
      <H className="font-bold">{labels.opening}</H>
      <p className="say">{spoken.opening}</p>
      <H className="font-bold">{labels.request}</H>
      <p className="say">{spoken.request}</p>
      <H className="font-bold">{labels.followUps}</H>
      <ul className="list-disc space-y-1 pl-6">
        {spoken.followUps.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <H className="font-bold">{labels.branches}</H>
      <dl className="branches space-y-2">
        {spoken.branches.map((b) => (
          <div key={b.theySay}>
            <dt className="font-semibold">“{b.theySay}”</dt>
            <dd className="pl-4">
              <span className="font-semibold">{labels.reply}:</span> {b.reply}
            </dd>
          </div>
        ))}
      </dl>
      <div className="record-block space-y-3">
        <H className="font-bold">{labels.record}</H>
        <ul className="record-lines space-y-2">
          {labels.recordLines.map((l) => (
            <li key={l}>
              {l}: <span aria-hidden="true">{BLANK}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
