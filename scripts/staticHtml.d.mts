/** Types for staticHtml.mjs (plain Node, run by postbuild without the app's TypeScript). */
export type Row = { id: string; content: string; text?: never } | { id: string; text: string; content?: never };
export const marker: string;
export function parseRows(flight: string): Row[];
export function serializeRows(rows: Row[]): string;
export function hollowFlight(flight: string): { flight: string; hollowed: number };
export function hollowStaticHtml(html: string): { html: string; hollowed: number; saved: number };
