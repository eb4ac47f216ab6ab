/**
 * The structures added for speed must answer as the plain ones did: the tokenizer's own hash
 * table of words (tokens.ts), the memo of a trie's first nodes by word (trie.ts), the table-driven
 * normalisation and normalizeKey's answer for a value that is its own key (normalize.ts).
 */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey } from '../../../src/nlp/text/normalize.ts';
import { skeletonWord } from '../../../src/nlp/text/skeleton.ts';
import { cliticStems, firstWordNumber, tokenize, VOCABULARY_LIMIT } from '../../../src/nlp/text/tokens.ts';
import { PhraseTrie } from '../../../src/nlp/text/trie.ts';

describe('the words of the tokenizer', () => {
  it('gives every token of one word the same number, text and readings, across texts', () => {
    const a = tokenize(normalize('قال لافروف ولافروف، ثم قال لافروف').text);
    const b = tokenize(normalize('لافروف قال').text);
    expect(a[1]!.word).toBe(a[5]!.word);
    expect(b[0]!.word).toBe(a[1]!.word);
    expect(b[1]!.word).toBe(a[0]!.word);
    expect(a[2]!.word).not.toBe(a[1]!.word);
    expect(b[0]!.stems).toBe(a[1]!.stems);
    expect(cliticStems('ولافروف')).toBe(a[2]!.stems);
  });

  it('keeps many words apart, each with its own text', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words = Array.from({ length: 3000 }, (_, i) => `كلمه${letters[i % letters.length]}${'ابتثجحخد'[Math.floor(i / letters.length) % 8]}${Math.floor(i / (8 * letters.length))}`);
    const text = normalize(words.join(' ')).text;
    const tokens = tokenize(text);
    const byWord = new Map<number, string>();
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      const seen = byWord.get(t.word);
      if (seen !== undefined) expect(seen).toBe(t.text);
      byWord.set(t.word, t.text);
    }
    const again = tokenize(text);
    expect(again.map((t) => t.word)).toEqual(tokens.map((t) => t.word));
  });
});

describe('the vocabulary’s limit', () => {
  it('starts the numbering over past VOCABULARY_LIMIT words, from the next number up', () => {
    const before = tokenize('قال لافروف');
    const first = firstWordNumber();
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const n = letters.length;
    const word = (i: number) => `ك${letters[i % n]}${letters[Math.floor(i / n) % n]}${letters[Math.floor(i / n ** 2) % n]}${letters[Math.floor(i / n ** 3) % n]}`;
    tokenize(Array.from({ length: VOCABULARY_LIMIT + 10 }, (_, i) => word(i)).join(' '));
    expect(firstWordNumber()).toBeGreaterThan(first);
    const after = tokenize('قال لافروف');
    expect(after.map((t) => t.text)).toEqual(before.map((t) => t.text));
    expect(after.map((t) => t.stems)).toEqual(before.map((t) => t.stems));
    expect(after[0]!.word).toBeGreaterThanOrEqual(firstWordNumber());
    expect(after[0]!.word).not.toBe(before[0]!.word);
  });
});

describe('a trie’s first nodes by word', () => {
  it('sees phrases added after a walk', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['وزير', 'الخارجيه'], 'a');
    const tokens = tokenize(normalize('قال وزير الخارجية ولافروف').text);
    expect(trie.matchAt(tokens, 3)).toEqual([]);
    expect(trie.matchAt(tokens, 1).map((m) => m.values)).toEqual([['a']]);
    trie.add(['لافروف'], 'b');
    trie.add(['قال'], 'c');
    expect(trie.matchAt(tokens, 3).map((m) => [m.prefix, m.values])).toEqual([[1, ['b']]]);
    expect(trie.matchAt(tokens, 0).map((m) => m.values)).toEqual([['c']]);
  });

  it('walks with a key, and with another key after it', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['سيرغي', 'لافروف'].map(skeletonWord), 'lavrov');
    const tokens = tokenize(normalize('قال سيرجي لافروف').text);
    expect(trie.matchAt(tokens, 1, { key: skeletonWord }).map((m) => m.last)).toEqual([2]);
    expect(trie.matchAt(tokens, 1, { key: (w) => w })).toEqual([]);
    expect(trie.matchAt(tokens, 1, { key: skeletonWord }).map((m) => m.last)).toEqual([2]);
  });
});

describe('normalisation', () => {
  it('grows its buffers when presentation forms expand, keeping the map to the original', () => {
    const text = 'ﻻ'.repeat(40) + ' قال';
    const norm = normalize(text);
    expect(norm.text).toBe('لا'.repeat(40) + ' قال');
    expect(norm.toOriginal.length).toBe(norm.text.length + 1);
    expect(norm.toOriginal[79]).toBe(39);
    expect(norm.toOriginal[80]).toBe(40);
    expect(norm.toOriginal[norm.text.length]).toBe(text.length);
  });

  it('gives a value that is its own key as it is, and normalises the others', () => {
    expect(normalizeKey('وزير الخارجيه')).toBe('وزير الخارجيه');
    expect(normalizeKey('وزير الخارجية')).toBe('وزير الخارجيه');
    expect(normalizeKey('وزير  الخارجيه')).toBe('وزير الخارجيه');
    expect(normalizeKey(' وزير')).toBe('وزير');
    expect(normalizeKey('Kerry')).toBe('kerry');
    expect(normalizeKey('ستارت 3')).toBe('ستارت 3');
  });
});
