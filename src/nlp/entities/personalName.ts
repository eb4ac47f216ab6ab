/**
 * A personal name that no knowledge file lists, read next to a title:
 * «المتحدث باسم الخارجية الصينية “وانغ ون بين”», «كريم خان مستشار الرئيس الإيراني».
 *
 * Arabic has no capital letters, so a name is told from the words around it by
 * what it is not: not a particle, verb, day, month, common noun of the news, title,
 * country or nationality; not carrying a conjunction or preposition in front of the
 * article (والأميركي، بالقرار); the first word without the article (family names such
 * as الجبير come second). Names are joined by بن، عبد، أبو، آل. Two words are required
 * unless an honorific (الملك، الشيخ) precedes. The recogniser accepts such a name only
 * next to a specific title; this module only reads words.
 */
import type { TextContext } from './context.ts';
import { COUNTERPART_WORDS, HONORIFICS, NAME_JOINERS, NAME_LIKE_PARTICLES, STOP_WORDS, TIME_SPAN_WORDS, VERB_WORDS } from '../text/lexicon.ts';
import { Gap, gapAfter, type Token } from '../text/tokens.ts';
import { normalizeKey } from '../text/normalize.ts';

export interface NameWords {
  first: number;
  last: number;
}

const MAX_UNITS = 3;
const MIN_LETTERS = 2;

/**
 * Whether a word opens with the definite article as written. Normalisation folds أ and إ
 * into ا, so «ألكسندر» and «إلهام» look like «ال…»; the article itself is always written
 * with a bare alef, so a hamza on the first letter of the original means a name.
 */
export function hasArticle(ctx: TextContext, token: Token): boolean {
  if (!token.text.startsWith('ال')) return false;
  const original = ctx.norm.original.charCodeAt(ctx.norm.toOriginal[token.start]!);
  return original !== 0x0623 && original !== 0x0625 && original !== 0x0622;
}

/**
 * «آبي أحمد»: a word written with alef madda is a name, never the kunya joiner «أبي/أبو»
 * (written with a hamza); matching folds both to «ابي».
 */
const KUNYA_JOINERS = new Set(['ابي', 'ابو']);
const ALEF_MADDA = 0x0622;

function isJoiner(ctx: TextContext, token: Token): boolean {
  if (!NAME_JOINERS.has(token.text)) return false;
  if (!KUNYA_JOINERS.has(token.text)) return true;
  return ctx.norm.original.charCodeAt(ctx.norm.toOriginal[token.start]!) !== ALEF_MADDA;
}

/**
 * Whether the gap before a word ends a name: anything but spaces, except a hyphen with
 * no space around it, which joins a compound family name (هينيس-بلاسخارت).
 */
function breaksName(token: Token): boolean {
  return (token.gapBefore & ~Gap.Space) !== 0 && token.gapBefore !== Gap.Dash;
}

/**
 * Particles that matching folds into names: «على» becomes «علي» once ى and ي are one letter.
 * Written with alef maqsura they are the particle, never the name (which is written «علي»).
 */
const MAQSURA_PARTICLES = new Set(['علي', 'الي', 'لدي', 'حتي', 'متي', 'سوي']);
const ALEF_MAQSURA = 0x0649;

/** Whether the text writes the preposition «على» with its «ى» (so that «علي» with «ي» is the name). */
const maqsuraWritten = new WeakMap<object, boolean>();
function writesMaqsura(ctx: TextContext): boolean {
  let known = maqsuraWritten.get(ctx.norm);
  if (known === undefined) {
    known = /(^|[\s\u0600-\u0605])على(?=[\s،,.])/u.test(ctx.norm.original);
    maqsuraWritten.set(ctx.norm, known);
  }
  return known;
}

function writtenAsParticle(ctx: TextContext, token: Token): boolean {
  if (!MAQSURA_PARTICLES.has(token.text)) return false;
  return ctx.norm.original.charCodeAt(ctx.norm.toOriginal[token.end - 1]!) === ALEF_MAQSURA;
}

/**
 * A noun with a possessive pronoun, as written (before ة and ه are folded together): «جلالته»,
 * «سعادته», «زيارته» end in ت + ه, which no name does (names end in ة: «شحاتة»); «أخيه», «أبيه»,
 * «شقيقه», «نجله» are kin of someone named before; «شيئًا», «شيئا» an object. None of them is a name.
 */
