/**
 * Scoring of recognised entities against the gold annotations: precision, recall and
 * F1 over the distinct entities of each article. Pure functions, no I/O.
 *
 * An entity counts once per article however often it is mentioned. Gold items marked
 * optional count neither way: finding one is not rewarded, missing it is not punished.
 * A predicted entity is an optional one when it has its id or, for people found by
 * title only (ids `ar:…`, which cannot equal a gold slug), when one of its mentions
 * is one of the optional item's surfaces. A person found by title only whose written
 * name is one of a gold item's surfaces is that gold person (`people`: the gold may give a
 * slug to someone no knowledge file lists, and the reader sees the right person either way;
 * an agreement must link to its knowledge entry); so is one whose mention and a surface of a gold
 * person no knowledge entry lists (`known`) contain one another as whole words («تشانغ تاو» in
 * «السفير الصيني لدى بغداد تشانغ تاو»).
 *
 * Agreements with an `ar:` id (no knowledge entry lists them: the joint statement of the meeting
 * an article reports, «اتفاق "X"» in quotes) never equal a gold slug, so they are never a true
 * positive. The gold lists such texts as optional `unlisted-…` items; an `ar:` agreement counts
 * neither way when one of its mentions and one surface of an optional item contain one another
 * («البيان الختامي» in «البيان الختامي للدورة»), and is a false positive otherwise. Only `ar:` ids
 * are compared this loosely; every other id is matched as before.
 * The one exception: a gold agreement that no knowledge entry lists (`known` does not hold its id:
 * a memorandum signed at the meeting, the meeting's own declaration) can only be found as an `ar:`
 * agreement, so an `ar:` agreement one of whose mentions and one of its surfaces contain one
 * another is that agreement, as an unlisted person found by their written name is that person.
 */
import { normalizeKey } from '../nlp/text/normalize.ts';

export interface GoldItem {
  id: string;
  surfaces?: string[];
}

export interface PredictedItem {
  id: string;
  /** The texts the entity was found as (name and mentions). */
  surfaces: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Comparison extends Counts {
  falsePositives: string[];
  falseNegatives: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Compares the distinct predicted entities of one article with its gold items. */
export function compare(
  predicted: readonly PredictedItem[],
  gold: readonly GoldItem[],
  optional: readonly GoldItem[] = [],
  people = false,
  known: ReadonlySet<string> | null = null,
): Comparison {
  const goldIds = new Set(gold.map((g) => g.id));
  const optionalIds = new Set(optional.map((o) => o.id));
  const optionalSurfaces = new Set(optional.flatMap((o) => o.surfaces ?? []).map(normalizeKey));
  const found = new Set<string>();
  const falsePositives: string[] = [];
  const bySurface = new Map<string, string>();
  for (const g of gold) for (const surface of g.surfaces ?? []) bySurface.set(normalizeKey(surface), g.id);
  const unlisted = known ? gold.filter((g) => !known.has(g.id)).map((g) => ({ id: g.id, surfaces: new Set((g.surfaces ?? []).map(normalizeKey)) })) : [];
  const unlistedFound = (item: PredictedItem) =>
    unlisted.find((g) => !found.has(g.id) && item.surfaces.some((s) => containsEither(normalizeKey(s), g.surfaces)))?.id;
  for (const item of dedupe(predicted)) {
    const named = people && item.id.startsWith('ar:') ? (bySurface.get(normalizeKey(item.surfaces[0] ?? '')) ?? unlistedFound(item)) : !people && item.id.startsWith('ar:') ? unlistedFound(item) : undefined;
    if (goldIds.has(item.id)) found.add(item.id);
    else if (named && !found.has(named) && !predicted.some((p) => p.id === named)) found.add(named);
    else if (optionalIds.has(item.id) || item.surfaces.some((s) => optionalSurfaces.has(normalizeKey(s)))) continue;
    // An unlisted person or agreement whose written name an optional item's surface holds is that optional item
    // («حسن نصر الله» in «الأمين العام لحزب الله السيد حسن نصر الله»), as for the gold items above.
    else if (item.id.startsWith('ar:') && item.surfaces.some((s) => containsEither(normalizeKey(s), optionalSurfaces))) continue;
    else falsePositives.push(item.id);
  }
  const falseNegatives = [...goldIds].filter((id) => !found.has(id));
  return { tp: found.size, fp: falsePositives.length, fn: falseNegatives.length, falsePositives, falseNegatives };
}

/**
 * Whether `surface` holds, or is held by, one of `surfaces` (whole words). A gold surface's leading
 * conjunction is its clitic, which a mention leaves out («وأخرى للتعاون …» is the mention «أخرى للتعاون …»).
 */
function containsEither(surface: string, surfaces: ReadonlySet<string>): boolean {
  if (surface === '') return false;
  const padded = ` ${surface} `;
  for (const other of surfaces) {
    if (other === '') continue;
    for (const form of other.startsWith('و') && other.length > 4 ? [other, other.slice(1)] : [other])
      if (padded.includes(` ${form} `) || ` ${form} `.includes(padded)) return true;
  }
  return false;
}

function dedupe(items: readonly PredictedItem[]): PredictedItem[] {
  const byId = new Map<string, PredictedItem>();
  for (const item of items) {
    const existing = byId.get(item.id);
    if (existing) existing.surfaces.push(...item.surfaces);
    else byId.set(item.id, { id: item.id, surfaces: [...item.surfaces] });
  }
  return [...byId.values()];
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Precision, recall and F1 of counts. Nothing predicted gives precision 1, nothing to
 * find gives recall 1: an article with no agreements, where none are found, scores 1.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
