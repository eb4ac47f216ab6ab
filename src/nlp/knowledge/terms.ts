/**
 * Offices over time: which role a person held on the article's date, and who held
 * a role on a date (وزير الخارجية الأمريكي is Kerry in 2016, Pompeo in 2019).
 */
import type { Knowledge, Person, Term } from './knowledge.ts';

/** What a title in the text says about the person it names. */
export interface TitleEvidence {
  roles: readonly string[];
  country: string | null;
  former: boolean;
  /** A precise English label from the title phrase, when it gives one. */
  en: string | null;
}

export function isActive(term: Term, date: string): boolean {
  if (date === '') return term.to === '';
  return (term.from === '' || term.from <= date) && (term.to === '' || date <= term.to);
}

/**
 * The countries whose royal houses «سمو» and «جلالة» (and «سموه», «جلالته») are said of, with their ministers who
 * are princes or sheikhs: the Gulf, Jordan and Morocco; never a president of a republic.
 */
export const ROYAL_COUNTRIES: ReadonlySet<string> = new Set(['SA', 'AE', 'KW', 'QA', 'BH', 'OM', 'JO', 'MA']);

/** Heads of state's titles that are no president's: «الرئيس», «رئيس الجمهورية» never name their holders. */
const REIGNING_TITLES: ReadonlySet<string> = new Set(['King', 'Queen', 'Emir', 'Sultan', 'Supreme Leader', 'Leader of the Revolution', 'Pope', 'Emperor of Japan', 'King of the Belgians']);

/** Whether the person heads a state on the date (any date when none) by a title no president bears: a king, the Pope. */
export function reignsByTitle(terms: readonly Term[], date: string): boolean {
  return terms.some((t) => t.role === 'head-of-state' && t.title !== null && REIGNING_TITLES.has(t.title) && (date === '' || isActive(t, date)));
}

/** Roles of those who speak for someone else (a president, a ministry): they tell meetings and words, not their own. */
export const SPOKESPERSON_ROLES: ReadonlySet<string> = new Set(['spokesperson', 'presidential-spokesperson', 'mfa-spokesperson']);

/** The term in which a person speaks for someone else on the date (a spokesperson's), if any. */
export function spokespersonTermOn(terms: readonly Term[], date: string): Term | undefined {
  return terms.find((t) => SPOKESPERSON_ROLES.has(t.role) && isActive(t, date));
}

/** The country of the first of `terms` active on `date` (any term when undated), or null. */
export function countryOnDate(terms: readonly Term[], date: string): string | null {
  return terms.find((term) => date === '' || isActive(term, date))?.country ?? null;
}

function matchesEvidence(term: Term, evidence: TitleEvidence): boolean {
  return evidence.roles.includes(term.role) && (evidence.country === null || evidence.country === term.country);
}

export interface RoleAtDate {
  role: string;
  country: string;
  /** English label, e.g. "Secretary of State", "Former President". */
  en: string;
  /** Arabic label for an Arabic interface, e.g. «وزير الخارجية», «الرئيس السابق» ('' when unknown). */
  ar: string;
  /** The years of the term, e.g. "2019–" or "2013–2017" ('' when unknown). */
  years: string;
}

/** The Arabic label of a role, by the term's title when it has one. */
export function roleLabelAr(k: Knowledge, role: string, title: string | null): string {
  const info = k.roles.get(role);
  if (!info) return '';
  return (title ? info.arByTitle[title] : undefined) ?? info.ar;
}

function formerAr(label: string): string {
  if (label === '') return label;
  // «وزير الخارجية السابق», «الرئيس السابق»
  return /السابق$/.test(label) ? label : `${label} السابق`;
}

function yearsOf(term: Term): string {
  const from = term.from.slice(0, 4);
  const to = term.to.slice(0, 4);
  return from || to ? `${from}–${to}` : '';
}

/** The English label of a role in a country, with a term's precise title when it has one. */
export function roleLabel(k: Knowledge, role: string, country: string, title: string | null): string {
  if (title) return title;
  const info = k.roles.get(role);
  if (!info) return role;
  return info.enByCountry[country] ?? info.en;
}

