/**
 * A truce the story names by what it is rather than by its name: «اتفاق الهدنة», «الهدنة الإنسانية التي استمرت
 * أسبوعا في نوفمبر الماضي», «اتفاق وقف إطلاق النار الذي جرى التوصل إليه في يناير الماضي» in a story of Gaza. Wire
 * copy names the place once («… الأوضاع في قطاع غزة») and the truce later without it; a reader knows which truce is
 * meant from the story's place and the time the clause gives, and so must Isnad.
 *
 * Input: the tokens, the agreements the agreements stage found. Output: the same agreements, with the truce entry
 * of the knowledge added (or given one more mention) for each such reference. A reference counts only when the
 * truce is one that was reached — a definite «اتفاق الهدنة», a truce whose clause says it was reached, lasted,
 * collapsed or held, or one the sentence keeps, breaks or returns to — never one still sought («للتوصل إلى
 * هدنة»). The place is the one the sentence names, else the only truce place the story names; two places and
 * none in the sentence: no guess. Of that place's truces, the one the clause's month gives, else the latest
 * before the article.
 */
import { tokenSpan, type TextContext } from './context.ts';
import { contentWordsOf, sentenceAround } from './agreements.ts';
import type { AgreementInfo, Knowledge } from '../knowledge/knowledge.ts';
import { findDates, isMonthWord, monthsWritten } from './dates.ts';
import { wordSet } from '../text/lexicon.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { Agreement, Span } from '../types.ts';

/** «اتفاق», «الاتفاق», «اتفاقا», «اتفاقية»: a document's head before what it settles. */
const DOCUMENT = wordSet('اتفاق الاتفاق اتفاقا اتفاقية الاتفاقية');
/** «هدنة», «الهدنة»: a truce by its own word. */
const TRUCE = wordSet('هدنة الهدنة');
const TRUCE_TOPIC = wordSet('هدنة الهدنة التهدئة تهدئة');
/** «وقف إطلاق النار», «لوقف إطلاق النار», «وقف النار», «وقف الحرب», «إنهاء الحرب», «وقف القتال». */
const STOPPING = wordSet('وقف لوقف إنهاء لإنهاء');
const FIRING = wordSet('إطلاق لإطلاق');
const FIGHTING = wordSet('النار الحرب القتال');
/** Adjectives that go on naming the truce: «الهدنة الإنسانية», «هدنة مؤقتة», «وقف إطلاق النار الهش». */
const QUALIFIERS = wordSet('الإنسانية إنسانية المؤقتة مؤقتة الهشة هشة الهش هشا الحالي الحالية الأولى الأول السابق السابقة');

/**
 * Words of a clause telling a truce that was reached: it lasted, held, collapsed, was concluded or is in force
 * («التي استمرت أسبوعا», «الذي جرى التوصل إليه», «القائم منذ يناير», «التي انهارت»).
 */
const REACHED = wordSet(
  'استمرت استمر امتدت امتد دامت دام صمدت صمد انهارت انهار سرت سرى بدأ بدأت دخل دخلت المبرم المبرمة أبرم أبرمت القائم القائمة الساري السارية الموقع الموقعة وقع وقعت توسطت توسط أرساه إرساؤه',
);
/** «التوصل إليه», «توصلا إليها»: reached, only with the verb of reaching before it («… تدفق المساعدات إليه» is not). */
const REACHED_IT = wordSet('إليه إليها');
const REACHING = wordSet('التوصل توصل توصلت توصلا توصلوا جرى تم');
/** Nouns of keeping, breaking or returning to a truce in force: «تثبيت الهدنة», «خرق اتفاق وقف إطلاق النار». */
const KEPT = wordSet(
  'تثبيت وتثبيت لتثبيت تنفيذ وتنفيذ لتنفيذ خرق خروقات انتهاك انتهاكات انهيار تمديد وتمديد استئناف صمود احترام الالتزام والالتزام بنود مراحل استكمال',
);
/** «العودة إلى اتفاق …», «العودة للهدنة»: returning to a truce that was in force. */
const RETURN = wordSet('العودة عودة والعودة');
/** Words of a deal still sought: «للتوصل إلى هدنة», «جهود التوصل إلى اتفاق لوقف إطلاق النار». */
const SOUGHT = wordSet(
  'التوصل للتوصل الوصول للوصول إبرام لإبرام جهود الجهود مساعي المساعي مفاوضات المفاوضات محادثات مقترح صفقة أجل بشأن حول نحو التباحث للتباحث بحث لبحث مناقشة لمناقشة',
);
/** How far after the truce's words a clause of its having been reached may stand. */
const CLAUSE_REACH = 8;
/** How far before them a word of effort or keeping may stand. */
const BEFORE_REACH = 3;
/**
 * A truce recalled with no month: the latest of its place, if it is no older than this — three years for «اتفاق
 * الهدنة», one for «هدنة استمرت أسبوعا» (any truce of the place; only a recent one is likely the entry).
 */
