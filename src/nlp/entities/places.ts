/**
 * Where a meeting took place: a city or venue of knowledge/places.json written as a
 * location («في جنيف», «بجنيف», «في منتجع سوتشي», «في العاصمة السويسرية “جنيف”»,
 * «في الكرملين»), not as a country's name for its government («موسكو ترفض»).
 */
import placesFile from '../knowledge/places.json' with { type: 'json' };
import type { TextContext } from './context.ts';
import { phraseWords } from '../knowledge/knowledge.ts';
import { normalizeKey } from '../text/normalize.ts';
import { PhraseTrie } from '../text/trie.ts';
import { Gap } from '../text/tokens.ts';
import { wordSet } from '../text/lexicon.ts';

export interface PlaceEntry {
  en: string;
  ar: string[];
  country: string;
  /** The city a venue stands in (الكرملين → Moscow). */
  within?: string;
  /** The country's capital: «في العاصمة الصينية» alone names it. */
  capital?: boolean;
  /**
   * The country's own name where it is also the capital's (الكويت، الجزائر): a place only as a
   * visit's destination or a host («وصل إلى دولة الكويت», «التي استضافتها الكويت»).
   */
  countryName?: string[];
}

export interface Place {
  /** English name of the city (a venue gives its city, so that two reports of one place agree). */
  en: string;
  venue: string | null;
}

export interface FoundPlace {
  first: number;
  last: number;
  place: Place;
}

export function compilePlaces(entries: readonly PlaceEntry[]): PhraseTrie<Place> {
  const trie = new PhraseTrie<Place>();
  for (const entry of entries) {
    const place: Place = { en: entry.within ?? entry.en, venue: entry.within ? entry.en : null };
    for (const name of entry.ar) trie.add(phraseWords(name), place);
  }
  return trie;
}

/** The capitals named by their country's own name (PlaceEntry.countryName). */
export function compileCountryNamed(entries: readonly PlaceEntry[]): PhraseTrie<Place> {
  const trie = new PhraseTrie<Place>();
  for (const entry of entries) for (const name of entry.countryName ?? []) trie.add(phraseWords(name), { en: entry.en, venue: null });
  return trie;
}

let compiled: PhraseTrie<Place> | null = null;
let countryNamed: PhraseTrie<Place> | null = null;

function defaultCountryNamed(): PhraseTrie<Place> {
  countryNamed ??= compileCountryNamed((placesFile as { places: PlaceEntry[] }).places);
  return countryNamed;
}
let capitals: ReadonlyMap<string, Place> | null = null;

/** Capitals by country code, from the entries marked `capital`. */
export function compileCapitals(entries: readonly PlaceEntry[]): ReadonlyMap<string, Place> {
  const map = new Map<string, Place>();
  for (const entry of entries) if (entry.capital && !map.has(entry.country)) map.set(entry.country, { en: entry.en, venue: null });
  return map;
}

function defaultCapitals(): ReadonlyMap<string, Place> {
  capitals ??= compileCapitals((placesFile as { places: PlaceEntry[] }).places);
  return capitals;
}

/** The capital of a country by its code, or null when the places file marks none. */
export function capitalOf(code: string): Place | null {
  return defaultCapitals().get(code) ?? null;
}

export function defaultPlaces(): PhraseTrie<Place> {
  compiled ??= compilePlaces((placesFile as { places: PlaceEntry[] }).places);
  return compiled;
}

/** Nouns that describe a place before its name (منتجع سوتشي، العاصمة السويسرية جنيف). */
const DESCRIPTORS = wordSet('منتجع مدينة المدينة العاصمة عاصمة قصر مقر منطقة بلدة جزيرة ولاية محافظة إقليم');
const WHERE = wordSet('حيث');
/** «أنقرة أمس، حيث»: a date word may stand between the city and «حيث». */
const WHERE_DISTANCE = 3;
const LOCATIVE = wordSet('في فى');
const LOCATIVE_OR_TOWARD = wordSet('في فى إلى الى');
/** «التي احتضنتها العاصمة السعودية الرياض», «المؤتمر الذي استضافته باريس», «تستضيفها مدينة جدة»: the city that hosts is where it happens. */
export const HOSTED: ReadonlySet<string> = wordSet(
  'استضافت استضاف احتضنت احتضن تستضيف يستضيف تحتضن يحتضن استضافتها احتضنتها تستضيفها تحتضنها استضافها احتضنها يستضيفها يحتضنها ' +
    'استضافته احتضنته تستضيفه تحتضنه استضافه احتضنه يستضيفه يحتضنه',
);

export interface PlaceOptions {
  /** Also a place written as a destination («إلى الرياض», «إلى العاصمة التركية»): where a visit went. */
  toward?: boolean;
}

