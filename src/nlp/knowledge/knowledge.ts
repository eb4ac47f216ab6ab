/**
 * Compiles the knowledge files into the lookups the recogniser uses: word tries of
 * normalised names, titles, countries and treaty names. Compiling is done once per
 * knowledge object (the default one lazily, on first use); recognition is then
 * hash lookups only.
 */
import { normalizeKey } from '../text/normalize.ts';
import { StartIndex } from '../text/startIndex.ts';
import { PhraseTrie } from '../text/trie.ts';
import type { AgreementEntry, KnowledgeSource, OfficialEntry, RoleEntry, TermEntry } from './knowledgeTypes.ts';
import { skeletonWord } from '../text/skeleton.ts';

export interface Term {
  role: string;
  country: string;
  /** Comparable date strings `YYYY-MM-DD`; '' when open. */
  from: string;
  to: string;
  title: string | null;
}

export interface Person {
  id: string;
  en: string;
  /** The first Arabic name of the entry, for display when the article never writes the name in full. */
  ar: string;
  terms: Term[];
  /**
   * When the short form alone names the person before any full mention: always (heads of
   * state, or `distinctive: true`), while holding a one-holder office on the article's date
   * (the default for others), or never (`distinctive: false` in the file wins).
   */
  shortAlone: 'always' | 'in-sole-office' | 'never';
}

export type NameKind = 'full' | 'short';

export interface NameHit {
  person: Person;
  kind: NameKind;
}

export interface TitleDef {
  role: string;
  /** A country the phrase itself implies (سيد الكرملين → RU), or null. */
  country: string | null;
  /** A precise English label for the phrase, or null to use the role's. */
  en: string | null;
  /** The phrase ends in a noun in construct (وزير خارجية): a country must follow as genitive. */
  needsGenitive: boolean;
}

export interface RoleInfo {
  key: string;
  en: string;
  /** Arabic name for the interface ('' when the file gives none). */
  ar: string;
  arByTitle: Readonly<Record<string, string>>;
  unique: boolean;
  destination: boolean;
  enByCountry: Readonly<Record<string, string>>;
}

export interface CountryInfo {
  code: string;
  en: string;
  /** First Arabic name of countries.json. */
  ar: string;
}

export interface AgreementInfo {
  id: string;
  en: string;
  ar: string;
  /** `YYYY-MM-DD` (a bare year or month stands for its first day), '' when the entry gives none. */
  date: string;
  /** `date` and the days it was agreed again (`renewed`), in the same form; empty when it has no date. */
  dates: readonly string[];
  /** The first day an article may name it: `namedSince` when the entry gives one, else `date`. */
  namedFrom: string;
  /** Country codes of the parties, then of the mediators; empty when the entry gives none. */
  parties: readonly string[];
  mediators: readonly string[];
  /** Content words of the city it was signed in (empty when none is given). */
  place: readonly string[];
  /** The kind nouns its names open with, as compared (#treaty, اعلان, بيان, خط, مبادر …). */
  kinds: ReadonlySet<string>;
  /** Ids of the officials who put it forward (a plan named after its author); empty when none is given. */
  proposers: readonly string[];
}

/** An agreement name reduced to its content words, for descriptions whose wording changes. */
export interface AgreementBag {
  agreement: AgreementInfo;
  words: ReadonlySet<string>;
  /**
   * The bag's place words (غزة، الإيراني، مينسك): a loose description must contain all of
   * them, or «وقف إطلاق النار في السودان» would pass for the Gaza ceasefire.
   */
  anchors: ReadonlySet<string>;
}