const KIN = new Set(['اخيه', 'ابيه', 'شقيقه', 'شقيقته', 'نجله', 'نجلها', 'ابنه', 'ابنها', 'زوجته', 'زوجها', 'عمه', 'خاله']);
/** Joiners that only continue a name: «بن», «ابن», «بنت», «آل». */
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت', 'ال', 'آل'].map((w) => w.replace('آ', 'ا')));
/** A noun with an attached pronoun whose bare form is no name word («شكره», «استقباله»): the suffix. */
const PRONOUN_SUFFIX = /^(.{3,}?)(ه|ها|هم|هما)$/;
const HEH = 0x0647;
const TEH = 0x062a;

function possessedNoun(ctx: TextContext, token: Token): boolean {
  if (KIN.has(token.text) || token.text === 'شيئا' || token.stems.some((st) => st.prefix > 0 && KIN.has(st.text))) return true;
  // «بالغ شكره», «خلال استقباله»: a common noun with a pronoun.
  const bare = PRONOUN_SUFFIX.exec(token.text)?.[1];
  if (bare && STOP_WORDS.has(bare)) return true;
  const { original, toOriginal } = ctx.norm;
  const last = toOriginal[token.end - 1]!;
  return original.charCodeAt(last) === HEH && original.charCodeAt(toOriginal[token.end - 2]!) === TEH;
}

/**
 * «يعقدان», «يتحدثان», «ستبحثان»: the imperfect of two, the verb of a headline that names two
 * leaders («سمو الأمير والرئيس الإيراني يعقدان جلسة مباحثات»), and the plural «أن يستقبلوا»:
 * never a name word.
 */
const IMPERFECT_DUAL = /^س?[يت].{3,}(ان|وا)$/;
/** «أقامها», «استضافها»: a verb or noun carrying «ها»; no name ends so. */
const OBJECT_PRONOUN = /^.{3,}ها$/;
/** «يتفهم», «تستضيف»: the imperfect of the fifth, sixth and tenth forms. */
const IMPERFECT_DERIVED = /^(يت|تت|يست|تست).{3,}$/;
/**
 * «جو دانفورد سيجتمع غدا»: the future of an imperfect of the eighth form («سيجتمع», «سيلتقي», «ستنتقل»), after a name
 * word; never a name word itself (a name that opens so, «سيستاني», is written with the article).
 */
const FUTURE_EIGHTH = /^س[يتن].ت.{2,}$/;
const ADDRESS_HEADS: ReadonlySet<string> = new Set(['صاحب', 'صاحبه']);
/** Nouns that head a title («رئيس مجلس الوزراء»): what follows them is the title's. */
const TITLE_HEADS = new Set(['رئيس', 'وزير', 'نائب', 'مساعد', 'مستشار', 'امين', 'سفير', 'مبعوث', 'ممثل', 'قائد']);

/** «مخاطبًا», «مجددًا», «رسميًا»: a case ending written on a word; names are not written with one. */
function withTanween(ctx: TextContext, token: Token): boolean {
  const { original, toOriginal } = ctx.norm;
  const from = toOriginal[token.start]!;
  const to = token.end < toOriginal.length ? toOriginal[token.end]! : original.length;
  return /[\u064B-\u064D]/u.test(original.slice(from, to));
}

/** Whether a word could be part of a personal name in `position` (0 = first word). */
export function isNameWord(ctx: TextContext, token: Token | undefined, position: number): boolean {
  if (!token || token.skip || token.kind !== 'word' || token.text.length < MIN_LETTERS) return false;
  const word = token.text;
  if (withTanween(ctx, token)) return false;
  if (STOP_WORDS.has(word) || TIME_SPAN_WORDS.has(word) || HONORIFICS.has(word) || COUNTERPART_WORDS.has(word)) return false;
  if (writtenAsParticle(ctx, token) || possessedNoun(ctx, token) || IMPERFECT_DUAL.test(word) || IMPERFECT_DERIVED.test(word) || OBJECT_PRONOUN.test(word)) return false;
  if (position === 0 && hasArticle(ctx, token)) return false;
  if (position > 0 && FUTURE_EIGHTH.test(word)) return false;
  // «صاحب السمو», «صاحبة الجلالة»: the form of address, not a name.
  if (ADDRESS_HEADS.has(word)) return false;
  for (const stem of token.stems) {
    if (stem.prefix === 0) continue;
    // A family name may open with «فال» (فالستروم، فالديز): ف + the article is rarely a word after a first name.
    if (position === 1 && word.startsWith('فال') && stem.prefix === 1 && !STOP_WORDS.has(stem.text)) continue;
    // و/ف/ب/ل/ك in front of the article or of a verb or particle: not a name (والأميركي، وقال، وفي).
    if (stem.text.startsWith('ال') || VERB_WORDS.has(stem.text) || STOP_WORDS.has(stem.text)) return false;
  }
  const { k, tokens } = ctx;
  if (k.titles.matchAt(tokens, token.index, { clitics: false }).length > 0) return false;
  if (k.countryNames.get([word]) || k.countryAdjectives.get([word])) return false;
  return true;
}

