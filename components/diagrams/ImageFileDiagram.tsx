import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DiagramFigure } from './DiagramFigure';
import { LINE, Label, linesOf } from './SvgParts';

const W = 360;
const FIELD_MAX = 16;
const FIELD_SIZE = 14;

/** What a DICOM file carries: the picture, a hidden header, and text burned into the picture. */
export async function ImageFileDiagram({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Diagrams' });
  const fields = [
    t('imageFile.name'),
    t('imageFile.birthDate'),
    t('imageFile.scanDate'),
    t('imageFile.patientId'),
    t('imageFile.hospital'),
    t('imageFile.scanner'),
  ];
  // Layout runs top to bottom; each block is as tall as its wrapped text in this language.
  const noteTop = 82;
  const fieldsTop = noteTop + linesOf(t('imageFile.headerNote'), 34) * LINE + 10;
  const rows = [0, 2, 4].map((i) => Math.max(linesOf(fields[i], FIELD_MAX), linesOf(fields[i + 1], FIELD_MAX)) * LINE + 4);
  const headerBottom = fieldsTop + rows.reduce((a, b) => a + b, 0) + 6;
  const pic = headerBottom + 18;
  const burnedTop = pic + 38;
  const burnedNoteTop = burnedTop + linesOf(t('imageFile.burnedIn'), 17) * LINE + 4;
  const picBottom = Math.max(pic + 150, burnedNoteTop + linesOf(t('imageFile.burnedInNote'), 19) * LINE + 12);
  const cleaningTop = picBottom + 12;
  const H = cleaningTop + linesOf(t('imageFile.cleaning'), 34) * LINE + 20;

  let rowTop = fieldsTop;
  const fieldMarks = [0, 2, 4].flatMap((i, r) => {
    const top = rowTop;
    rowTop += rows[r];
    return [0, 1].map((c) => (
      <g key={i + c}>
        <rect x={c ? 192 : 38} y={top + 5} width="9" height="9" className="dg-solid" />
        <Label x={c ? 208 : 54} y={top} text={fields[i + c]} max={FIELD_MAX} size={FIELD_SIZE} />
      </g>
    ));
  });

  return (
    <DiagramFigure
      id="image-file"
      title={t('imageFile.title')}
      caption={t('imageFile.caption')}
      inWords={t('inWords')}
      words={[t('imageFile.words.parts'), t('imageFile.words.header'), t('imageFile.words.picture'), t('imageFile.words.burnedIn'), t('imageFile.words.cleaning')]}
      width={W}
      height={H}
    >
      {/* The file: a page with a folded corner. */}
      <path d={`M10 10 H326 L350 34 V${H - 10} H10 Z`} className="dg-box" />
      <path d="M326 10 V34 H350" className="dg-outline" />
      <Label x={24} y={16} text={t('imageFile.file')} max={36} strong />

      {/* Hidden: a dashed box. */}
      <rect x="24" y="50" width="312" height={headerBottom - 50} rx="6" className="dg-box dg-wash dg-dashed" />
      <Label x={38} y={56} text={t('imageFile.header')} max={36} strong />
      <Label x={38} y={noteTop} text={t('imageFile.headerNote')} max={34} muted />
      {fieldMarks}

      {/* The picture, with a dashed ring round the text burned into its corner. */}
      <rect x="24" y={pic} width="312" height={picBottom - pic} rx="6" className="dg-box" />
      <Label x={38} y={pic + 6} text={t('imageFile.picture')} max={20} strong />
      <rect x="38" y={pic + 36} width="120" height="100" className="dg-box dg-wash dg-thin" />
      <ellipse cx="76" cy={pic + 96} rx="16" ry="30" className="dg-outline" />
      <ellipse cx="120" cy={pic + 96} rx="16" ry="30" className="dg-outline" />
      <rect x="44" y={pic + 42} width="44" height="5" className="dg-bar" />
      <rect x="44" y={pic + 51} width="30" height="5" className="dg-bar" />
      <rect x="40" y={pic + 38} width="54" height="22" className="dg-outline dg-dashed" />
      <path d={`M94 ${pic + 48} H172`} className="dg-leader" />
      <Label x={176} y={burnedTop} text={t('imageFile.burnedIn')} max={17} strong />
      <Label x={176} y={burnedNoteTop} text={t('imageFile.burnedInNote')} max={19} muted />

      <Label x={24} y={cleaningTop} text={t('imageFile.cleaning')} max={34} strong />
    </DiagramFigure>
  );
}
