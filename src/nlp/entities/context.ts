/**
 * What every recognition stage reads: the normalised text, its tokens, the compiled
 * knowledge and the article's date; and the one way to turn tokens into a Span of
 * the original text.
 */
import type { Knowledge } from '../knowledge/knowledge.ts';
import { originalRange, type Normalized } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Span } from '../types.ts';

export interface TextContext {
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly k: Knowledge;
  /** The article's date `YYYY-MM-DD`, or '' when unknown. */
  readonly date: string;
}

/** The original characters of tokens [first, last], the first without its first `prefix` (clitic) characters. */
export function tokenSpan(ctx: TextContext, first: number, prefix: number, last: number): Span {
  const from = ctx.tokens[first]!;
  const to = ctx.tokens[last]!;
  const range = originalRange(ctx.norm, from.start + prefix, to.end);
  return { start: range.start, end: range.end, text: ctx.norm.original.slice(range.start, range.end) };
}

/** `YYYY-MM-DD` from an ISO date or timestamp; a bare year stands for its middle; '' otherwise. */
export function articleDate(published: string | undefined): string {
  if (typeof published !== 'string') return '';
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const year = /^(\d{4})$/.exec(published.trim());
  return year ? `${year[1]}-07-01` : '';
}