/**
 * Reads a name forward from `start` (the caller has checked the gap before it).
 * Returns null when fewer than `minUnits` name words are there.
 */
/** «الله» as the second word of a family name («نصر الله», «فضل الله»). */
const ALLAH = normalizeKey('الله');

export function readNameForward(ctx: TextContext, start: number, minUnits: number): NameWords | null {
  const { tokens } = ctx;
  let j = start;
  let units = 0;
  let last = -1;
  let afterPatronymic = false;
  let endsListed = false;
  while (units < MAX_UNITS) {
    const t = tokens[j];
    if (!t || (units > 0 && breaksName(t))) break;
    if (isJoiner(ctx, t)) {
      // «محمد بن سلمان», «أحمد أبو الغيط», or opening a name («عبد الله …», «أبو …»): the joiner
      // and the next word make one unit. «بن», «آل» never open one: «… بن تركي آل سعيد» is the rest
      // of a name whose first word was read as someone else's.
      if (units === 0 && PATRONYMIC.has(t.text)) break;
      const joined = tokens[j + 1];
      // («بن علي»: after «بن» a word that is also a particle, «علي» read as «على», can only be the father's name.)
      const fathers = PATRONYMIC.has(t.text) && joined !== undefined && NAME_LIKE_PARTICLES.has(joined.text);
      if (!joined || (joined.gapBefore & ~Gap.Space) !== 0 || (!isNameWord(ctx, joined, 1) && !fathers)) break;
      last = j + 1;
      j += 2;
      units++;
      afterPatronymic = PATRONYMIC.has(t.text);
      continue;
    }
    const after = tokens[j + 1];
    if (
      NAME_LIKE_PARTICLES.has(t.text) &&
      !writtenAsParticle(ctx, t) &&
      after !== undefined &&
      // «على القمة» is the preposition, unless the outlet writes the preposition with «ى» elsewhere: then
      // «علي العشيري», written with «ي», is a given name and its family name.
      (!after.text.startsWith('ال') || writesMaqsura(ctx)) &&
      isNameWord(ctx, after, units + 1) &&
      (after.gapBefore & ~Gap.Space) === 0
    ) {
      last = j;
      j++;
      units++;
      continue;
    }
    // A family name with the article comes second (عادل الجبير), never third after two plain words; but it ends a
    // name after the father's («عبدالعزيز بن علي الصقر», «سعد بن ناصر الحميدي»).
    // («عرفان محمود الحيالي»: unless it is the family name of a listed person whose given name opened the name, the
    // father's name written between them.)
    const listedFamily = units >= 2 && hasArticle(ctx, t) && familyOfGiven(ctx, t, tokens[start]!);
    if (!listedFamily && (!isNameWord(ctx, t, units) || (units >= 2 && hasArticle(ctx, t) && !afterPatronymic))) break;
    endsListed = listedFamily;
    afterPatronymic = false;
    // «… لي تشانغلين وأعضاء من طاقم السفارة»: after two words of a name, «و» joins the next thing named,
    // unless the word is a given name written with its own «و» (وليد، وائل).
    if (units >= 2 && t.text.startsWith('و') && t.stems.some((st) => st.prefix === 1) && !ctx.k.givenNames.has(t.text)) break;
    last = j;
    j++;
    units++;
    // «حسن نصر الله», «محمد حسين فضل الله»: «الله» after a name word is the end of a family name of two words.
    const god = tokens[j];
    if (units >= 2 && god && god.text === ALLAH && (god.gapBefore & ~Gap.Space) === 0) {
      last = j;
      j++;
    }
  }
  if (units < minUnits) return null;
  if (units === MAX_UNITS && !endsClause(ctx, last) && !endsListed) {
    // A third word followed by more text is more often the sentence going on
    // («… مايك بومبيو مؤتمرا صحفيا») than a third name; keep two.
    return trimLastUnit(ctx, start, last, minUnits);
  }
  return { first: start, last };
}

/** How many words past what `readNameForward` read a name set between commas may run to. */
const APPOSED_MORE = 4;

/**
 * «السفير …، إغناسيو دي كوسيو بيريز دي ميندوزا، …»: a name set between commas runs on to the comma when every word
 * after what was read (ending at `last`) is a name word without the article: the long names of Spanish and Portuguese
 * speakers. Its last word, else -1.
 */