function former(label: string): string {
  return /^former /i.test(label) ? label : `Former ${label}`;
}

/**
 * The role to show for a person: the term active on the date (preferring the one a
 * title in the text names), else the term a title names, else the last term that
 * ended before the date (as "Former …"), else the first.
 */
export function roleAtDate(k: Knowledge, terms: readonly Term[], date: string, evidence: readonly TitleEvidence[]): RoleAtDate | null {
  if (terms.length === 0) return null;
  const active = terms.filter((t) => isActive(t, date));
  const named = (list: readonly Term[]) => list.find((t) => evidence.some((e) => !e.former && matchesEvidence(t, e)));
  const choose = (term: Term, isFormer: boolean): RoleAtDate => {
    const label = roleLabel(k, term.role, term.country, term.title);
    const ar = roleLabelAr(k, term.role, term.title);
    return { role: term.role, country: term.country, en: isFormer ? former(label) : label, ar: isFormer ? formerAr(ar) : ar, years: yearsOf(term) };
  };
  const activeNamed = named(active);
  if (activeNamed) return choose(activeNamed, false);
  if (active[0]) return choose(active[0], false);
  const anyNamed = terms.find((t) => evidence.some((e) => matchesEvidence(t, e)));
  if (anyNamed) return choose(anyNamed, date !== '' && anyNamed.to !== '' && anyNamed.to < date);
  const ended = terms.filter((t) => date !== '' && t.to !== '' && t.to < date).sort((a, b) => (a.to < b.to ? 1 : -1));
  if (ended[0]) return choose(ended[0], true);
  // No date and no title in the text: the latest office, its years shown beside it.
  if (date === '') return choose([...terms].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0]!, false);
  return choose(terms[0]!, false);
}

/** Whether any of the person's offices on the date (or any office, without a date) fits the roles and country. */
export function fitsRole(terms: readonly Term[], date: string, roles: readonly string[], country: string | null): boolean {
  return terms.some(
    (t) => (date === '' || isActive(t, date)) && roles.includes(t.role) && (country === null || t.country === country),
  );
}

/** Whether the person had left an office fitting the roles and country by the date («وزير الخارجية السابق …»). */
export function heldBefore(terms: readonly Term[], date: string, roles: readonly string[], country: string | null): boolean {
  return terms.some((t) => t.to !== '' && t.to <= date && roles.includes(t.role) && (country === null || t.country === country));
}

/** A dated term of office and its holder. */
interface HeldTerm {
  person: Person;
  term: Term;
}

/** Per knowledge: its dated terms by role and country, so that a holder is found without reading every person. */
const termsByOffice = new WeakMap<Knowledge, Map<string, HeldTerm[]>>();

function datedTerms(k: Knowledge, role: string, country: string): readonly HeldTerm[] {
  let index = termsByOffice.get(k);
  if (!index) {
    index = new Map();
    for (const person of k.people.values()) {
      for (const term of person.terms) {
        if (term.from === '') continue;
        const key = `${term.role}\u0000${term.country}`;
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push({ person, term });
      }
    }
    termsByOffice.set(k, index);
  }
  return index.get(`${role}\u0000${country}`) ?? NO_TERMS;
}

const NO_TERMS: readonly HeldTerm[] = [];

/**
 * The one person who held one of `roles` in `country` on `date`, when every one of them has a single holder at a
 * time; null when nobody or several fit. A title that may also be an office of many
 * holders («الوزير السنغافوري»: any of its ministers) names no one by the knowledge alone, which lists some of a
 * country's ministers and not others: the one listed is no more its holder than those it leaves out.
 */
export function soleHolder(k: Knowledge, roles: readonly string[], country: string, date: string): Person | null {
  if (date === '' || roles.some((role) => k.roles.get(role)?.unique !== true)) return null;
  let found: Person | null = null;
  for (const role of roles) {
    for (const { person, term } of datedTerms(k, role, country)) {
      if (!isActive(term, date)) continue;
      if (found !== null && found !== person) return null;
      found = person;
    }
  }
  return found;
}
