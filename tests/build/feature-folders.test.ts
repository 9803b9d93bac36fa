import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folder tree is the architecture: a feature folder may use another (Haven's shell uses
 * every screen; the report uses the journal's model), but never both ways round, and core/ and
 * components/ never reach into features/ beyond the language hook. Read from the sources.
 */
const ROOT = resolve('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top folder (`features/journal`, `core`, `components`) a source file or import lands in. */
function folderOf(path: string): string {
  const [top, second] = relative(ROOT, path).split(sep);
  return top === 'features' ? `features/${second}` : top!;
}

/** Every import and re-export specifier of a file, static or lazy, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [join(ROOT, specifier.slice(2))];
    if (specifier.startsWith('.')) return [resolve(file, '..', specifier)];
    return [];
  });
}

function edges(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

const graph = edges(['features', 'components', 'core'].flatMap((dir) => sourceFiles(join(ROOT, dir))));

describe('the folders import one another one way only', () => {
  it('has found the imports (so the checks below look at something)', () => {
    expect(graph.get('features/haven')?.has('features/journal')).toBe(true);
    expect(graph.get('features/report')?.has('features/journal')).toBe(true);
  });

  it('no two feature folders import each other', () => {
    const both: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) if (from < to && graph.get(to)?.has(from)) both.push(`${from} ⇄ ${to}`);
    }
    expect(both).toEqual([]);
  });

  it('core imports no feature and no component (plain TypeScript, no UI)', () => {
    expect([...(graph.get('core') ?? [])].filter((to) => to.startsWith('features/') || to === 'components')).toEqual([]);
  });

  it('components use no feature but the language hook', () => {
    expect([...(graph.get('components') ?? [])].filter((to) => to.startsWith('features/') && to !== 'features/i18n')).toEqual([]);
  });
});