export function appositionNameEnd(ctx: TextContext, last: number): number {
  const { tokens } = ctx;
  for (let j = last + 1; j <= last + APPOSED_MORE; j++) {
    const t = tokens[j];
    if (!t || (t.gapBefore & ~Gap.Space) !== 0 || !isNameWord(ctx, t, 1) || hasArticle(ctx, t)) return -1;
    if ((gapAfter(tokens, j) & Gap.Comma) !== 0) return j;
  }
  return -1;
}

function trimLastUnit(ctx: TextContext, start: number, last: number, minUnits: number): NameWords | null {
  const { tokens } = ctx;
  let newLast = last - 1;
  if (newLast > start && NAME_JOINERS.has(tokens[newLast]!.text)) newLast--;
  return minUnits <= 2 && newLast >= start ? { first: start, last: newLast } : null;
}

/** Whether the clause ends after token `i`: punctuation, the end, or a particle/verb/title word. */
export function endsClause(ctx: TextContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || (next.gapBefore & ~Gap.Space) !== 0) return true;
  if (STOP_WORDS.has(next.text) || next.kind !== 'word') return true;
  if (next.stems.some((s) => s.prefix > 0 && (VERB_WORDS.has(s.text) || STOP_WORDS.has(s.text)))) return true;
  // «… خليفة حفتر بالاتفاق»: a preposition on the article opens a phrase of the sentence, not a
  // further name word, after a name whose last word has no article of its own.
  if (/^(بال|لل)/.test(next.text) && !hasArticle(ctx, ctx.tokens[i]!)) return true;
  // «… ونظيره», «… ووزير الخارجية»: the next person's title.
  if (next.stems.some((s) => COUNTERPART_WORDS.has(s.text))) return true;
  return ctx.k.titles.matchAt(ctx.tokens, i + 1).length > 0;
}

/** Whether a clause may begin at token `i`: the text's start, punctuation before it, or a particle or verb before it. */
export function beginsClause(ctx: TextContext, i: number): boolean {
  const token = ctx.tokens[i];
  const previous = ctx.tokens[i - 1];
  if (!token || !previous) return true;
  if ((token.gapBefore & ~Gap.Space) !== 0) return true;
  // «رئيس مجلس الوزراء وزير الخارجية»: after a title's head noun comes the rest of that title.
  if (TITLE_HEADS.has(previous.text)) return false;
  if (STOP_WORDS.has(previous.text)) return true;
  return previous.stems.some((s) => VERB_WORDS.has(s.text) || (s.prefix > 0 && STOP_WORDS.has(s.text)));
}

/**
 * Reads a name backward from `end` (the word before a title: «يوري أوشاكوف مساعد الرئيس»).
 * The name must begin a clause, so that «استقبل بوتين وزير الخارجية» is not read as a name before a title.
 */
export function readNameBackward(ctx: TextContext, end: number, minUnits: number): NameWords | null {
  const { tokens } = ctx;
  let first = -1;
  let units = 0;
  for (let j = end; j >= 0 && units < MAX_UNITS; j--) {
    const t = tokens[j]!;
    if (j < end && (tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) break;
    const position = j === end ? 1 : 0; // the last word may be a family name with the article
    if (!isNameWord(ctx, t, position) && !(j < end && NAME_JOINERS.has(t.text))) break;
    if (NAME_JOINERS.has(t.text)) {
      first = j;
      continue;
    }
    first = j;
    units++;
  }
  if (first < 0 || units < minUnits) return null;
  // Try the longest reading that begins a clause, then shorter ones.
  for (let start = first; start <= end; start++) {
    if (end - start + 1 < minUnits) break;
    // A first word opening with the article, or with و/ف, is more likely the clause's own word (وتولى منصب …).
    if (hasArticle(ctx, tokens[start]!) || /^(و|ف)/.test(tokens[start]!.text)) continue;
    // «بن تركي آل سعيد» is the rest of a name, never a name of its own.
    if (PATRONYMIC.has(tokens[start]!.text)) continue;
    if (beginsClause(ctx, start)) return { first: start, last: end };
  }
  return null;
}

/** Whether `family` is the last word of a listed full name whose first word is `given` («عرفان الحيالي»). */
export function familyOfGiven(ctx: TextContext, family: Token, given: Token): boolean {
  return (ctx.k.familyNames.get(family.text) ?? []).some((p) => normalizeKey(p.ar).split(' ')[0] === given.text);
}
