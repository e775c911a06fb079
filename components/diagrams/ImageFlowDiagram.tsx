import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DiagramFigure } from './DiagramFigure';
import { Arrow, LINE, Label, linesOf } from './SvgParts';

const W = 360;
const TRUNK = 34;
const BOX_X = 64;
const BOX_W = W - BOX_X - 10;
const TITLE_MAX = 30;
const NOTE_MAX = 32;

type Box = { title: string; note?: string; dashed?: boolean };
const heightOf = ({ title, note }: Box) => 16 + linesOf(title, TITLE_MAX) * LINE + (note ? linesOf(note, NOTE_MAX) * LINE + 2 : 0);

function Card({ x, y, w, box }: { x: number; y: number; w: number; box: Box }) {
  const titleLines = linesOf(box.title, TITLE_MAX);
  return (
    <g>
      <rect x={x} y={y} width={w} height={heightOf(box)} rx="6" className={`dg-box${box.dashed ? ' dg-dashed' : ''}`} />
      <Label x={x + 12} y={y + 8} text={box.title} max={TITLE_MAX} strong />
      {box.note ? <Label x={x + 12} y={y + 10 + titleLines * LINE} text={box.note} max={NOTE_MAX} muted /> : null}
    </g>
  );
}

/** Where copies of a scan can travel after the archive, and the one path that may leave the law. */
export async function ImageFlowDiagram({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Diagrams' });
  const scanner: Box = { title: t('imageFlow.scanner') };
  const archive: Box = { title: t('imageFlow.archive') };
  const branches: Box[] = [
    { title: t('imageFlow.doctors'), note: t('imageFlow.doctorsNote') },
    { title: t('imageFlow.vendor'), note: t('imageFlow.vendorNote') },
    { title: t('imageFlow.research'), note: t('imageFlow.researchNote') },
    { title: t('imageFlow.deidentified'), note: t('imageFlow.deidentifiedNote') },
  ];
  const outside: Box = { title: t('imageFlow.outside'), dashed: true };

  const archiveTop = 10 + heightOf(scanner) + 28;
  const archiveBottom = archiveTop + heightOf(archive);
  let y = archiveBottom + 22;
  const placed = branches.map((box) => {
    const top = y;
    y += heightOf(box) + 16;
    return { box, top, mid: top + heightOf(box) / 2 };
  });
  const last = placed[placed.length - 1];
  const outsideTop = last.top + heightOf(last.box) + 30;
  const H = outsideTop + heightOf(outside) + 10;
  const centre = BOX_X + BOX_W / 2;

  return (
    <DiagramFigure
      id="image-flow"
      title={t('imageFlow.title')}
      caption={t('imageFlow.caption')}
      inWords={t('inWords')}
      words={[
        t('imageFlow.words.scanner'),
        t('imageFlow.words.archive'),
        t('imageFlow.words.doctors'),
        t('imageFlow.words.vendor'),
        t('imageFlow.words.research'),
        t('imageFlow.words.deidentified'),
      ]}
      width={W}
      height={H}
    >
      <Card x={10} y={10} w={W - 20} box={scanner} />
      <Arrow from={[W / 2, 10 + heightOf(scanner)]} to={[W / 2, archiveTop]} />
      <Card x={10} y={archiveTop} w={W - 20} box={archive} />

      {/* One trunk from the archive, with a branch to each place a copy can go. */}
      <path d={`M${TRUNK} ${archiveBottom} V${last.mid}`} className="dg-line" />
      {placed.map(({ box, top, mid }) => (
        <g key={box.title}>
          <Arrow from={[TRUNK, mid]} to={[BOX_X, mid]} />
          <Card x={BOX_X} y={top} w={BOX_W} box={box} />
        </g>
      ))}

      {/* Dashed: where the law may stop following the copy. */}
      <Arrow from={[centre, last.top + heightOf(last.box)]} to={[centre, outsideTop]} dashed />
      <Card x={BOX_X} y={outsideTop} w={BOX_W} box={outside} />
    </DiagramFigure>
  );
}