export interface Knowledge {
  people: ReadonlyMap<string, Person>;
  /** Exact full names and short forms. */
  names: PhraseTrie<NameHit>;
  /** Consonant skeletons of full names (سيرجي/سيرغي, ديمتري/دميتري): unambiguous ones only. */
  skeletonNames: PhraseTrie<Person>;
  /** Full names and short forms with one letter of the surname dropped (بومبو): used only for people already in the article. */
  typoNames: PhraseTrie<NameHit>;
  titles: PhraseTrie<TitleDef>;
  roles: ReadonlyMap<string, RoleInfo>;
  countries: ReadonlyMap<string, CountryInfo>;
  countryAdjectives: PhraseTrie<string>;
  /** Country names and metonyms (روسيا، الولايات المتحدة، موسكو، الكرملين). */
  countryNames: PhraseTrie<string>;
  /** Capitals, seats and other cities (موسكو، مينسك، سوتشي): places that name agreements (اتفاقات مينسك). */
  places: PhraseTrie<string>;
  agreements: ReadonlyMap<string, AgreementInfo>;
  agreementNames: PhraseTrie<AgreementInfo>;
  agreementBags: readonly AgreementBag[];
  /** Content words of country names, adjectives, seats and cities, as agreement names use them. */
  agreementPlaceWords: ReadonlySet<string>;
  /** Every content word of every name of each agreement, by id. */
  agreementVocabulary: ReadonlyMap<string, ReadonlySet<string>>;
  /** First words of the full names listed (ميخائيل، سيرغي، محمد): a word that opens a personal name. */
  givenNames: ReadonlySet<string>;
  /** Last words of the full names listed, to the people who bear them (عون → Michel and Joseph Aoun). */
  familyNames: ReadonlyMap<string, readonly Person[]>;
  /** Descriptor nouns («المسؤول», «الدبلوماسي»), to the roles they may stand for (null: any). */
  descriptors: PhraseTrie<readonly string[] | null>;
  /** Words that head someone holding no office («القاضي», «اللاعب», «رجل الأعمال»), by their last word. */
  notOffices: PhraseTrie<true>;
}

/** Words of a knowledge phrase, normalised the way the text is. */
export function phraseWords(phrase: string): string[] {
  const key = normalizeKey(phrase);
  return key === '' ? [] : key.split(' ');
}

