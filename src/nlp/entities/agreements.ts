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
 * - By context, for entries with a date, parties or a place: a name several entries share
 *   goes to the one that fits the article (its parties named in it, not dated after it);
 *   a declaration named by its city (إعلان جدة) to the latest of that city not after the
 *   article; a kind word with a topic (اتفاقية التعاون الأمني الموقعة بين البلدين عام 2001,
 *   اتفاقية «الشراكة الاستراتيجية الشاملة» بين البلدين) to the entry whose names hold the
 *   topic and whose parties the description or the article names; a bare kind word
 *   (البيان الثلاثي المشترك، الاتفاق) to the one agreement the article's parties reached
 *   where it says, a few days before it.
 * - A plan, an initiative or a proposal named after its author (خطة ترامب، اقتراح الرئيس الأمريكي جو بايدن):
 *   the author's entry of that kind, of the story's place and topic.
 * Other generic phrases (اتفاقا بين بلديهما، بيان مشترك، الاتفاقات الدولية) name nothing here;
 * the joint statement of the meeting an article reports is its own stage (statements/meetingStatements.ts).
 */
import { tokenSpan, type TextContext } from './context.ts';
import { normalizeKey } from '../text/normalize.ts';
import { contentWordOf, contentWords, lightStem, type AgreementBag, type AgreementInfo, type Knowledge } from '../knowledge/knowledge.ts';
import { AGREEMENT_NOUNS, FUTURE_VERB, PROCESS_NOUNS, QUOTED_ASSESSMENTS, STOP_WORDS } from '../text/lexicon.ts';
import { daysBetween, findDates, inThePast, monthsWritten } from './dates.ts';
import { countryOnDate } from '../knowledge/terms.ts';
import { defaultPlaces } from './places.ts';
import { StartIndex } from '../text/startIndex.ts';
import { WordMemo } from '../text/wordMemo.ts';
import { Gap, type Stem, type Token } from '../text/tokens.ts';
import type { Agreement, Official, Span } from '../types.ts';
import { lowerBound } from '../text/lowerBound.ts';

interface Found {
  id: string;
  info: AgreementInfo | null;
  nameEn: string;
  span: Span;
  first: number;
  last: number;
}

