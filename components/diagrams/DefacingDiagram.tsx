import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DiagramFigure } from './DiagramFigure';
import { Hatch, LINE, Label, linesOf } from './SvgParts';

const W = 360;
// A head seen from the side, facing left, in a 150 × 170 box: a schematic, not anyone's profile.
const HEAD =
  'M112 168 C116 140 140 120 140 88 C140 40 110 12 76 12 C46 12 24 32 22 58 L20 72 L8 96 L20 102 L18 110 L22 116 L20 122 C22 134 32 138 44 136 L52 168';
// Where defacing tools cut: the front of the face, below the forehead.
const FACE = { x: 0, y: 44, w: 50, h: 100 };

function Head({ x, y, defaced, ids }: { x: number; y: number; defaced?: boolean; ids: { hatch: string; keep: string; face: string } }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      {defaced ? (
        <>
          <path d={`${HEAD} Z`} fill={`url(#${ids.hatch})`} clipPath={`url(#${ids.face})`} />
          <path d={HEAD} clipPath={`url(#${ids.face})`} className="dg-line dg-dotted" />
          <path d={HEAD} clipPath={`url(#${ids.keep})`} className="dg-line" />
          <path d={`M${FACE.w} ${FACE.y} V${FACE.y + FACE.h}`} className="dg-line dg-dashed" />
        </>
      ) : (
        <>
          <path d={HEAD} className="dg-line" />
          <circle cx="34" cy="68" r="3" className="dg-solid" />
        </>
      )}
      <ellipse cx="86" cy="60" rx="42" ry="32" className="dg-outline dg-thin" />
      <path d="M58 52 C70 40 84 64 96 48 C104 40 112 52 118 58" className="dg-line dg-thin" />
      <ellipse cx="100" cy="98" rx="8" ry="13" className="dg-outline" />
    </g>
  );
}

/** A head scan before and after defacing: what the step can take away, and what it leaves. */
export async function DefacingDiagram({ locale, compact = false, id = 'defacing' }: { locale: Locale; compact?: boolean; id?: string }) {
  const t = await getTranslations({ locale, namespace: 'Diagrams' });
  // `id` keeps ids unique where one page shows the drawing twice (a two-language handout).
  const ids = { hatch: `${id}-hatch`, keep: `${id}-keep`, face: `${id}-face` };
  const heads = 44;
  const labels = heads + 186;
  const boxTop = labels + 2 * LINE + 18;
  const boxText = (text: string) => linesOf(text, 17) * LINE;
  const boxH = 36 + Math.max(boxText(t('defacing.canRemoveText')), boxText(t('defacing.leavesText'))) + 10;
  const notesTop = boxTop + boxH + 14;
  const earsH = linesOf(t('defacing.ears'), 40) * LINE;
  // Compact (a leaflet): the two heads and their labels; the leaflet's text says what the boxes say.
  const H = compact ? labels + 2 * LINE + 4 : notesTop + earsH + 8 + linesOf(t('defacing.stillMatched'), 36) * LINE + 10;

  return (
    <DiagramFigure
      id={id}
      compact={compact}
      title={t('defacing.title')}
      caption={t('defacing.caption')}
      inWords={t('inWords')}
      words={[
        t('defacing.words.before'),
        t('defacing.words.after'),
        t('defacing.words.canRemove'),
        t('defacing.words.leaves'),
        t('defacing.words.ears'),
        t('defacing.words.stillMatched'),
      ]}
      width={W}
      height={H}
    >
      <Hatch id={ids.hatch} />
      <defs>
        <clipPath id={ids.face}>
          <rect x={FACE.x} y={FACE.y} width={FACE.w} height={FACE.h} />
        </clipPath>
        <clipPath id={ids.keep}>
          <path d={`M-10 -10 H170 V190 H-10 V${FACE.y + FACE.h} H${FACE.w} V${FACE.y} H-10 Z`} />
        </clipPath>
      </defs>

      <Label x={90} y={10} text={t('defacing.before')} max={18} anchor="middle" strong />
      <Label x={270} y={10} text={t('defacing.after')} max={18} anchor="middle" strong />
      <path d={`M180 8 V${labels + 2 * LINE}`} className="dg-line dg-thin dg-dotted" />
      <Head x={16} y={heads} ids={ids} />
      <Head x={196} y={heads} ids={ids} defaced />

      {/* Leaders run from each label up to the part it names. */}
      <path d={`M24 ${labels} L26 ${heads + 104}`} className="dg-leader" />
      <Label x={12} y={labels} text={t('defacing.face')} max={10} />
      <Label x={102} y={heads + 60} text={t('defacing.brain')} max={10} anchor="middle" align="middle" />
      <path d={`M124 ${labels} L116 ${heads + 112}`} className="dg-leader" />
      <Label x={112} y={labels} text={t('defacing.ear')} max={10} />
      <path d={`M208 ${labels} L214 ${heads + 118}`} className="dg-leader" />
      <Label x={192} y={labels} text={t('defacing.removed')} max={11} strong />
      <path d={`M304 ${labels} L296 ${heads + 112}`} className="dg-leader" />
      <Label x={292} y={labels} text={t('defacing.ear')} max={8} />

      {compact ? null : (
        <>
      {/* What it removes: a solid box. What it leaves: a dashed one. */}
      <rect x="10" y={boxTop} width="164" height={boxH} rx="6" className="dg-box" />
      <Label x={22} y={boxTop + 8} text={t('defacing.canRemove')} max={17} strong />
      <Label x={22} y={boxTop + 36} text={t('defacing.canRemoveText')} max={17} />
      <rect x="186" y={boxTop} width="164" height={boxH} rx="6" className="dg-box dg-dashed" />
      <Label x={198} y={boxTop + 8} text={t('defacing.leaves')} max={17} strong />
      <Label x={198} y={boxTop + 36} text={t('defacing.leavesText')} max={17} />

      <Label x={10} y={notesTop} text={t('defacing.ears')} max={40} />
      <Label x={10} y={notesTop + earsH + 8} text={t('defacing.stillMatched')} max={36} strong />
        </>
      )}
    </DiagramFigure>
  );
}
