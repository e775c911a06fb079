/**
 * Greedy word wrap for SVG labels, which have no line breaking of their own. Widths are counted
 * in characters: the diagrams use one system font at one size, and a label that comes out longer
 * in one language simply takes another line.
 */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