/** `YYYY` → `YYYY-01-01` (from) or `YYYY-12-31` (to); full dates unchanged; null/missing → ''. */
function dateBound(value: string | null | undefined, end: boolean): string {
  if (!value) return '';
  if (/^\d{4}$/.test(value)) return end ? `${value}-12-31` : `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return end ? `${value}-31` : `${value}-01`;
  return value.slice(0, 10);
}

function compileTerm(term: TermEntry): Term {
  return {
    role: term.role,
    country: term.country,
    from: dateBound(term.from, false),
    to: dateBound(term.to, true),
    title: term.title ?? null,
  };
}

const DISTINCTIVE_ROLES = new Set(['head-of-state', 'head-of-government']);

/** The minimum length of a surname before a dropped letter is still recognisable. */
const TYPO_MIN_LENGTH = 5;

/** «عبد الله» and «عبدالله»: the name written with «عبد» apart and joined (a word after «عبد» with the article). */
const ABD = 'عبد';
function abdSpellings(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === ABD && next && next.startsWith('ال')) out.push([...words.slice(0, i), ABD + next, ...words.slice(i + 2)]);
    else if (w.startsWith(ABD + 'ال') && w.length > 5) out.push([...words.slice(0, i), ABD, w.slice(ABD.length), ...words.slice(i + 1)]);
  }
  return out;
}

/** Skeletons shorter than this (in letters, over all words) match too much to be trusted. */
const SKELETON_MIN_LETTERS = 6;

function oneLetterDrops(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 1; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  variants.delete(word);
  // «الناصري» less its last «ي» is «الناصر», another family's name: a nisba is not misspelt by dropping it.
  if (word.endsWith('ي')) variants.delete(word.slice(0, -1));
  return [...variants];
}

function compilePeople(entries: readonly OfficialEntry[], k: Pick<Knowledge, 'names' | 'skeletonNames' | 'typoNames'>) {
  const people = new Map<string, Person>();
  const exactKeys = new Set<string>();
  const skeletonOwners = new Map<string, Set<Person>>();
  const skeletonWords = new Map<string, string[]>();
  for (const entry of entries) {
    const terms = (entry.terms ?? []).map(compileTerm);
    const person: Person = {
      id: entry.id,
      en: entry.en,
      ar: entry.ar[0] ?? entry.short?.[0] ?? entry.en,
      terms,
      shortAlone:
        entry.distinctive === false
          ? 'never'
          : entry.distinctive === true || terms.some((t) => DISTINCTIVE_ROLES.has(t.role))
            ? 'always'
            : 'in-sole-office',
    };
    people.set(person.id, person);
    for (const name of entry.ar ?? []) {
      const words = phraseWords(name);
      if (words.length === 0) continue;
      k.names.add(words, { person, kind: words.length > 1 ? 'full' : 'short' });
      exactKeys.add(words.join(' '));
      // «عبدالله آل الشيخ» for «عبد الله آل الشيخ», and the other way: outlets write «عبد» joined or apart.
      for (const other of abdSpellings(words)) {
        if (exactKeys.has(other.join(' '))) continue;
        k.names.add(other, { person, kind: other.length > 1 ? 'full' : 'short' });
        exactKeys.add(other.join(' '));
      }
      if (words.length >= 2) {
        const skeleton = words.map(skeletonWord);
        if (skeleton.join('').length >= SKELETON_MIN_LETTERS && skeleton.every((w) => w.length >= 2)) {
          const key = skeleton.join(' ');
          const owners = skeletonOwners.get(key) ?? new Set();
          owners.add(person);
          skeletonOwners.set(key, owners);
          skeletonWords.set(key, skeleton);
        }
      }
      const last = words[words.length - 1]!;
      if (last.length >= TYPO_MIN_LENGTH) {
        for (const variant of oneLetterDrops(last)) {
          k.typoNames.add([...words.slice(0, -1), variant], { person, kind: words.length > 1 ? 'full' : 'short' });
        }
      }
    }
    for (const name of entry.short ?? []) {
      const words = phraseWords(name);
      if (words.length === 0) continue;
      k.names.add(words, { person, kind: 'short' });
      exactKeys.add(words.join(' '));
      const last = words[words.length - 1]!;
      if (last.length >= TYPO_MIN_LENGTH) {
        for (const variant of oneLetterDrops(last)) k.typoNames.add([...words.slice(0, -1), variant], { person, kind: 'short' });
      }
    }
  }
  for (const [key, owners] of skeletonOwners) {
    if (owners.size !== 1) continue; // two people share the skeleton: only exact spellings may tell them apart
    const [person] = owners;
    k.skeletonNames.add(skeletonWords.get(key)!, person!);
  }
  return people;
}

function compileRoles(entries: readonly RoleEntry[], titles: PhraseTrie<TitleDef>): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  for (const entry of entries) {
    roles.set(entry.key, {
      key: entry.key,
      en: entry.en,
      ar: entry.ar ?? '',
      arByTitle: entry.arByTitle ?? {},
      unique: entry.unique ?? false,
      destination: entry.destination ?? false,
      enByCountry: entry.enByCountry ?? {},
    });
    const phrases = [...entry.titles, ...(entry.bare ?? [])];
    for (const title of phrases) {
      const ar = typeof title === 'string' ? title : title.ar;
      const words = phraseWords(ar);
      if (words.length === 0) continue;
      const last = words[words.length - 1]!;
      titles.add(words, {
        role: entry.key,
        country: typeof title === 'string' ? null : (title.country ?? null),
        en: typeof title === 'string' ? null : (title.en ?? null),
        // «وزير الخارجية والمغتربين», «وزير الزراعة والري»: a last word of و + article is definite too, and so
        // is one of ل + article («الأمين العام للجامعة»). A title that names its country itself needs none: «ساكن
        // قرطاج» ends in a proper name, a palace. A last word of ب + article («القائم بالأعمال») is definite as well.
        needsGenitive: !/^(?:و?ال|لل|بال)/.test(last) && (typeof title === 'string' || !title.country),
      });
    }
  }
  return roles;
}

/**
 * The content words of an agreement name: without the article, conjunctions,
 * prepositions and particles, and with feminine/plural endings folded, so that
 * «الأسلحة النووية المتوسطة» and «للأسلحة النووية متوسطة» give the same words.
 */
export function contentWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const content = contentWordOf(word);
    if (content !== '') out.push(content);
  }
  return out;
}

/**
 * The content word of one word ('' when it has none), remembered: agreement matching asks it
 * of the same words of a text many times over. Bounded; clearing it only costs recomputation.
 */
const contentMemo = new Map<string, string>();
const CONTENT_MEMO_LIMIT = 50_000;

export function contentWordOf(word: string): string {
  const known = contentMemo.get(word);
  if (known !== undefined) return known;
  // «الأميركية» and «الأمريكية» are one word spelled two ways (desks differ): a name in one matches the other.
  // So are «الكيماوية» and «الكيميائية», and «الستراتيجي» (Iraqi copy) and «الاستراتيجي».
  const stem = lightStem(word).replace(/^اميرك/, 'امريك').replace(/^كيماو/, 'كيميائ').replace(/^ستراتيج/, 'استراتيج');
  const content = stem.length >= 2 && !AGREEMENT_FILLERS.has(stem) ? (TREATY_NOUNS.has(stem) ? TREATY : stem) : '';
  if (contentMemo.size >= CONTENT_MEMO_LIMIT) contentMemo.clear();
  contentMemo.set(word, content);
  return content;
}

/** معاهدة، اتفاقية and اتفاق are one word when descriptions are compared. */
const TREATY_NOUNS = new Set(['معاهد', 'اتفاقي', 'اتفاق']);
const TREATY = '#treaty';

const AGREEMENT_FILLERS = new Set(['من', 'في', 'علي', 'الي', 'عن', 'مع', 'بين', 'حول', 'بشان', 'مدي', 'رقم', 'ذات', 'يخص', 'تخص', 'بخصوص']);

/** Article, clitics and the commonest noun/adjective endings off a word; digits unchanged. */
export function lightStem(word: string): string {
  let w = word;
  if (/^\d/.test(w)) return w;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && (w.startsWith('ال', 1) || w.startsWith('لل', 1) || w.startsWith('بال', 1)))
    w = w.slice(1);
  if (w.startsWith('بال') || w.startsWith('كال')) w = w.slice(3);
  else if (w.startsWith('لل') && w.length > 4) w = w.slice(2);
  else if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  if (w.length > 4 && (w.endsWith('ات') || w.endsWith('ين') || w.endsWith('ون'))) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('يه')) w = w.slice(0, -1);
  else if (w.length > 3 && w.endsWith('ه')) w = w.slice(0, -1);
  return w;
}

/** «… بين روسيا وإيران» is written «… بين إيران وروسيا» as often: a name ending with its two parties, in either order. */
function partiesSwapped(phrase: readonly string[]): string[] | null {
  const at = phrase.length - 3;
  if (at < 1 || phrase[at] !== normalizeKey('بين')) return null;
  const [first, second] = [phrase[at + 1]!, phrase[at + 2]!];
  if (!second.startsWith('و') || second.length < 3 || first.startsWith('و')) return null;
  return [...phrase.slice(0, at + 1), second.slice(1), `و${first}`];
}

function compileAgreements(
  entries: readonly AgreementEntry[],
  k: Pick<Knowledge, 'agreementNames'>,
  placeWords: ReadonlySet<string>,
) {
  const agreements = new Map<string, AgreementInfo>();
  const bags: AgreementBag[] = [];
  const vocabulary = new Map<string, Set<string>>();
  for (const entry of entries) {
    const kinds = new Set<string>();
    for (const name of entry.ar ?? []) {
      const first = contentWords(phraseWords(name).slice(0, 1))[0];
      if (first) kinds.add(first);
    }
    const info: AgreementInfo = {
      id: entry.id,
      en: entry.en,
      ar: entry.ar[0] ?? entry.en,
      date: dateBound(entry.date, false),
      dates: entry.date ? [dateBound(entry.date, false), ...(entry.renewed ?? []).map((d) => dateBound(d, false))] : [],
      namedFrom: dateBound(entry.namedSince ?? entry.date, false),
      parties: entry.parties ?? [],
      mediators: entry.mediators ?? [],
      place: entry.place ? contentWords(phraseWords(entry.place)) : [],
      kinds,
      proposers: entry.proposers ?? [],
    };
    agreements.set(info.id, info);
    const words = vocabulary.get(info.id) ?? new Set<string>();
    vocabulary.set(info.id, words);
    for (const name of entry.ar ?? []) {
      const phrase = phraseWords(name);
      if (phrase.length === 0) continue;
      k.agreementNames.add(phrase, info);
      const swapped = partiesSwapped(phrase);
      if (swapped) k.agreementNames.add(swapped, info);
      // «خطة ترمب», «اتفاق 10 مارس»: the spellings and month names other desks use.
      const spelled = withDeskSpellings(phrase);
      if (spelled) k.agreementNames.add(spelled, info);
      // «اتفاقية خور عبدالله» for «اتفاقية خور عبد الله»: names of places and people in a title, «عبد» joined or apart.
      for (const other of abdSpellings(phrase)) k.agreementNames.add(other, info);
      const content = contentWords(phrase);
      if (content.length >= 2)
        bags.push({ agreement: info, words: new Set(content), anchors: new Set(content.filter((w) => placeWords.has(w) || ORDINAL_WORDS.has(w))) });
      for (const w of content) words.add(w);
    }
  }
  return { agreements, bags, vocabulary };
}

/**
 * Ordinal words of a name («البيان المشترك للدورة التاسعة»): a description must hold them too, or the
 * statement of the eleventh session would pass for the ninth's.
 */
const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  contentWords(
    phraseWords('الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية'),
  ),
);

/**
 * Words that desks spell differently in one name: the Saudi «ترمب» for «ترامب», the Egyptian and Gulf
 * month names for the Levantine ones (normalised as phraseWords gives them).
 */
const DESK_SPELLINGS: ReadonlyMap<string, string> = new Map(
  [
    ['ترامب', 'ترمب'],
    ['كانون الثاني', 'يناير'],
    ['شباط', 'فبراير'],
    ['آذار', 'مارس'],
    ['نيسان', 'أبريل'],
    ['أيار', 'مايو'],
    ['حزيران', 'يونيو'],
    ['تموز', 'يوليو'],
    ['آب', 'أغسطس'],
    ['أيلول', 'سبتمبر'],
    ['تشرين الأول', 'أكتوبر'],
    ['تشرين الثاني', 'نوفمبر'],
    ['كانون الأول', 'ديسمبر'],
  ].map(([a, b]) => [normalizeKey(a!), normalizeKey(b!)] as const),
);

/** The name with another desk's spelling of one of its words, or null when it has none. */
function withDeskSpellings(phrase: readonly string[]): string[] | null {
  const text = phrase.join(' ');
  for (const [from, to] of DESK_SPELLINGS) {
    const re = new RegExp(`(^| )${from}( |$)`);
    if (re.test(text)) return text.replace(re, `$1${to}$2`).split(' ');
  }
  return null;
}

/**
 * First and last words of the full names of two or more words (not titled forms such as «الرئيس عون»). A first
 * name that news copy uses mostly for something else (`notGivenNames`: «وسام», an order's name) is none: it would
 * make «ضيفه "وسام زايد"» a person no file lists.
 */
function compileNameParts(entries: readonly OfficialEntry[], people: ReadonlyMap<string, Person>, notGiven: ReadonlySet<string>) {
  const givenNames = new Set<string>();
  const familyNames = new Map<string, Person[]>();
  for (const entry of entries) {
    const person = people.get(entry.id);
    if (!person) continue;
    for (const name of entry.ar) {
      const words = phraseWords(name);
      if (words.length < 2 || words[0]!.startsWith('ال')) continue;
      if (!notGiven.has(words[0]!)) givenNames.add(words[0]!);
      const last = words[words.length - 1]!;
      const bearers = familyNames.get(last) ?? [];
      if (!bearers.includes(person)) bearers.push(person);
      familyNames.set(last, bearers);
    }
  }
  return { givenNames, familyNames };
}

/** Builds every lookup from the knowledge files (or a small object in a test). */
export function compileKnowledge(source: KnowledgeSource): Knowledge {
  const names = new PhraseTrie<NameHit>();
  const skeletonNames = new PhraseTrie<Person>();
  const typoNames = new PhraseTrie<NameHit>();
  const people = compilePeople(source.officials, { names, skeletonNames, typoNames });

  const titles = new PhraseTrie<TitleDef>();
  const roles = compileRoles(source.roles, titles);
  const { givenNames, familyNames } = compileNameParts(source.officials, people, new Set((source.notGivenNames ?? []).flatMap(phraseWords)));

  const countries = new Map<string, CountryInfo>();
  const countryAdjectives = new PhraseTrie<string>();
  const countryNames = new PhraseTrie<string>();
  const places = new PhraseTrie<string>();
  for (const entry of source.countries) {
    countries.set(entry.code, { code: entry.code, en: entry.en, ar: entry.ar[0] ?? '' });
    for (const adj of entry.adj ?? []) countryAdjectives.add(phraseWords(adj), entry.code);
    for (const name of [...entry.ar, ...(entry.metonyms ?? [])]) countryNames.add(phraseWords(name), entry.code);
    for (const name of [...(entry.metonyms ?? []), ...(entry.cities ?? [])]) places.add(phraseWords(name), entry.code);
  }

  const agreementNames = new PhraseTrie<AgreementInfo>();
  const placeWords = new Set<string>();
  for (const entry of source.countries)
    for (const phrase of [...entry.ar, ...(entry.adj ?? []), ...(entry.metonyms ?? []), ...(entry.cities ?? [])])
      for (const w of contentWords(phraseWords(phrase))) placeWords.add(w);
  const { agreements, bags, vocabulary } = compileAgreements(source.agreements, { agreementNames }, placeWords);

  const descriptors = new PhraseTrie<readonly string[] | null>();
  for (const entry of source.descriptors ?? []) for (const noun of entry.ar) descriptors.add(phraseWords(noun), entry.roles ?? null);

  const notOffices = new PhraseTrie<true>();
  for (const phrase of source.notOffices ?? []) notOffices.add(phraseWords(phrase), true);

  return indexStarts({
    descriptors,
    notOffices,
    people,
    names,
    skeletonNames,
    typoNames,
    titles,
    roles,
    countries,
    countryAdjectives,
    countryNames,
    places,
    agreements,
    agreementNames,
    agreementBags: bags,
    agreementVocabulary: vocabulary,
    agreementPlaceWords: placeWords,
    givenNames,
    familyNames,
  });
}

/**
 * One index of the words the knowledge's phrases start with, for the tries walked with the
 * words themselves (the skeleton trie is walked with a key: names.ts indexes it). A token is
 * asked about by several stages: one look-up per reading then answers for every trie.
 */
export function indexStarts(k: Knowledge): Knowledge {
  const tries = [k.names, k.typoNames, k.titles, k.countryAdjectives, k.countryNames, k.places, k.agreementNames, k.descriptors, k.notOffices];
  const index = new StartIndex(tries.map((trie) => ({ trie: trie as PhraseTrie<unknown> })));
  tries.forEach((trie, n) => trie.useStartIndex(index, 1 << n));
  return k;
}
