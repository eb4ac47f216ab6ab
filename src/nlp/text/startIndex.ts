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
/** How many recent tokens are remembered (a power of two). */
const RECENT = 64;

export class StartIndex {
  private readonly bits = new Map<string, number>();
  /**
   * The last tokens asked about, by their index's low bits, with their answers: the stages ask
   * about one token several times in a row (a name? a title? a country?).
   */
  private readonly recent: (Token | undefined)[] = new Array(RECENT);
  private readonly recentAll = new Int32Array(RECENT);
  private readonly recentWhole = new Int32Array(RECENT);

  /** The tries must not change afterwards: what starts a phrase is remembered. */
  constructor(private readonly tries: readonly IndexedTrie[]) {}

  /** Bit n is set when tries[n] has a phrase whose first word is one of the token's readings. */
  startsAt(token: Token): number {
    return this.recall(token) ? this.recentAll[token.index & (RECENT - 1)]! : this.read(token, true);
  }

  /** The same, for the whole word only (a walk without clitics). */
  wholeWordStartsAt(token: Token): number {
    return this.recall(token) ? this.recentWhole[token.index & (RECENT - 1)]! : this.read(token, false);
  }

  private recall(token: Token): boolean {
    return this.recent[token.index & (RECENT - 1)] === token;
  }

  private read(token: Token, clitics: boolean): number {
    const stems = token.stems;
    const whole = stems.length > 0 ? this.startsWith(stems[0]!.text) : 0;
    let all = whole;
    for (let s = 1; s < stems.length; s++) all |= this.startsWith(stems[s]!.text);
    const slot = token.index & (RECENT - 1);
    this.recent[slot] = token;
    this.recentAll[slot] = all;
    this.recentWhole[slot] = whole;
    return clitics ? all : whole;
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
