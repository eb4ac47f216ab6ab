/**
 * Sentences and quotations of a normalised text, by token. Claims and meetings are read
 * sentence by sentence, and a quotation is one stretch however many full stops it holds.
 *
 * Normalisation turns every quotation mark (« » “ ” " ') into ", so quotes pair up in
 * order within a paragraph; an odd mark left at the end of a paragraph opens nothing.
 */
import type { TextContext } from '../entities/context.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { lowerBound } from '../text/lowerBound.ts';

export interface Quote {
  /** Normalised offsets of the opening and the closing mark. */
  open: number;
  close: number;
}

export interface Structure {
  /** Sentence number of each token. */
  sentenceOf: Int32Array;
  /** First and last token of each sentence. */
  sentences: { first: number; last: number }[];
  quotes: Quote[];
  /** Whether a colon stands in the gap before token i. */
  colonBefore: (i: number) => boolean;
  /** The quote whose inside (between the marks) contains normalised offset `at`, if any. */
  quoteAt: (at: number) => Quote | null;
  /** The first token inside the quotation that holds token i, or null when none holds it. */
  firstInQuote: (i: number) => number | null;
  /**
   * Whether tokens [first, last] stand inside a quotation that holds more than them:
   * «“جون بولتون”» is a name written in quotes, «“… قال الرئيس …”» is quoted speech.
   */
  insideQuotation: (first: number, last: number) => boolean;
}

/** . ! ? ; and a line break (read by code unit: every gap between two tokens is read). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a;
}

function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) open = -1;
    else if (c === 0x22) {
      if (open < 0) open = i;
      else {
        quotes.push({ open, close: i });
        open = -1;
      }
    }
  }
  return quotes;
}

/** The claims and meetings stages both read the structure of one text: made once (for the same tokens and text). */
const made = new WeakMap<TextContext, { tokens: TextContext['tokens']; norm: TextContext['norm']; structure: Structure }>();

export function analyseStructure(ctx: TextContext): Structure {
  const known = made.get(ctx);
  if (known && known.tokens === ctx.tokens && known.norm === ctx.norm) return known.structure;
  const structure = buildStructure(ctx);
  made.set(ctx, { tokens: ctx.tokens, norm: ctx.norm, structure });
  return structure;
}

function buildStructure(ctx: TextContext): Structure {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  const quotes = findQuotes(text);
  const quoteAt = (at: number): Quote | null => {
    const q = quotes[lowerBound(quotes, (x) => x.close < at)];
    return q && q.open < at && at < q.close ? q : null;
  };
  const firstInQuote = (i: number): number | null => {
    const q = quoteAt(tokens[i]!.start);
    if (!q) return null;
    let first = i;
    while (first > 0 && tokens[first - 1]!.start > q.open) first--;
    return first;
  };
  const sentenceOf = new Int32Array(tokens.length);
  const sentences: { first: number; last: number }[] = [];
  let current = 0;
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && endsBetween(text, tokens[i - 1]!.end, tokens[i]!.start, tokens[i - 1]!.kind, tokens[i]!.kind, quoteAt) && !abbreviation(text, tokens[i]!, tokens[i - 1]!.end)) {
      sentences.push({ first, last: i - 1 });
      current++;
      first = i;
    }
    sentenceOf[i] = current;
  }
  if (tokens.length > 0) sentences.push({ first, last: tokens.length - 1 });
  const colonBefore = (i: number): boolean => {
    const token = tokens[i];
    if (!token) return false;
    for (let p = i > 0 ? tokens[i - 1]!.end : 0; p < token.start; p++) if (text.charCodeAt(p) === 0x3a) return true;
    return false;
  };
  const insideQuotation = (first: number, last: number): boolean => {
    const from = tokens[first];
    const to = tokens[last];
    if (!from || !to) return false;
    const q = quoteAt(from.start);
    if (!q) return false;
    const before = text.slice(q.open + 1, from.start);
    const after = text.slice(to.end, q.close);
    // Only clitics, spaces or nothing around the tokens: the quotes mark a name.
    return !(/^[\s\u0621-\u064a]{0,3}$/.test(before) && /^\s*$/.test(after));
  };
  return { sentenceOf, sentences, quotes, colonBefore, quoteAt, firstInQuote, insideQuotation };
}

/**
 * «الشيخ د.أحمد»: the tokenizer reads the full stop of a title's abbreviation as a space (no stop in the gap
 * before `token`, whose gap from `from` is that one mark); so does the sentence.
 */
function abbreviation(text: string, token: Token, from: number): boolean {
  return (token.gapBefore & (Gap.Stop | Gap.Newline)) === 0 && text.slice(from, token.start).trim() === '.';
}

/** Whether a sentence ends in the gap [from, to): a stop or a line break outside any quotation. */
function endsBetween(text: string, from: number, to: number, before: string, after: string, quoteAt: (at: number) => Quote | null): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!isSentenceEnd(c)) continue;
    if (c === 0x0a) return true;
    // 2.5, 1.000: a decimal point is not a full stop.
    if (c === 0x2e && before === 'number' && after === 'number' && to - from === 1) continue;
    if (!quoteAt(p)) return true;
  }
  return false;
}
