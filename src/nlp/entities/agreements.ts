/**
 * Agreements of one article: treaties, UN Security Council resolutions, deals, plans.
 *
 * - Names of agreements.json (ستارت 3، خطة العمل الشاملة المشتركة …), the first word
 *   possibly with clitics, quotes allowed inside («ستارت 3»); a treaty noun written
 *   just before a name that lacks one (معاهدة «ستارت 3») joins the mention.
 * - Security Council resolutions by number: «قرار مجلس الأمن (الدولي) (رقم|الرقم) 2254»,
 *   «القرار (الدولي|الأممي) 2254», lists «القرارين 242 و338»; digits of any script.
 * - Descriptions whose wording changes («معاهدة خفض الصواريخ النووية القصيرة
 *   والمتوسطة» for the INF treaty): a treaty noun and the words after it, compared
 *   as content words with the names of each agreement.
 * - Agreements no file lists, named after a place or in quotes (اتفاق الطائف،
 *   اتفاقات مينسك، اتفاقية «أوكوس»), with an `ar:` id.
 * Generic phrases (اتفاقا بين بلديهما، بيان مشترك، الاتفاقات الدولية) name nothing.
 */
import { tokenSpan, type TextContext } from './context.ts';
import { contentWords, lightStem, type AgreementInfo } from '../knowledge/knowledge.ts';
import { AGREEMENT_NOUNS, PROCESS_NOUNS, STOP_WORDS } from '../text/lexicon.ts';
import { Gap, type Token } from '../text/tokens.ts';
import type { Agreement, Span } from '../types.ts';

interface Found {
  id: string;
  info: AgreementInfo | null;
  nameEn: string;
  span: Span;
  first: number;
  last: number;
}

