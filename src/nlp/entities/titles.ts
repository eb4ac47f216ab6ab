/**
 * Title phrases in the text and what they say about the person they name:
 * «وزير الخارجية الروسي», «وزير خارجية روسيا», «المتحدثة باسم الخارجية الروسية»,
 * «مساعد الرئيس الروسي للشؤون الدولية», «المبعوث الأممي الخاص إلى سوريا»,
 * «العاهل السعودي الملك …», «نظيره الأمريكي».
 *
 * A title is the longest phrase of roles.json at a token, then (in any order) a
 * country adjective, a genitive country (required after a noun in construct:
 * وزير خارجية → روسيا), qualifiers (السابق، الخاص، بالوكالة), a portfolio
 * (للشؤون الدولية) and, for envoys and ambassadors, where they are posted
 * (لدى دمشق). Honorifics (الملك، الشيخ) may stand between the title and the name.
 */
import type { TextContext } from './context.ts';
import type { TitleDef } from '../knowledge/knowledge.ts';
import {
  ARAB_ADJECTIVES,
  COUNTERPART_WORDS,
  DESTINATION_PREPOSITIONS,
  FORMER_QUALIFIERS,
  HONORIFIC_PHRASES,
  HONORIFICS,
  PORTFOLIO_HEADS,
  STOP_WORDS,
  TITLE_HONORIFICS,
  DOCTOR_ABBREVIATION,
  TITLE_QUALIFIERS,
  wordSet,
} from '../text/lexicon.ts';
import { readNameForward } from './personalName.ts';
import { Gap, gapAfter, type Stem, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';

export interface TitleMatch {
  /** The token the title starts at, and the characters of clitics in front of it (ووزير). */
  first: number;
  prefix: number;
  /** The last token of the title with its country and qualifiers (before honorifics). */
  last: number;
  /** The roles the phrase can name (الوزير: foreign, defence or other minister). Empty for a counterpart. */
  defs: readonly TitleDef[];
  /** «نظيره (الأمريكي)»: the role is the one of the person just named. */
  counterpart: boolean;
  /** Country code from the phrase, an adjective or a genitive; null when the title does not say. */
  country: string | null;
  /** «السابق», «الأسبق»: the person no longer holds the title. */
  former: boolean;
  /** «الرئيس الكونغولي»: an adjective of more than one country (the two Congos); the ones it may name besides `country`. */
  otherCountries?: readonly string[];
  /** A one-word title with no country (الوزير، الرئيس): it refers back, and never introduces a stranger. */
  generic: boolean;
  /** An honorific stands between the title and the name (الملك، الشيخ): a one-word name is enough. */
  honorific: boolean;
  /** The first token after the title and honorifics: where a name may start. */
  nameStart: number;
  /** A rank written like a title stands before the name («… السفير أحمد فهمي»): the title owns it. */
  rank?: boolean;
}

/**
 * Roles whose holder serves someone named after the title with ل (an envoy of the Secretary-General,
 * an adviser to the president); other titles followed by ل + a title name two people
 * («قال وزير الخارجية لرئيس الحكومة …»).
 */
const SERVING_ROLES: ReadonlySet<string> = new Set(['envoy', 'presidential-aide', 'presidential-spokesperson', 'spokesperson', 'national-security-adviser']);
/** Codes of countries.json that are organisations, not places an envoy is sent to. */
export const ORGANISATIONS: ReadonlySet<string> = new Set(['UN', 'EU', 'NATO', 'AL', 'GCC', 'AU-ORG', 'OIC', 'IAEA']);
/** The Arab League's code in countries.json: the body of a title qualified by «العربي» alone. */
const ARAB_LEAGUE = 'AL';
/** The role of a minister's deputy or assistant, and the words for the minister their title ends with. */
const DEPUTY_ROLE = 'deputy-minister';
const MINISTER_WORDS: ReadonlySet<string> = new Set(['وزير', 'وزيره']);
/** The role whose one-word title is also a rank kept for life (السفير), written before a name after another title. */
const RANK_ROLE = 'ambassador';

/** «لجمهورية», «لمملكة»: a state by its form of government with «لـ», before its name; and with «بـ» (Maghrebi copy). */
const STATE_FORMS = wordSet('لجمهورية لمملكة لدولة لسلطنة لإمارة بجمهورية بمملكة بدولة بسلطنة');

/** Gaps allowed between the parts of a title: spaces only. */
const TITLE_GAP = Gap.Space;
/** Gaps allowed between a title and its name: spaces and quotation marks («… “جون بولتون”»). */
export const NAME_GAP = Gap.Space | Gap.Quote;

/**
 * «السيد الرئيس», «فخامة الرئيس» with no name after them: the honorific and the title's words from `first` to `last`,
 * as the story would have written them before the name of the one it means; null with no such honorific right before.
 */
export function honoredTitleWords(tokens: readonly Token[], first: number, last: number): string[] | null {
  const honorific = tokens[first - 1];
  if (!honorific || !TITLE_HONORIFICS.has(honorific.text) || (tokens[first]!.gapBefore & ~Gap.Space) !== 0) return null;
  return [honorific.text, ...tokens.slice(first, last + 1).map((t) => t.text)];
}

/** Whether `words` are written right before token `at` («السيد الرئيس» before «عبد الفتاح السيسي»). */
export function writtenBefore(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  const start = at - words.length;
  return start >= 0 && words.every((w, n) => tokens[start + n]!.text === w);
}

function gapOk(token: Token | undefined, allowed: number): token is Token {
  return token !== undefined && !token.skip && (token.gapBefore & ~allowed) === 0;
}

function commonCountry(defs: readonly TitleDef[]): string | null {
  const first = defs[0]?.country ?? null;
  return defs.every((d) => d.country === first) ? first : null;
}

/** The reading of a word that is «نظيره» and its forms, or null, by word number: asked of every token. */
const counterpartStems = new WordMemo<Stem | null>((token) => token.stems.find((s) => COUNTERPART_WORDS.has(s.text)) ?? null);

/** How many words of honorific start at token `i` (0 when none). */
function honorificAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!gapOk(t, Gap.Space | Gap.Quote)) return 0;
  for (const phrase of HONORIFIC_PHRASES) {
    if (phrase.every((word, n) => tokens[i + n]?.text === word && (n === 0 || gapOk(tokens[i + n], Gap.Space)))) return phrase.length;
  }
  // «وزير الخارجية الشيخ د. أحمد الناصر»: the abbreviation of doctor is one more honorific before the name.
  return HONORIFICS.has(t.text) || t.text === DOCTOR_ABBREVIATION ? 1 : 0;
}

