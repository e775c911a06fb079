export function localeFiles(files: string[], locale: string, named?: string[]): string[];
export function referencedAssets(html: string): string[];
export function rootFiles(files: string[], locales: readonly string[], htmlOf: (file: string) => string): string[];
export function urlFor(file: string): string;
