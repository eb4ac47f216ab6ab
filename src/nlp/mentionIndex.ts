/**
 * The officials stage gives mentions as spans of the original text; the claim and
 * meeting stages read tokens. This index says which person a token starts, and
 * whether a clitic stands before the mention («لبومبيو»: a preposition, so an object).
 */
import type { TextContext } from './context.ts';
import type { Official } from './types.ts';

export interface TokenMention {
  id: string;
  first: number;
  last: number;
  /** The normalised clitic letters before the mention inside its first token ('' when none). */
  clitic: string;
}

export interface MentionIndex {
  /** Mentions in text order. */
  all: TokenMention[];
  /** The mention starting at a token. */
  at: Map<number, TokenMention>;
}

/** Token index containing original offset `offset` (the last token starting at or before it). */
function tokenAtOriginal(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function indexMentions(ctx: TextContext, officials: readonly Official[]): MentionIndex {
  const { tokens, norm } = ctx;
  const starts = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = norm.toOriginal[tokens[i]!.start]!;
  const all: TokenMention[] = [];
  for (const official of officials) {
    for (const m of official.mentions) {
      const first = tokenAtOriginal(starts, m.start);
      const last = tokenAtOriginal(starts, Math.max(m.start, m.end - 1));
      if (first < 0 || last < first) continue;
      const token = tokens[first]!;
      let prefix = 0;
      while (prefix < token.text.length && norm.toOriginal[token.start + prefix]! < m.start) prefix++;
      all.push({ id: official.id, first, last, clitic: token.text.slice(0, prefix) });
    }
  }
  all.sort((a, b) => a.first - b.first);
  const at = new Map<number, TokenMention>();
  for (const m of all) if (!at.has(m.first)) at.set(m.first, m);
  return { all, at };
}
