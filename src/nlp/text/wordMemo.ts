/**
 * A fact about words, remembered by word number (`Token.word`): each stage asks about every
 * token, on every walk of the text, and an array slot by number is cheaper than a Map look-up
 * by text (which hashes a string and probes a large table). The fact must depend on the word
 * alone (its text and readings), never on where the token stands.
 *
 * Nothing here holds a token: what is kept is the same for every text, and bounded by the
 * vocabulary (tokens.ts); when the vocabulary's numbering starts over, the memo starts over too.
 */
import { firstWordNumber, VOCABULARY_LIMIT, type Token } from './tokens.ts';

const MIN_SIZE = 256;

export class WordMemo<T> {
  private values: (T | undefined)[] = new Array(MIN_SIZE);
  /** The first number of the numbering `values` is indexed by (from 0). */
  private first = 0;

  constructor(private readonly make: (token: Token) => T) {}

  get(token: Token): T {
    const first = firstWordNumber();
    if (first !== this.first) this.forget(first);
    const slot = token.word - first;
    // A token numbered before the numbering started over (of a text still being read) is
    // answered without the memo.
    if (slot < 0) return this.make(token);
    let value = slot < this.values.length ? this.values[slot] : undefined;
    if (value === undefined) {
      value = this.make(token);
      if (slot >= this.values.length) this.grow(slot);
      this.values[slot] = value;
    }
    return value;
  }

  private forget(first: number): void {
    this.values = new Array(MIN_SIZE);
    this.first = first;
  }

  /** Makes room for `slot` (a numbering has fewer than VOCABULARY_LIMIT numbers). */
  private grow(slot: number): void {
    let size = this.values.length;
    while (size <= slot) size *= 2;
    const values: (T | undefined)[] = new Array(Math.min(size, 2 * VOCABULARY_LIMIT));
    for (let i = 0; i < this.values.length; i++) values[i] = this.values[i];
    this.values = values;
  }
}
