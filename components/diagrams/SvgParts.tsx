import { wrap } from './wrap';

/** One font size and line height for every diagram, so labels measured in characters fit alike. */
export const FONT = 15;
export const LINE = 19;

type LabelProps = {
  x: number;
  y: number;
  text: string;
  /** Characters per line before wrapping: allow about 8.5 user units a character at FONT (9 in bold), for wide system fonts. */
  max: number;
  anchor?: 'start' | 'middle';
  /** 'middle': the block of lines is centred on y; 'top': its first line sits on y. */
  align?: 'middle' | 'top';
  strong?: boolean;
  muted?: boolean;
  size?: number;
};

/** A label of one or more lines: SVG text does not wrap by itself. */
export function Label({ x, y, text, max, anchor = 'start', align = 'top', strong, muted, size = FONT }: LabelProps) {
  const lines = wrap(text, max);
  const line = (size * LINE) / FONT;
  const first = align === 'middle' ? y - ((lines.length - 1) * line) / 2 : y + line / 2;
  return (
    <text
      x={x}
      y={first}
      fontSize={size}
      textAnchor={anchor}
      dominantBaseline="central"
      className={`${muted ? 'dg-muted-text' : 'dg-text'}${strong ? ' dg-strong' : ''}`}
    >
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : line}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** Lines a label will take, for sizing the box around it. */
export const linesOf = (text: string, max: number) => wrap(text, max).length;

type ArrowProps = { from: [number, number]; to: [number, number]; dashed?: boolean };

/** A straight arrow. The head is drawn, not a <marker>, so it follows the line's colour in every scheme and in print. */
export function Arrow({ from: [x1, y1], to: [x2, y2], dashed }: ArrowProps) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 9;
  const wing = (side: 1 | -1) => [x2 - head * Math.cos(angle - side * 0.45), y2 - head * Math.sin(angle - side * 0.45)];
  const [ax, ay] = wing(1);
  const [bx, by] = wing(-1);
  // The shaft stops at the head's base so a dashed shaft does not poke through its tip.
  const sx = x2 - head * 0.8 * Math.cos(angle);
  const sy = y2 - head * 0.8 * Math.sin(angle);
  return (
    <g>
      <line x1={x1} y1={y1} x2={sx} y2={sy} className={`dg-line${dashed ? ' dg-dashed' : ''}`} />
      <polygon points={`${x2},${y2} ${ax},${ay} ${bx},${by}`} className="dg-head" />
    </g>
  );
}

/** Diagonal stripes for "removed" or "hidden": a pattern, not a colour, so it survives black-and-white print. */
export function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="8" className="dg-hatch" />
      </pattern>
    </defs>
  );
}