export function recognizeAgreements(ctx: TextContext): Agreement[] {
  const found: Found[] = [];
  const covered = new Set<number>();
  const claim = (f: Found) => {
    for (let t = f.first; t <= f.last; t++) if (covered.has(t)) return;
    for (let t = f.first; t <= f.last; t++) covered.add(t);
    found.push(f);
  };
  const { tokens } = ctx;
  // Numbered and named ones first: they are the surest, and descriptions must not overlap them.
  for (let i = 0; i < tokens.length; i++) {
    const named = namedAt(ctx, i) ?? unlistedAt(ctx, i);
    const here = resolutionsAt(ctx, i) ?? (named ? [named] : []);
    for (const f of here) {
      claim(f);
      i = Math.max(i, f.last);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const f = describedAt(ctx, i, covered);
    if (f) {
      claim(f);
      i = f.last;
    }
  }
  return merge(found);
}

function merge(found: readonly Found[]): Agreement[] {
  const byId = new Map<string, Agreement>();
  for (const f of [...found].sort((a, b) => a.span.start - b.span.start)) {
    const existing = byId.get(f.id);
    if (existing) existing.mentions.push(f.span);
    else byId.set(f.id, { id: f.id, name: f.span.text, nameEn: f.nameEn, mentions: [f.span] });
  }
  return [...byId.values()];
}

function isAgreementNoun(token: Token | undefined): { prefix: number; text: string } | null {
  if (!token || token.skip || token.kind !== 'word') return null;
  const stem = token.stems.find((s) => AGREEMENT_NOUNS.has(s.text) || AGREEMENT_NOUNS.has(withoutArticle(s.text)));
  return stem ? { prefix: stem.prefix, text: stem.text } : null;
}

function withoutArticle(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

/** What may separate the words of an agreement's name: spaces, quotes, a dash («ستارت-3»). */
const NAME_GAPS = Gap.Space | Gap.Quote | Gap.Dash;

// Names from the knowledge files -------------------------------------------------------------------

function namedAt(ctx: TextContext, i: number): Found | null {
  const { tokens, k } = ctx;
  const options = { allowedGaps: NAME_GAPS };
  const here = k.agreementNames.matchAt(tokens, i, options)[0];
  // After a treaty noun, a name starting at the next word may reach further
  // («معاهدة «ستارت 3»» holds both «معاهدة ستارت» and «ستارت 3»): the longer reading wins.
  const noun = isAgreementNoun(tokens[i]);
  const next = noun && gapAllows(tokens[i + 1]) ? k.agreementNames.matchAt(tokens, i + 1, options)[0] : undefined;
  let match = here;
  let first = i;
  let prefix = here?.prefix ?? 0;
  if (next && noun && (!here || next.last > here.last)) {
    match = next;
    prefix = noun.prefix;
  }
  if (!match) return null;
  const last = match.last;
  const info = match.values[0]!;
  // A one-word name (أستانا) is also a place or a word: it names an agreement only after
  // a treaty or process noun, or inside quotation marks.
  if (match.first === match.last && first === match.first && tokens[i]!.kind === 'word') {
    const before = tokens[i - 1];
    const anchored = before !== undefined && (isAgreementNoun(before) !== null || before.stems.some((s) => PROCESS_NOUNS.has(s.text)));
    const quoted = (tokens[i]!.gapBefore & Gap.Quote) !== 0;
    if (!anchored && !quoted) return null;
  }
  const span = withClosingQuote(ctx, tokenSpan(ctx, first, prefix, last), first, last);
  return { id: info.id, info, nameEn: info.en, span, first, last };
}

function gapAllows(token: Token | undefined): boolean {
  return token !== undefined && (token.gapBefore & ~(NAME_GAPS)) === 0;
}

/** A mention that opens a quotation («معاهدة «ستارت 3») also takes the closing mark. */
function withClosingQuote(ctx: TextContext, span: Span, first: number, last: number): Span {
  const opened = ctx.tokens.slice(first + 1, last + 1).some((t) => (t.gapBefore & Gap.Quote) !== 0);
  if (!opened) return span;
  const original = ctx.norm.original;
  let end = span.end;
  while (end < original.length && /\s/.test(original[end]!)) end++;
  if (end < original.length && /["«»“”„‟″'‘’]/.test(original[end]!)) {
    return { start: span.start, end: end + 1, text: original.slice(span.start, end + 1) };
  }
  return span;
}

// Agreements no file lists --------------------------------------------------------------------------

/** Treaty nouns that take a proper name after them, and the word the id uses for each. */
const NAMING_NOUNS = new Map([
  ['اتفاق', 'اتفاق'],
  ['اتفاقيه', 'اتفاق'],
  ['اتفاقات', 'اتفاق'],
  ['اتفاقيات', 'اتفاق'],
  ['معاهده', 'معاهده'],
  ['بروتوكول', 'بروتوكول'],
]);
const MAX_QUOTED_NAME = 4;

/**
 * «اتفاق الرياض», «اتفاقات مينسك», «اتفاقية "أوكوس"»: a treaty noun in construct with a
 * place (a capital or seat, not a country: «اتفاق روسيا وتركيا» names the parties) or
 * with a short quoted name. The id is `ar:` + the noun and the name, normalised.
 */
function unlistedAt(ctx: TextContext, i: number): Found | null {
  const { tokens, k } = ctx;
  const head = tokens[i];
  if (!head || head.skip || head.kind !== 'word') return null;
  const stem = head.stems.find((s) => NAMING_NOUNS.has(s.text));
  if (!stem) return null;
  const next = tokens[i + 1];
  if (!next || next.skip) return null;
  let last = -1;
  if ((next.gapBefore & ~Gap.Space) === 0) {
    const place = k.places.matchAt(tokens, i + 1, { clitics: false })[0];
    if (place) last = place.last;
  } else if ((next.gapBefore & ~(Gap.Space | Gap.Quote)) === 0 && (next.gapBefore & Gap.Quote) !== 0) {
    // A quoted name: up to four words, the first not a particle and without the article.
    if (next.kind !== 'word' || next.text.startsWith('ال') || STOP_WORDS.has(next.text)) return null;
    for (let j = i + 1; j <= i + MAX_QUOTED_NAME && j < tokens.length; j++) {
      if (j > i + 1 && (tokens[j]!.gapBefore & ~Gap.Space) !== 0) break;
      if ((gapAfterToken(ctx, j) & Gap.Quote) !== 0) {
        last = j;
        break;
      }
    }
  }
  if (last < 0) return null;
  const nameKey = tokens.slice(i + 1, last + 1).map((t) => t.text).join(' ');
  const id = `ar:${NAMING_NOUNS.get(stem.text)} ${nameKey}`;
  const span = withClosingQuote(ctx, tokenSpan(ctx, i, stem.prefix, last), i, last);
  return { id, info: null, nameEn: '', span, first: i, last };
}

/** The gap flags after token `j`, also after the last token of the text. */
function gapAfterToken(ctx: TextContext, j: number): number {
  const next = ctx.tokens[j + 1];
  if (next) return next.gapBefore;
  const rest = ctx.norm.text.slice(ctx.tokens[j]!.end, ctx.tokens[j]!.end + 8);
  return (rest.includes('"') ? Gap.Quote : 0) | Gap.Stop;
}

// Security Council resolutions ---------------------------------------------------------------------

const RESOLUTION_WORDS = new Set(['قرار', 'القرار', 'قرارا', 'القرارين', 'قراري', 'قرارات', 'القرارات']);
const COUNCIL = ['مجلس', 'الامن'];
const COUNCIL_QUALIFIERS = new Set(['الدولي', 'التابع', 'للامم', 'المتحده', 'الاممي']);
const NUMBER_WORDS = new Set(['رقم', 'الرقم', 'المرقم', 'ذي', 'ذو', 'رقمي', 'رقمه']);
const BARE_QUALIFIERS = new Set(['الدولي', 'الاممي']);
/** What makes a number a domestic decree, not a resolution («القرار رقم 45 لسنة 2020»). */
const DECREE_FOLLOWERS = new Set(['لسنه', 'سنه']);

const HIGHEST_RESOLUTION = 4000;

function resolutionsAt(ctx: TextContext, i: number): Found[] | null {
  const { tokens } = ctx;
  const head = tokens[i];
  if (!head || head.skip || head.kind !== 'word') return null;
  const stem = head.stems.find((s) => RESOLUTION_WORDS.has(s.text));
  if (!stem) return null;
  let j = i + 1;
  const plainNext = () => {
    const t = tokens[j];
    return t !== undefined && !t.skip && (t.gapBefore & ~(Gap.Space | Gap.Other)) === 0 ? t : undefined;
  };
  // «قرار مجلس الأمن (الدولي)», «القرار الأممي»
  let council = false;
  let qualified = false;
  if (plainNext()?.text === COUNCIL[0] && tokens[j + 1]?.text === COUNCIL[1]) {
    council = true;
    j += 2;
    while (plainNext() && COUNCIL_QUALIFIERS.has(tokens[j]!.text)) j++;
  } else if (plainNext() && BARE_QUALIFIERS.has(tokens[j]!.text)) {
    qualified = true;
    j++;
  }
  if (plainNext() && NUMBER_WORDS.has(tokens[j]!.text)) j++;
  const plural = stem.text !== 'قرار' && stem.text !== 'القرار' && stem.text !== 'قرارا';
  const numbers: number[] = [];
  while (true) {
    const t = plainNext();
    if (!t || t.kind !== 'number') break;
    numbers.push(j);
    // «القرارين 242 و338»: after a plural, a conjunction and another number continue the list.
    const and = tokens[j + 1];
    const next = tokens[j + 2];
    if (!plural || and?.text !== 'و' || next?.kind !== 'number' || (and.gapBefore & ~Gap.Space) !== 0) break;
    if ((next.gapBefore & ~Gap.Space) !== 0) break;
    j += 2;
  }
  if (numbers.length === 0) return null;
  const values = numbers.map((n) => Number(tokens[n]!.text));
  if (values.some((n) => !Number.isInteger(n) || n < 1 || n > HIGHEST_RESOLUTION)) return null;
  const after = tokens[numbers[numbers.length - 1]! + 1];
  if (after && after.stems.some((s) => DECREE_FOLLOWERS.has(s.text))) return null;
  // Without the Council named, only a qualified or three-digit-plus number is a resolution.
  if (!council && !qualified && values.some((n) => n < 100)) return null;
  return numbers.map((n, index) => {
    const value = Number(tokens[n]!.text);
    const id = `unsc-resolution-${value}`;
    const info = ctx.k.agreements.get(id) ?? null;
    const span = index === 0 ? tokenSpan(ctx, i, stem.prefix, n) : tokenSpan(ctx, n, 0, n);
    return { id, info, nameEn: info?.en ?? `UN Security Council Resolution ${value}`, span, first: index === 0 ? i : n, last: n };
  });
}

// Descriptions -------------------------------------------------------------------------------------

/** How many words after a treaty noun may describe it. */
const DESCRIPTION_WORDS = 9;
/** Share of an agreement name's content words the description must contain. */
const MIN_COVERAGE = 0.75;
/** Share of the description's content words that must belong to the agreement's names. */
const MIN_PRECISION = 0.65;
const MIN_SHARED = 3;

function describedAt(ctx: TextContext, i: number, covered: ReadonlySet<number>): Found | null {
  const { tokens, k } = ctx;
  const noun = isAgreementNoun(tokens[i]);
  if (!noun || k.agreementBags.length === 0) return null;
  // The description: words up to punctuation, a particle (except «من» of «الحد من»), or another treaty noun.
  const words: Token[] = [tokens[i]!];
  for (let j = i + 1; j < tokens.length && words.length <= DESCRIPTION_WORDS; j++) {
    const t = tokens[j]!;
    if (t.skip || covered.has(j) || (t.gapBefore & ~(NAME_GAPS)) !== 0) break;
    if (t.kind === 'latin' || isAgreementNoun(t)) break;
    if (STOP_WORDS.has(t.text) && t.text !== 'من') break;
    words.push(t);
  }
  if (words.length < 3) return null;
  const unique = new Set(contentWords([noun.text, ...words.slice(1).map((w) => w.text)]));
  let best: { info: AgreementInfo; shared: number; coverage: number } | null = null;
  for (const bag of k.agreementBags) {
    let shared = 0;
    for (const w of bag.words) if (unique.has(w)) shared++;
    const coverage = shared / bag.words.size;
    if (shared < MIN_SHARED || coverage < MIN_COVERAGE) continue;
    let anchored = true;
    for (const w of bag.anchors) if (!unique.has(w)) anchored = false;
    if (!anchored) continue;
    if (!best || coverage > best.coverage || (coverage === best.coverage && shared > best.shared))
      best = { info: bag.agreement, shared, coverage };
  }
  if (!best) return null;
  const vocabulary = k.agreementVocabulary.get(best.info.id) ?? new Set<string>();
  let inVocabulary = 0;
  for (const w of unique) if (vocabulary.has(w)) inVocabulary++;
  if (inVocabulary / unique.size < MIN_PRECISION) return null;
  // The mention ends at the last word that belongs to the agreement's names.
  let last = i;
  for (let n = words.length - 1; n > 0; n--) {
    if (contentWords([words[n]!.text]).some((w) => vocabulary.has(w))) {
      last = words[n]!.index;
      break;
    }
  }
  // «… المتوسطة والقصيرة المدى»: the range word closes the description.
  const after = tokens[last + 1];
  if (after && words.includes(after) && RANGE_WORDS.has(lightStem(after.text))) last++;
  const span = tokenSpan(ctx, i, noun.prefix, last);
  return { id: best.info.id, info: best.info, nameEn: best.info.en, span, first: i, last };
}

const RANGE_WORDS = new Set(['مدي']);
