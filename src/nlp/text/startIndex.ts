/**
 * Which of several tries have a phrase starting with a word, remembered by word: a stage that
 * walks several tries from every token asks once per reading instead of once per trie, and
 * skips the walks that cannot match (most words start no phrase at all).
 */
import type { Token } from './tokens.ts';
import type { PhraseTrie } from './trie.ts';

export interface IndexedTrie {
  trie: PhraseTrie<unknown>;
  /** The key the trie was built with, when not the word itself (as for `WalkOptions.key`). */
  key?: (word: string) => string;
}

/** Bounded like the other word memos; clearing it only costs recomputation. */
const LIMIT = 50_000;

export class StartIndex {
  private readonly bits = new Map<string, number>();

  /** The tries must not change afterwards: what starts a phrase is remembered. */
  constructor(private readonly tries: readonly IndexedTrie[]) {}

  /** Bit n is set when tries[n] has a phrase whose first word is one of the token's readings. */
  startsAt(token: Token): number {
    let bits = 0;
    for (const stem of token.stems) bits |= this.startsWith(stem.text);
    return bits;
  }

  private startsWith(word: string): number {
    let bits = this.bits.get(word);
    if (bits === undefined) {
      bits = 0;
      this.tries.forEach(({ trie, key }, n) => {
        if (trie.startsWith(key ? key(word) : word)) bits! |= 1 << n;
      });
      if (this.bits.size >= LIMIT) this.bits.clear();
      this.bits.set(word, bits);
    }
    return bits;
  }
}
