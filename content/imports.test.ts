import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content modules form a tree: a cycle makes load order matter and hides which module owns what.
const dir = 'content';
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const importsOf = (file: string) =>
  [...readFileSync(join(dir, file), 'utf8').matchAll(/^(?:import|export)[^'"]*from '\.\/([\w.-]+)'/gm)].map((m) => `${m[1]}.ts`).filter((f) => modules.includes(f));

function cycleFrom(start: string): string[] | null {
  const walk = (file: string, path: string[]): string[] | null => {
    for (const next of importsOf(file)) {
      if (next === start) return [...path, next];
      if (!path.includes(next)) {
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(start, [start]);
}

describe('content modules', () => {
  it('import one another without cycles', () => {
    const cycles = modules.map(cycleFrom).filter((c) => c !== null).map((c) => c!.join(' → '));
    expect(cycles).toEqual([]);
  });
});
