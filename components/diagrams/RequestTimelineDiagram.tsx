import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DiagramFigure } from './DiagramFigure';
import { LINE, Label, linesOf } from './SvgParts';

const W = 360;
const AXIS = 36;
const TEXT_X = 62;
const TITLE_MAX = 30;
const NOTE_MAX = 32;

export type TimelineSide = 'us' | 'eu-uk';
type Step = { title: string; note?: string; marker: 'open' | 'dot' | 'square' | 'dashed-square' | 'diamond' };

const heightOf = ({ title, note }: Step) => linesOf(title, TITLE_MAX) * LINE + (note ? linesOf(note, NOTE_MAX) * LINE + 2 : 0);

/** Shapes, not colours, tell the steps apart, so the timeline reads the same on a black-and-white printout. */
function Marker({ y, kind }: { y: number; kind: Step['marker'] }) {
  if (kind === 'open') return <circle cx={AXIS} cy={y} r="8" className="dg-box" />;
  if (kind === 'dot') return <circle cx={AXIS} cy={y} r="8" className="dg-solid" />;
  if (kind === 'diamond') return <path d={`M${AXIS} ${y - 11} l11 11 l-11 11 l-11 -11 Z`} className="dg-solid" />;
  return <rect x={AXIS - 8} y={y - 8} width="16" height="16" className={kind === 'square' ? 'dg-solid' : 'dg-box dg-dashed'} />;
}

/**
 * How long a request for your records may take: HIPAA (45 CFR 164.524(b)(2), complaints 160.306(b)(3))
 * or the GDPR and UK GDPR (Art. 12(3), complaints Art. 77). The clock starts on receipt, not on sending.
 */
export async function RequestTimelineDiagram({ locale, side }: { locale: Locale; side: TimelineSide }) {
  if (side !== 'us' && side !== 'eu-uk') throw new Error(`RequestTimelineDiagram: side must be "us" or "eu-uk", not "${side}"`);
  const t = await getTranslations({ locale, namespace: 'Diagrams' });
  const us = side === 'us';
  const text = us
    ? {
        title: t('timeline.us.title'), caption: t('timeline.us.caption'), receivedNote: undefined,
        due: t('timeline.us.due'), dueNote: t('timeline.us.dueNote'), extension: t('timeline.us.extension'), extensionNote: t('timeline.us.extensionNote'),
        complaint: t('timeline.us.complaint'), complaintNote: t('timeline.us.complaintNote'),
        words: [t('timeline.us.words.sent'), t('timeline.us.words.received'), t('timeline.us.words.due'), t('timeline.us.words.extension'), t('timeline.us.words.complaint')],
      }
    : {
        title: t('timeline.gdpr.title'), caption: t('timeline.gdpr.caption'), receivedNote: t('timeline.gdpr.receivedNote'),
        due: t('timeline.gdpr.due'), dueNote: t('timeline.gdpr.dueNote'), extension: t('timeline.gdpr.extension'), extensionNote: t('timeline.gdpr.extensionNote'),
        complaint: t('timeline.gdpr.complaint'), complaintNote: t('timeline.gdpr.complaintNote'),
        words: [t('timeline.gdpr.words.sent'), t('timeline.gdpr.words.received'), t('timeline.gdpr.words.due'), t('timeline.gdpr.words.extension'), t('timeline.gdpr.words.complaint')],
      };
  const steps: Step[] = [
    { title: t('timeline.sent'), marker: 'open' },
    { title: t('timeline.received'), note: text.receivedNote, marker: 'dot' },
    { title: text.due, note: text.dueNote, marker: 'square' },
    { title: text.extension, note: text.extensionNote, marker: 'dashed-square' },
  ];
  const complaint: Step = { title: text.complaint, note: text.complaintNote, marker: 'diamond' };

  // Each step's marker sits level with its first line; the gaps between steps are the waits.
  let y = 12;
  const placed = steps.map((step) => {
    const top = y;
    y += heightOf(step) + 34;
    return { step, top, mark: top + LINE / 2 };
  });
  const complaintTop = y + 8;
  const H = complaintTop + heightOf(complaint) + 24;
  // Not yet running (dotted), the time they have (solid), the extension (dashed).
  const segments = ['dg-dotted', 'dg-thick', 'dg-dashed'];

  return (
    <DiagramFigure id={`request-timeline-${side}`} title={text.title} caption={text.caption} inWords={t('inWords')} words={text.words} width={W} height={H}>
      {segments.map((style, i) => (
        <path key={i} d={`M${AXIS} ${placed[i].mark} V${placed[i + 1].mark}`} className={`dg-line ${style}`} />
      ))}
      {[...placed, { step: complaint, top: complaintTop, mark: complaintTop + LINE / 2 }].map(({ step, top, mark }) => (
        <g key={step.title}>
          <Marker y={mark} kind={step.marker} />
          <Label x={TEXT_X} y={top} text={step.title} max={TITLE_MAX} strong />
          {step.note ? <Label x={TEXT_X} y={top + linesOf(step.title, TITLE_MAX) * LINE + 2} text={step.note} max={NOTE_MAX} muted /> : null}
        </g>
      ))}
      <rect x="4" y={complaintTop - 12} width={W - 8} height={H - complaintTop + 6} rx="6" className="dg-outline dg-thin" />
    </DiagramFigure>
  );
}
