/**
 * What a stage has worked out about each token of the text it is reading, by the token's index:
 * the stages walk the whole text several times and ask about each token again each time, and a
 * look-up here (an array slot, checked by identity) is cheaper than one in a memo by word.
 */
import type { Token } from './tokens.ts';

/** How many tokens are held at first, and at most (powers of two). */
const MIN_SIZE = 64;
const MAX_SIZE = 1 << 16;

export class TokenTable<T> {
  private tokens: (Token | undefined)[] = new Array(MIN_SIZE);
  private values: (T | undefined)[] = new Array(MIN_SIZE);
  private mask = MIN_SIZE - 1;

  /**
   * The value stored for this very token, or undefined. A slot is shared by the tokens whose
   * indexes agree in their low bits (those of other texts, and beyond MAX_SIZE): it answers only
   * for the token it was filled for.
   */
  get(token: Token): T | undefined {
    const slot = token.index & this.mask;
    return this.tokens[slot] === token ? this.values[slot] : undefined;
  }

  set(token: Token, value: T): void {
    if (token.index > this.mask) this.grow(token.index);
    const slot = token.index & this.mask;
    this.tokens[slot] = token;
    this.values[slot] = value;
  }

  /** Makes room for token `index` (up to MAX_SIZE), keeping what is held. */
  private grow(index: number): void {
    let size = this.tokens.length;
    while (size <= index && size < MAX_SIZE) size *= 2;
    if (size === this.tokens.length) return;
    const tokens: (Token | undefined)[] = new Array(size);
    const values: (T | undefined)[] = new Array(size);
    for (let slot = 0; slot < this.tokens.length; slot++) {
      const token = this.tokens[slot];
      if (token === undefined) continue;
      tokens[token.index & (size - 1)] = token;
      values[token.index & (size - 1)] = this.values[slot];
    }
    this.tokens = tokens;
    this.values = values;
    this.mask = size - 1;
  }
}
