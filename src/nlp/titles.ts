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
import type { TitleDef } from './knowledge.ts';
import {
  COUNTERPART_WORDS,
  DESTINATION_PREPOSITIONS,
  FORMER_QUALIFIERS,
  HONORIFIC_PHRASES,
  HONORIFICS,
  PORTFOLIO_HEADS,
  STOP_WORDS,
  TITLE_QUALIFIERS,
} from './lexicon.ts';
import { Gap, type Token } from './tokens.ts';

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
  /** A one-word title with no country (الوزير، الرئيس): it refers back, and never introduces a stranger. */
  generic: boolean;
  /** An honorific stands between the title and the name (الملك، الشيخ): a one-word name is enough. */
  honorific: boolean;
  /** The first token after the title and honorifics: where a name may start. */
  nameStart: number;
}

/** Gaps allowed between the parts of a title: spaces only. */
const TITLE_GAP = Gap.Space;
/** Gaps allowed between a title and its name: spaces and quotation marks («… “جون بولتون”»). */
export const NAME_GAP = Gap.Space | Gap.Quote;

function gapOk(token: Token | undefined, allowed: number): token is Token {
  return token !== undefined && !token.skip && (token.gapBefore & ~allowed) === 0;
}

function commonCountry(defs: readonly TitleDef[]): string | null {
  const first = defs[0]?.country ?? null;
  return defs.every((d) => d.country === first) ? first : null;
}

function isCounterpart(token: Token): boolean {
  return token.stems.some((s) => COUNTERPART_WORDS.has(s.text));
}

/** How many words of honorific start at token `i` (0 when none). */
function honorificAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!gapOk(t, Gap.Space | Gap.Quote)) return 0;
  for (const phrase of HONORIFIC_PHRASES) {
    if (phrase.every((word, n) => tokens[i + n]?.text === word && (n === 0 || gapOk(tokens[i + n], Gap.Space)))) return phrase.length;
  }
  return HONORIFICS.has(t.text) ? 1 : 0;
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
      i = title.last;
    }
  }
  return found;
}

export function parseTitleAt(ctx: TextContext, i: number): TitleMatch | null {
  const { tokens, k } = ctx;
  const token = tokens[i]!;
  if (isCounterpart(token)) {
    const stem = token.stems.find((s) => COUNTERPART_WORDS.has(s.text))!;
    return finishTitle(ctx, { first: i, prefix: stem.prefix, last: i, defs: [], counterpart: true, country: null, generic: false });
  }
  for (const match of k.titles.matchAt(tokens, i)) {
    const defs = match.values;
    let country = commonCountry(defs);
    let last = match.last;
    if (defs.every((d) => d.needsGenitive)) {
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
  for (let steps = 0; steps < 8; steps++) {
    const j = last + 1;
    const t = tokens[j];
    if (!gapOk(t, TITLE_GAP) || t.kind !== 'word') break;
    const adjective = k.countryAdjectives.matchAt(tokens, j, { clitics: false })[0];
    if (adjective) {
      const code = adjective.values[0]!;
      if (country !== null && country !== code) break;
      country = code;
      generic = false;
      last = adjective.last;
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
    if (posted && DESTINATION_PREPOSITIONS.has(t.text)) {
      const place = gapOk(tokens[j + 1], TITLE_GAP) ? k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0] : undefined;
      if (!place) break;
      last = place.last;
      continue;
    }
    // «للأمم المتحدة», «لسوريا»: the holder's organisation, or for an envoy where they are sent.
    if (t.text.startsWith('ل')) {
      const viaLam = k.countryNames.matchAt(tokens, j).find((m) => m.prefix > 0);
      if (viaLam) {
        if (!posted) {
          if (country !== null && country !== viaLam.values[0]) break;
          country = viaLam.values[0]!;
          generic = false;
        }
        last = viaLam.last;
        continue;
      }
      const portfolio = t.stems.some((s) => s.prefix > 0 && PORTFOLIO_HEADS.has(s.text));
      if (portfolio) {
        last = j;
        // «للشؤون الدولية», «لشؤون الشرق الأوسط»: up to three definite words.
        for (let n = 0; n < 3; n++) {
          const w = tokens[last + 1];
          if (!gapOk(w, TITLE_GAP) || !w.text.startsWith('ال') || STOP_WORDS.has(w.text)) break;
          last++;
        }
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
  return { ...head, country, last, generic, former, honorific, nameStart };
}
