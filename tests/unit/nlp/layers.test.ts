/**
 * The pipeline's folders are its stages, and imports point only downwards:
 * text → knowledge → entities → statements → sources, with `types.ts` (the shared
 * vocabulary) below them all and `analyze.ts` / `pipeline.ts` on top. Nothing in
 * src/nlp reaches outside it (no browser code, no DOM, no extension module).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const NLP = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/nlp');
const ORDER = ['types.ts', 'text', 'knowledge', 'entities', 'statements', 'sources', 'pipeline.ts', 'analyze.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The layer of a path inside src/nlp: its first folder, or the file itself at the top. */
const layerOf = (path: string) => relative(NLP, path).split(/[\\/]/)[0]!;

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('src/nlp layers', () => {
  const files = sources(NLP);

  it('has the stage folders, each with code in it', () => {
    for (const layer of ORDER.filter((l) => !l.endsWith('.ts'))) expect(files.some((f) => layerOf(f) === layer)).toBe(true);
  });

  it('imports only from its own stage or an earlier one', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = ORDER.indexOf(layerOf(file));
      expect(from, `${relative(NLP, file)} is in no known layer`).toBeGreaterThanOrEqual(0);
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        const to = ORDER.indexOf(layerOf(target));
        if (to > from) upward.push(`${relative(NLP, file)} → ${relative(NLP, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('never reaches outside src/nlp or into a browser API', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of imports(file)) {
        const leaves = spec.startsWith('.') && relative(NLP, resolve(dirname(file), spec)).startsWith('..');
        const bare = !spec.startsWith('.');
        if (leaves || bare) outside.push(`${relative(NLP, file)} → ${spec}`);
      }
      expect(readFileSync(file, 'utf8')).not.toMatch(/\b(?:chrome|browser)\.(?:runtime|storage|tabs)\b|\bdocument\.|\bwindow\./);
    }
    expect(outside).toEqual([]);
  });
});
