/**
 * Which of several tries have a phrase starting with a word, remembered by word: a stage that
 * walks several tries from every token asks once per word instead of once per trie, and
 * skips the walks that cannot match (most words start no phrase at all).
 */
import type { Token } from './tokens.ts';
import type { PhraseTrie } from './trie.ts';
import { WordMemo } from './wordMemo.ts';

export interface IndexedTrie {
  trie: PhraseTrie<unknown>;
  /** The key the trie was built with, when not the word itself (as for `WalkOptions.key`). */
  key?: (word: string) => string;
}

/** Where the whole-word bits start in a word's remembered answer (below: all readings). */
const WHOLE_SHIFT = 16;
const ALL_MASK = (1 << WHOLE_SHIFT) - 1;

export class StartIndex {
  /**
   * The answers for the words asked about (all readings' bits, and the whole word's shifted by
   * WHOLE_SHIFT): one stage after another walks the whole text, each asking about every token
   * (a name? a title? a country?), so each word is read once.
   */
  private readonly answers = new WordMemo<number>((token) => this.read(token));

  /** The tries must not change afterwards: what starts a phrase is remembered. */
  constructor(private readonly tries: readonly IndexedTrie[]) {
    if (tries.length > WHOLE_SHIFT) throw new Error(`a start index holds at most ${WHOLE_SHIFT} tries`);
  }

  /** Bit n is set when tries[n] has a phrase whose first word is one of the token's readings. */
  startsAt(token: Token): number {
    return this.answers.get(token) & ALL_MASK;
  }

  /** The same, for the whole word only (a walk without clitics). */
  wholeWordStartsAt(token: Token): number {
    return this.answers.get(token) >>> WHOLE_SHIFT;
  }

  private read(token: Token): number {
    const stems = token.stems;
    const whole = stems.length > 0 ? this.startsWith(stems[0]!.text) : 0;
    let all = whole;
    for (let s = 1; s < stems.length; s++) all |= this.startsWith(stems[s]!.text);
    return all | (whole << WHOLE_SHIFT);
  }

  private startsWith(word: string): number {
    let bits = 0;
    this.tries.forEach(({ trie, key }, n) => {
      if (trie.startsWith(key ? key(word) : word)) bits |= 1 << n;
    });
    return bits;
  }
}