/** Places written as locations in tokens [first, last]. */
export function findPlaces(ctx: TextContext, first: number, last: number, trie: PhraseTrie<Place> = defaultPlaces(), options: PlaceOptions = {}): FoundPlace[] {
  const { tokens } = ctx;
  const found: FoundPlace[] = [];
  const locatives = options.toward ? LOCATIVE_OR_TOWARD : LOCATIVE;
  for (let i = first; i <= last; i++) {
    const capital = capitalAt(ctx, i, last, trie, locatives);
    if (capital) {
      found.push(capital);
      i = capital.last;
      continue;
    }
    const match = trie.matchAt(tokens, i)[0];
    if (!match && trie === defaultPlaces()) {
      const named = countryNamedAt(ctx, i, last, options);
      if (named) {
        found.push(named);
        i = named.last;
      }
      continue;
    }
    if (!match || match.last > last) continue;
    if (isLocative(ctx, i, match.prefix, locatives) || isDestinationWhere(ctx, match.last, last)) found.push({ first: i, last: match.last, place: match.values[0]! });
    i = match.last;
  }
  return found;
}

const TOWARD = wordSet('إلى الى');

/** «إلى دولة الكويت», «استضافتها الكويت»: a country named as where a visit went or who hosted, read as its capital. */
function countryNamedAt(ctx: TextContext, i: number, last: number, options: PlaceOptions): FoundPlace | null {
  const { tokens } = ctx;
  const match = defaultCountryNamed().matchAt(tokens, i, { clitics: false })[0];
  if (!match || match.last > last || (tokens[i]!.gapBefore & ~Gap.Space) !== 0) return null;
  const before = tokens[i - 1]?.text ?? '';
  if (!HOSTED.has(before) && !(options.toward && TOWARD.has(before))) return null;
  return { first: i, last: match.last, place: match.values[0]! };
}

const CAPITAL = wordSet('العاصمة');

/**
 * «في العاصمة الصينية», «بالعاصمة الروسية»: the capital named by its country's adjective
 * alone. When the name follows («العاصمة السويسرية جنيف») the name is the place.
 */
function capitalAt(ctx: TextContext, i: number, last: number, trie: PhraseTrie<Place>, locatives: ReadonlySet<string>): FoundPlace | null {
  const { tokens } = ctx;
  const token = tokens[i]!;
  const stem = token.stems.find((s) => CAPITAL.has(s.text));
  if (!stem) return null;
  const before = i > 0 ? tokens[i - 1]!.text : '';
  const clitic = token.text.slice(0, stem.prefix);
  const located =
    (stem.prefix > 0 && (clitic.includes('ب') || (locatives === LOCATIVE_OR_TOWARD && clitic.startsWith('ل')))) ||
    ((locatives.has(before) || HOSTED.has(before)) && (token.gapBefore & ~Gap.Space) === 0);
  if (!located) return null;
  const adjective = ctx.k.countryAdjectives.matchAt(tokens, i + 1, { clitics: false })[0];
  if (!adjective || adjective.last > last) return null;
  const next = adjective.last + 1;
  if (next < tokens.length && (tokens[next]!.gapBefore & ~(Gap.Space | Gap.Quote)) === 0 && trie.matchAt(tokens, next).length > 0) return null;
  const place = defaultCapitals().get(adjective.values[0]!);
  return place ? { first: i, last: adjective.last, place } : null;
}

/** «زار لافروف أنقرة أمس، حيث التقى …», «وصل إلى الرياض حيث …»: a city followed by «حيث» is where what follows happened. */
function isDestinationWhere(ctx: TextContext, end: number, last: number): boolean {
  const { tokens } = ctx;
  for (let j = end + 1; j <= last && j <= end + WHERE_DISTANCE; j++) {
    if (WHERE.has(tokens[j]!.text)) return true;
  }
  return false;
}

function isLocative(ctx: TextContext, i: number, prefix: number, locatives: ReadonlySet<string> = LOCATIVE): boolean {
  const { tokens } = ctx;
  const clitic = tokens[i]!.text.slice(0, prefix);
  // «بجنيف»; toward a destination also «للرياض» («زيارته للعاصمة الإيرانية»).
  if (prefix > 0 && (clitic.includes('ب') || (locatives === LOCATIVE_OR_TOWARD && clitic.startsWith('ل')))) return true;
  // Walk back over «منتجع», «العاصمة السويسرية»: a descriptor and its adjectives.
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 3) {
    const token = tokens[j]!;
    if ((tokens[j + 1]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return false;
    if (locatives.has(token.text) || HOSTED.has(token.text)) return true;
    const stem = token.stems.find((s) => DESCRIPTORS.has(s.text));
    if (stem) {
      const before = token.text.slice(0, stem.prefix);
      if (stem.prefix > 0 && (before.includes('ب') || (locatives === LOCATIVE_OR_TOWARD && before.startsWith('ل')))) return true;
    } else if (!token.text.startsWith('ال')) return false;
    j--;
    steps++;
  }
  return false;
}
