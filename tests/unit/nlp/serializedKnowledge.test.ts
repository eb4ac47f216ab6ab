/**
 * The knowledge compiled at build time (src/nlp/knowledge/serialized.ts, prebuilt.ts): loaded
 * from its JSON, it must be the compiled knowledge itself — the same phrases with the same
 * values in the same order, the same objects shared — so that every analysis is the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeSource } from '../../../src/nlp/knowledge/defaultKnowledge.ts';
import { compileKnowledge, type Knowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import { prebuiltKnowledge, prebuiltKnowledgeModule } from '../../../src/nlp/knowledge/prebuilt.ts';
import { loadKnowledge, serializeKnowledge, type SerializedKnowledge } from '../../../src/nlp/knowledge/serialized.ts';
import { PhraseTrie, type TrieData } from '../../../src/nlp/text/trie.ts';
import { normalize } from '../../../src/nlp/text/normalize.ts';
import { tokenize } from '../../../src/nlp/text/tokens.ts';

const compiled = compileKnowledge(knowledgeSource);
/** Through JSON, as the background gets it. */
const throughJson = (k: Knowledge) => JSON.parse(JSON.stringify(serializeKnowledge(k))) as SerializedKnowledge;

const TRIES = [
  'names',
  'skeletonNames',
  'typoNames',
  'titles',
  'countryAdjectives',
  'countryNames',
  'places',
  'agreementNames',
  'descriptors',
  'notOffices',
] as const;

/** How many texts one test analyses, twice each way. */
const SLICE = 400;

function corpusTexts(): { name: string; text: string; published?: string }[] {
  const texts: { name: string; text: string; published?: string }[] = [];
  for (const dir of ['seeds', 'tests/corpus/real', 'tests/corpus/claims', 'tests/corpus/recognition', 'tests/corpus/shared'])
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort())
      texts.push({ name: `${dir}/${file}`, text: readFileSync(join(dir, file), 'utf8') });
  const negatives = JSON.parse(readFileSync('tests/corpus/negatives/negatives.json', 'utf8')) as { texts: { published: string; text: string }[] };
  negatives.texts.forEach((n, i) => texts.push({ name: `negatives ${i}`, text: n.text, published: n.published }));
  return texts;
}

describe('knowledge compiled at build time', () => {
  const loaded = loadKnowledge(throughJson(compiled));

  // Every corpus text, in slices of a few hundred: the real corpus grew past four thousand reports, and one test of
  // all of them outlasted the runner's limit on a busy machine. Each slice says which texts it holds.
  const texts = corpusTexts();
  const slices: { name: string; text: string; published?: string }[][] = [];
  for (let i = 0; i < texts.length; i += SLICE) slices.push(texts.slice(i, i + SLICE));

  it('reads every corpus text', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(slices.map((slice) => [`${slice[0]!.name} … ${slice.at(-1)!.name}`, slice] as const))(
    'gives the same analysis as the compiled knowledge on %s',
    (_, slice) => {
      for (const { name, text, published } of slice) {
        for (const meta of [{ published: published ?? '2019-05-15' }, {}]) {
          // As JSON: stricter than toEqual about key order.
          expect(JSON.stringify(analyzeWith(text, meta, loaded)), name).toBe(JSON.stringify(analyzeWith(text, meta, compiled)));
        }
      }
    },
    120_000,
  );

  it('holds every phrase of every trie, with the same values in the same order', () => {
    const same = <T>(v: T) => v;
    for (const name of TRIES) {
      const a = (compiled[name] as PhraseTrie<unknown>).toData(same);
      const b = (loaded[name] as PhraseTrie<unknown>).toData(same);
      expect(b, name).toEqual(a);
      expect(loaded[name].maxWords, name).toBe(compiled[name].maxWords);
    }
  });

  it('keeps the lists, sets and maps in their order', () => {
    for (const key of ['people', 'roles', 'countries', 'agreements', 'agreementVocabulary', 'familyNames'] as const)
      expect([...loaded[key]], key).toEqual([...compiled[key]]);
    for (const key of ['agreementPlaceWords', 'givenNames'] as const) expect([...loaded[key]], key).toEqual([...compiled[key]]);
    expect(loaded.agreementBags).toEqual(compiled.agreementBags);
  });

  it('shares one object per person and per agreement, as the compiled knowledge does', () => {
    const tokens = tokenize(normalize('قال وزير الخارجية الروسي سيرغي لافروف ولافروف وبوتين عن معاهدة ستارت 3').text);
    let checked = 0;
    for (let i = 0; i < tokens.length; i++)
      for (const m of loaded.names.matchAt(tokens, i))
        for (const hit of m.values) {
          expect(hit.person).toBe(loaded.people.get(hit.person.id));
          checked++;
        }
    expect(checked).toBeGreaterThan(0);
    for (const bag of loaded.agreementBags) expect(bag.agreement).toBe(loaded.agreements.get(bag.agreement.id));
    for (const bearers of loaded.familyNames.values()) for (const p of bearers) expect(p).toBe(loaded.people.get(p.id));
  });

  it('refuses data of another version', () => {
    expect(() => loadKnowledge({ ...throughJson(compiled), version: 0 })).toThrow(/version/);
  });

  it('is what the build hands to the background', () => {
    expect(prebuiltKnowledge()).toEqual(serializeKnowledge(compiled));
    const source = prebuiltKnowledgeModule();
    const literal = /^export default JSON\.parse\((.*)\);\n$/s.exec(source)?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(JSON.parse(literal!) as string)).toEqual(throughJson(compiled));
  });
});

describe('a trie loaded from data', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['وزير', 'الخارجيه'], 'a');
  trie.add(['وزير', 'الخارجيه', 'الروسي'], 'b');
  trie.add(['وزير'], 'c');
  trie.add(['لافروف'], 'd');
  trie.add(['لافروف'], 'e');
  const loaded = PhraseTrie.fromData(JSON.parse(JSON.stringify(trie.toData((v) => v))) as TrieData<string>, (v: string) => v);
  const tokens = tokenize(normalize('قال وزير الخارجية الروسي لافروف وللافروف').text);

  it('finds what the trie it was written from finds, at every token', () => {
    for (let i = 0; i < tokens.length; i++) expect(loaded.matchAt(tokens, i), `token ${i}`).toEqual(trie.matchAt(tokens, i));
    expect(loaded.get(['وزير', 'الخارجيه'])).toEqual(['a']);
    expect(loaded.get(['لافروف'])).toEqual(['d', 'e']);
    expect(loaded.get(['الخارجيه'])).toBeNull();
    expect(loaded.maxWords).toBe(3);
  });

  it('takes new phrases after loading, beside the loaded ones', () => {
    const more = PhraseTrie.fromData(trie.toData((v) => v), (v: string) => v);
    more.add(['وزير', 'الدفاع'], 'f');
    more.add(['وزير', 'الخارجيه'], 'g');
    expect(more.get(['وزير', 'الدفاع'])).toEqual(['f']);
    expect(more.get(['وزير', 'الخارجيه'])).toEqual(['a', 'g']);
    expect(more.get(['وزير', 'الخارجيه', 'الروسي'])).toEqual(['b']);
  });

  it('writes an empty trie and reads it back empty', () => {
    const empty = PhraseTrie.fromData(new PhraseTrie<string>().toData((v) => v), (v: string) => v);
    expect(empty.matchAt(tokens, 0)).toEqual([]);
    expect(empty.get(['وزير'])).toBeNull();
  });
});
