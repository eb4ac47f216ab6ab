/**
 * The compiled knowledge as plain data (JSON), so that it can be compiled at build time and
 * loaded without work where time counts (the background's cold start): no normalisation, no
 * skeletons, no one-letter variants, only the structures rebuilt from flat lists.
 *
 * Objects that several lookups share (a person, an agreement) are written once, in a table,
 * and referred to by their index, so that the loaded knowledge has the same sharing as the
 * compiled one (`hit.person === people.get(id)`), and every list, set and map keeps its order.
 */
import { PhraseTrie, type TrieData } from '../text/trie.ts';
import { indexStarts, type AgreementBag, type AgreementInfo, type CountryInfo, type Knowledge, type NameHit, type Person, type RoleInfo, type TitleDef } from './knowledge.ts';

/** Bumped when the shape changes, so that a stale artefact is refused rather than misread. */
export const SERIALIZED_KNOWLEDGE_VERSION = 2;

interface AgreementData extends Omit<AgreementInfo, 'kinds'> {
  kinds: string[];
}

/** A name hit: twice the person's index, plus 1 for a full name. */
type NameHitData = number;

export interface SerializedKnowledge {
  version: number;
  people: Person[];
  agreements: AgreementData[];
  roles: RoleInfo[];
  countries: CountryInfo[];
  names: TrieData<NameHitData>;
  skeletonNames: TrieData<number>;
  typoNames: TrieData<NameHitData>;
  titles: TrieData<TitleDef>;
  countryAdjectives: TrieData<string>;
  countryNames: TrieData<string>;
  places: TrieData<string>;
  /** Values are agreement indexes. */
  agreementNames: TrieData<number>;
  /** [agreement index, words, anchors]. */
  agreementBags: [number, string[], string[]][];
  agreementPlaceWords: string[];
  agreementVocabulary: [string, string[]][];
  givenNames: string[];
  /** [family name, person indexes]. */
  familyNames: [string, number[]][];
  descriptors: TrieData<readonly string[] | null>;
  notOffices: TrieData<true>;
}

/** Indexes of the objects of a table, by identity. */
function indexOf<T>(items: readonly T[]): (item: T) => number {
  const index = new Map<T, number>();
  items.forEach((item, i) => index.set(item, i));
  return (item) => {
    const i = index.get(item);
    if (i === undefined) throw new Error('serializeKnowledge: an object outside its table');
    return i;
  };
}

export function serializeKnowledge(k: Knowledge): SerializedKnowledge {
  const people = [...k.people.values()];
  const agreements = [...k.agreements.values()];
  const person = indexOf(people);
  const agreement = indexOf(agreements);
  const hit = (h: NameHit): NameHitData => person(h.person) * 2 + (h.kind === 'full' ? 1 : 0);
  const same = <T>(v: T): T => v;
  return {
    version: SERIALIZED_KNOWLEDGE_VERSION,
    people,
    agreements: agreements.map((a) => ({ ...a, kinds: [...a.kinds] })),
    roles: [...k.roles.values()],
    countries: [...k.countries.values()],
    names: k.names.toData(hit),
    skeletonNames: k.skeletonNames.toData(person),
    typoNames: k.typoNames.toData(hit),
    titles: k.titles.toData(same),
    countryAdjectives: k.countryAdjectives.toData(same),
    countryNames: k.countryNames.toData(same),
    places: k.places.toData(same),
    agreementNames: k.agreementNames.toData(agreement),
    agreementBags: k.agreementBags.map((b) => [agreement(b.agreement), [...b.words], [...b.anchors]]),
    agreementPlaceWords: [...k.agreementPlaceWords],
    agreementVocabulary: [...k.agreementVocabulary].map(([id, words]) => [id, [...words]]),
    givenNames: [...k.givenNames],
    familyNames: [...k.familyNames].map(([name, bearers]) => [name, bearers.map(person)]),
    descriptors: k.descriptors.toData(same),
    notOffices: k.notOffices.toData(same),
  };
}

/**
 * The knowledge `serializeKnowledge` wrote (after a JSON round trip or not). The data is taken
 * over, not copied: it must not be used for anything else afterwards.
 */
export function loadKnowledge(data: SerializedKnowledge): Knowledge {
  if (data.version !== SERIALIZED_KNOWLEDGE_VERSION)
    throw new Error(`compiled knowledge of version ${data.version}, expected ${SERIALIZED_KNOWLEDGE_VERSION}: rebuild it`);
  const people = data.people;
  const agreements: AgreementInfo[] = data.agreements.map((a) => ({ ...a, kinds: new Set(a.kinds) }));
  const hit = (h: NameHitData): NameHit => ({ person: people[h >> 1]!, kind: (h & 1) === 1 ? 'full' : 'short' });
  const person = (p: number): Person => people[p]!;
  const agreement = (a: number): AgreementInfo => agreements[a]!;
  const same = <T>(v: T): T => v;
  const bags: AgreementBag[] = data.agreementBags.map(([a, words, anchors]) => ({
    agreement: agreements[a]!,
    words: new Set(words),
    anchors: new Set(anchors),
  }));
  return indexStarts({
    descriptors: PhraseTrie.fromData(data.descriptors, same),
    notOffices: PhraseTrie.fromData(data.notOffices, same),
    people: new Map(people.map((p) => [p.id, p])),
    names: PhraseTrie.fromData(data.names, hit),
    skeletonNames: PhraseTrie.fromData(data.skeletonNames, person),
    typoNames: PhraseTrie.fromData(data.typoNames, hit),
    titles: PhraseTrie.fromData(data.titles, same),
    roles: new Map(data.roles.map((r) => [r.key, r])),
    countries: new Map(data.countries.map((c) => [c.code, c])),
    countryAdjectives: PhraseTrie.fromData(data.countryAdjectives, same),
    countryNames: PhraseTrie.fromData(data.countryNames, same),
    places: PhraseTrie.fromData(data.places, same),
    agreements: new Map(agreements.map((a) => [a.id, a])),
    agreementNames: PhraseTrie.fromData(data.agreementNames, agreement),
    agreementBags: bags,
    agreementVocabulary: new Map(data.agreementVocabulary.map(([id, words]) => [id, new Set(words)])),
    agreementPlaceWords: new Set(data.agreementPlaceWords),
    givenNames: new Set(data.givenNames),
    familyNames: new Map(data.familyNames.map(([name, bearers]) => [name, bearers.map(person)])),
  });
}
