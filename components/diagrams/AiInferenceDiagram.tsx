import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DiagramFigure } from './DiagramFigure';
import { Arrow, LINE, Label, linesOf } from './SvgParts';

const W = 360;
const MAX = 17;
// Rib arcs either side of the spine: a schematic chest, not a real radiograph.
const RIBS = [30, 46, 62, 78, 94];

/**
 * What a model is built to read from a chest X-ray, and what research found models can also
 * learn to guess (Gichoya et al., Lancet Digit Health 2022, doi:10.1016/S2589-7500(22)00063-2;
 * age and sex: Digital Health 2023). Always "may": these are research findings.
 */
export async function AiInferenceDiagram({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Diagrams' });
  const guesses = [t('aiInference.age'), t('aiInference.sex'), t('aiInference.race')];
  const xray = { x: 120, y: 10, w: 120, h: 112 };
  const xrayLabel = xray.y + xray.h + 6;
  const model = { x: 90, y: xrayLabel + linesOf(t('aiInference.xray'), 20) * LINE + 30, w: 180, h: 44 };
  const boxTop = model.y + model.h + 40;
  const askedTitle = linesOf(t('aiInference.asked'), MAX) * LINE;
  const notAskedTitle = linesOf(t('aiInference.notAsked'), MAX) * LINE;
  const guessLines = guesses.map((g) => linesOf(g, MAX - 2) * LINE + 4);
  const boxH = 24 + Math.max(askedTitle + linesOf(t('aiInference.askedExample'), MAX) * LINE, notAskedTitle + guessLines.reduce((a, b) => a + b, 0));
  const noteTop = boxTop + boxH + 14;
  const H = noteTop + linesOf(t('aiInference.research'), 40) * LINE + 10;
  let guessY = boxTop + 14 + notAskedTitle;

  return (
    <DiagramFigure
      id="ai-inference"
      title={t('aiInference.title')}
      caption={t('aiInference.caption')}
      inWords={t('inWords')}
      words={[
        t('aiInference.words.xray'),
        t('aiInference.words.asked'),
        t('aiInference.words.notAsked'),
        t('aiInference.words.race'),
        t('aiInference.words.bias'),
        t('aiInference.words.guess'),
      ]}
      width={W}
      height={H}
    >
      <g transform={`translate(${xray.x} ${xray.y})`}>
        <rect width={xray.w} height={xray.h} rx="4" className="dg-box dg-wash" />
        <path d={`M60 12 V${xray.h - 8}`} className="dg-line" />
        {RIBS.map((y) => (
          <path key={y} d={`M56 ${y} C40 ${y - 8} 22 ${y - 2} 16 ${y + 10} M64 ${y} C80 ${y - 8} 98 ${y - 2} 104 ${y + 10}`} className="dg-line dg-thin" />
        ))}
      </g>
      <Label x={W / 2} y={xrayLabel} text={t('aiInference.xray')} max={20} anchor="middle" strong />
      <Arrow from={[W / 2, model.y - 26]} to={[W / 2, model.y]} />

      <rect x={model.x} y={model.y} width={model.w} height={model.h} rx="22" className="dg-box" />
      <Label x={W / 2} y={model.y + model.h / 2} text={t('aiInference.model')} max={18} anchor="middle" align="middle" strong />

      {/* Solid: the answer the model was built for. Dashed: what it may also pick up. */}
      <Arrow from={[140, model.y + model.h]} to={[92, boxTop]} />
      <Arrow from={[220, model.y + model.h]} to={[268, boxTop]} dashed />
      <rect x="10" y={boxTop} width="164" height={boxH} rx="6" className="dg-box" />
      <Label x={22} y={boxTop + 10} text={t('aiInference.asked')} max={MAX} strong />
      <Label x={22} y={boxTop + 14 + askedTitle} text={t('aiInference.askedExample')} max={MAX} />
      <rect x="186" y={boxTop} width="164" height={boxH} rx="6" className="dg-box dg-dashed" />
      <Label x={198} y={boxTop + 10} text={t('aiInference.notAsked')} max={MAX} strong />
      {guesses.map((g, i) => {
        const top = guessY;
        guessY += guessLines[i];
        return (
          <g key={g}>
            <circle cx={204} cy={top + LINE / 2} r="5" className="dg-box dg-thin" />
            <Label x={216} y={top} text={g} max={MAX - 2} />
          </g>
        );
      })}

      <Label x={10} y={noteTop} text={t('aiInference.research')} max={40} muted />
    </DiagramFigure>
  );
}