/** Every title in the text, left to right; a title inside a longer one (الرئيس الروسي in مساعد الرئيس الروسي) is not reported. */
export function findTitles(ctx: TextContext): TitleMatch[] {
  const found: TitleMatch[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.skip || token.kind !== 'word') continue;
    const title = parseTitleAt(ctx, i);
    if (title) {
      found.push(title);
      i = title.rank ? title.nameStart - 1 : title.last;
    }
  }
  return found;
}

export function parseTitleAt(ctx: TextContext, i: number): TitleMatch | null {
  const { tokens, k } = ctx;
  const token = tokens[i]!;
  const stem = counterpartStems.get(token);
  if (stem !== null) {
    return finishTitle(ctx, { first: i, prefix: stem.prefix, last: i, defs: [], counterpart: true, country: null, generic: false });
  }
  for (const match of k.titles.matchAt(tokens, i)) {
    const defs = match.values;
    let country = commonCountry(defs);
    let last = match.last;
    // «نائب وزير الخزانة», «وكيل وزيرة الخزانة»: a deputy of a minister no phrase lists with that ministry; the
    // minister's own title, read at «وزير», gives the ministry (the deputy's office stays the deputy's).
    const ministry = defs.some((d) => d.role === DEPUTY_ROLE) && MINISTER_WORDS.has(tokens[last]!.text) ? k.titles.matchAt(tokens, last, { clitics: false })[0] : undefined;
    if (ministry && ministry.last > last && ministry.values.every((d) => !d.needsGenitive)) last = ministry.last;
    else if (defs.every((d) => d.needsGenitive)) {
      // «وزير خارجية روسيا»: the construct needs its country; without one it is not this title.
      const next = tokens[last + 1];
      if (!gapOk(next, TITLE_GAP)) continue;
      const genitive = k.countryNames.matchAt(tokens, last + 1, { clitics: false })[0];
      if (!genitive) continue;
      country = genitive.values[0]!;
      last = genitive.last;
    }
    return finishTitle(ctx, {
      first: i,
      prefix: match.prefix,
      last,
      defs,
      counterpart: false,
      country,
      generic: match.first === match.last && country === null,
    });
  }
  return null;
}

