/**
 * StartIndex (src/nlp/text/startIndex.ts): which tries a walk from a token can match in. A walk
 * it rules out must find nothing, and one it allows must be the trie's own verdict.
 */
import { describe, expect, it } from 'vitest';
import { StartIndex } from '../../../src/nlp/text/startIndex.ts';
import { skeletonWord } from '../../../src/nlp/text/skeleton.ts';
import { normalize } from '../../../src/nlp/text/normalize.ts';
import { tokenize } from '../../../src/nlp/text/tokens.ts';
import { PhraseTrie } from '../../../src/nlp/text/trie.ts';

describe('StartIndex', () => {
  const names = new PhraseTrie<string>();
  names.add(['سيرغي', 'لافروف'], 'lavrov');
  names.add(['لافروف'], 'lavrov');
  const countries = new PhraseTrie<string>();
  countries.add(['روسيا'], 'RU');
  const skeletons = new PhraseTrie<string>();
  skeletons.add(['سيرغي', 'لافروف'].map(skeletonWord), 'lavrov');
  const index = new StartIndex([{ trie: names }, { trie: countries }, { trie: skeletons, key: skeletonWord }]);
  const tokens = tokenize(normalize('قال سيرجي لافروف ولافروف إن روسيا ولروسيا موقفا').text);

  it('sets a trie’s bit exactly when a walk from the token finds something there', () => {
    const walks: [PhraseTrie<string>, { key?: (w: string) => string }][] = [[names, {}], [countries, {}], [skeletons, { key: skeletonWord }]];
    for (const token of tokens) {
      const bits = index.startsAt(token);
      walks.forEach(([trie, options], n) => {
        const found = trie.matchAt(tokens, token.index, options).length > 0;
        expect((bits & (1 << n)) !== 0, `${token.text} in trie ${n}`).toBe(found);
      });
    }
  });

  it('reads a word through its clitics and through a key', () => {
    const at = (text: string) => index.startsAt(tokens.find((t) => t.text === normalize(text).text)!);
    expect(at('ولافروف')).toBe(0b001); // و + لافروف: a short name (the skeleton's phrase starts with the given name)
    expect(at('ولروسيا')).toBe(0b010);
    expect(at('سيرجي')).toBe(0b100); // another spelling: only its skeleton is listed
    expect(at('موقفا')).toBe(0);
    expect(at('قال')).toBe(0);
  });

  it('answers a trie’s walks as the trie alone does, with and without clitics, until a phrase is added', () => {
    const indexed = new PhraseTrie<string>();
    indexed.add(['سيرغي', 'لافروف'], 'lavrov');
    indexed.add(['لافروف'], 'lavrov');
    const shared = new StartIndex([{ trie: countries }, { trie: indexed }]);
    indexed.useStartIndex(shared, 2);
    for (const token of tokens)
      for (const options of [{}, { clitics: false }])
        expect(indexed.matchAt(tokens, token.index, options), token.text).toEqual(names.matchAt(tokens, token.index, options));
    // The index knows nothing of a phrase added later: adding one drops it.
    indexed.add(['موقفا'], 'stance');
    const stance = tokens.find((t) => t.text === 'موقفا')!;
    expect(indexed.matchAt(tokens, stance.index).map((m) => m.values)).toEqual([['stance']]);
  });
});