const RECALLED_YEARS = 3;
const RECALLED_YEARS_INDEFINITE = 1;
/** How far each way a sentence is read for the place a truce belongs to. */
const SENTENCE_RADIUS = 40;

interface Reference {
  first: number;
  prefix: number;
  last: number;
  /** «اتفاق الهدنة», «الهدنة»: told as one the reader knows. */
  definite: boolean;
  /** «اتفاق …» rather than the truce's own word. */
  document: boolean;
  /** «وقف إطلاق النار» alone: a truce only with a clause of its having been reached. */
  bare: boolean;
}

/** The stem of a token that is in `set`, with the characters its clitics take. */
function stemIn(token: Token | undefined, set: ReadonlySet<string>): { prefix: number; text: string } | null {
  if (!token || token.skip || token.kind !== 'word') return null;
  const stem = token.stems.find((s) => set.has(s.text));
  return stem ? { prefix: stem.prefix, text: stem.text } : null;
}

/** Tokens i, i+1 … joined by spaces only (no punctuation between). */
function joined(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && !t.skip && (t.gapBefore & ~Gap.Space) === 0;
}

/** The truce's words starting at j: «هدنة», «وقف إطلاق النار», «إنهاء الحرب»; their last token, or -1. */
function truceWordsAt(tokens: readonly Token[], j: number): number {
  if (stemIn(tokens[j], TRUCE_TOPIC)) return j;
  if (!stemIn(tokens[j], STOPPING)) return -1;
  if (joined(tokens, j + 1) && stemIn(tokens[j + 1], FIRING) && joined(tokens, j + 2) && tokens[j + 2]!.text === 'النار') return j + 2;
  if (joined(tokens, j + 1) && FIGHTING.has(tokens[j + 1]!.text)) return j + 1;
  return -1;
}

/**
 * By word: whether one of its readings may open a reference (a document, a truce, a stopping word).
 * Every token is asked, and almost none opens one: most asks end here, without three look-ups.
 */
const opensReference = new WordMemo<boolean>((token) => token.stems.some((s) => DOCUMENT.has(s.text) || TRUCE.has(s.text) || STOPPING.has(s.text)));

function referenceAt(tokens: readonly Token[], i: number): Reference | null {
  const token = tokens[i];
  if (token === undefined || !opensReference.get(token)) return null;
  const head = stemIn(token, DOCUMENT);
  if (head) {
    if (!joined(tokens, i + 1)) return null;
    const last = truceWordsAt(tokens, i + 1);
    if (last < 0) return null;
    // «اتفاق الهدنة», «اتفاق وقف إطلاق النار» (a construct is definite); «اتفاق هدنة», «اتفاق لوقف …» are not.
    const next = tokens[i + 1]!.text;
    const definite = head.text.startsWith('ال') || next.startsWith('ال') || (!next.startsWith('ل') && last > i + 1);
    return { first: i, prefix: head.prefix, last, definite, document: true, bare: false };
  }
  const truce = stemIn(tokens[i], TRUCE);
  if (truce) return { first: i, prefix: truce.prefix, last: i, definite: truce.text.startsWith('ال'), document: false, bare: false };
  const stopping = stemIn(tokens[i], STOPPING);
  if (stopping && !stopping.text.startsWith('ل')) {
    const last = truceWordsAt(tokens, i);
    if (last > i) return { first: i, prefix: stopping.prefix, last, definite: true, document: false, bare: true };
  }
  return null;
}

/** The qualifiers right after the reference («الإنسانية»): its last token with them. */
function withQualifiers(tokens: readonly Token[], last: number): number {
  let end = last;
  while (joined(tokens, end + 1) && QUALIFIERS.has(tokens[end + 1]!.text)) end++;
  return end;
}

/** The clause after the reference, to the next comma or stop: its tokens' range. */
function clauseAfter(tokens: readonly Token[], last: number): [number, number] {
  let end = last + 1;
  while (end < tokens.length && end <= last + CLAUSE_REACH && (tokens[end]!.gapBefore & (Gap.Stop | Gap.Comma | Gap.Newline)) === 0) end++;
  return [last + 1, end - 1];
}

function reachedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    if (stemIn(tokens[j], REACHED)) return true;
    if (stemIn(tokens[j], REACHED_IT) && stemIn(tokens[j - 1], REACHING)) return true;
  }
  return false;
}

/** The word a few tokens before the reference, in its clause, that is in `set`. */
function before(tokens: readonly Token[], first: number, set: ReadonlySet<string>): boolean {
  for (let j = first - 1; j >= 0 && j >= first - BEFORE_REACH; j--) {
    if (stemIn(tokens[j], set)) return true;
    if ((tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Comma | Gap.Newline)) !== 0) return false;
  }
  return false;
}

/** A truce entry of the knowledge: its place words (all of which the story must name) and its days. */
interface TruceEntry {
  info: AgreementInfo;
  place: readonly string[];
}

/** Words a truce's names may hold besides its place and parties. */
const TRUCE_NAME_WORDS = new Set(['#treaty', 'هدن', 'وقف', 'اطلاق', 'لاطلاق', 'لوقف', 'نار', 'قطاع', 'دائم', 'عام', 'لعام', 'تهدي', 'حرب', 'انهاء', 'اعمال', 'قتالي']);
/** Kinds of proposals and drafts: not truces reached (a plan also called an agreement is one: «اتفاق جنيف … خطة»). */
const PROPOSALS = new Set(['مبادر', 'مقترح', 'مشروع']);

const entriesMemo = new WeakMap<Knowledge, TruceEntry[]>();

/**
 * The truces the knowledge lists, by their names: those whose names are truce words, years, places and parties
 * only («اتفاق وقف إطلاق النار في قطاع غزة», «الهدنة الأممية في اليمن»), not plans or drafts for one.
 */
function truceEntries(k: Knowledge): TruceEntry[] {
  const known = entriesMemo.get(k);
  if (known) return known;
  const out = new Map<string, TruceEntry>();
  for (const bag of k.agreementBags) {
    const { agreement } = bag;
    // The look-ups of the truce words first: most of the bags (thousands, read once per knowledge at the first
    // analysis) name no truce, and are passed over before any list is made of their words or kinds.
    if (agreement.dates.length === 0 || bag.anchors.size === 0) continue;
    if (!(bag.words.has('هدن') || bag.words.has('نار') || bag.words.has('حرب') || bag.words.has('قتالي'))) continue;
    if ([...agreement.kinds].some((kind) => PROPOSALS.has(kind))) continue;
    const words = [...bag.words];
    if (agreement.kinds.has('خطه') && !agreement.kinds.has('#treaty')) continue;
    const place = (w: string) => k.agreementPlaceWords.has(w) || k.agreementPlaceWords.has(w.replace(/^و/, '')) || bag.anchors.has(w);
    if (!words.every((w) => TRUCE_NAME_WORDS.has(w) || /^\d{4}$/.test(w) || place(w))) continue;
    if (!out.has(agreement.id)) out.set(agreement.id, { info: agreement, place: [...bag.anchors] });
  }
  const entries = [...out.values()];
  entriesMemo.set(k, entries);
  return entries;
}

function yearsBefore(date: string, years: number): string {
  return `${+date.slice(0, 4) - years}${date.slice(4)}`;
}

/**
 * The one entry the reference stands for, or null. A truce the story has already named is the one a later
 * «الهدنة» means; else the one of the place its sentence names; else, when the reference is not given a place of
 * its own («الهدنة في السويداء»), the one of the only truce place the story names.
 */