interface TitleHead {
  first: number;
  prefix: number;
  last: number;
  defs: readonly TitleDef[];
  counterpart: boolean;
  country: string | null;
  generic: boolean;
}

/** Reads what follows a title phrase: country, qualifiers, portfolio, posting, honorifics. */
function finishTitle(ctx: TextContext, head: TitleHead): TitleMatch {
  const { tokens, k } = ctx;
  const posted = head.defs.some((d) => k.roles.get(d.role)?.destination === true);
  let { country, last, generic } = head;
  let former = false;
  let otherCountries: readonly string[] | undefined;
  /** A title of the person the holder serves has been read («… للأمين العام»); a country after it is theirs. */
  let principal = false;
  for (let steps = 0; steps < 8; steps++) {
    const j = last + 1;
    const t = tokens[j];
    if (!gapOk(t, TITLE_GAP) || t.kind !== 'word') break;
    // «القوات المسلحة العربية الليبية»: «العربية» goes with the nationality after it.
    const arab = ARAB_ADJECTIVES.has(t.text) && gapOk(tokens[j + 1], TITLE_GAP) ? 1 : 0;
    const adjective = k.countryAdjectives.matchAt(tokens, j + arab, { clitics: false })[0];
    if (adjective) {
      const code = adjective.values[0]!;
      if (country !== null && country !== code) break;
      country = code;
      if (adjective.values.length > 1) otherCountries = adjective.values.slice(1);
      generic = false;
      last = adjective.last;
      continue;
    }
    // «رئيس البرلمان العربي», «رئيس البرلمان العربي محمد …»: «العربي» with no nationality after it is
    // the Arab League's body, not the story's country; the holder is no country's speaker or minister.
    if (ARAB_ADJECTIVES.has(t.text) && country === null) {
      country = ARAB_LEAGUE;
      generic = false;
      last = j;
      continue;
    }
    if (FORMER_QUALIFIERS.has(t.text)) {
      former = true;
      last = j;
      continue;
    }
    if (TITLE_QUALIFIERS.has(t.text)) {
      last = j;
      continue;
    }
    // «وسفير السلفادور بالمغرب، إغناسيو …»: where an ambassador is posted, with «بـ» on the country or city.
    if (posted && t.text.startsWith('ب')) {
      const where = k.countryNames.matchAt(tokens, j).find((m) => m.prefix > 0) ?? k.places.matchAt(tokens, j).find((m) => m.prefix > 0);
      if (where) {
        last = where.last;
        continue;
      }
    }
    if (posted && DESTINATION_PREPOSITIONS.has(t.text)) {
      const end = destinationEnd(ctx, j);
      if (end < 0) break;
      last = end;
      continue;
    }
    const state = country === null && !posted ? stateAfterTitle(ctx, j) : null;
    if (state) {
      country = state.code;
      generic = false;
      last = state.last;
      continue;
    }
    // «للأمم المتحدة», «لسوريا»: the holder's organisation, or for an envoy where they are sent.
    if (t.text.startsWith('ل')) {
      const viaLam = k.countryNames.matchAt(tokens, j).find((m) => m.prefix > 0);
      if (viaLam) {
        // An envoy is sent to a country but works for an organisation («المبعوث الخاص للأمم المتحدة إلى ليبيا»).
        if (!posted || principal || ORGANISATIONS.has(viaLam.values[0]!)) {
          if (country !== null && country !== viaLam.values[0]) break;
          country = viaLam.values[0]!;
          generic = false;
        }
        last = viaLam.last;
        continue;
      }
      // «الممثلة الخاصة للأمين العام …», «مستشار للرئيس الروسي»: the person the holder serves.
      const serves = head.defs.some((d) => SERVING_ROLES.has(d.role));
      const served = principal || !serves ? undefined : k.titles.matchAt(tokens, j).find((m) => m.prefix > 0);
      if (served) {
        const servedCountry = commonCountry(served.values);
        if (country === null && servedCountry !== null) country = servedCountry;
        principal = true;
        generic = false;
        last = served.last;
        continue;
      }
      const portfolio = t.stems.some((s) => s.prefix > 0 && PORTFOLIO_HEADS.has(s.text));
      if (portfolio) {
        last = j;
        // «للشؤون الدولية», «لشؤون الشرق الأوسط»: up to three definite words;
        // «لشؤون إيران»: a country; «لشؤون مجلس الأمة»: a construct, when a name still follows.
        const place = gapOk(tokens[j + 1], TITLE_GAP) ? k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0] : undefined;
        if (place) {
          last = place.last;
          continue;
        }
        const end = definiteRun(ctx, j + 1, 3);
        if (end > j) last = end;
        else {
          const construct = constructEnd(ctx, j + 1);
          if (construct > j && nameFollows(ctx, construct + 1)) last = construct;
          // «… لشؤون أوروبا وأوراسيا، خلال زيارتها»: a region no file lists, closed by the comma, is still the portfolio.
          else last = Math.max(last, portfolioBeforeComma(ctx, j + 1));
        }
        continue;
      }
      // «لمكتب الشؤون الخارجية الصيني»: the institution the holder works in, when a name follows it.
      const institution = constructEnd(ctx, j, true);
      if (institution > j && nameFollows(ctx, institution + 1)) {
        const adjective = k.countryAdjectives.matchAt(tokens, institution, { clitics: false })[0];
        if (country === null && adjective) country = adjective.values[0]!;
        generic = false;
        last = institution;
        continue;
      }
    }
    break;
  }
  let nameStart = last + 1;
  let honorific = false;
  while (nameStart < tokens.length) {
    const length = honorificAt(tokens, nameStart);
    if (length === 0) break;
    honorific = true;
    nameStart += length;
  }
  // «المتحدث باسم الرئاسة السفير بسام راضي»: a one-word title used as a rank before the name.
  let rank = false;
  const next = tokens[nameStart];
  if (!head.counterpart && head.defs.length > 0 && gapOk(next, TITLE_GAP)) {
    const rankTitle = k.titles.matchAt(tokens, nameStart, { clitics: false })[0];
    const isRank = rankTitle !== undefined && rankTitle.last === nameStart && rankTitle.values.every((d) => d.role === RANK_ROLE);
    if (isRank && nameFollows(ctx, nameStart + 1)) {
      rank = true;
      nameStart++;
    }
  }
  // Written out rather than spread from `head` (in its key order): a spread with more keys after it is slow, and every title ends here.
  const { first, prefix, defs, counterpart } = head;
  const title: TitleMatch = { first, prefix, last, defs, counterpart, country, generic, former, honorific, nameStart, rank };
  if (otherCountries) title.otherCountries = otherCountries;
  return title;
}

