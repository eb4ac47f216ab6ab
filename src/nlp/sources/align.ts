/**
 * The same statement across reports. The claims of several articles (the reports of one
 * meeting) are put in groups, each group one statement as a reader would equate them: the
 * same proposition in other words (other verbs, synonyms, a list in another order, a quote
 * against its paraphrase, a number in digits or in words), never two claims that only share
 * a topic. No network, no model: words compared by their keys (light stem, skeleton, sense),
 * weighted by how rare they are among the claims compared.
 *
 * Each group gets what a journalist would say of it:
 * - corroborated: the same claim by the same speaker elsewhere (or by no named speaker there);
 * - also-said-by: another person said the same;
 * - attributed-differently: the same quoted words given to someone else;
 * - divergent: a real contradiction: other numbers for the same thing, one negates what the
 *   other asserts, or another assessment of the same thing (بنّاءة / عقيمة).
 * Claims of one article that overlap (one quote cut with and without its «مشيرا إلى …» tail)
 * are one claim: they go into a group together.
 */
import { isFunctionWord, numberValue, claimWords, lightStem, wordKeys, type NumberFact } from '../text/stem.ts';
import { normalizeKey } from '../text/normalize.ts';
import type { Claim } from '../types.ts';
import { senseKeys } from './synonyms.ts';

export type Relation = 'corroborated' | 'also-said-by' | 'attributed-differently' | 'divergent';
export type Divergence = 'numbers' | 'negation' | 'assessment';

export interface ClaimMatch {
  article: string;
  claim: Claim;
  relation: Relation;
  /** What contradicts, when the relation is divergent. */
  divergence: Divergence | null;
  /** How much of the shorter claim the other says (0..1). */
  similarity: number;
}

export interface ClaimComparison {
  claim: Claim;
  matches: ClaimMatch[];
  /** No other source reports it. */
  onlyHere: boolean;
}

export interface ClaimRef {
  article: string;
  /** The claim's position in its article's claims. */
  index: number;
}

export interface ClaimGroup {
  claims: ClaimRef[];
  verdict: Relation;
}

export interface ArticleClaims {
  article: string;
  claims: readonly Claim[];
}

/** Words that carry no proposition of their own in retold speech: intensifiers, «there is», fillers. */
const FILLERS = new Set(
  `جدا كثيرا للغايه الغايه حتما بالطبع طبعا تماما فعلا ثمه هناك وجود بلاده بلادها يعتقد اعتقاده اكد اكدت قال قالت اشار اضاف اوضح
   مؤكدا مشيرا مضيفا موضحا معتبرا سيكون ستكون يكونا تكونا كانا كانتا عاما العام اليوم امس الثلاثاء الاربعاء الخميس الجمعه السبت الاحد الاثنين ايضا كذلك شان صعيد اطار ضمن مختلف`
    .split(/\s+/)
    .filter(Boolean),
);

const NEGATIONS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'عدم']);
/** «غير مباشرة» is another word, not a denial: only these deny what the other report asserts. */
const DENIALS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'عدم']);

/**
 * Words of every diplomatic statement («أمن المنطقة واستقرارها», «العلاقات الثنائية», the
 * countries and capitals of the meeting): they count for little, so that two claims that share
 * only them share a topic, not a statement.
 */
const BOILERPLATE = keysOf(
  'منطقة استقرار أمن علاقات ثنائية بلدين دولتين تعاون جانبين طرفين دول دولة عربي دولي مجتمع شعوب شعب مملكة رئيس وزير حكومة قضية ' +
    'روسيا أمريكا الولايات المتحدة الصين تركيا مصر إيران سوريا السعودية أوكرانيا إسرائيل موسكو واشنطن بكين أنقرة القاهرة طهران دمشق الرياض كييف',
);

/** Assessments of a thing: a positive and a negative set (by their keys). */
const POSITIVE = keysOf('ايجابي بناء مثمر جيد مفيد ناجح ممتاز سهل مشجع ودي');
const NEGATIVE = keysOf('سلبي عقيم فاشل سيئ صعب متوتر مخيب هدام متعثر');

function keysOf(words: string): Set<string> {
  return new Set(words.split(/\s+/).flatMap((w) => wordKeys(w)));
}

