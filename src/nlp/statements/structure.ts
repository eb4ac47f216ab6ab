/**
 * Sentences and quotations of a normalised text, by token. Claims and meetings are read
 * sentence by sentence, and a quotation is one stretch however many full stops it holds.
 *
 * Normalisation turns every quotation mark (« » “ ” " ') into ", so quotes pair up in
 * order within a paragraph; a statement set out in paragraphs is one quotation (findQuotes), and
 * «قال الوزير:» at the end of a paragraph runs on into the quotation that opens the next.
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

/** How many paragraphs one quotation may run over («وقال الوزير:\n"…\n…\n…"»). */
const QUOTE_PARAGRAPHS = 6;

/** The offsets of the quotation marks of one paragraph, and where its first and last visible characters are. */
interface Paragraph {
  marks: number[];
  first: number;
  last: number;
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const marks: number[] = [];
    let first = -1;
    let last = -1;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) marks.push(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) paragraphs.push({ marks, first, last });
    start = end + 1;
  }
  return paragraphs;
}

/** Whether the paragraph's one closing mark ends it (a full stop or comma may follow: «…الدولتين".»). */
function closesAtEnd(text: string, p: Paragraph, mark: number): boolean {
  return /^[.،,؛;!?\s]*$/.test(text.slice(mark + 1, p.last + 1));
}

/**
 * Quotes pair up within a paragraph. A paragraph that opens with a lone mark opens a quotation that runs on
 * over paragraphs with no mark of their own (or only one re-opening mark, as English typesetting repeats it)
 * to the paragraph whose lone mark closes it at its end: a minister's statement set out in paragraphs under
 * «وقال الوزير:». Anything else leaves the odd mark opening nothing.
 */
function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = paragraphsOf(text);
  for (let n = 0; n < paragraphs.length; n++) {
    const p = paragraphs[n]!;
    const { marks } = p;
    for (let k = 0; k + 1 < marks.length; k += 2) quotes.push({ open: marks[k]!, close: marks[k + 1]! });
    if (marks.length !== 1 || marks[0] !== p.first) continue;
    for (let m = n + 1; m < paragraphs.length && m <= n + QUOTE_PARAGRAPHS; m++) {
      const q = paragraphs[m]!;
      const reopens = q.marks[0] === q.first;
      const own = reopens ? q.marks.slice(1) : q.marks;
      if (own.length === 0) continue;
      if (own.length === 1 && closesAtEnd(text, q, own[0]!)) {
        quotes.push({ open: marks[0]!, close: own[0]! });
        n = m;
      }
      break;
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

/** Whether a quotation opens in the gap [from, to), right before the token at `to`. */
function quoteOpensIn(text: string, from: number, to: number, quoteAt: (at: number) => Quote | null): boolean {
  const q = quoteAt(to);
  return q !== null && q.open >= from && q.open < to;
}

/** Whether a sentence ends in the gap [from, to): a stop or a line break outside any quotation. */
function endsBetween(text: string, from: number, to: number, before: string, after: string, quoteAt: (at: number) => Quote | null): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!isSentenceEnd(c)) continue;
    if (c === 0x0a) {
      // A line break inside a quotation of several paragraphs, or between «قال الوزير:» and the quotation it opens.
      if (quoteAt(p) || (text.lastIndexOf(':', p) >= from && quoteOpensIn(text, p, to, quoteAt))) continue;
      return true;
    }
    // 2.5, 1.000: a decimal point is not a full stop.
    if (c === 0x2e && before === 'number' && after === 'number' && to - from === 1) continue;
    if (!quoteAt(p)) return true;
  }
  return false;
}
