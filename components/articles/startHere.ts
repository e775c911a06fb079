/** Where an article sits in the start-here path: its place (1-based) and its neighbours, or null when it is not on the path. */
export function startHereNeighbours<T extends string>(slug: string, path: readonly T[]): { n: number; total: number; previous?: T; next?: T } | null {
  const i = path.indexOf(slug as T);
  if (i < 0) return null;
  return { n: i + 1, total: path.length, previous: path[i - 1], next: path[i + 1] };
}