interface Word {
  /** Stems, skeletons, senses and `#n` for a number. */
  keys: Set<string>;
  /** What the word counts as for its weight: its first sense, else its stem. */
  concept: string;
  negated: boolean;
  /** Negated by a denial (لا، لم، لن، ليس، عدم), not by «غير». */
  denied: boolean;
  /** Counts for little (BOILERPLATE). */
  common: boolean;
  /** +1 a positive assessment, -1 a negative one (after negation), 0 none. */
  polarity: number;
}

interface Unit {
  article: string;
  /** The claim (or overlapping claims) this unit is an item of: the items of one claim are never compared. */
  origin: number;
  indexes: number[];
  claims: Claim[];
  words: Word[];
  concepts: Set<string>;
  numbers: NumberFact[];
  quote: Set<string> | null;
  speakers: Set<string>;
}

function wordsOf(text: string): Word[] {
  const tokens = normalizeKey(typeof text === 'string' ? text.slice(0, 20_000) : '')
    .split(' ')
    .filter(Boolean);
  const words: Word[] = [];
  let negate = false;
  let deny = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // «…، وذلك في مؤتمر صحفي عقده مع نظيره في سوتشي»: where and when it was said is no part of what was said.
    if (words.length >= MIN_BEFORE_FRAME && isFrameAt(tokens, t)) break;
    if (NEGATIONS.has(token)) {
      negate = true;
      deny = DENIALS.has(token);
      continue;
    }
    const value = numberValue(token);
    if (value !== undefined) {
      words.push({ keys: new Set([`#${value}`]), concept: `#${value}`, negated: false, denied: false, common: false, polarity: 0 });
      continue;
    }
    if (isFunctionWord(token) || FILLERS.has(token) || FILLERS.has(lightStem(token))) continue;
    const keys = wordKeys(token);
    if (keys[0]!.length < 2) continue;
    const senses = senseKeys(keys);
    const sign = keys.some((k) => POSITIVE.has(k)) ? 1 : keys.some((k) => NEGATIVE.has(k)) ? -1 : 0;
    const polarity = negate ? -sign : sign;
    // «صعبة» and «ليست سهلة» say the same: an assessment is also known by its tone.
    const tone = polarity === 0 ? [] : [`tone:${polarity}`];
    const common = keys.some((k) => BOILERPLATE.has(k));
    words.push({ keys: new Set([...keys, ...senses, ...tone]), concept: senses[0] ?? keys[0]!, negated: negate, denied: deny, common, polarity });
    negate = false;
    deny = false;
  }
  return words;
}

/** Content words a claim says before a trailing frame may be cut off. */
const MIN_BEFORE_FRAME = 4;
const FRAME_OPENERS = new Set(['وذلك', 'جاء', 'جاءت']);
const FRAME_PREPOSITIONS = new Set(['في', 'خلال', 'عقب', 'لدى', 'اثناء']);
const FRAME_OCCASIONS = new Set(['مؤتمر', 'تصريح', 'تصريحات', 'كلمه', 'محادثات', 'محادثاتهما', 'لقاء', 'لقائه', 'لقائهما', 'اللقاء', 'الاتصال', 'اتصال', 'المؤتمر', 'ختام', 'مقابله', 'حديث', 'بيان', 'المحادثات', 'اجتماع', 'الاجتماع', 'اجتماعه', 'اجتماعهما']);

/** A trailing frame starts at t: «وذلك …», «في مؤتمر صحفي …», «خلال لقائهما …». */
function isFrameAt(tokens: readonly string[], t: number): boolean {
  const token = tokens[t]!;
  if (FRAME_OPENERS.has(token)) return true;
  return FRAME_PREPOSITIONS.has(token) && FRAME_OCCASIONS.has(tokens[t + 1] ?? '');
}

function speakersOf(claim: Claim): string[] {
  return [claim.speaker, ...(claim.speakers ?? []), claim.reportedBy].filter((s): s is string => typeof s === 'string' && s !== '');
}