function entryFor(ctx: TextContext, ref: Reference, last: number, months: readonly string[], story: ReadonlySet<string>, found: ReadonlySet<string>): AgreementInfo | null {
  const { tokens, k, date } = ctx;
  const inForce = truceEntries(k).filter((e) => e.info.dates.some((d) => d <= date));
  if (inForce.length === 0) return null;
  // «هدنة بين إسرائيل وحركة الجهاد»: a truce given its own parties is told by them, not by the story's place.
  if (tokens[last + 1]?.text === 'بين' && joined(tokens, last + 1)) return null;
  const [from, to] = sentenceAround(ctx, ref.first, SENTENCE_RADIUS);
  const sentence = contentWordsOf(ctx, from, to);
  const named = (e: TruceEntry, words: ReadonlySet<string>) => e.place.every((w) => words.has(w));
  const placed = (candidates: TruceEntry[]) => new Set(candidates.map((e) => [...e.place].sort().join(' '))).size;
  let candidates = inForce.filter((e) => found.has(e.info.id) && (named(e, sentence) || named(e, story)));
  if (candidates.length === 0 || placed(candidates) > 1) candidates = inForce.filter((e) => named(e, sentence));
  if (candidates.length === 0) {
    if (ownPlaceAfter(ctx, last)) return null;
    candidates = inForce.filter((e) => named(e, story));
  }
  // Two places' truces and nothing to choose between them: which one is meant is not written.
  if (placed(candidates) !== 1) return null;
  const recalled = yearsBefore(date, ref.definite ? RECALLED_YEARS : RECALLED_YEARS_INDEFINITE);
  const fits = (d: string) => d <= date && (months.length > 0 ? months.some((m) => d.startsWith(m)) : d >= recalled);
  let best: { info: AgreementInfo; day: string } | null = null;
  for (const e of candidates) {
    for (const d of e.info.dates) if (fits(d) && (!best || d > best.day)) best = { info: e.info, day: d };
  }
  return best?.info ?? null;
}

/** Words of time after «في»: «في أواخر نوفمبر», «في مطلع العام». */
const TIMES = wordSet('أواخر أوائل مطلع منتصف بداية نهاية العام الشهر الأسبوع');

/** «الهدنة في السويداء»: «في» and a word that is not a time («في يناير الماضي», «في 19 يناير») gives the truce a place. */
function ownPlaceAfter(ctx: TextContext, last: number): boolean {
  const { tokens } = ctx;
  if (tokens[last + 1]?.text !== 'في' || !joined(tokens, last + 1)) return false;
  const next = tokens[last + 2];
  return next !== undefined && next.kind === 'word' && !isMonthWord(next.text) && !TIMES.has(next.text);
}

/**
 * The months the clause after the reference gives («في يناير الماضي», «في التاسع من سبتمبر»), as «YYYY-MM»; a month
 * after the article's is last year's.
 */
function monthsOfClause(ctx: TextContext, from: number, to: number): string[] {
  const out = monthsWritten(ctx, from, to).map((m) => m.month);
  for (const d of findDates(ctx, from, to, ctx.date, true)) {
    if (!d.date) continue;
    const month = d.date.slice(0, 7);
    out.push(d.date > ctx.date ? `${+month.slice(0, 4) - 1}${month.slice(4)}` : month);
  }
  return out;
}

/** Whether the text tells this truce as one reached, not one sought. */
function reached(tokens: readonly Token[], ref: Reference, clauseFrom: number, clauseTo: number, months: readonly string[]): boolean {
  // «التوصل إلى اتفاق هدنة في يناير الماضي»: what the clause tells of it outweighs the words of reaching before it.
  if (reachedAfter(tokens, clauseFrom, clauseTo) || months.length > 0) return true;
  if (ref.bare) return false;
  if (before(tokens, ref.first, KEPT) || (before(tokens, ref.first, RETURN) && tokens[ref.first - 1]?.text === 'الي')) return true;
  if (before(tokens, ref.first, SOUGHT)) return false;
  return ref.document && ref.definite;
}

export function addTruceReferences(ctx: TextContext, agreements: Agreement[]): Agreement[] {
  const { tokens, date } = ctx;
  if (!date || truceEntries(ctx.k).length === 0) return agreements;
  const taken: Span[] = agreements.flatMap((a) => a.mentions);
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  let story: Set<string> | null = null;
  const out = agreements.map((a) => ({ ...a, mentions: [...a.mentions] }));
  for (let i = 0; i < tokens.length; i++) {
    const ref = referenceAt(tokens, i);
    if (!ref) continue;
    const last = withQualifiers(tokens, ref.last);
    const [clauseFrom, clauseTo] = clauseAfter(tokens, last);
    const months = monthsOfClause(ctx, clauseFrom, clauseTo);
    if (!reached(tokens, ref, clauseFrom, clauseTo, months)) {
      i = ref.last;
      continue;
    }
    const span = tokenSpan(ctx, ref.first, ref.prefix, last);
    if (overlaps(span)) {
      i = last;
      continue;
    }
    story ??= contentWordsOf(ctx);
    const info = entryFor(ctx, ref, last, months, story, new Set(out.map((a) => a.id)));
    if (info) {
      const existing = out.find((a) => a.id === info.id);
      if (existing) existing.mentions.push(span);
      else out.push({ id: info.id, name: span.text, nameEn: info.en, mentions: [span] });
      taken.push(span);
    }
    i = last;
  }
  return out;
}