/** The last of up to `max` definite words from `start` (not particles); `start - 1` when there is none. */
function definiteRun(ctx: TextContext, start: number, max: number): number {
  let last = start - 1;
  for (let n = 0; n < max; n++) {
    const w = ctx.tokens[last + 1];
    if (!gapOk(w, TITLE_GAP) || w.kind !== 'word' || !w.text.startsWith('ال') || STOP_WORDS.has(w.text)) break;
    last++;
  }
  return last;
}

/** Words of a portfolio that closes the title: up to three words from `from` followed by a comma or a stop. */
const PORTFOLIO_WORDS = 3;

function portfolioBeforeComma(ctx: TextContext, from: number): number {
  const { tokens } = ctx;
  for (let j = from; j < tokens.length && j < from + PORTFOLIO_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (t.gapBefore & ~Gap.Space) !== 0) return -1;
    if ((gapAfter(tokens, j) & (Gap.Comma | Gap.Stop | Gap.Newline)) !== 0) return j;
  }
  return -1;
}

/**
 * A noun in construct with definite words: «مجلس الوزراء», with `lam` «لمكتب الشؤون الخارجية».
 * Returns its last token, or `start - 1` when the words at `start` are not one.
 */
function constructEnd(ctx: TextContext, start: number, lam = false): number {
  const head = ctx.tokens[start];
  if (!gapOk(head, TITLE_GAP) || head.kind !== 'word' || head.text.startsWith('ال')) return start - 1;
  const word = lam ? head.stems.find((s) => s.prefix === 1 && head.text.startsWith('ل'))?.text : head.text;
  if (!word || word.startsWith('ال') || STOP_WORDS.has(word) || word.length < 3) return start - 1;
  const end = definiteRun(ctx, start + 1, 3);
  return end > start ? end : start - 1;
}