/** Claims of one article that overlap and say the same words are one unit. */
function unitsOf(article: string, claims: readonly Claim[]): Unit[] {
  const texts = claims.map((c) => normalizeKey(c?.text ?? ''));
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      const overlap = a.start < b.end && b.start < a.end;
      const [short, long] = texts[i]!.length <= texts[j]!.length ? [texts[i]!, texts[j]!] : [texts[j]!, texts[i]!];
      if (overlap && short.length > 0 && long.includes(short)) parent[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, number[]>();
  claims.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return [...byRoot.values()].flatMap((indexes, origin) => {
    const members = indexes.map((i) => claims[i]!);
    const longest = members.reduce((x, y) => ((y.text?.length ?? 0) > (x.text?.length ?? 0) ? y : x));
    const quoted = members.map((c) => c.quote).filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    const parts = partsOf(longest.text);
    return parts.map(({ text, words }) => ({
      article,
      origin,
      indexes,
      claims: members,
      words,
      concepts: new Set(words.map((w) => w.concept)),
      numbers: claimWords(text).numbers.filter((n) => !(n.unit === '' && n.value >= 1900 && n.value <= 2100)),
      // A quotation is compared whole: a part of it is no quotation of the other's words.
      quote: quoted.length && parts.length === 1 ? claimWords(quoted.join(' ')).stems : null,
      speakers: new Set(members.flatMap(speakersOf)),
    }));
  });
}

/**
 * Where one statement of a list ends and the next begins: «…، ووضع حد لـ…»، «…، كما دعا…»، «…؛ …».
 * One outlet retells the list whole, another one item of it: each item is compared on its own.
 * A participle of speech opens an item in any of its forms: «مؤكداً» with its tanween, «مجددين» in
 * the dual or plural of a joint statement.
 */
const PART_BREAK =
  /[،,؛;]\s*(?=(?:و[^\s]{2,}|كما|فضلا|إضافة|إلى جانب|(?:مشير|مؤكد|مضيف|لافت|معرب|مشدد|مجدد|منوه|مثمن|مرحب|معتبر|موضح|محذر|مطالب)(?:ا|ين|ان)|داعي(?:ا|ين)|مبدي(?:ا|ين))[\u064B-\u0652]*\s)/u;
/** Content words an item must say to stand alone; a shorter one stays with the item before it. */
const MIN_PART_WORDS = 4;

function partsOf(text: string): { text: string; words: Word[] }[] {
  const pieces = text.split(PART_BREAK);
  if (pieces.length === 1) return [{ text, words: wordsOf(text) }];
  // An item's words are read once; a joined item is read again whole (negation and frames run across the join).
  const parts: { text: string; words: Word[] }[] = [];
  for (const piece of pieces) {
    const words = wordsOf(piece);
    const previous = parts[parts.length - 1];
    if (previous && words.length < MIN_PART_WORDS) {
      previous.text += `، ${piece}`;
      previous.words = wordsOf(previous.text);
    } else parts.push({ text: piece, words });
  }
  // The first item too short on its own joins the next.
  if (parts.length > 1 && parts[0]!.words.length < MIN_PART_WORDS) {
    const joined = `${parts[0]!.text}، ${parts[1]!.text}`;
    parts.splice(0, 2, { text: joined, words: wordsOf(joined) });
  }
  return parts;
}

type SpeakerRelation = 'same' | 'unknown' | 'different';

function speakerRelation(a: Unit, b: Unit): SpeakerRelation {
  if (a.speakers.size === 0 || b.speakers.size === 0) return 'unknown';
  for (const s of a.speakers) if (b.speakers.has(s)) return 'same';
  return 'different';
}

function matches(x: Word, other: readonly Word[]): Word | undefined {
  return other.find((y) => {
    for (const k of x.keys) if (y.keys.has(k)) return true;
    return false;
  });
}

interface Similarity {
  /** Weighted share of the shorter claim said by the other. */
  coverage: number;
  /** Weighted share of the longer claim said by the other: high when each says what the other says. */
  mutual: number;
  /** Distinct concepts the two share. */
  shared: number;
}

function similarity(a: Unit, b: Unit, weight: (concept: string) => number): Similarity {
  const side = (x: Unit, y: Unit) => {
    let total = 0;
    let found = 0;
    let shared = 0;
    const seen = new Set<string>();
    for (const w of x.words) {
      if (seen.has(w.concept)) continue;
      seen.add(w.concept);
      const wt = weight(w.concept) * (w.common ? 0.4 : 1);
      total += wt;
      if (matches(w, y.words)) {
        found += wt;
        shared += w.common ? 0.5 : 1;
      }
    }
    return { ratio: total === 0 ? 0 : found / total, shared };
  };
  const ab = side(a, b);
  const ba = side(b, a);
  return { coverage: Math.max(ab.ratio, ba.ratio), mutual: Math.min(ab.ratio, ba.ratio), shared: Math.min(ab.shared, ba.shared) };
}

function sameQuote(a: Unit, b: Unit): boolean {
  if (!a.quote || !b.quote) return false;
  const [small, large] = a.quote.size <= b.quote.size ? [a.quote, b.quote] : [b.quote, a.quote];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  // A quoted name («إعلان جدة»، "أوبك+") is not a quotation of what was said.
  return small.size >= 3 && shared / small.size >= 0.8;
}

/** [shared concepts, coverage] pairs, any of which is enough, by how the speakers compare. */
const THRESHOLDS: Record<SpeakerRelation, [number, number][]> = {
  same: [
    [2, 0.45],
    [3, 0.28],
    [7, 0.25],
  ],
  unknown: [
    [3, 0.5],
    [5, 0.3],
    [7, 0.25],
  ],
  // Another speaker saying the same is rarer than a shared topic: most of the shorter claim, in four rare words at least.
  different: [[4, 0.8]],
};

const MUTUAL_WEIGHT = 1;

/** Whether two claims state the same thing, and how strongly (0 when they do not). */
function sameStatement(a: Unit, b: Unit, weight: (concept: string) => number): number {
  if (sameQuote(a, b)) return 2;
  const { coverage, mutual, shared } = similarity(a, b, weight);
  const speakers = speakerRelation(a, b);
  // Few shared words must be most of the shorter claim; many rare shared words may be a part of
  // two long claims that each say more. Less is asked of the same speaker than of another.
  const tiers = THRESHOLDS[speakers];
  if (!tiers.some(([minShared, minCoverage]) => shared >= minShared && coverage >= minCoverage)) return 0;
  // Two claims that each say what the other says go together before a short claim found inside a
  // long one that says more: that one may hold a second statement another claim of the article matches.
  return coverage + MUTUAL_WEIGHT * mutual + (speakers === 'same' ? 0.1 : 0);
}

/** Numbers that count the same thing with different values. */
function numbersDiffer(a: readonly NumberFact[], b: readonly NumberFact[]): boolean {
  for (const x of a) for (const y of b) if (x.unit !== '' && x.unit === y.unit && x.value !== y.value) return true;
  const bareA = a.filter((x) => x.unit === '').map((x) => x.value);
  const bareB = b.filter((x) => x.unit === '').map((x) => x.value);
  return bareA.length > 0 && bareB.length > 0 && !bareA.some((v) => bareB.includes(v));
}

/** A word one claim negates and the other asserts. */
function negationDiffers(a: Unit, b: Unit): boolean {
  const check = (x: Unit, y: Unit) =>
    x.words.some((w) => {
      if (!w.denied || w.polarity !== 0) return false;
      const other = matches(w, y.words);
      return other !== undefined && !other.negated;
    });
  return check(a, b) || check(b, a);
}

/** One claim judges the thing well, the other badly (negation counted). */
function assessmentDiffers(a: Unit, b: Unit): boolean {
  const tone = (x: Unit) => {
    const signs = new Set(x.words.map((w) => w.polarity).filter((p) => p !== 0));
    return signs.size === 1 ? [...signs][0]! : 0;
  };
  const ta = tone(a);
  const tb = tone(b);
  return ta !== 0 && tb !== 0 && ta !== tb;
}

function relate(a: Unit, b: Unit): { relation: Relation; divergence: Divergence | null } {
  if (numbersDiffer(a.numbers, b.numbers)) return { relation: 'divergent', divergence: 'numbers' };
  if (negationDiffers(a, b)) return { relation: 'divergent', divergence: 'negation' };
  if (assessmentDiffers(a, b)) return { relation: 'divergent', divergence: 'assessment' };
  if (speakerRelation(a, b) !== 'different') return { relation: 'corroborated', divergence: null };
  return { relation: sameQuote(a, b) ? 'attributed-differently' : 'also-said-by', divergence: null };
}

/** The verdict that matters most to a reader first: a contradiction, then a disputed attribution. */
const PRIORITY: Relation[] = ['divergent', 'attributed-differently', 'corroborated', 'also-said-by'];

export function strongest(relations: Iterable<Relation>): Relation | null {
  const present = new Set(relations);
  return PRIORITY.find((r) => present.has(r)) ?? null;
}

interface Aligned {
  units: Unit[];
  /** Groups of units; two units of one article only when they state the same thing themselves. */
  groups: Unit[][];
}

function align(articles: readonly ArticleClaims[]): Aligned {
  const units = (articles ?? []).flatMap((a) => unitsOf(a.article, (a.claims ?? []).filter((c) => c && typeof c.text === 'string')));
  const df = new Map<string, number>();
  for (const u of units) for (const c of u.concepts) df.set(c, (df.get(c) ?? 0) + 1);
  const n = units.length;
  const weight = (concept: string) => Math.log(1 + (n + 1) / (df.get(concept) ?? 1));
  const pairs: { i: number; j: number; score: number }[] = [];
  const scores = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      // One article may tell a statement twice (a paraphrase, then the quote): the same speaker's.
      if (a.article === b.article && (speakerRelation(a, b) !== 'same' || a.origin === b.origin)) continue;
      const score = sameStatement(a, b, weight);
      if (score <= 0) continue;
      scores.set(`${i}|${j}`, score);
      if (a.article !== b.article) pairs.push({ i, j, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const group = units.map((_, i) => i);
  const members = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  const told = (i: number, j: number) => scores.has(i < j ? `${i}|${j}` : `${j}|${i}`);
  for (const { i, j } of pairs) {
    const ri = root(i);
    const rj = root(j);
    if (ri === rj) continue;
    const a = members.get(ri)!;
    const b = members.get(rj)!;
    // Two claims of one article join only when they tell the same statement themselves.
    if (a.some((x) => b.some((y) => units[x]!.article === units[y]!.article && !told(x, y)))) continue;
    group[rj] = ri;
    members.set(ri, [...a, ...b]);
    members.delete(rj);
  }
  const groups = [...members.values()].filter((m) => m.length > 1).map((m) => m.map((k) => units[k]!));
  return { units, groups };
}

/**
 * The claims of several articles in groups that state the same thing (each group two articles
 * or more, one claim of each, or the overlapping claims of one quote), with the group's verdict.
 */
export function alignClaims(articles: readonly ArticleClaims[]): ClaimGroup[] {
  return align(articles).groups.map((units) => {
    const relations: Relation[] = [];
    for (let i = 0; i < units.length; i++)
      for (let j = i + 1; j < units.length; j++) if (units[i]!.article !== units[j]!.article) relations.push(relate(units[i]!, units[j]!).relation);
    const claims = [...new Map(units.flatMap((u) => u.indexes.map((index) => [`${u.article}\u0000${index}`, { article: u.article, index }] as const))).values()];
    claims.sort((x, y) => x.article.localeCompare(y.article) || x.index - y.index);
    return { claims, verdict: strongest(relations) ?? 'corroborated' };
  });
}

const CURRENT = '\u0000current';

/** Each claim of the current article, with the claims of the other articles that state the same thing. */
export function compareClaims(current: readonly Claim[], others: readonly ArticleClaims[]): ClaimComparison[] {
  const mine = current ?? [];
  const { units, groups } = align([{ article: CURRENT, claims: mine }, ...(others ?? []).filter((o) => o.article !== CURRENT)]);
  const groupOf = new Map<Unit, Unit[]>();
  for (const g of groups) for (const u of g) groupOf.set(u, g);
  // A claim that lists several statements is compared item by item: its matches are those of every item.
  const unitsOfClaim = new Map<number, Unit[]>();
  for (const u of units) if (u.article === CURRENT) for (const i of u.indexes) unitsOfClaim.set(i, [...(unitsOfClaim.get(i) ?? []), u]);
  return mine.map((claim, index) => {
    const matches: ClaimMatch[] = [];
    const seen = new Set<string>();
    const weightless = () => 1;
    for (const unit of unitsOfClaim.get(index) ?? []) {
      for (const other of groupOf.get(unit) ?? []) {
        if (other.article === CURRENT) continue;
        const key = `${other.article}\u0000${other.origin}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { relation, divergence } = relate(unit, other);
        const { coverage } = similarity(unit, other, weightless);
        // The longest claim of the other unit stands for it.
        const shown = other.claims.reduce((x, y) => (y.text.length > x.text.length ? y : x));
        matches.push({ article: other.article, claim: shown, relation, divergence, similarity: coverage });
      }
    }
    matches.sort((x, y) => y.similarity - x.similarity || x.article.localeCompare(y.article) || x.claim.start - y.claim.start);
    return { claim, matches, onlyHere: matches.length === 0 };
  });
}