export function recognizeAgreements(ctx: TextContext, officials: readonly Official[] = []): Agreement[] {
  const scene = new Scene(ctx, officials);
  const found: Found[] = [];
  // «قصر بيان» (Kuwait's Bayan Palace): a venue whose name holds a kind word is no agreement.
  const covered = venuesWithKindWords(ctx);
  const claim = (f: Found) => {
    for (let t = f.first; t <= f.last; t++) if (covered.has(t)) return;
    for (let t = f.first; t <= f.last; t++) covered.add(t);
    found.push(f);
  };
  const { tokens } = ctx;
  // Numbered and named ones first: they are the surest, and descriptions must not overlap them.
  for (let i = 0; i < tokens.length; i++) {
    const named = namedAt(ctx, i, scene) ?? cityNamedAt(ctx, i, scene) ?? quotedAt(ctx, i, covered, scene);
    const here = resolutionsAt(ctx, i) ?? (named ? [named] : []);
    for (const f of here) {
      claim(f);
      i = Math.max(i, f.last);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const pair = dualAt(ctx, i, covered, scene);
    if (pair) {
      // One span, two documents: both claimed before the span is covered.
      for (const f of pair) found.push(f);
      for (let t = pair[0]!.first; t <= pair[0]!.last; t++) covered.add(t);
      i = pair[0]!.last;
      continue;
    }
    const f =
      describedAt(ctx, i, covered, scene) ??
      proposedAt(ctx, i, covered, scene) ??
      describedInContextAt(ctx, i, covered, scene) ??
      describedByClauseAt(ctx, i, covered, scene) ??
      datedKindAt(ctx, i, covered, scene) ??
      ordinalAt(ctx, i, covered, scene);
    if (f) {
      claim(f);
      i = f.last;
    }
  }
  return merge(found);
}

/** Duals of the kind words of treaties and memoranda, normalised and without the article («مذكرتي», «الاتفاقيتين»). */
const DUAL_KINDS = new Set(
  ['مذكرتا', 'مذكرتي', 'مذكرتين', 'اتفاقيتا', 'اتفاقيتي', 'اتفاقيتين', 'اتفاقين', 'معاهدتا', 'معاهدتي', 'معاهدتين'].map(normalizeKey),
);
const UNDERSTANDING = normalizeKey('التفاهم');
/** How far after the dual the countries of its parties may be named («مذكرتي التفاهم الموقعتين بين حكومة فايز السراج وتركيا»). */
const DUAL_PARTIES_WORDS = 10;

/**
 * «مذكرتي أردوغان والسراج», «المذكرتين الموقعتين بين أنقرة وحكومة الوفاق»: two documents named together by their
 * parties (countries, capitals, the people who signed them; at least one named right after the dual). The two entries
 * of treaties and memoranda between the article's countries, those named among their parties, signed on one day, the
 * latest such day before the article; anything else (one entry, three): none.
 */
function dualAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): [Found, Found] | null {
  const { tokens, k } = ctx;
  const token = tokens[i];
  if (!token || token.kind !== 'word') return null;
  const stem = readingsOf(token).dual;
  if (!stem) return null;
  const countries = new Set<string>();
  for (let j = i + 1; j < tokens.length && j <= i + DUAL_PARTIES_WORDS; j++) {
    const t = tokens[j]!;
    if (covered.has(j) || (t.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || t.kind !== 'word' || kindAt(t)) break;
    const official = scene.officialAt(j);
    if (official) {
      const code = countryOfPerson(ctx, official.id);
      if (code) countries.add(code);
      j = official.last;
      continue;
    }
    const country = k.countryNames.matchAt(tokens, j)[0] ?? k.countryAdjectives.matchAt(tokens, j)[0];
    if (country) {
      for (const code of country.values) countries.add(code);
      j = country.last;
    }
  }
  // (One party may be named by a word no file lists, «وحكومة الوفاق»: the other parties are then the article's.)
  if (countries.size === 0) return null;
  const limit = ctx.date ? addDays(ctx.date, 1) : '';
  const fitting = contextualOfFamily(ctx, scene, 'treaty').filter((info) => info.date && (!limit || info.date <= limit) && [...countries].every((c) => info.parties.includes(c)));
  // The latest day any of them was signed: two there, or none (not an older pair of the same parties).
  const day = fitting.map((info) => info.date).sort().at(-1);
  const those = fitting.filter((info) => info.date === day);
  if (those.length !== 2) return null;
  // The mention is the dual (and «التفاهم»): the parties after it are people and places of their own.
  const end = tokens[i + 1]?.text === UNDERSTANDING && (tokens[i + 1]!.gapBefore & ~Gap.Space) === 0 ? i + 1 : i;
  const span = tokenSpan(ctx, i, stem.prefix, end);
  return those.map((info) => ({ id: info.id, info, nameEn: info.en, span, first: i, last: end })) as [Found, Found];
}

/** The tokens of venues the article names whose names hold a kind word («قصر بيان»). */
function venuesWithKindWords(ctx: TextContext): Set<number> {
  const covered = new Set<number>();
  const { tokens } = ctx;
  const places = defaultPlaces();
  // Only where a kind word stands: a venue that holds it starts at most a few words before (cheap: kind words are rare).
  for (let k = 0; k < tokens.length; k++) {
    if (!kindAt(tokens[k], tokens[k + 1])) continue;
    for (let i = Math.max(0, k - VENUE_WORDS); i <= k; i++) {
      const venue = places.matchAt(tokens, i)[0];
      if (venue && venue.last >= k) for (let j = i; j <= venue.last; j++) covered.add(j);
    }
  }
  return covered;
}

/** How many words before a kind word a venue's name may start («قصر بيان»). */
const VENUE_WORDS = 3;

/** «اتفاق "X"»: the listed agreement of the article's parties whose names hold X, else one no file lists (`ar:`). */
function quotedAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const quoted = unlistedAt(ctx, i);
  return quoted ? (describedInContextAt(ctx, i, covered, scene) ?? quoted) : null;
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

/** A treaty or process noun at `token`; `next` lets «خريطة طريق» read as one («خريطة» alone is a map). */
function isAgreementNoun(token: Token | undefined, next?: Token): { prefix: number; text: string } | null {
  if (!token || token.skip || token.kind !== 'word') return null;
  const readings = readingsOf(token);
  return readings.noun ?? (readings.roadmap && isRoad(next) ? readings.roadmap : null);
}

/** «طريق» after «خريطة»/«خارطة»: a roadmap, not a map. */
const ROAD = new Set(['طريق', 'الطريق']);

function isRoad(token: Token | undefined): boolean {
  return token !== undefined && !token.skip && (token.gapBefore & ~Gap.Space) === 0 && ROAD.has(token.text);
}

/** What a word is to this stage, read once per word: every token is asked several times over. */
interface WordReadings {
  /** The reading as a treaty or process noun (اتفاقية، وللمعاهدة), or null. */
  noun: { prefix: number; text: string } | null;
  /** The reading as a kind word (the nouns, and a truce and a vision), with its family, or null. */
  kind: { prefix: number; text: string; family: string } | null;
  /** The reading as a treaty noun that takes a proper name (اتفاق، معاهدة), or null. */
  naming: Stem | null;
  /** The reading as «خريطة»/«خارطة», the head of «خريطة طريق» (a kind only before «طريق»), or null. */
  roadmap: { prefix: number; text: string } | null;
  /** The reading as «قرار» and its forms, or null. */
  resolution: Stem | null;
  /** The reading as the dual of a treaty or memorandum noun («مذكرتي», «الاتفاقيتين»), or null. */
  dual: Stem | null;
  /** The reading as a proposal noun («مقترح», «الاقتراح»), or null. */
  proposal: Stem | null;
}

/**
 * Readings by word: a word's clitic readings depend on its text only. The stage asks about a
 * token several times (as a name, a city's name, a resolution, a description, in two walks of
 * the text), so most asks end here.
 */
const readings = new WordMemo<WordReadings>((token) => makeReadings(token.stems));

function readingsOf(token: Token): WordReadings {
  return readings.get(token);
}

function makeReadings(stems: readonly Stem[]): WordReadings {
  const nounStem = stems.find((s) => AGREEMENT_NOUNS.has(s.text) || AGREEMENT_NOUNS.has(withoutArticle(s.text)));
  const noun = nounStem ? { prefix: nounStem.prefix, text: nounStem.text } : null;
  const extra = noun ? undefined : stems.find((st) => EXTRA_KINDS.has(withoutArticle(st.text)));
  const roadmapStem = stems.find((s) => ROADMAP_HEADS.has(withoutArticle(s.text)));
  const kind = noun
    ? { ...noun, family: family(contentWords([noun.text])[0]) }
    : extra
      ? { prefix: extra.prefix, text: extra.text, family: family(contentWords([extra.text])[0]) }
      : null;
  return {
    noun,
    kind,
    naming: stems.find((s) => NAMING_NOUNS.has(s.text)) ?? null,
    roadmap: roadmapStem ? { prefix: roadmapStem.prefix, text: roadmapStem.text } : null,
    resolution: stems.find((s) => RESOLUTION_WORDS.has(s.text)) ?? null,
    dual: stems.find((st) => DUAL_KINDS.has(withoutArticle(st.text))) ?? null,
    proposal: stems.find((st) => PROPOSAL_NOUNS.has(withoutArticle(st.text))) ?? null,
  };
}

/**
 * Documents in the plural (normalised, without the article): «ثماني اتفاقيات», «الاتفاقيات التي جرى توقيعها» are
 * several documents, not one agreement. («التفاهمات التي توصل إليها الوفدان» may be one entry's name: not here.)
 */
const PLURAL_KINDS = new Set(['اتفاقيات', 'اتفاقات', 'مذكرات', 'وثائق', 'معاهدات'].map(normalizeKey));

/** «خريطة» and «خارطة» as normalised. */
const ROADMAP_HEADS = new Set(['خريطه', 'خارطه']);

function withoutArticle(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

/** What may separate the words of an agreement's name: spaces, quotes, a dash («ستارت-3»). */
const NAME_GAPS = Gap.Space | Gap.Quote | Gap.Dash;

// Names from the knowledge files -------------------------------------------------------------------

function namedAt(ctx: TextContext, i: number, scene: Scene): Found | null {
  const { tokens, k } = ctx;
  const options = { allowedGaps: NAME_GAPS };
  const here = k.agreementNames.matchAt(tokens, i, options)[0];
  // After a treaty noun, a name starting at the next word may reach further
  // («معاهدة «ستارت 3»» holds both «معاهدة ستارت» and «ستارت 3»): the longer reading wins.
  const noun = isAgreementNoun(tokens[i], tokens[i + 1]);
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
  // A long name written out in full («مذكرة التفاهم بشأن مبادئ الممر الاقتصادي بين الهند والشرق الأوسط
  // وأوروبا») is that entry even when the article does not name every one of its many parties.
  const fitting = match.values.filter((v) => fits(v, ctx, scene));
  const spelledOut = fitting.length === 0 && match.values.length === 1 && match.last - match.first + 1 >= FULL_NAME_WORDS && notAfter(match.values[0]!, ctx);
  const info = pickByDate(spelledOut ? match.values : mostSeated(fitting, scene), ctx.date);
  if (!info) return null;
  // «البيان الختامي للقمة» in a story of 2023 is not the final statement of a summit of 2021 that the file
  // lists under that name: a name that says only what kind of document of what occasion names an entry of the article's days.
  if (info.date && ctx.date && occasionOnly(tokens, first, last) && (info.date < addDays(ctx.date, -OCCASION_DAYS) || info.date > addDays(ctx.date, 1))) return null;
  // «المساعي المكثفة من أجل الهدنة في غزة» in February 2024: a truce sought by name is not one of months before.
  const kind = kindAt(tokens[first], tokens[first + 1]);
  if (kind && soughtAt(ctx, first, kind) && !aroundArticle(ctx, info)) return null;
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

/**
 * Of entries one name fits («اتفاقية الإطار الاستراتيجي»: the US–Iraqi one and the Iraqi–Turkish one), those more of
 * whose parties have an official in the story: a story of Blinken and al-Sudani that names Turkey once means the first.
 */
function mostSeated(infos: readonly AgreementInfo[], scene: Scene): readonly AgreementInfo[] {
  if (infos.length <= 1 || infos.some((info) => seatsOf(info, scene) < 0)) return infos;
  const most = Math.max(...infos.map((info) => seatsOf(info, scene)));
  return infos.filter((info) => seatsOf(info, scene) === most);
}

/**
 * How many of a document's parties have an official in the story; -1 for one of fewer than two parties (a plan, a
 * UN-brokered deal), which has no seats to count.
 */
function seatsOf(info: AgreementInfo, scene: Scene): number {
  return info.parties.length >= 2 ? info.parties.filter((c) => scene.officialCountries.has(c)).length : -1;
}

/** Days before the article within which the document of an occasion named only by its kind can be that one. */
const OCCASION_DAYS = 60;
/** Nouns of the occasions a document is issued at. */
const OCCASIONS: ReadonlySet<string> = new Set(contentWords('قمة القمة اجتماع الاجتماع مؤتمر المؤتمر لقاء اللقاء زيارة الزيارة'.split(' ').map(normalizeKey)));

/** Whether the name in tokens [first, last] holds no word but its kind, generic words and an occasion («البيان الختامي للقمة»). */
function occasionOnly(tokens: readonly Token[], first: number, last: number): boolean {
  const words = contentWords(tokens.slice(first, last + 1).map((t) => t.text));
  return words.length > 1 && words.slice(1).every((w) => GENERIC.has(w) || OCCASIONS.has(w) || family(w) !== w);
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
  const stem = readingsOf(head).naming;
  if (!stem) return null;
  const next = tokens[i + 1];
  if (!next || next.skip) return null;
  let last = -1;
  if ((next.gapBefore & ~Gap.Space) === 0) {
    const place = k.places.matchAt(tokens, i + 1, { clitics: false })[0];
    if (place) last = place.last;
  } else if ((next.gapBefore & ~(Gap.Space | Gap.Quote)) === 0 && (next.gapBefore & Gap.Quote) !== 0) {
    // A quoted name: up to four words, the first not a particle and without the article.
    if (next.kind !== 'word' || next.text.startsWith('ال') || STOP_WORDS.has(next.text) || QUOTED_ASSESSMENTS.has(next.text)) return null;
    for (let j = i + 1; j <= i + MAX_QUOTED_NAME && j < tokens.length; j++) {
      if (j > i + 1 && (tokens[j]!.gapBefore & ~Gap.Space) !== 0) break;
      if ((gapAfterToken(ctx, j) & Gap.Quote) !== 0) {
        last = j;
        break;
      }
    }
    // «اتفاق "قصيرة للغاية"», «اتفاق "صعب جدا"»: an intensifier closes a judgement, not a name.
    if (last > i && INTENSIFIERS.has(tokens[last]!.text)) return null;
  }
  if (last < 0) return null;
  const nameKey = tokens.slice(i + 1, last + 1).map((t) => t.text).join(' ');
  const id = `ar:${NAMING_NOUNS.get(stem.text)} ${nameKey}`;
  const span = withClosingQuote(ctx, tokenSpan(ctx, i, stem.prefix, last), i, last);
  return { id, info: null, nameEn: '', span, first: i, last };
}

/** Words that close a quoted judgement: «جدا», «للغاية». */
const INTENSIFIERS: ReadonlySet<string> = new Set(['جدا', 'للغايه', 'تماما', 'نسبيا'].map(normalizeKey));

/** The gap flags after token `j`, also after the last token of the text. */
function gapAfterToken(ctx: TextContext, j: number): number {
  const next = ctx.tokens[j + 1];
  if (next) return next.gapBefore;
  const rest = ctx.norm.text.slice(ctx.tokens[j]!.end, ctx.tokens[j]!.end + 8);
  return (rest.includes('"') ? Gap.Quote : 0) | Gap.Stop;
}

// Security Council resolutions ---------------------------------------------------------------------

const RESOLUTION_WORDS = new Set(['قرار', 'القرار', 'قرارا', 'القرارين', 'قراري', 'قرارات', 'القرارات', 'قراره']);
const COUNCIL = ['مجلس', 'الامن'];
const COUNCIL_QUALIFIERS = new Set(['الدولي', 'التابع', 'للامم', 'المتحده', 'الاممي']);
/** «رقم», and «عدد» as Tunisian and Moroccan copy write it («القرار عدد 2797»). */
const NUMBER_WORDS = new Set(['رقم', 'الرقم', 'المرقم', 'ذي', 'ذو', 'رقمي', 'رقمه', 'عدد']);
const BARE_QUALIFIERS = new Set(['الدولي', 'الاممي']);
/** What makes a number a domestic decree, not a resolution («القرار رقم 45 لسنة 2020»). */
const DECREE_FOLLOWERS = new Set(['لسنه', 'سنه']);

const HIGHEST_RESOLUTION = 4000;

function resolutionsAt(ctx: TextContext, i: number): Found[] | null {
  const { tokens } = ctx;
  const head = tokens[i];
  if (!head || head.skip || head.kind !== 'word') return null;
  const stem = readingsOf(head).resolution;
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
    // «القرار 194», «القرار الأممي 181»: with no Council named, a number the knowledge lists as the General
    // Assembly's resolution is that one (the Assembly's famous ones are written by their bare number as much).
    const assembly = council ? undefined : ctx.k.agreements.get(`unga-resolution-${value}`);
    const id = assembly ? assembly.id : `unsc-resolution-${value}`;
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
/**
 * Words every kind of agreement is named with: a description that shares only these with a name
 * («خطة عمل مشتركة» with «خطة العمل الشاملة المشتركة») has not named that agreement.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  contentWords(normalizeKey('خطة عمل مشتركة مشترك اتفاق اتفاقية معاهدة إعلان بيان مذكرة تفاهم تعاون شراكة استراتيجية استراتيجي ثنائية ثنائي وثيقة برنامج').split(' ')),
);

/**
 * Nouns of the stop list that are a document's topic, not the end of its description
 * («اتفاق استئناف العلاقات», «مذكرة تعزيز التعاون»).
 */
const TOPIC_NOUNS: ReadonlySet<string> = new Set('العلاقات الأوضاع الأزمة تعزيز تطوير توسيع'.split(' ').map(normalizeKey));

function describedAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const { tokens, k } = ctx;
  const noun = isAgreementNoun(tokens[i], tokens[i + 1]);
  if (!noun || k.agreementBags.length === 0) return null;
  // The description: words up to punctuation, a particle (except «من» of «الحد من»), or another treaty noun.
  const words: Token[] = [tokens[i]!];
  // A document's parties («بين الجزائر وروسيا») belong to a treaty's or a declaration's description, not to a path's («مسار الشراكة بين …»).
  const family = kindAt(tokens[i], tokens[i + 1])?.family;
  const ofParties = family === 'treaty' || family === 'declaration';
  for (let j = i + 1; j < tokens.length && words.length <= DESCRIPTION_WORDS; j++) {
    const t = tokens[j]!;
    if (t.skip || covered.has(j) || (t.gapBefore & ~(NAME_GAPS)) !== 0) break;
    if (t.kind === 'latin' || isAgreementNoun(t, tokens[j + 1])) break;
    // «اتفاق استئناف العلاقات بين الرياض وطهران»: «بين» goes on when parties follow it.
    if (STOP_WORDS.has(t.text) && t.text !== 'من' && !TOPIC_NOUNS.has(t.text) && !(t.text === 'بين' && ofParties && startsCountry(ctx, j + 1))) break;
    words.push(t);
  }
  if (words.length < 3) return null;
  // «للتوصل إلى اتفاق لوقف إطلاق النار»: a document sought is only an entry of the article's days.
  const kind = kindAt(tokens[i], tokens[i + 1]);
  const sought = kind !== null && soughtAt(ctx, i, kind);
  const unique = new Set(contentWords([noun.text, ...words.slice(1).map((w) => w.text)]).map((w) => withoutLam(k, w)));
  // «بين الرياض وطهران» for «بين السعودية وإيران»: a country the description names by its seat or adjective
  // meets the name's word for that country. (Not the other way: «إعلان الرياض» is the city's, not any Saudi one.)
  const countries = describedCountries(ctx, i, words[words.length - 1]!.index);
  const codes = new Set(countries.values());
  const meets = (w: string) => unique.has(w) || (codes.size > 0 && codes.has(bagCountry(k, noAnd(w)) ?? ''));
  let best: { info: AgreementInfo; shared: number; coverage: number; seated: number } | null = null;
  const sharedByBag = wordsSharedByBag(k, unique, codes.size > 0 ? codes : null);
  const sizes = bagSizes(k);
  for (const [index, exact] of sharedByBag) {
    // (With no country named, a bag shares what the index counted: its size alone rules most out, without reading it.)
    if (countries.size === 0 && (exact < MIN_SHARED || exact / sizes[index]! < MIN_COVERAGE)) continue;
    const bag = k.agreementBags[index]!;
    let shared = exact;
    if (countries.size > 0) for (const w of bag.words) if (!unique.has(w) && meets(w)) shared++;
    const coverage = shared / bag.words.size;
    if (shared < MIN_SHARED || coverage < MIN_COVERAGE) continue;
    if (sought && !aroundArticle(ctx, bag.agreement)) continue;
    let anchored = true;
    for (const w of bag.anchors) if (!meets(w)) anchored = false;
    if (!anchored) continue;
    // The name's own words (not its kind's) must be there, one of them at least.
    let distinctive = 0;
    let sharedDistinctive = 0;
    // (Its parties are not its own words when it has others: «الاتفاق بين السعودية وإيران» is not «الاتفاقية الأمنية
    // بين السعودية وإيران».)
    const topical = [...bag.words].some((w) => !GENERIC_WORDS.has(w) && bagCountry(k, noAnd(w)) === null);
    for (const w of bag.words) {
      if (GENERIC_WORDS.has(w) || (topical && bagCountry(k, noAnd(w)) !== null)) continue;
      distinctive++;
      if (meets(w)) sharedDistinctive++;
    }
    if (distinctive > 0 && sharedDistinctive === 0) continue;
    // «بيان سعودي تركي مشترك», «البيان الختامي للقمة»: a statement named only by its parties or its occasion is the
    // one of the days the article reports, not one of theirs years before.
    if (
      ctx.date &&
      bag.agreement.date &&
      [...bag.words].every((w) => GENERIC_WORDS.has(w) || GENERIC.has(w) || OCCASIONS.has(w) || bagCountry(k, noAnd(w)) !== null) &&
      bag.agreement.date < addDays(ctx.date, -ANNOUNCED_DAYS)
    )
      continue;
    // «اتفاقية الدفاع الاستراتيجي» in a Saudi–US story is not the Saudi–Pakistani pact of that name:
    // a description (not a full name) is an entry between parties only when the article names them.
    // (Of a pact of many, one named is enough: «خطة العمل المشتركة … بين دول المجلس ودول آسيا الوسطى».)
    const { parties } = bag.agreement;
    if (parties.length > 0 && !notAfter(bag.agreement, ctx)) continue;
    const named = parties.filter((c) => scene.countries.has(c)).length;
    if (parties.length <= 2 ? named < parties.length : named === 0) continue;
    // («اتفاق المصالحة الفلسطينية» fits Mecca 2007 and Cairo 2011 alike: of equal fits, the latest not after the article;
    // «اتفاقية الإطار الاستراتيجي» in a story of Blinken and al-Sudani that names Turkey once is the US–Iraqi one, not the
    // later Iraqi–Turkish one: before the date, the one more of whose parties have an official in the story.)
    const seated = seatsOf(bag.agreement, scene);
    if (
      !best ||
      coverage > best.coverage ||
      (coverage === best.coverage &&
        (shared > best.shared ||
          (shared === best.shared &&
            (seated >= 0 && best.seated >= 0 && seated !== best.seated ? seated > best.seated : laterFit(bag.agreement, best.info, ctx.date)))))
    )
      best = { info: bag.agreement, shared, coverage, seated };
  }
  if (!best) return null;
  const vocabulary = k.agreementVocabulary.get(best.info.id) ?? new Set<string>();
  const vocabularyCountries = new Set<string>();
  if (countries.size > 0) for (const w of vocabulary) vocabularyCountries.add(bagCountry(k, noAnd(w)) ?? '');
  let inVocabulary = 0;
  for (const w of unique) if (vocabulary.has(w) || vocabularyCountries.has(countries.get(w) ?? '-')) inVocabulary++;
  if (inVocabulary / unique.size < MIN_PRECISION) return null;
  // The mention ends at the last word that belongs to the agreement's names.
  let last = i;
  for (let n = words.length - 1; n > 0; n--) {
    if (contentWords([words[n]!.text]).some((w) => vocabulary.has(w) || vocabularyCountries.has(countries.get(w) ?? '-'))) {
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

/** Whether a content word is a country's adjective («سعودي», «تركي»). */
function adjectiveCountry(k: Knowledge, w: string): boolean {
  return adjectiveCode(k, w) !== null;
}

/** The country of an adjective written without its article («بيان سعودي تركي مشترك»), or null. */
function adjectiveCode(k: Knowledge, w: string): string | null {
  let known = adjectiveCodes.get(k);
  if (known === undefined) adjectiveCodes.set(k, (known = new Map()));
  let code = known.get(w);
  if (code === undefined) {
    if (known.size >= 20_000) known.clear();
    code = (k.countryAdjectives.get([w]) ?? k.countryAdjectives.get([`ال${w}`]) ?? k.countryAdjectives.get([`ال${w}ه`]))?.[0] ?? null;
    known.set(w, code);
  }
  return code;
}

/** adjectiveCode's answers by knowledge and word (every candidate word of every article asks). */
const adjectiveCodes = new WeakMap<Knowledge, Map<string, string | null>>();

const bagsByWordCache = new WeakMap<Knowledge, Map<string, number[]>>();

/**
 * «الخطة العربية لإعمار غزة» for «… لإعادة إعمار غزة»: a verbal noun after «لـ» that no name writes so
 * is the word names write without it, when some name does.
 */
function withoutLam(k: Knowledge, w: string): string {
  if (w.length < 4 || !w.startsWith('ل')) return w;
  const index = bagsByWord(k);
  return !index.has(w) && index.has(w.slice(1)) ? w.slice(1) : w;
}

/** The knowledge's agreement bags by each of their words (indexes into `agreementBags`, ascending). */
function bagsByWord(k: Knowledge): Map<string, number[]> {
  let index = bagsByWordCache.get(k);
  if (!index) {
    index = new Map();
    k.agreementBags.forEach((bag, n) => {
      for (const w of bag.words) {
        const list = index!.get(w);
        if (list) list.push(n);
        else index!.set(w, [n]);
      }
    });
    bagsByWordCache.set(k, index);
  }
  return index;
}

const bagSizesCache = new WeakMap<Knowledge, Int32Array>();

/** The number of words of each of the knowledge's agreement bags, side by side (read for many bags per description). */
function bagSizes(k: Knowledge): Int32Array {
  let sizes = bagSizesCache.get(k);
  if (!sizes) {
    sizes = Int32Array.from(k.agreementBags, (bag) => bag.words.size);
    bagSizesCache.set(k, sizes);
  }
  return sizes;
}

/**
 * How many of `words` each bag holds, for the bags that hold one at least, in the bags' order
 * (ties between bags go to the first listed): a description shares words with a few bags of
 * hundreds, so the bags are found by word instead of each being compared with it.
 */
function wordsSharedByBag(k: Knowledge, words: ReadonlySet<string>, codes: ReadonlySet<string> | null = null): [number, number][] {
  const index = bagsByWord(k);
  const counts = new Int32Array(k.agreementBags.length);
  const touched: number[] = [];
  const seen = new Uint8Array(k.agreementBags.length);
  for (const w of words) {
    const bags = index.get(w);
    if (!bags) continue;
    for (const n of bags) {
      if (seen[n] === 0) touched.push(n);
      seen[n] = 1;
      counts[n] = counts[n]! + 1;
    }
  }
  // Bags that name one of `codes` (a country the text names otherwise) are candidates too, with what they share so far.
  if (codes)
    for (const code of codes)
      for (const n of bagsByCountry(k).get(code) ?? []) {
        if (seen[n] === 0) touched.push(n);
        seen[n] = 1;
      }
  touched.sort((a, b) => a - b);
  return touched.map((n) => [n, counts[n]!]);
}

/** The country a word of an agreement's name stands for: a country's one-word name or its adjective («سعودي»), else null. */
function bagCountry(k: Knowledge, w: string): string | null {
  return countryStems(k).get(w) ?? adjectiveCode(k, w);
}

const bagsByCountryCache = new WeakMap<Knowledge, Map<string, number[]>>();

/** The knowledge's agreement bags by the countries their words name (indexes into `agreementBags`, ascending). */
function bagsByCountry(k: Knowledge): Map<string, number[]> {
  let index = bagsByCountryCache.get(k);
  if (!index) {
    const made = new Map<string, number[]>();
    k.agreementBags.forEach((bag, n) => {
      const codes = new Set<string>();
      for (const w of bag.words) {
        const code = bagCountry(k, noAnd(w));
        if (code) codes.add(code);
      }
      for (const code of codes) made.set(code, [...(made.get(code) ?? []), n]);
    });
    bagsByCountryCache.set(k, made);
    index = made;
  }
  return index;
}

/** Whether a country's name, adjective or seat starts at token `i`. */
function startsCountry(ctx: TextContext, i: number): boolean {
  return i < ctx.tokens.length && !countryMatches(ctx, i, i + 1, false).next().done;
}

/** The content words of tokens [first, last] that name a country (by name, adjective or seat), with its code. */
function describedCountries(ctx: TextContext, first: number, last: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of countryMatches(ctx, first, last + 1, false)) {
    if (m.last > last || m.values.length !== 1) continue;
    for (let j = m.first; j <= m.last; j++) {
      const w = contentWordOf(ctx.tokens[j]!.text);
      if (w !== '') out.set(w, m.values[0]!);
    }
  }
  return out;
}

// Context: parties, dates, places ---------------------------------------------------------------------

/**
 * What an article says about where it stands: the countries it names (by name, adjective, seat
 * or official), and its content words. Each is read from the text when first asked: most
 * articles name no agreement, and need neither.
 */
class Scene {
  private countrySet: Set<string> | null = null;
  private wordSet: Set<string> | null = null;
  /** The entries that fit the article and carry context, once asked (`contextualEntries`). */
  contextual?: AgreementInfo[];
  /** Those of them that have parties, once asked (`contextualWithParties`). */
  contextualWithParties?: AgreementInfo[];
  /** Those of them that have parties and were signed in the article's last days, once asked (`contextualSignedLately`). */
  signedLately?: AgreementInfo[];
  /** Those of each kind family, once asked (`contextualOfFamily`). */
  contextualByFamily?: Map<string, AgreementInfo[]>;
  /** The last day an entry may be first named and still be one of the article's (`fitsScene`), once asked. */
  namedLimit?: string;

  constructor(
    private readonly ctx: TextContext,
    private readonly officials: readonly Official[],
  ) {}

  get countries(): ReadonlySet<string> {
    this.countrySet ??= countriesOf(this.ctx, this.officials);
    return this.countrySet;
  }

  /** Content words of the article (places among them). */
  get words(): ReadonlySet<string> {
    this.wordSet ??= contentWordsOf(this.ctx);
    return this.wordSet;
  }

  /** The article's words that name one of these countries (by name, adjective or seat): «الأمريكي», «واشنطن». */
  countryWords(codes: ReadonlySet<string>): Set<string> {
    const { tokens } = this.ctx;
    const out = new Set<string>();
    for (const m of countryMatches(this.ctx, 0, tokens.length, false)) {
      if (!m.values.some((c) => codes.has(c))) continue;
      for (let j = m.first; j <= m.last; j++) {
        const w = contentWordOf(tokens[j]!.text);
        if (w !== '') out.add(w);
      }
    }
    return out;
  }

  private officialCountrySet: Set<string> | null = null;

  /** The countries of the officials the story names, by their office on its date. */
  get officialCountries(): ReadonlySet<string> {
    if (!this.officialCountrySet) {
      this.officialCountrySet = new Set();
      for (const o of this.officials) {
        const code = countryOfPerson(this.ctx, o.id);
        if (code) this.officialCountrySet.add(code);
      }
    }
    return this.officialCountrySet;
  }

  private officialTokens: Map<number, { id: string; last: number }> | null = null;

  /** The official whose mention starts at token i (and the mention's last token), if any. */
  officialAt(i: number): { id: string; last: number } | null {
    if (!this.officialTokens) {
      const { tokens, norm } = this.ctx;
      const map = new Map<number, { id: string; last: number }>();
      // Tokens by their start in the original text, for the mentions' spans.
      const starts = tokens.map((t) => norm.toOriginal[t.start]!);
      // (The last token starting at or before the offset; the first when none does.)
      const tokenAt = (offset: number) => Math.max(0, lowerBound(starts, (s) => s <= offset) - 1);
      for (const o of this.officials) for (const m of o.mentions) if (tokens.length > 0) map.set(tokenAt(m.start), { id: o.id, last: tokenAt(Math.max(m.start, m.end - 1)) });
      this.officialTokens = map;
    }
    return this.officialTokens.get(i) ?? null;
  }
}

function countriesOf(ctx: TextContext, officials: readonly Official[]): Set<string> {
  const { k, tokens } = ctx;
  const countries = new Set<string>();
  const codeByName = countryCodesByName(k);
  for (const o of officials) {
    const code = codeByName.get(o.country);
    if (code) countries.add(code);
  }
  for (const m of countryMatches(ctx, 0, tokens.length, true)) for (const c of m.values) countries.add(c);
  // «وسط تصعيد إسرائيلي مستمر»: a story that never writes the country's name («فلسطين المحتلة») still names it
  // by an adjective without its article.
  for (const t of tokens) {
    if (t.skip || t.kind !== 'word' || !nisbaEnd(t.text) || t.text.startsWith('ال')) continue;
    const code = adjectiveCode(k, t.text);
    if (code !== null && !ORGANISATIONS.has(code)) countries.add(code);
  }
  return countries;
}

/**
 * How an adjective of a country ends («سعودي», «إسرائيلية»), of at least four letters: a cheap filter before its
 * look-up. (A word token holds Arabic letters only, one code unit each: no regex needed.)
 */
function nisbaEnd(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word.length >= 4 && (last === 0x064a || last === 0x0647);
}

/**
 * The country names and adjectives (seats among the names) that start in tokens [from, to), with
 * the token they start at; words the boilerplate stage set aside only when `skipSetAside`.
 */
function* countryMatches(ctx: TextContext, from: number, to: number, skipSetAside: boolean): Generator<{ first: number; last: number; values: readonly string[] }> {
  const { k, tokens } = ctx;
  const index = countryStarts(k);
  for (let i = from; i < to; i++) {
    if (skipSetAside && tokens[i]!.skip) continue;
    // Most words start no country's name: one look-up per reading says which walks can find one.
    const starts = index.startsAt(tokens[i]!);
    if (starts & COUNTRY_NAME) for (const m of k.countryNames.matchAt(tokens, i)) yield { first: i, last: m.last, values: m.values };
    if (starts & COUNTRY_ADJECTIVE) for (const m of k.countryAdjectives.matchAt(tokens, i)) yield { first: i, last: m.last, values: m.values };
  }
}

const codesByNameCache = new WeakMap<Knowledge, Map<string, string>>();

/** Country codes by English name (as officials carry their country), made once per knowledge. */
export function countryCodesByName(k: Knowledge): ReadonlyMap<string, string> {
  let codes = codesByNameCache.get(k);
  if (!codes) {
    codes = new Map([...k.countries.values()].map((c) => [c.en, c.code]));
    codesByNameCache.set(k, codes);
  }
  return codes;
}

/** Bits of `countryStarts`, in the order of its tries. */
const COUNTRY_NAME = 1;
const COUNTRY_ADJECTIVE = 2;

const countryIndexes = new WeakMap<Knowledge, StartIndex>();

/** Whether a walk from a token may find a country's name or adjective (bits COUNTRY_NAME, COUNTRY_ADJECTIVE). */
function countryStarts(k: Knowledge): StartIndex {
  let index = countryIndexes.get(k);
  if (!index) {
    index = new StartIndex([{ trie: k.countryNames }, { trie: k.countryAdjectives }]);
    countryIndexes.set(k, index);
  }
  return index;
}

/** The content words of the article's text, or of tokens [from, to), places among them (as the knowledge's place words are kept). */
export function contentWordsOf(ctx: TextContext, from = 0, to = ctx.tokens.length): Set<string> {
  const words = new Set<string>();
  for (let j = from; j < to; j++) {
    const token = ctx.tokens[j]!;
    if (token.skip) continue;
    for (const stem of token.stems) {
      const w = contentWordOf(stem.text);
      if (w !== '') words.add(w);
    }
  }
  return words;
}

/** Days after which an article may still announce an agreement not yet signed («تتجه الأنظار إلى توقيع …»). */
const ANNOUNCED_DAYS = 60;

/**
 * Dates already shifted, by date then by days: every candidate entry asks the same few (the
 * article's date ± a window). Two levels, so that asking builds no key string.
 */
const shifted = new Map<string, Map<number, string>>();

function addDays(date: string, days: number): string {
  let byDays = shifted.get(date);
  if (byDays === undefined) {
    if (shifted.size >= 10_000) shifted.clear();
    byDays = new Map();
    shifted.set(date, byDays);
  }
  let result = byDays.get(days);
  if (result === undefined) {
    result = shiftDate(date, days);
    byDays.set(days, result);
  }
  return result;
}

function shiftDate(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether an entry can be what this article names: not dated long after it, its parties all named in it. */
function fits(info: AgreementInfo, ctx: TextContext, scene: Scene): boolean {
  return notAfter(info, ctx) && info.parties.every((c) => scene.countries.has(c));
}

/** Not dated long after the article (an agreement may be announced before it is signed, a plan named long before it is published). */
function notAfter(info: AgreementInfo, ctx: TextContext): boolean {
  return !(info.namedFrom && ctx.date && info.namedFrom > addDays(ctx.date, ANNOUNCED_DAYS));
}

/** Words from which a knowledge name matched in full is that entry whatever parties the article names. */
const FULL_NAME_WORDS = 6;

/** Whether `a` was reached after `b` and not after the article (dated `date`): the later of two equal readings. */
function laterFit(a: AgreementInfo, b: AgreementInfo, date: string): boolean {
  if (!date || !a.date || a.date > addDays(date, 1)) return false;
  return !b.date || b.date > addDays(date, 1) || a.date > b.date;
}

/**
 * Of entries that all fit, the one the article's date points to: the latest dated on or before
 * it (a day's grace for time zones), else the first listed. Undated entries come after dated ones
 * that qualify; without an article date, the file's order decides.
 */
function pickByDate(infos: readonly AgreementInfo[], date: string): AgreementInfo | null {
  if (infos.length <= 1 || !date) return infos[0] ?? null;
  const limit = addDays(date, 1);
  const before = infos.filter((v) => v.date && v.date <= limit).sort((a, b) => (a.date < b.date ? 1 : -1));
  return before[0] ?? infos.find((v) => !v.date) ?? infos[0]!;
}

/** Kind families: what a kind word may name. */
function family(stem: string | undefined): string {
  if (!stem) return '';
  if (['#treaty', 'اتفاق', 'اتفاقا', 'مذكر', 'بروتوكول', 'تفاهم', 'صفق', 'ميثاق'].includes(stem)) return 'treaty';
  if (['بيان', 'بيانا', 'اعلان', 'اعلانا', 'وثيق'].includes(stem)) return 'declaration';
  if (['خط', 'مبادر', 'رؤي', 'مسار', 'خريط', 'خارط'].includes(stem)) return 'plan';
  return stem;
}

const familiesCache = new WeakMap<AgreementInfo, ReadonlySet<string>>();

/** Whether one of an entry's kinds is of `kindFamily` (the families of an entry's kinds are made once). */
function hasFamily(info: AgreementInfo, kindFamily: string): boolean {
  let families = familiesCache.get(info);
  if (!families) {
    families = new Set([...info.kinds].map(family));
    familiesCache.set(info, families);
  }
  return families.has(kindFamily);
}

type Kind = { prefix: number; text: string; family: string };

/** Kind words: the agreement nouns, a truce and a vision, and a roadmap («خريطة» before `next`, «طريق»). */
function kindAt(token: Token | undefined, next?: Token): Kind | null {
  if (!token || token.skip || token.kind !== 'word') return null;
  const readings = readingsOf(token);
  return readings.kind ?? (readings.roadmap && isRoad(next) ? { ...readings.roadmap, family: 'plan' } : null);
}
const EXTRA_KINDS = new Set(['هدنه', 'رؤيه', 'بيانا', 'اتفاقا', 'اعلانا']);

interface EntryNames {
  bags: AgreementBag[];
  vocabulary: Set<string>;
  /** Whether every name of the entry holds a year (only its year tells it from others). */
  yearInEveryName: boolean;
}

/**
 * The names of a knowledge's entries, by id: those with a bag (a name of two content words or more) only.
 * An entry's vocabulary set and year test are made when it is first asked about: an article asks about
 * few of the entries, and making all of them was a good part of the first analysis (the cold start).
 */
class NamesByEntry {
  private readonly bags = new Map<string, AgreementBag[]>();
  private readonly made = new Map<string, EntryNames>();

  constructor(private readonly k: Knowledge) {
    for (const bag of k.agreementBags) {
      const list = this.bags.get(bag.agreement.id);
      if (list) list.push(bag);
      else this.bags.set(bag.agreement.id, [bag]);
    }
  }

  /** Whether the entry has a bag (and so names). */
  has(id: string): boolean {
    return this.bags.has(id);
  }

  get(id: string): EntryNames | undefined {
    let names = this.made.get(id);
    if (names === undefined) {
      const bags = this.bags.get(id);
      if (bags === undefined) return undefined;
      names = {
        bags,
        vocabulary: new Set([...(this.k.agreementVocabulary.get(id) ?? [])].map(noAnd)),
        yearInEveryName: bags.every((bag) => [...bag.words].some((w) => YEAR.test(w))),
      };
      this.made.set(id, names);
    }
    return names;
  }
}

const nameCache = new WeakMap<Knowledge, NamesByEntry>();
/** The bags of each entry and its vocabulary without the conjunction («ومبادرة» as «مبادرة»), by id. */
function namesOf(ctx: TextContext): NamesByEntry {
  return namesOfKnowledge(ctx.k);
}

function namesOfKnowledge(k: Knowledge): NamesByEntry {
  let names = nameCache.get(k);
  if (!names) {
    names = new NamesByEntry(k);
    nameCache.set(k, names);
  }
  return names;
}

/** A content word without a leading conjunction, when enough is left to be a word. */
function noAnd(w: string): string {
  return w.length > 3 && w.startsWith('و') ? w.slice(1) : w;
}

const byPlace = new WeakMap<object, Map<string, AgreementInfo[]>>();
/** Entries with a city, by the city's first content word. */
function entriesByPlace(ctx: TextContext): Map<string, AgreementInfo[]> {
  let map = byPlace.get(ctx.k);
  if (!map) {
    map = new Map();
    for (const info of ctx.k.agreements.values()) {
      const first = info.place[0];
      if (first) map.set(first, [...(map.get(first) ?? []), info]);
    }
    byPlace.set(ctx.k, map);
  }
  return map;
}

/**
 * «إعلان جدة», «اتفاق الدوحة», «بيان العلا»: a kind word and a city that entries of that kind were
 * signed in; of several, the latest not after the article («إعلان جدة» of a summit a week after
 * the one on Sudan). None when every such entry is dated after the article.
 */
function cityNamedAt(ctx: TextContext, i: number, scene: Scene): Found | null {
  const { tokens } = ctx;
  const kind = kindAt(tokens[i], tokens[i + 1]);
  const next = tokens[i + 1];
  if (!kind || !next || next.skip || (next.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return null;
  const firstWord = contentWords([next.text])[0];
  const candidates = firstWord ? entriesByPlace(ctx).get(firstWord) : undefined;
  if (!candidates) return null;
  let best: { info: AgreementInfo; last: number } | null = null;
  const fitting: { info: AgreementInfo; last: number }[] = [];
  for (const info of candidates) {
    const last = i + info.place.length;
    if (last >= tokens.length) continue;
    const words = contentWords(tokens.slice(i + 1, last + 1).map((t) => t.text));
    if (words.join(' ') !== info.place.join(' ')) continue;
    if (!hasFamily(info, kind.family)) continue;
    // «رؤية موسكو», «خطة واشنطن»: of plans, a city after the kind word is mostly whose plan it is; only an entry
    // named with that very word («مبادرة بيروت») is meant.
    if (kind.family === 'plan' && !info.kinds.has(contentWords([kind.text])[0] ?? '')) continue;
    if (!fits(info, ctx, scene)) continue;
    if (ctx.date && info.date && info.date > addDays(ctx.date, 1)) continue;
    fitting.push({ info, last });
  }
  // Of several, the ones whose other words the article also uses (السودان، المدنيين for the
  // humanitarian declaration), then the date.
  // (The share of its own words, so that a long name is not preferred for having more of them.)
  // A country its names hold that the article names («… المدنيين في السودان» in a Sudanese story) outweighs any share.
  const hits = (info: AgreementInfo) => {
    let n = 0;
    let all = 0;
    let country = 0;
    for (const w of ctx.k.agreementVocabulary.get(info.id) ?? []) {
      if (info.place.includes(w) || info.kinds.has(w)) continue;
      all++;
      if (!scene.words.has(w)) continue;
      n++;
      if (countryStems(ctx.k).has(w)) country = 1;
    }
    return all === 0 ? 0 : country + n / all;
  };
  // «إعلان الرياض» is a declaration before a statement of the same day and city («بيان الرياض»).
  const kindWord = contentWords([kind.text])[0] ?? '';
  const sameKind = fitting.filter((f) => f.info.kinds.has(kindWord));
  const kindPool = sameKind.length > 0 ? sameKind : fitting;
  // The declaration of the days the article reports comes before older ones of the city.
  const recent = ctx.date ? kindPool.filter((f) => f.info.date && f.info.date >= addDays(ctx.date, -3)) : [];
  const pool = recent.length > 0 ? recent : kindPool;
  const most = Math.max(0, ...pool.map((f) => hits(f.info)));
  const info = pickByDate(pool.filter((f) => hits(f.info) === most).map((f) => f.info), ctx.date);
  best = fitting.find((f) => f.info === info) ?? null;
  if (!best) return null;
  // «إعلان الرياض وطهران … اتفاقهما»: the city and another capital are who announced, not a name.
  const after = tokens[best.last + 1];
  if (after && after.text.startsWith('و') && (after.gapBefore & ~Gap.Space) === 0 && ctx.k.countryNames.matchAt(tokens, best.last + 1).length > 0) return null;
  const span = withClosingQuote(ctx, tokenSpan(ctx, i, kind.prefix, best.last), i, best.last);
  return { id: best.info.id, info: best.info, nameEn: best.info.en, span, first: i, last: best.last };
}

/** Words of a description that say nothing of which agreement it is. */
const GENERIC = new Set(
  contentWords(
    `البلدين الجانبين الطرفين البلدان الدولتين مشترك المشترك ثلاثي الثلاثي ختامي الختامي الجديد الجديدة النهائي النهائية
     الموقعة الموقع المبرمة المبرم التاريخي التاريخية الثنائي الثنائية الدول الثلاث الذي التي هذه هذا تلك ذلك عام وقعه وقعها
     ابرمتها ابرمها اعلن اعلنت الصادر الصادرة مشتركا ثلاثيا ختاميا جديدا`.split(/\s+/),
  ),
);
const YEAR = /^(19|20)\d\d$/;
/** How many words before a statement its verb of announcing may stand («أعلن البلدان في بيان مشترك»), or after it («… أعلنت فيه»). */
const ANNOUNCED_BEFORE = 6;
const ANNOUNCED_AFTER = 4;
const ANNOUNCING = /^و?ا?علن/;

/**
 * Whether the statement at i is told as announcing something within its clause («أعلنت الولايات المتحدة وأوكرانيا في
 * بيان مشترك أن …», «بيان ثلاثي مشترك أعلنت فيه …»): only then may it stand for the agreement it announced. «وجاء في
 * البيان المشترك أنهما اتفقا …» quotes the statement, a document of its own beside the agreement signed that day.
 */
function announcedIn(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - ANNOUNCED_BEFORE; j--) {
    if ((tokens[j + 1]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) break;
    if (ANNOUNCING.test(tokens[j]!.text)) return true;
  }
  for (let j = i + 1; j < tokens.length && j <= i + ANNOUNCED_AFTER; j++) {
    if ((tokens[j]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) break;
    if (ANNOUNCING.test(tokens[j]!.text)) return true;
  }
  return false;
}

/** «بيان مشترك», «بيان ثلاثي», «البيان الختامي»: a statement of several parties. */
const JOINT_STATEMENT: ReadonlySet<string> = new Set('مشترك المشترك ثلاثي الثلاثي ختامي الختامي'.split(' ').map(normalizeKey));
const TOPIC_LINKS = new Set(['بين', 'في', 'من', 'مع', 'حول', 'بشان', 'عن', 'علي', 'الي', 'يخص', 'تخص', 'بخصوص']);
const YEAR_WORDS = new Set(['عام', 'العام', 'لعام', 'سنه', 'لسنه', 'في']);
const WINDOW = 12;
/** Words of an entry's names that, read first after the kind word, name it whatever the clause says next. */
const HEAD_WORDS = 3;
/** Less than a shared word: it only decides between entries the words fit alike. */
const SAME_KIND_WORD = 0.5;
/** What an entry dated after the article loses against one already in force (it may only have been announced). */
const LATER_PENALTY = 1;
/** Words that open the frame of what a description tells: who was present, when it happened. */
const FRAME_WORDS: ReadonlySet<string> = new Set('بحضور وبحضور خلال عقب اثناء لدى'.split(' ').map(normalizeKey));
/** «وتندرج الاتفاقية في سياق الشراكة …», «في إطار التعاون …», «ضمن مساعي …»: what a document belongs to, not what it is. */
const CONTEXT_NOUNS: ReadonlySet<string> = new Set('سياق إطار ظل ضوء'.split(' ').map(normalizeKey));
const WITHIN: ReadonlySet<string> = new Set('ضمن وضمن'.split(' ').map(normalizeKey));

/** What a word gives a description: its content word (without «و») when not a generic one, and whether its content word is generic. */
interface DescriptionWord {
  topic: string | null;
  generic: boolean;
}

/** By word: the window after every kind word is read word by word, and these depend on the word alone. */
const descriptionWords = new WordMemo<DescriptionWord>((token) => {
  const content = contentWordOf(token.text);
  const topic = content === '' ? null : noAnd(content);
  return { topic: topic !== null && !GENERIC.has(topic) ? topic : null, generic: content !== '' && GENERIC.has(content) };
});

/**
 * A kind word and what follows it to the end of the clause, for entries that carry a date,
 * parties or a place. The topic words (not parties, places, years or generic words) must
 * belong mostly to one entry's names, and cover most of one of its names, at least two of them
 * or one with its year or its parties written out; a country the description names must be a
 * party or mediator of it; a year must be the entry's. With no topic at all («الاتفاق», «البيان الثلاثي المشترك»), the one
 * entry of the article's parties dated in the three days before it, whose city the article
 * names, is meant.
 */
function describedInContextAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene, as?: Kind): Found | null {
  const { tokens, k } = ctx;
  const kind = as ?? kindAt(tokens[i], tokens[i + 1]);
  if (!kind) return null;
  // «توقيع مجموعة من الاتفاقات خصوصا في قطاع الطاقة»: a number of documents of the day, none of them one entry.
  if (tokens[i - 1]?.text === 'من' && QUANTIFIERS.has(tokens[i - 2]?.text ?? '') && PLURAL_KINDS.has(withoutArticle(kind.text))) return null;
  const topic = new Set<string>();
  /** The token of each topic word, in the order they were read. */
  const topicAt: number[] = [];
  const parties = new Set<string>();
  let year = '';
  let last = i;
  let topicLast = i;
  let bare = true;
  let topicOpen = true;
  for (let j = i + 1; j < tokens.length && j <= i + WINDOW; j++) {
    const t = tokens[j]!;
    if (t.skip || covered.has(j) || (t.gapBefore & ~(Gap.Space | Gap.Quote | Gap.Dash)) !== 0) break;
    if (t.kind === 'latin') break;
    // «… إلى السويداء بحضور الصفدي وباراك», «… بحضور المبعوث الصيني»: the frame of the announcement and the
    // people at it are neither its topic nor its parties.
    if (FRAME_WORDS.has(t.text) || scene.officialAt(j)) break;
    if (WITHIN.has(t.text) || (t.text === 'في' && CONTEXT_NOUNS.has(tokens[j + 1]?.text ?? ''))) break;
    const country = k.countryNames.matchAt(tokens, j)[0] ?? k.countryAdjectives.matchAt(tokens, j)[0];
    if (country) {
      for (const c of country.values) parties.add(c);
      // «الهدنة الأممية»: an adjective of an organisation right after the kind word is also a word of its name.
      if (j === i + 1 && country.last === j && [...country.values].every((c) => ORGANISATIONS.has(c))) {
        const content = contentWordOf(t.text);
        if (content !== '') topic.add(noAnd(content));
      }
      if ((bare || topic.size > 0) && topicOpen) last = country.last;
      j = country.last;
      continue;
    }
    // «عام 2001», «2001م»: the year it was signed; a bare number («رؤية 2030») is a topic word.
    // Letters and digits never share a token: only a number can be a year.
    const digits = t.kind === 'number' ? /^(\d{4})(م?)$/.exec(t.text) : null;
    const dated = digits && (digits[2] === 'م' || YEAR_WORDS.has(tokens[j - 1]!.text) || tokens[j + 1]?.text === 'م');
    if (digits && dated && YEAR.test(digits[1]!)) {
      year = digits[1]!;
      continue;
    }
    if (j > i + 1 && kindAt(t, tokens[j + 1]) && (t.gapBefore & Gap.Quote) === 0 && tokens[j - 1]!.text !== 'بين') break;
    // A particle other than those that link a topic («بين», «في», «من») ends the topic; parties
    // and a year may still follow («… التي أبرمتها موسكو مع بيونغ يانغ»).
    const particle = STOP_WORDS.has(t.text) && !kindAt(t);
    if (particle && !TOPIC_LINKS.has(t.text) && t.text !== 'و') topicOpen = false;
    // «اتفاقا يخص الكابل البحري سيجري توقيعه»: a verb in the future ends what the description names.
    if (FUTURE_VERB.test(t.text)) topicOpen = false;
    const word = descriptionWords.get(t);
    // «بيان سعودي تركي مشترك»: an adjective of a country without its article names a party, not a topic.
    const party = word.topic !== null && !particle && topicOpen ? adjectiveCode(k, word.topic) : null;
    if (party !== null) {
      parties.add(party);
      if (bare) last = j;
      continue;
    }
    if (word.topic !== null && !particle && topicOpen) {
      if (!topic.has(word.topic)) topicAt.push(j);
      topic.add(word.topic);
      if (j === i + 1 || topicLast === j - 1 || (tokens[j]!.gapBefore & Gap.Quote) !== 0 || topic.size < 4) topicLast = j;
      bare = false;
    } else if (bare && word.generic && j === last + 1 && !RELATIVE_WORDS.has(t.text)) last = j;
  }
  // «البيان الختامي للقمة الثلاثية»: a generic adjective right after the description belongs to it.
  for (let end = Math.max(last, topicLast); end + 1 < tokens.length && end + 1 <= i + WINDOW; end++) {
    const t = tokens[end + 1]!;
    if (covered.has(end + 1) || (t.gapBefore & ~Gap.Space) !== 0 || !t.text.startsWith('ال') || RELATIVE_WORDS.has(t.text) || !descriptionWords.get(t).generic) break;
    if (!bare) topicLast = end + 1;
    else last = end + 1;
  }
  // «وبحسب بيان للديوان الملكي … وفق البيان»: a bare statement after one an institution issued is that one.
  // (Not a joint or closing one: «صدر بيان مشترك عن البلدين» is the two countries' document, not the court's statement.)
  if (topic.size === 0 && parties.size === 0 && !JOINT_STATEMENT.has(tokens[i + 1]?.text ?? '') && institutionStatementBefore(ctx, i, kind.family)) return null;
  // The words after the kind word, made when a name's place words are first checked: most kind
  // words have no candidate that gets that far.
  let describedWords: Set<string> | null = null;
  const described = () =>
    (describedWords ??= new Set(contentWords(tokens.slice(i + 1, Math.min(tokens.length, i + 1 + WINDOW)).map((t) => t.text)).flatMap((w) => [w, noAnd(w)])));
  // The content words of the description's sentence, made when first asked.
  let sentenceWords: Set<string> | null = null;
  const sentence = () => (sentenceWords ??= wordsOfSentence(ctx, i, NEAR_TOKENS));
  // «اتفاقيتي 1929 و1959»: a year the description gives, also after «و».
  const yearsNamed = new Set(
    tokens
      .slice(i + 1, Math.min(tokens.length, i + 1 + WINDOW))
      .map((t) => t.text.replace(/^و/, ''))
      .filter((w) => YEAR.test(w)),
  );
  const anyYear = yearsNamed.size > 0;
  const clause = clauseDates(ctx, Math.max(last, topicLast) + 1);
  const sought = soughtAt(ctx, i, kind);
  const candidates: { info: AgreementInfo; score: number; last: number }[] = [];
  let between: boolean | undefined;
  let near: Set<string> | undefined;
  // With a topic, an entry not of the kind word's family, or that shares none of its words, is passed over below:
  // only those of its family that share one are read. Without one, only entries with parties and a date are (below),
  // and with no clause to date it, only those of the article's last days.
  const partyList = [...parties];
  const read = topic.size > 0 ? contextualSharing(ctx, scene, kind.family, topic) : clause === null ? contextualSignedLately(ctx, scene) : contextualWithParties(ctx, scene);
  for (const info of read) {
    if (year && info.date && !info.date.startsWith(year)) continue;
    // «للتوصل إلى اتفاق يوقف إطلاق النار» in February 2024: the deal being sought, not the truce of months before.
    if (sought && !aroundArticle(ctx, info)) continue;
    // «لاتفاق وقف إطلاق النار الذي بدأ تطبيقه في 27 تشرين الثاني/نوفمبر»: the day or month its clause gives is its own.
    if (clause && info.date && !clause.some((d) => info.dates.some((date) => sameTime(d, date)))) continue;
    // Countries the description names must be its parties or mediators («بين روسيا وكوريا» is not the Russian–Iranian treaty).
    if (info.parties.length > 0 && partyList.some((c) => !info.parties.includes(c) && !info.mediators.includes(c))) continue;
    if (topic.size === 0) {
      // «ثماني اتفاقيات», «الاتفاقيات»: documents in the plural are not one agreement, unless the description names
      // the parties whose set of arrangements it is («الاتفاقات الروسية الأمريكية»).
      if (!ctx.date || !info.date || info.parties.length === 0 || (PLURAL_KINDS.has(withoutArticle(kind.text)) && parties.size < 2)) continue;
      // «الإعلان», «مسار العلاقات …» are not the agreement signed that day: a bare word of its own kind only,
      // or a joint statement told as announcing it («بيان ثلاثي مشترك أعلنت فيه …»), not one only quoted.
      if (!hasFamily(info, kind.family) && !(kind.family === 'declaration' && JOINT_STATEMENT.has(tokens[i + 1]?.text ?? '') && announcedIn(ctx, i))) continue;
      // «الرؤية السعودية» is no initiative signed that day: of plans, a bare word names only one of its own kind.
      if (kind.family === 'plan' && !info.kinds.has(contentWords([kind.text])[0] ?? '')) continue;
      // «الاتفاق الروسي الأمريكي الذي جرى التوصل إليه في جنيف في سبتمبر الماضي»: a document recalled by its parties
      // and the day or month its clause gives (checked above) is the one of those parties then, not only one of the
      // last days. A year alone is not enough: two parties sign more than one document in a year.
      const recalled = clause !== null && parties.size > 0 && info.parties.every((c) => parties.has(c) || scene.countries.has(c));
      if (info.date > ctx.date || (!recalled && info.date < addDays(ctx.date, -BARE_KIND_DAYS))) continue;
      if (info.place.length > 0 && !info.place.every((w) => scene.words.has(w))) continue;
      if (![...info.mediators].every((c) => scene.countries.has(c))) continue;
      candidates.push({ info, score: 0, last });
      continue;
    }
    if (!hasFamily(info, kind.family)) continue;
    // «اتفاق وقف إطلاق النار في قطاع غزة عام 2021»: an entry that only its year tells from others needs the year.
    // (In a report of the days it was signed, «اتفاق المصالحة» is that year's: the article's date gives the year.)
    if (!year && !anyYear && info.date && namesOf(ctx).get(info.id)?.yearInEveryName && !signedDaysBefore(ctx, info)) continue;
    const vocabulary = namesOf(ctx).get(info.id)?.vocabulary;
    if (!vocabulary) continue;
    // «اتفاق لوقف إطلاق النار»: a verbal noun after «لـ» is the word a name may write without it («اتفاق وقف …»).
    const known = (w: string) => vocabulary.has(w) || (w.length >= 4 && w.startsWith('ل') && vocabulary.has(w.slice(1)));
    let shared = 0;
    for (const w of topic) if (known(w)) shared++;
    // «اتفاق وقف إطلاق النار بما يتضمنه من انسحاب كامل …», «… حيز التنفيذ في التاسع عشر من يناير»: the words
    // right after the kind word name it, and what the clause goes on to say of it does not count against them.
    let head = 0;
    for (const w of topic) {
      if (!known(w)) break;
      head++;
    }
    const byHead = shared / topic.size < 0.5 && head >= HEAD_WORDS && info.kinds.has(contentWords([kind.text])[0] ?? '');
    if (shared === 0 || (shared / topic.size < 0.5 && !byHead)) continue;
    // One of its names, kind and generic words aside, must be mostly in the description:
    // «هدنة في البحر الأسود» is not the grain deal, whose names all say «الحبوب».
    const stems = countryStems(k);
    const named = namesOf(ctx).get(info.id)?.bags.some((bag) => {
      // «الهدنة الأممية» for «الهدنة الأممية في اليمن»: a name of its kind and place words only is named by
      // those words, its country left out when the article names it.
      const words = topicWordsOf(k, bag).filter((w) => family(w) !== kind.family);
      if (words.length === 0) {
        const own = [...bag.anchors].filter((w) => !stems.has(w));
        return own.length > 0 && own.every((w) => topic.has(w)) && [...bag.anchors].every((w) => !stems.has(w) || scene.countries.has(stems.get(w)!));
      }
      // Its place words must be in the description unless the article names its parties («في لبنان»), or in
      // its sentence («… في غزة، ودعا إلى احترام اتفاق وقف الحرب»).
      if (info.parties.length === 0 && [...bag.anchors].some((w) => !described().has(w) && !sentence().has(w))) return false;
      // «مذكرة التفاهم الرباعية التي وقعت في بغداد … لمشروع طريق التنمية»: the description names one of its words, and
      // its sentence the rest («وتشارك فيه قطر والإمارات بموجب مذكرة التفاهم الرباعية» after «لمشروع طريق التنمية»).
      const inTopic = (w: string) => topic.has(w) || topic.has(`ل${w}`);
      if (words.filter(inTopic).length / words.length >= 0.75) return true;
      const partiesNamed = parties.size >= 2 || (info.parties.length >= 2 && info.parties.every((c) => scene.countries.has(c)));
      return words.some(inTopic) && partiesNamed && words.filter((w) => inTopic(w) || sentence().has(w) || sentence().has(`ل${w}`)).length / words.length >= 0.75;
    });
    if (!named) continue;
    // «الهدنة الأممية» in a story of Yemen: the country its name holds («… في اليمن») is named in the article.
    // «اتفاق المصالحة» in the report of its signing in Cairo that week: the day and the city are its own, for a
    // definite description with the very kind word of its names («اتفاق سلام», «اتفاقية التعاون» for a protocol: no).
    const definite = [tokens[i], tokens[i + 1]].some((t) => t?.stems.some((st) => st.text.startsWith('ال') && !STOP_WORDS.has(st.text)));
    const signedHere =
      definite && info.kinds.has(contentWords([kind.text])[0] ?? '') && signedDaysBefore(ctx, info) && info.place.length > 0 && info.place.every((w) => scene.words.has(w));
    // «اتفاق لاستئناف العلاقات الدبلوماسية بينهما»: the two the article is about are its two parties.
    // Only a document already signed, of a year the description may give, and only when the sentence around it names
    // both («بين طهران وموسكو، … في إطار الوثيقة الاستراتيجية … بين البلدين» is not the American–Russian one).
    const ofThePair =
      info.parties.length === 2 &&
      info.date !== '' &&
      ctx.date !== '' &&
      info.date <= ctx.date &&
      info.parties.every((c) => scene.countries.has(c)) &&
      (between ??= betweenThePairAfter(ctx, i)) &&
      (!anyYear || info.dates.some((d) => yearsNamed.has(d.slice(0, 4)))) &&
      info.parties.every((c) => (near ??= countriesNear(ctx, i, NEAR_TOKENS)).has(c));
    const corroborated =
      (year !== '' && info.date.startsWith(year)) || (parties.size > 0 && info.parties.length > 0) || namedCountriesIn(ctx, info, scene) || signedHere || ofThePair;
    if (shared < 2 && !corroborated) continue;
    // «اتفاقية التعاون العسكري بين البلدين» is the agreement of that name before the protocol of the same field
    // signed that day: an entry of the very kind word the description uses comes first.
    const sameKind = info.kinds.has(contentWords([kind.text])[0] ?? '') ? SAME_KIND_WORD : 0;
    // «اتفاق وقف إطلاق النار» in a Lebanese story of early June 2025: the ceasefire already in force, not one of weeks later.
    const later = info.date && ctx.date && info.date > addDays(ctx.date, 1) ? LATER_PENALTY : 0;
    candidates.push({ info, score: shared + (corroborated ? 1 : 0) + sameKind - later, last: byHead ? topicAt[head - 1]! : Math.max(last, topicLast) });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score);
  let top = candidates.filter((c) => c.score === candidates[0]!.score);
  // Of equal readings, the one the date points to; two recent agreements for a bare word: neither.
  if (topic.size === 0 && top.length > 1) return null;
  // «اتفاق وقف إطلاق النار» in a Lebanese story that names Israel beside it is the Israeli–Lebanese one,
  // not a later one with Syria the story names elsewhere: readings with more of their parties named near it first.
  if (top.length > 1) {
    const near = countriesNear(ctx, i, NEAR_TOKENS);
    const closeness = (c: (typeof top)[number]) => c.info.parties.filter((p) => near.has(p)).length;
    const best = Math.max(...top.map(closeness));
    if (best > 0) top = top.filter((c) => closeness(c) === best);
  }
  // («… لاتفاق وقف إطلاق النار» in a story of Lebanon's prime minister that names the war in Iran in passing: the
  // Israeli–Lebanese one, a party of which has an official in the story, before the later Israeli–Iranian one.)
  const seated = mostSeated(top.map((c) => c.info), scene);
  const info = pickByDate(seated, ctx.date)!;
  const chosen = top.find((c) => c.info === info)!;
  const span = withClosingQuote(ctx, tokenSpan(ctx, i, kind.prefix, chosen.last), i, chosen.last);
  return { id: info.id, info, nameEn: info.en, span, first: i, last: chosen.last };
}

/** What names the two sides a document is between without naming them: «بين البلدين», «بين الجانبين». */
const THE_PAIR = new Set('البلدين الجانبين الطرفين الدولتين بلديهما'.split(' ').map(normalizeKey));
const BETWEEN_THEM = normalizeKey('بينهما');

/**
 * Whether the clause of the kind word at i says its document is between «the two» («… بين البلدين», «… بينهما»)
 * within the words a description may take: then an entry of exactly the two countries the article names fits it.
 */
function betweenThePairAfter(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i + 1; j < tokens.length && j <= i + WINDOW; j++) {
    const t = tokens[j]!;
    if ((t.gapBefore & ~(Gap.Space | Gap.Quote | Gap.Dash)) !== 0) return false;
    if (t.text === BETWEEN_THEM || (t.text === 'بين' && THE_PAIR.has(tokens[j + 1]?.text ?? ''))) return true;
  }
  return false;
}

/** Verbal nouns of reaching or concluding a document with the ل of purpose: an indefinite one after them is still to be reached. */
const AIMED_AT = new Set('للتوصل للوصول لإبرام لإقرار'.split(' ').map(normalizeKey));
/** The same without it: «التوصل إلى اتفاق» is sought only after words of effort or aim (else it may be announced: «أعلن التوصل إلى اتفاق»). */
const REACHING = new Set('التوصل الوصول إبرام إقرار'.split(' ').map(normalizeKey));
/** Words of effort, aim or demand before such a verbal noun: «الجهود الرامية إلى …», «داعية إلى التوصل …», «ضرورة التوصل …». */
const EFFORT = new Set(
  'جهود الجهود مساعي المساعي سبل بهدف أجل الرامية الرامي الهادفة الهادف الساعية نحو إمكانية فرص دعا دعت داعيا داعية يدعو تدعو مطالبا مطالبة ضرورة أهمية'
    .split(' ')
    .map(normalizeKey),
);
/** Days around the article within which a document sought may be one reached («… التوصل إلى اتفاق» the day before it is announced). */
const SOUGHT_BEFORE = 3;
const SOUGHT_AFTER = 7;

/** How many days after a document was signed a report of it may still be the news of its signing. */
const SIGNING_NEWS_DAYS = 3;

/** Whether the entry was signed on the article's day or the few days before it: a report of its signing. */
function signedDaysBefore(ctx: TextContext, info: AgreementInfo): boolean {
  return ctx.date !== '' && info.dates.some((d) => d <= ctx.date && d >= addDays(ctx.date, -SIGNING_NEWS_DAYS));
}

/** Whether an entry has no date, or one of its days falls around the article's (a document sought may be reached then). */
function aroundArticle(ctx: TextContext, info: AgreementInfo): boolean {
  return info.dates.length === 0 || info.dates.some((d) => d >= addDays(ctx.date, -SOUGHT_BEFORE) && d <= addDays(ctx.date, SOUGHT_AFTER));
}

/**
 * Whether the kind word at i is an indefinite document being sought: «للتوصل إلى اتفاق», «الرامية إلى إبرام اتفاق»,
 * «جهود التوصل إلى هدنة». Only an entry of the article's days can be it.
 */
function soughtAt(ctx: TextContext, i: number, kind: Kind): boolean {
  const { tokens } = ctx;
  if (!ctx.date) return false;
  // «المساعي المكثفة من أجل الهدنة في غزة»: efforts for the truce are for one still to come, definite or not.
  if (tokens[i - 1]?.text === 'اجل' && tokens[i - 2]?.text === 'من' && effortBefore(ctx, i - 2)) return true;
  // «اتفاق المرحلة الأولى»: a noun in construct is definite.
  if (withoutArticle(kind.text) !== kind.text || (tokens[i + 1]?.text.startsWith('ال') && (tokens[i + 1]!.gapBefore & ~Gap.Space) === 0)) return false;
  // «إبرام اتفاق», «التوصل إلى اتفاق»: the verbal noun, right before or before «إلى».
  // («التوصل لهدنة إنسانية»: or with «ل» on the kind word itself.)
  const at = tokens[i - 1]?.text === 'الي' ? i - 2 : i - 1;
  const noun = tokens[at]?.text ?? '';
  if (AIMED_AT.has(noun)) return true;
  // «المساعي الرامية إلى وقف إطلاق النار والتوصل إلى هدنة …»: joined by «و» to what the efforts aim at.
  if (noun.startsWith('و') && REACHING.has(noun.slice(1))) return effortBefore(ctx, at);
  if (!REACHING.has(noun)) return false;
  // «الجهود الرامية إلى التوصل …», «من أجل التوصل …»: what efforts aim at.
  const before = tokens[at - 1]?.text ?? '';
  return EFFORT.has(before) || (before === 'الي' && EFFORT.has(tokens[at - 2]?.text ?? ''));
}

/** How far back in its clause a word of effort may stand before what it aims at («المساعي المكثفة من أجل …»). */
const EFFORT_REACH = 8;

/** Whether a word of effort or aim stands a few words before token j, in its clause. */
function effortBefore(ctx: TextContext, j: number): boolean {
  const { tokens } = ctx;
  for (let k = j - 1; k >= 0 && k >= j - EFFORT_REACH; k--) {
    if (EFFORT.has(tokens[k]!.text) || EFFORT.has(noAnd(tokens[k]!.text))) return true;
    if ((tokens[k + 1]!.gapBefore & (Gap.Stop | Gap.Comma | Gap.Newline)) !== 0) return false;
  }
  return false;
}

/**
 * The written days and months of a relative clause right after a description at token r
 * («… الذي بدأ تطبيقه في 27 تشرين الثاني/نوفمبر», «… التي وقعت في مارس 2023»), as «YYYY-MM-DD» or «YYYY-MM»;
 * null when no such clause or no such date. A day written without its year that falls after the
 * article is last year's: the clause tells of a document already in force.
 */
function clauseDates(ctx: TextContext, r: number): string[] | null {
  const { tokens } = ctx;
  const relative = tokens[r];
  if (!ctx.date || !relative || !RELATIVE_WORDS.has(relative.text) || (relative.gapBefore & ~Gap.Space) !== 0) return null;
  let end = r + 1;
  while (end < tokens.length && end <= r + CLAUSE_WORDS + 3 && (tokens[end]!.gapBefore & (Gap.Stop | Gap.Comma | Gap.Newline)) === 0) end++;
  const out: string[] = [];
  for (const d of findDates(ctx, r + 1, end - 1, ctx.date)) {
    if (!d.date || tokens[d.token]!.kind !== 'number') continue;
    out.push(d.date > ctx.date ? `${+d.date.slice(0, 4) - 1}${d.date.slice(4)}` : d.date);
  }
  for (const m of monthsWritten(ctx, r + 1, end - 1)) out.push(m.month);
  return out.length > 0 ? out : null;
}

/** Whether an entry's date is the day (give or take one, for time zones) or the month a clause gives. */
function sameTime(given: string, date: string): boolean {
  return given.length === 7 ? date.startsWith(given) : Math.abs(daysBetween(given, date) ?? 99) <= 1;
}

/**
 * The person named right before a plan's kind word, joined to it by «و» («لترامب ولخطة السلام …»), who can be the
 * author its relative clause refers to by pronoun; null when none.
 */
function authorBefore(ctx: TextContext, i: number, scene: Scene): { id: string; last: number } | null {
  const head = ctx.tokens[i];
  if (!head || !head.text.startsWith('و') || i === 0) return null;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const official = scene.officialAt(j);
    if (official && official.last === i - 1) return { id: official.id, last: i - 1 };
  }
  return null;
}

/** Whether an official is named at token j + 1 (the author after the verb, as usual). */
function nextIsOfficial(scene: Scene, j: number): boolean {
  return scene.officialAt(j + 1) !== null;
}

/** Verbs of putting a plan forward, with the plan as their object pronoun: «التي طرحها الرئيس …». */
const PROPOSED_IT = new Set('طرحها قدمها أطلقها اقترحها أعلنها عرضها وضعها حددها طرحتها قدمتها أطلقتها اقترحتها أعلنتها عرضتها طرحه قدمه أطلقه اقترحه عرضه أعلنه وضعه حدده طرحته قدمته أطلقته اقترحته أعلنته عرضته'.split(' ').map(normalizeKey));
/** Verbs of making a plan public that take it with «عن»: «كشفت عنها», «أعلن عنه». */
const REVEALED = new Set('كشف كشفت أعلن أعلنت'.split(' ').map(normalizeKey));
const ABOUT_IT = new Set('عنها عنه'.split(' ').map(normalizeKey));
/** «المبادئ التي أعلنها …»: principles, only with a relative clause of their author. */
const PRINCIPLES = new Set(['المبادئ', 'مبادئ'].map(normalizeKey));
/** The kind words of proposals, as `family` gives them («خطة» reads خطه, «مبادرة» مبادره). */
const PLAN_KINDS = new Set(['plan', 'خطه', 'مبادره', 'رؤيه', 'خطط', 'خارطه', 'خريطه']);
/** «مسار»: a course, a plan's kind word only of one named after its author right after it. */
const PATH_WORDS: ReadonlySet<string> = new Set(['مسار']);
/**
 * «اقتراح بايدن», «مقترح الرئيس الأمريكي»: a proposal, read as a plan only here, where its author is named
 * and the knowledge lists a plan of theirs (alone, «مقترح» is any suggestion of anyone).
 */
const PROPOSAL_NOUNS = new Set(['مقترح', 'اقتراح'].map(normalizeKey));

function proposalAt(token: Token | undefined): Kind | null {
  if (!token || token.skip || token.kind !== 'word') return null;
  const stem = readingsOf(token).proposal;
  return stem ? { prefix: stem.prefix, text: stem.text, family: 'plan' } : null;
}

/** Words that open a plan's topic after its author: «مبادرة ترامب بشأن …», «خطة بايدن حول …» (and «لـ»: «للسلام»). */
const TOPIC_OPENERS = new Set(['بشان', 'حول', 'لانهاء', 'لوقف']);
/** How far after a plan's kind word its author may be named («خطة السلام التي طرحها الرئيس الأمريكي دونالد ترامب»). */
const PROPOSER_REACH = 8;

/**
 * «خطة ترامب», «خطة الرئيس الأمريكي دونالد ترامب للسلام», «خطة السلام التي طرحها الرئيس ترامب»,
 * «مبادرة ولي العهد السعودي»: a plan or an initiative named after the official who put it forward.
 * The entry of that kind the knowledge gives that author, latest on or before the article's date.
 */
function proposedAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const { tokens, k } = ctx;
  // «المبادئ التي أعلنها الرئيس الأمريكي جو بايدن»: principles made public by their author stand for his proposal.
  const principles =
    PRINCIPLES.has(tokens[i]?.text ?? '') && RELATIVE_WORDS.has(tokens[i + 1]?.text ?? '') && PROPOSED_IT.has(tokens[i + 2]?.text ?? '') ? { prefix: 0, text: tokens[i]!.text, family: 'plan' } : null;
  const kind = kindAt(tokens[i], tokens[i + 1]) ?? principles ?? proposalAt(tokens[i]);
  if (!kind || !PLAN_KINDS.has(kind.family)) return null;
  // «مقترح للرئيس ترامب بشأن …» (indefinite, «a proposal of his») is a new one, not the plan the knowledge lists.
  const proposal = kind.family === 'plan' && PROPOSAL_NOUNS.has(withoutArticle(kind.text));
  if (proposal && !kind.text.startsWith('ال') && /^ل/.test(tokens[i + 1]?.text ?? '')) return null;
  // «تقديره لترامب ولخطة السلام التي قدمها»: the author named just before the plan, its clause ending the sentence's words.
  const before = authorBefore(ctx, i, scene);
  for (let j = i + 1; j < tokens.length && j <= i + PROPOSER_REACH; j++) {
    const t = tokens[j]!;
    if (t.skip || covered.has(j) || (t.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || kindAt(t)) return null;
    const official = scene.officialAt(j) ?? (before && PROPOSED_IT.has(t.text) && RELATIVE_WORDS.has(tokens[j - 1]?.text ?? '') && !nextIsOfficial(scene, j) ? before : null);
    // «مسار السياسة الخارجية لترامب»: a path is its author's only when he is named right after it («مسار ترامب»);
    // after other words it is the course of what they name.
    if (official && j > i + 1 && PATH_WORDS.has(withoutArticle(kind.text))) return null;
    if (official) {
      const limit = ctx.date ? addDays(ctx.date, 1) : '';
      // «مبادرة ترامب» may be his plan: any kind of proposal names any other.
      const entries: AgreementInfo[] = [...k.agreements.values()].filter(
        (info) => info.proposers.includes(official.id) && [...info.kinds].some((kd) => PLAN_KINDS.has(family(kd))) && (!limit || !info.date || info.date <= limit),
      );
      // «خطة ترامب» in a story of Gaza is his plan for Gaza, not for Ukraine: the entries whose place
      // words (غزة، أوكرانيا) the article names come first.
      // (Not the words of the plan's own phrase: «خطة الرئيس الأمريكي» names the author's country, not the plan's.)
      // (Not the words of the plan's own phrase nor its author's country: «خطة الرئيس الأمريكي» names
      // the author's country, not the plan's.)
      const phrase = new Set(contentWords(tokens.slice(i, official.last + 1).map((t) => t.text)));
      const home = new Set(k.people.get(official.id)?.terms.map((t) => t.country) ?? []);
      const homeWords = scene.countryWords(home);
      const own = (info: AgreementInfo) => {
        const anchors = new Set((namesOf(ctx).get(info.id)?.bags ?? []).flatMap((b) => [...b.anchors]));
        for (const w of anchors) if (!phrase.has(w) && !homeWords.has(w) && scene.words.has(w)) return 1;
        return 0;
      };
      // «مبادرة ترامب بشأن أمن الملاحة في البحر الأسود»: words of its topic after the author must be the plan's.
      const topic: string[] = [];
      const opener = tokens[official.last + 1];
      // «مقترح ترامب نقل سكان غزة»: a proposal's content may follow its author with no word to open it.
      const opens =
        opener !== undefined &&
        (opener.gapBefore & ~Gap.Space) === 0 &&
        (TOPIC_OPENERS.has(opener.text) || /^لل|^ل(?!ا$)/.test(opener.text) || (proposal && opener.kind === 'word' && !RELATIVE_WORDS.has(opener.text) && contentWordOf(opener.text) !== ''));
      for (let n = official.last + 1; opens && n < tokens.length && n <= official.last + PROPOSER_REACH; n++) {
        const t = tokens[n]!;
        if ((t.gapBefore & ~Gap.Space) !== 0) break;
        const w = contentWordOf(t.text);
        if (w !== '' && !GENERIC_WORDS.has(w)) topic.push(noAnd(w));
      }
      const onTopic = (info: AgreementInfo) => {
        if (topic.length === 0) return true;
        const vocabulary = namesOf(ctx).get(info.id)?.vocabulary;
        return topic.some((w) => vocabulary?.has(w) === true);
      };
      entries.splice(0, entries.length, ...entries.filter(onTopic));
      const best = Math.max(0, ...entries.map(own));
      const near = entries.filter((e) => own(e) === best);
      // Several of the author's plans and none of their places in the story: which one is not said.
      if (near.length > 1 && best === 0) return null;
      const info = pickByDate(near, ctx.date);
      if (!info) return null;
      // The author stays a person of the story: the mention ends before their title and name.
      let last = j - 1;
      if (official === before) last = j - 2;
      else {
        // «خارطة الطريق»: the kind is two words.
        const kindEnd = ROADMAP_HEADS.has(withoutArticle(kind.text)) ? i + 1 : i;
        while (last > kindEnd && k.titles.matchAt(tokens, last, { clitics: false }).length > 0) last--;
        while (last > kindEnd && (RELATIVE_WORDS.has(tokens[last]!.text) || PROPOSED_IT.has(tokens[last]!.text) || REVEALED.has(tokens[last]!.text) || ABOUT_IT.has(tokens[last]!.text) || tokens[last]!.text.startsWith('ال'))) last--;
      }
      const span = tokenSpan(ctx, i, kind.prefix, last);
      return { id: info.id, info, nameEn: info.en, span, first: i, last };
    }
    // Between the plan and its author only titles, the words of its topic and «التي طرحها».
    // «التي كشفت عنها الممثلة الخاصة», «الذي أعلن عنه الرئيس»: a verb of making it public with «عن» and its pronoun.
    const revealed = (REVEALED.has(t.text) && ABOUT_IT.has(tokens[j + 1]?.text ?? '')) || (ABOUT_IT.has(t.text) && REVEALED.has(tokens[j - 1]?.text ?? ''));
    if (revealed) continue;
    if (STOP_WORDS.has(t.text) && !RELATIVE_WORDS.has(t.text) && t.text !== 'بشان') return null;
    // A word that is no title, topic or relative (a verb, a name of someone else) ends the search.
    if (!t.text.startsWith('ال') && !t.text.startsWith('لل') && !RELATIVE_WORDS.has(t.text) && !PROPOSED_IT.has(t.text) && !k.titles.matchAt(tokens, j, { clitics: false }).length) return null;
  }
  return null;
}

/** How far around a description the countries of its sentence are looked for. */
const NEAR_TOKENS = 30;

/** The tokens [from, to) of the sentence of token i, at most `radius` tokens each way. */
export function sentenceAround(ctx: TextContext, i: number, radius: number): [number, number] {
  const { tokens } = ctx;
  const ends = (j: number) => (tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0;
  let from = i;
  while (from > 0 && from > i - radius && !ends(from)) from--;
  let to = i + 1;
  while (to < tokens.length && to < i + radius && !ends(to)) to++;
  return [from, to];
}

/** The content words of the sentence of token i, at most `radius` tokens each way. */
function wordsOfSentence(ctx: TextContext, i: number, radius: number): Set<string> {
  const [from, to] = sentenceAround(ctx, i, radius);
  const out = new Set<string>();
  for (let j = from; j < to; j++) for (const w of contentWords([ctx.tokens[j]!.text])) out.add(w);
  return out;
}

/** The countries named (by name, adjective or seat) in the sentence of token i, at most `radius` tokens each way. */
function countriesNear(ctx: TextContext, i: number, radius: number): Set<string> {
  const out = new Set<string>();
  const [from, to] = sentenceAround(ctx, i, radius);
  for (const m of countryMatches(ctx, from, to, false)) for (const c of m.values) out.add(c);
  return out;
}

/** «مذكرتي تفاهم؛ تختص الأولى بـ… والثانية بـ…»: ordinals that tell apart several documents named together. */
const ORDINALS: ReadonlySet<string> = new Set('الأولى الثانية الثالثة الرابعة الخامسة'.split(' ').map(normalizeKey));
/** The reading of a word that is an ordinal, if any (by word: every token is asked). */
const ordinalStem = new WordMemo<Stem | null>((token) => token.stems.find((st) => ORDINALS.has(st.text)) ?? null);
/** Dual and plural kind words, with the family of their documents. */
const SEVERAL = new Map(
  [
    ['مذكرتي مذكرتين مذكرتا مذكرات اتفاقيتي اتفاقيتين اتفاقيتا اتفاقين اتفاقي اتفاقيات اتفاقات معاهدتين معاهدتي', 'treaty'],
    ['وثيقتين وثيقتي وثيقتا وثائق إعلانين بيانين', 'declaration'],
  ].flatMap(([words, fam]) => words!.split(' ').map((w) => [normalizeKey(w), fam!] as const)),
);
/** How far before an ordinal the documents it counts may be named. */
const ORDINAL_REACH = 20;

/**
 * An ordinal after several documents named together in the same paragraph («أبرم البلدان مذكرتي
 * تفاهم؛ تختص الأولى بالتعاون الأمني والثانية بتحديد مناطق الصلاحية البحرية»): the ordinal and
 * what follows describe one of them, read as a description after a kind word of that family.
 */
function ordinalAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const { tokens } = ctx;
  const token = tokens[i]!;
  if (token.skip || token.kind !== 'word') return null;
  const stem = ordinalStem.get(token);
  if (!stem) return null;
  for (let j = i - 1; j >= 0 && j >= i - ORDINAL_REACH; j--) {
    const fam = tokens[j]!.stems.map((st) => SEVERAL.get(withoutArticle(st.text))).find((f) => f !== undefined);
    if (fam) return describedInContextAt(ctx, i, covered, scene, { prefix: stem.prefix, text: stem.text, family: fam });
    if ((tokens[j + 1]!.gapBefore & Gap.Newline) !== 0) return null;
  }
  return null;
}

/** Codes of organisations among the countries (their adjectives, «الأممية», name agreements as well as parties). */
const ORGANISATIONS: ReadonlySet<string> = new Set(['UN', 'EU', 'NATO', 'GCC', 'IAEA', 'AU-ORG', 'OIC']);
const nameCountriesCache = new WeakMap<AgreementInfo, ReadonlySet<string>>();
const countryStemsCache = new WeakMap<Knowledge, ReadonlyMap<string, string>>();

/** Countries of a one-word Arabic name, by that name's content word («اليمن» → يمن → YE), as agreement bags hold them. */
function countryStems(k: Knowledge): ReadonlyMap<string, string> {
  let map = countryStemsCache.get(k);
  if (!map) {
    const made = new Map<string, string>();
    for (const c of k.countries.values()) {
      const words = contentWords(normalizeKey(c.ar).split(' '));
      if (words.length === 1) made.set(words[0]!, c.code);
    }
    countryStemsCache.set(k, made);
    map = made;
  }
  return map;
}

/** Whether every name of the entry holds a country among its words, and the article names each such country. */
function namedCountriesIn(ctx: TextContext, info: AgreementInfo, scene: Scene): boolean {
  let codes = nameCountriesCache.get(info);
  if (!codes) {
    const found = new Set<string>();
    let every = true;
    const bags = namesOf(ctx).get(info.id)?.bags ?? [];
    const byStem = countryStems(ctx.k);
    for (const bag of bags) {
      let here = false;
      // («اتفاق وقف إطلاق النار بين حزب الله وإسرائيل»: a country after «و» is named by the name too.)
      for (const word of bag.words) {
        const code = byStem.get(word) ?? byStem.get(noAnd(word));
        if (code === undefined) continue;
        found.add(code);
        here = true;
      }
      if (!here) every = false;
    }
    if (bags.length === 0) every = false;
    codes = every ? found : new Set();
    nameCountriesCache.set(info, codes);
  }
  return codes.size > 0 && [...codes].every((c) => scene.countries.has(c));
}

/** Words after an indefinite statement that say who issued it: «بيان صادر عن …», «بيان عن …». */
const ISSUED = new Set(['صادر', 'الصادر', 'عن']);
/** Bodies that issue statements, in construct after «لـ» («بيان لوزارة الخارجية»), normalised. */
const ISSUERS = new Set(['وزاره', 'رئاسه', 'ديوان', 'حكومه', 'مكتب', 'مجلس', 'سفاره', 'قياده', 'امانه']);

/**
 * Whether, before token i or at it, the text speaks of a statement of the same kind issued by one body:
 * an indefinite kind word followed by «لـ» + the body («بيان للديوان الملكي», «بيان لوزارة الخارجية»)
 * or by «صادر عن», «عن», or set between commas after its issuer's verb («وقال الديوان، في بيان، إن …»).
 */
function institutionStatementBefore(ctx: TextContext, i: number, kindFamily: string): boolean {
  const first = firstInstitutionStatements(ctx).get(kindFamily);
  return first !== undefined && first <= i;
}

/** Where each kind's first statement issued by one body stands: read once per text, not once per kind word. */
const institutionStatementsCache = new WeakMap<readonly Token[], ReadonlyMap<string, number>>();

function firstInstitutionStatements(ctx: TextContext): ReadonlyMap<string, number> {
  const { tokens } = ctx;
  let firsts = institutionStatementsCache.get(tokens);
  if (firsts) return firsts;
  const found = new Map<string, number>();
  for (let j = 0; j < tokens.length; j++) {
    const kind = kindAt(tokens[j], tokens[j + 1]);
    if (!kind || found.has(kind.family) || kind.text.startsWith('ال')) continue;
    const next = tokens[j + 1];
    // «وقال الديوان الملكي الهاشمي، في بيان، إن …»: a statement set between commas after its issuer's verb.
    if (next && tokens[j - 1]?.text === 'في' && (tokens[j - 1]!.gapBefore & Gap.Comma) !== 0 && (next.gapBefore & Gap.Comma) !== 0) {
      found.set(kind.family, j);
      continue;
    }
    if (!next || (next.gapBefore & ~Gap.Space) !== 0) continue;
    if (ISSUED.has(next.text) || (next.text.startsWith('ل') && next.stems.some((st) => st.prefix === 1 && (st.text.startsWith('ال') || ISSUERS.has(st.text))))) found.set(kind.family, j);
  }
  firsts = found;
  institutionStatementsCache.set(tokens, firsts);
  return firsts;
}

/** One body that issues statements, as the subject of a relative clause («الذي وزعته السفارة», «التي أصدرتها الخارجية»), normalised. */
const ONE_ISSUER = new Set([...ISSUERS, 'خارجيه', 'وزاره', 'كرملين']);

/** Relative pronouns that open a clause describing an agreement. */
/** «الاتفاق الذي …», and the participles that do the same work: «إعلان المبادئ الموقع بين الدول الثلاث في الخرطوم». */
const RELATIVE_WORDS = new Set(['الذي', 'التي', 'الموقع', 'الموقعة', 'المبرم', 'المبرمة', 'المعلن', 'المعلنة'].map(normalizeKey));
/**
 * «اتفاق برعاية صينية», «الهدنة بوساطة أممية»: words that open a clause naming who brokered it. Such a
 * clause is read like a relative one, but only its mediator can tell which document it is.
 */
const BROKERED_BY = new Set(['برعاية', 'بوساطة'].map(normalizeKey));
/** The second word of a month written in two («كانون الثاني», «تشرين الأول»). */
const MONTH_SECOND = new Set(['الاول', 'الثاني']);
/** Verbs that take the document as their object pronoun: «وقعه», «أبرماه», «أصدراه». */
const SIGNED_IT = new Set(
  'وقعه وقعاه وقعته وقعتاه وقعوه وقعها وقعاها وقعتها وقعوها أبرمه أبرماه أبرمته أبرموه أبرمها أبرمتها أصدره أصدراه أصدرته أصدروه أصدرها أصدرتها اعتمده اعتمداه اعتمدته اعتمدها تبناه'.split(' ').map(normalizeKey),
);
/** Adjectives of an indefinite document before such a verb: «إعلان مشترك وقعه …». */
const JOINT_ADJECTIVES = new Set(['مشترك', 'مشتركا', 'مشتركه', 'ثنائي', 'ثنائيا', 'ثلاثي', 'ثلاثيا'].map(normalizeKey));
const VISIT_WORDS = new Set(['زياره', 'زيارته', 'زيارتها', 'زيارتهما'].map(normalizeKey));
/** How many words of a relative clause may describe an agreement. */
const CLAUSE_WORDS = 10;
/** «مجموعة من», «عدد من»: words that count the documents after them. */
const QUANTIFIERS = new Set(['مجموعه', 'عدد', 'جمله', 'سلسله', 'حزمه'].map(normalizeKey));
/** «العاصمة»: the word before a capital named as the place of signing. */
const CAPITAL_WORDS = new Set(['العاصمه', 'عاصمه'].map(normalizeKey));
/** How long before the article a document its issuers' clause names may have been issued. */
const ISSUED_DAYS = 120;
/** Most words of a topic between a kind word and its relative clause («اتفاق وقف إطلاق النار الذي …»). */
const TOPIC_WORDS = 3;

/** How many words of a topic stand between the kind word at i and a relative word, 0 when none does. */
function topicBeforeClause(ctx: TextContext, i: number, covered: ReadonlySet<number>): number {
  const { tokens } = ctx;
  for (let n = 1; n <= TOPIC_WORDS + 1; n++) {
    const t = tokens[i + n];
    if (!t || t.skip || covered.has(i + n) || t.kind !== 'word' || (t.gapBefore & ~Gap.Space) !== 0) return 0;
    if (RELATIVE_WORDS.has(t.text) || BROKERED_BY.has(t.text)) return n - 1;
    if (kindAt(t) || STOP_WORDS.has(t.text)) return 0;
  }
  return 0;
}

/** The country of a listed person's office on the article's date (else of their first office), or null. */
function countryOfPerson(ctx: TextContext, id: string): string | null {
  const terms = ctx.k.people.get(id)?.terms ?? [];
  return countryOnDate(terms, ctx.date) ?? terms[0]?.country ?? null;
}

/**
 * «الاتفاق الذي أبرمه البلدان في بكين», «للاتفاق الذي رعته الصين»: a kind word and a relative
 * clause that gives where it was signed or who brokered it. The one entry of the article's
 * parties, of that kind, dated before the article, whose city the clause names or whose mediator
 * it names; the countries the clause names must be its parties or mediators. Two such: neither.
 */
function describedByClauseAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const { tokens, k } = ctx;
  const kind = kindAt(tokens[i], tokens[i + 1]);
  // («الاتفاقيات التي جرى توقيعها»: documents in the plural are not one agreement.)
  if (!kind || PLURAL_KINDS.has(withoutArticle(kind.text))) return null;
  // «إعلان مشترك وقعه الرئيسان خلال زيارة …»: an indefinite kind (and its adjective) and a verb that
  // takes it as its object: a relative clause without «الذي».
  const adjective = JOINT_ADJECTIVES.has(tokens[i + 1]?.text ?? '') && (tokens[i + 1]!.gapBefore & ~Gap.Space) === 0 ? 1 : 0;
  const signedIt = SIGNED_IT.has(tokens[i + 1 + adjective]?.text ?? '');
  // «إعلان المبادئ الذي وقعه قادة الدول الثلاث في الخرطوم»: one definite word of the name may stand before the clause;
  // «اتفاق وقف إطلاق النار الذي تم التوصل إليه في مينسك»: or a topic of a few words, which names no entry by itself.
  const opensClause = (t: Token | undefined) => t !== undefined && (RELATIVE_WORDS.has(t.text) || BROKERED_BY.has(t.text));
  const topic = signedIt || opensClause(tokens[i + 1]) ? 0 : topicBeforeClause(ctx, i, covered);
  const named = topic === 1 ? tokens[i + 1] : null;
  const r = signedIt ? i + 1 + adjective : i + 1 + topic;
  const relative = tokens[r];
  if (!relative || !(signedIt || opensClause(relative)) || (relative.gapBefore & ~Gap.Space) !== 0 || covered.has(r)) return null;
  const brokered = !signedIt && BROKERED_BY.has(relative.text);
  if (named && (!named.text.startsWith('ال') || (named.gapBefore & ~Gap.Space) !== 0 || covered.has(i + 1) || kindAt(named))) return null;
  const nameWord = named ? contentWords([named.text])[0] : undefined;
  if (named && !nameWord) return null;
  const topicWords = topic > 1 ? contentWords(tokens.slice(i + 1, i + 1 + topic).map((tk) => tk.text)).map(noAnd) : [];
  const countries: { code: string; last: number; place: boolean }[] = [];
  const issuers: string[] = [];
  let issuersLast = -1;
  const words: { word: string; at: number }[] = [];
  for (let j = r + 1; j < tokens.length && j <= r + CLAUSE_WORDS; j++) {
    const t = tokens[j]!;
    // («… في مارس 2021 لإنهاء الأزمة»: a year is read by the dates, and the clause goes on after it.)
    if (t.kind === 'number' && !t.skip && (t.gapBefore & ~Gap.Space) === 0) continue;
    if (t.skip || covered.has(j) || (t.gapBefore & ~Gap.Space) !== 0 || t.kind !== 'word' || kindAt(t)) break;
    // «البيان الذي وزعته السفارة الأمريكية في موسكو»: a body that issues statements, one alone, as the clause's
    // subject right after its verb: that body's own statement, whatever party and city the clause names.
    if (j === r + 2 && ONE_ISSUER.has(withoutArticle(t.text))) return null;
    // «البيان المشترك الذي أصدره الرئيسان دونالد ترامب وفلاديمير بوتين»: the people who issued it, by their countries.
    const official = scene.officialAt(j);
    if (official) {
      const code = countryOfPerson(ctx, official.id);
      if (code) issuers.push(code);
      issuersLast = official.last;
      j = official.last;
      continue;
    }
    // «برعاية صينية», «بوساطة قطرية مصرية»: the brokers by adjectives written without their article.
    const broker = brokered && j === r + 1 + countries.length ? adjectiveCode(k, contentWordOf(t.text)) : null;
    if (broker) {
      countries.push({ code: broker, last: j, place: false });
      continue;
    }
    const country = k.countryNames.matchAt(tokens, j)[0] ?? k.countryAdjectives.matchAt(tokens, j)[0];
    if (country) {
      // «في العاصمة الكازاخية أستانا», «في مينسك»: the place of signing, which need not be a party.
      const capital = CAPITAL_WORDS.has(tokens[j - 1]?.text ?? '') || CAPITAL_WORDS.has(tokens[j - 2]?.text ?? '');
      for (const code of country.values) countries.push({ code, last: country.last, place: capital || tokens[j - 1]?.text === 'في' });
      // «في الخرطوم»: a capital after «في» names its country and is also the place of signing («بين الرياض وطهران» only the parties);
      // so does the capital of a visit during which it was signed («خلال زيارة أردوغان إلى القاهرة»).
      const visited = tokens[j - 1]?.text === 'الي' && words.some((w) => VISIT_WORDS.has(tokens[w.at]!.text));
      if (tokens[j - 1]?.text === 'في' || visited || capital) for (let c = j; c <= country.last; c++) for (const w of contentWords([tokens[c]!.text])) words.push({ word: noAnd(w), at: c });
      j = country.last;
      continue;
    }
    const content = contentWordOf(t.text);
    if (content !== '') words.push({ word: noAnd(content), at: j });
  }
  if (countries.length === 0 && words.length === 0 && issuers.length === 0) return null;
  // «للبيان المشترك الذي صدر عن الولايات المتحدة وروسيا في 11 تشرين الثاني»: a day the clause gives.
  const clauseEnd = Math.min(tokens.length - 1, r + CLAUSE_WORDS + 3);
  // (A document reached or signed is in the past: «في 27 تشرين الثاني» in a February article is last year's.)
  const days = ctx.date ? findDates(ctx, r + 1, clauseEnd, ctx.date, true).map((d) => inThePast(d, ctx.date)).filter((d) => d.date && !d.future) : [];
  // «الاتفاق الذي أعاد العلاقات بين الرياض وطهران في مارس 2023», «المبادرة السعودية المعلنة في مارس 2021»: a month and year.
  const months = monthsWritten(ctx, r + 1, clauseEnd);
  // «اتفاق وقعه الطرفان عام 2015»: a year alone, for an entry whose two parties the article names.
  const years = yearsWritten(ctx, r + 1, clauseEnd);
  const limit = ctx.date ? addDays(ctx.date, 1) : '';
  const candidates: { info: AgreementInfo; last: number; placed: boolean }[] = [];
  for (const info of contextualOfFamily(ctx, scene, kind.family)) {
    if (!info.date || (limit && info.date > limit)) continue;
    if (nameWord && !ctx.k.agreementBags.some((b) => b.agreement === info && b.words.has(nameWord))) continue;
    // A topic of several words before the clause («التفاهمات الخاصة بالبحر الأسود التي …») must share a word with its names.
    if (topicWords.length > 0 && !topicWords.some((w) => ctx.k.agreementVocabulary.get(info.id)?.has(w))) continue;
    // (An entry of no parties, a plan or an initiative, may name its author and its country: «التي أعلنتها الرياض».)
    if (info.parties.length > 0 && countries.some((c) => !info.parties.includes(c.code) && !info.mediators.includes(c.code) && !(c.place && info.place.length > 0))) continue;
    // The month it was signed or announced, with its parties named in the clause, or (an entry of no parties:
    // a plan, an initiative) a word of its own name before the clause or two in it.
    const month = months.find((m) => info.date.startsWith(m.month));
    const own = words.filter((w) => ctx.k.agreementVocabulary.get(info.id)?.has(w.word) && !isPlaceWord(k, w.word)).length;
    const monthly = month !== undefined && (info.parties.length >= 2 ? countries.filter((c) => info.parties.includes(c.code)).length >= 2 : nameWord !== undefined || own >= 2);
    const place = info.place.length > 0 ? info.place.map((w) => words.find((x) => x.word === w)) : [];
    const placed = place.length > 0 && place.every((x) => x !== undefined);
    // (Or an entry of no parties whose city the clause gives as where it was reached: «… الذي تم التوصل إليه في مينسك».)
    if (info.parties.length === 0 && !monthly && !(placed && countries.some((c) => c.place))) continue;
    const mediator = countries.filter((c) => info.mediators.includes(c.code));
    // Its parties named in the clause and its day given: that is it too.
    const day = days.find((d) => d.date === info.date);
    // (The article names its parties: every contextual entry's are.)
    const yearly = months.length === 0 && info.parties.length >= 2 && years.some((y) => info.date.startsWith(y));
    const dated = (day !== undefined && info.parties.length >= 2) || monthly || yearly;
    // «التفاهمات التي توصل إليها الرئيسان … خلال اتصالهما في 19 أيار»: a day the clause gives that is not the entry's is another document's.
    if (days.length > 0 && !days.some((d) => Math.abs(daysBetween(d.date!, info.date) ?? 99) <= 1)) continue;
    // «الاتفاق الموقع في بكين في مارس الماضي»: so is a month the clause gives that is none of the entry's days
    // (a June statement signed in the same city is not the March agreement).
    if (months.length > 0 && !months.some((m) => info.dates.some((d) => d.startsWith(m.month)))) continue;
    // Issued by the leaders of each of its two or more parties, not long before the article.
    const issued = info.parties.length >= 2 && info.parties.every((c) => issuers.includes(c)) && issuers.every((c) => info.parties.includes(c)) && (!ctx.date || info.date >= addDays(ctx.date, -ISSUED_DAYS));
    if (!placed && mediator.length === 0 && !dated && !issued) continue;
    if (brokered && mediator.length === 0) continue;
    // The day's words end it: «… يوم 14 فبراير», «في 11 تشرين الثاني 2017».
    let dayEnd = day ? day.token : monthly ? month!.last : -1;
    if (day && tokens[dayEnd]!.kind === 'number') dayEnd++;
    if (day && MONTH_SECOND.has(tokens[dayEnd + 1]?.text ?? '')) dayEnd++;
    if (day && tokens[dayEnd + 1]?.kind === 'number') dayEnd++;
    const last = Math.max(i, ...mediator.map((c) => c.last), ...(placed ? place.map((x) => x!.at) : []), ...(dated ? [...countries.map((c) => c.last), Math.min(dayEnd, clauseEnd)] : []), ...(issued ? [issuersLast] : []));
    candidates.push({ info, last, placed });
  }
  // «الاتفاق الذي وقعه وزيرا الدفاع السوري واللبناني في جدة في آذار»: of two of that month, the one signed in the city named.
  const inPlace = candidates.filter((c) => c.placed);
  // «الاتفاق الذي وقعته طهران مع الوكالة الدولية للطاقة الذرية في القاهرة»: of several of that city, the one whose
  // parties the clause names (the others of Cairo name none).
  const ofParties = inPlace.filter((c) => c.info.parties.length >= 2 && c.info.parties.every((p) => countries.some((x) => x.code === p)));
  const chosen = candidates.length === 1 ? candidates : inPlace.length === 1 ? inPlace : ofParties.length === 1 ? ofParties : [];
  if (chosen.length !== 1) return null;
  const { info, last } = chosen[0]!;
  return { id: info.id, info, nameEn: info.en, span: tokenSpan(ctx, i, kind.prefix, last), first: i, last };
}

/** The years a clause gives after «عام», «العام», «في» («… عام 2015»), not after «منذ» (a time since which). */
function yearsWritten(ctx: TextContext, first: number, last: number): string[] {
  const { tokens } = ctx;
  const out: string[] = [];
  for (let i = first + 1; i <= last && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number' || !YEAR.test(t.text) || !YEAR_WORDS.has(tokens[i - 1]!.text)) continue;
    if (tokens[i - 2]?.text === 'منذ') continue;
    out.push(t.text);
  }
  return out;
}

/** How long before the article a document named by a day without its year («اتفاق 10 آذار») may have been reached. */
const YEARLESS_DAYS = 5 * 366;

/**
 * «اتفاق 27 تشرين الثاني الماضي», «إعلان 10 آذار»: a kind word and, right after it, the day the
 * document was reached. The one entry of the article's context (its parties named), of that kind,
 * dated that day (a day's grace for time zones); a day written without its year is the same day
 * and month of an entry reached before the article, within a few years. Two such: neither.
 */
function datedKindAt(ctx: TextContext, i: number, covered: ReadonlySet<number>, scene: Scene): Found | null {
  const { tokens } = ctx;
  const number = tokens[i + 1];
  if (!ctx.date || number?.kind !== 'number' || covered.has(i + 1) || (number.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return null;
  const kind = kindAt(tokens[i], number);
  if (!kind || PLURAL_KINDS.has(withoutArticle(kind.text))) return null;
  const day = findDates(ctx, i + 1, Math.min(tokens.length - 1, i + 6), ctx.date).find((d) => d.token === i + 1);
  if (!day?.date || day.end === undefined) return null;
  const monthDay = day.date.slice(4);
  const earliest = addDays(ctx.date, -YEARLESS_DAYS);
  const limit = addDays(ctx.date, 1);
  const reachedThen = (d: string) =>
    day.yearless ? d.slice(4, 10) === monthDay && d <= limit && d >= earliest : Math.abs(daysBetween(d, day.date!) ?? 99) <= 1;
  const fitting = contextualOfFamily(ctx, scene, kind.family).filter((info) => info.dates.some(reachedThen));
  if (fitting.length !== 1) return null;
  const info = fitting[0]!;
  return { id: info.id, info, nameEn: info.en, span: tokenSpan(ctx, i, kind.prefix, day.end), first: i, last: day.end };
}

/**
 * The entries a description may be read as in this article (those with a date, parties or a
 * place, that fit it), in file order: the same for every kind word of the text, so made once.
 */
function contextualEntries(ctx: TextContext, scene: Scene): readonly AgreementInfo[] {
  // Only entries of no parties, or whose first party the article names, can fit: read those, in file order.
  scene.contextual ??= fittingOf(ctx, scene, contextIndex(ctx.k).free.concat(withPartiesNamed(ctx, scene)));
  return scene.contextual;
}

/** How many days before the article a bare kind word («الاتفاق») may name a document of its parties signed then. */
const BARE_KIND_DAYS = 3;

/**
 * The contextual entries with parties dated from BARE_KIND_DAYS before the article to its day, in file order (what a
 * bare kind word with no clause may be): found in the per-knowledge list by date, not by reading every entry.
 */
function contextualSignedLately(ctx: TextContext, scene: Scene): readonly AgreementInfo[] {
  if (scene.signedLately === undefined) {
    const { numbers, dates } = contextIndex(ctx.k).datedWithParties;
    const from = ctx.date ? addDays(ctx.date, -BARE_KIND_DAYS) : '';
    const found: number[] = [];
    if (ctx.date) for (let at = lowerBound(dates, (d) => d < from); at < dates.length && dates[at]! <= ctx.date; at++) found.push(numbers[at]!);
    scene.signedLately = fittingOf(ctx, scene, found);
  }
  return scene.signedLately;
}

/** The contextual entries that have parties, in file order (a bare kind word is read only as one of those). */
function contextualWithParties(ctx: TextContext, scene: Scene): readonly AgreementInfo[] {
  scene.contextualWithParties ??= fittingOf(ctx, scene, withPartiesNamed(ctx, scene));
  return scene.contextualWithParties;
}

/**
 * The numbers of the context index's entries whose first party the article names: their numbers, gathered from the
 * index, rather than a pass over every entry (most are of other countries).
 */
function withPartiesNamed(ctx: TextContext, scene: Scene): number[] {
  const { byFirstParty } = contextIndex(ctx.k);
  const out: number[] = [];
  for (const c of scene.countries) for (const n of byFirstParty.get(c) ?? []) out.push(n);
  return out;
}

/** The entries of these numbers that fit the article, in file order. */
function fittingOf(ctx: TextContext, scene: Scene, numbers: number[]): AgreementInfo[] {
  const { entries } = contextIndex(ctx.k);
  const out: AgreementInfo[] = [];
  for (const n of numbers.sort((a, b) => a - b)) {
    const info = entries[n]!;
    if (fitsScene(ctx, scene, info)) out.push(info);
  }
  return out;
}

/**
 * Whether an entry of the context index fits the article (fits(), with the article's limit date made once): named by
 * its date, and every party of it a country the article names.
 */
function fitsScene(ctx: TextContext, scene: Scene, info: AgreementInfo): boolean {
  scene.namedLimit ??= ctx.date ? addDays(ctx.date, ANNOUNCED_DAYS) : '';
  if (info.namedFrom && ctx.date && info.namedFrom > scene.namedLimit) return false;
  const countries = scene.countries;
  for (const c of info.parties) if (!countries.has(c)) return false;
  return true;
}

/**
 * The contextual entries of `kindFamily` whose names share a word with a description's topic (a word of an entry's
 * vocabulary, or one with «لـ» before it), in file order. A topic shares words with few entries: they are found by
 * word rather than each of the family's entries being compared with it.
 */
function contextualSharing(ctx: TextContext, scene: Scene, kindFamily: string, topic: ReadonlySet<string>): AgreementInfo[] {
  const { entries, byVocabularyWord } = contextIndex(ctx.k);
  const numbers = new Set<number>();
  const gather = (w: string) => {
    for (const n of byVocabularyWord.get(w) ?? []) numbers.add(n);
  };
  for (const w of topic) {
    gather(w);
    if (w.length >= 4 && w.startsWith('ل')) gather(w.slice(1));
  }
  const out: AgreementInfo[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const info = entries[n]!;
    if (hasFamily(info, kindFamily) && fitsScene(ctx, scene, info)) out.push(info);
  }
  return out;
}

/**
 * The contextual entries of one kind family, in file order: every kind word of the text whose description has a
 * topic reads only entries of its family, so they are picked out once per family rather than at each kind word.
 */
function contextualOfFamily(ctx: TextContext, scene: Scene, kindFamily: string): readonly AgreementInfo[] {
  scene.contextualByFamily ??= new Map();
  let entries = scene.contextualByFamily.get(kindFamily);
  if (!entries) {
    entries = contextualEntries(ctx, scene).filter((info) => hasFamily(info, kindFamily));
    scene.contextualByFamily.set(kindFamily, entries);
  }
  return entries;
}

/** Per knowledge: the entries with a date, parties or a place, in file order, the numbers of those of no parties, and the others' by their first party. */
interface ContextIndex {
  entries: AgreementInfo[];
  free: number[];
  byFirstParty: Map<string, number[]>;
  /** The entries by each word of their vocabulary (namesOf), ascending. */
  byVocabularyWord: Map<string, number[]>;
  /** The entries with parties and a date, ordered by date (their numbers, and their dates beside). */
  datedWithParties: { numbers: number[]; dates: string[] };
}

const contextIndexes = new WeakMap<Knowledge, ContextIndex>();

function contextIndex(k: Knowledge): ContextIndex {
  let index = contextIndexes.get(k);
  if (!index) {
    const entries = [...k.agreements.values()].filter((info) => info.date || info.parties.length > 0 || info.place.length > 0);
    const dated = entries.map((info, n) => ({ info, n })).filter(({ info }) => info.date && info.parties.length > 0);
    dated.sort((a, b) => (a.info.date < b.info.date ? -1 : a.info.date > b.info.date ? 1 : a.n - b.n));
    const datedWithParties = { numbers: dated.map(({ n }) => n), dates: dated.map(({ info }) => info.date) };
    index = { entries, free: [], byFirstParty: new Map(), byVocabularyWord: new Map(), datedWithParties };
    const names = namesOfKnowledge(k);
    for (let n = 0; n < entries.length; n++) {
      // The words of the entry's vocabulary without the conjunction (its names' `vocabulary`), read from the
      // knowledge's own sets: no set is made per entry. A word met twice (with and without «و») is listed once.
      const id = entries[n]!.id;
      for (const word of names.has(id) ? (k.agreementVocabulary.get(id) ?? []) : []) {
        const w = noAnd(word);
        const list = index.byVocabularyWord.get(w);
        if (!list) index.byVocabularyWord.set(w, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      }
      const party = entries[n]!.parties[0];
      if (party === undefined) index.free.push(n);
      else {
        const list = index.byFirstParty.get(party);
        if (list) list.push(n);
        else index.byFirstParty.set(party, [n]);
      }
    }
    contextIndexes.set(k, index);
  }
  return index;
}

const topicWordsCache = new WeakMap<AgreementBag, string[]>();

/** A name's words that can be a description's topic: not its kind's marker, places, generic words or years (made once per name). */
function topicWordsOf(k: Knowledge, bag: AgreementBag): string[] {
  let words = topicWordsCache.get(bag);
  if (!words) {
    words = [...bag.words].map(noAnd).filter((w) => w !== '#treaty' && !isPlaceWord(k, w) && !GENERIC.has(w) && !YEAR.test(w));
    topicWordsCache.set(bag, words);
  }
  return words;
}

/** A country's or city's word, also after the conjunction («وإيران»). */
function isPlaceWord(k: TextContext['k'], w: string): boolean {
  return k.agreementPlaceWords.has(w) || (w.startsWith('و') && k.agreementPlaceWords.has(w.slice(1)));
}