/**
 * The country a title's holder serves, named at token j: «وزيرة الشؤون الخارجية لجمهورية السلفادور» (the state by its
 * form of government with «لـ»), and with «بـ» only right before the name, as Maghrebi copy writes it («… بجمهورية
 * السلفادور، ألكسندرا …», «… بسيراليون، تيموثي …»); not «التقى وزير الخارجية بنظيره», nor the country the holder is in
 * («… بالمغرب أمس»). Null when there is none.
 */
function stateAfterTitle(ctx: TextContext, j: number): { code: string; last: number } | null {
  const { tokens, k } = ctx;
  const t = tokens[j]!;
  const withBa = t.text.startsWith('ب');
  if (STATE_FORMS.has(t.text)) {
    const named = gapOk(tokens[j + 1], TITLE_GAP) ? k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0] : undefined;
    if (named && (!withBa || nameFollows(ctx, named.last + 1))) return { code: named.values[0]!, last: named.last };
  }
  if (!withBa) return null;
  const via = k.countryNames.matchAt(tokens, j).find((m) => m.prefix > 0);
  return via && nameFollows(ctx, via.last + 1) ? { code: via.values[0]!, last: via.last } : null;
}

/** Whether a personal name of two words (or one after an honorific) starts at token `i`. */
function nameFollows(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!gapOk(t, NAME_GAP | Gap.Comma)) return false;
  const honorific = honorificAt(ctx.tokens, i);
  return readNameForward(ctx, i + honorific, honorific > 0 ? 1 : 2) !== null;
}

/**
 * Where an envoy or ambassador is posted, after «لدى/إلى/في» at `j`: a country or city,
 * or after «لدى» an organisation («لدى الوكالات الأممية»). Returns the last token, or -1.
 */
function destinationEnd(ctx: TextContext, j: number): number {
  const { tokens, k } = ctx;
  if (!gapOk(tokens[j + 1], TITLE_GAP)) return -1;
  const place = k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0] ?? k.places.matchAt(tokens, j + 1, { clitics: false })[0];
  if (place) return place.last;
  if (tokens[j]!.text !== 'لدي') return -1;
  const end = definiteRun(ctx, j + 1, 3);
  return end > j ? end : -1;
}
