/**
 * Hard negatives (tests/corpus/negatives): judges, athletes, coaches, artists, clerics, business
 * people and relatives who share a name, or part of one, with listed officials. No official may
 * be found in any of them: a wrong person on a card is the error a reader never forgives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const corpus = JSON.parse(readFileSync(resolve('tests/corpus/negatives/negatives.json'), 'utf8')) as { texts: { published: string; text: string }[] };

describe('hard negatives', () => {
  it.each(corpus.texts.map((t) => [t.text.slice(0, 40), t] as const))('finds no official in «%s…»', (_, t) => {
    expect(analyze(t.text, { published: t.published }).officials.map((o) => o.id)).toEqual([]);
  });
});
