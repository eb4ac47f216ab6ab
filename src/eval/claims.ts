/**
 * Scoring of claims and meeting groups against the gold annotations. Pure functions.
 *
 * A gold claim is found when an extracted claim's text contains its key (both
 * normalised: no diacritics or tatweel, one alef, ya and ta marbuta) and the claim's
 * speaker is the gold speaker or one of its alternatives (Putin's words relayed by
 * Ushakov may be given to either). A key that starts with the word that introduces the
 * reported words (the verb's preposition «على», «عن», «إلى», «من» (حذر من), or «أن»/«إن») is also found without
 * that word: where a claim starts, before or after it, is no part of what was said.
 * Meeting grouping is scored over pairs of articles: a pair is positive when the two
 * articles report one same meeting.
 */
import { normalizeKey } from '../nlp/text/normalize.ts';
import type { Claim } from '../nlp/types.ts';

/** Words that introduce reported words, not part of them (normalised). */
const INTRODUCERS = new Set(['علي', 'عن', 'الي', 'من', 'ان', 'بان']);

/** The normalised forms a gold key may be found in: itself, and without a leading introducer when two words or more remain. */
export function keyForms(key: string): string[] {
  const norm = normalizeKey(key);
  const words = norm.split(' ');
  return words.length > 2 && INTRODUCERS.has(words[0]!) ? [norm, words.slice(1).join(' ')] : [norm];
}

export interface GoldClaim {
  speaker: string;
  key: string;
  alt_speakers?: string[];
}

export interface ClaimScore {
  found: number;
  total: number;
  extracted: number;
  missed: GoldClaim[];
  /**
   * Gold claims whose words were extracted with a person as speaker: `wrong` of them name
   * someone who did not say them (the error a reader never forgives; no speaker is better).
   */
  attributed: number;
  wrong: GoldClaim[];
}

/**
 * `names`: the gold's written names of each person (its surfaces), so that a speaker found by
 * title only (`ar:` + the name) is the gold person no knowledge file lists: one of whose surfaces
 * holds that name as whole words.
 */
export function scoreClaims(
  extracted: readonly Pick<Claim, 'speaker' | 'speakers' | 'text'>[],
  gold: readonly GoldClaim[],
  names: ReadonlyMap<string, readonly string[]> = new Map(),
): ClaimScore {
  // Joint words («وأكد الجانبان») are each side's.
  const texts = extracted.flatMap((c) => (c.speakers ?? [c.speaker]).map((speaker) => ({ speaker, text: normalizeKey(c.text) })));
  const missed: GoldClaim[] = [];
  const wrong: GoldClaim[] = [];
  let found = 0;
  let attributed = 0;
  for (const g of gold) {
    const keys = keyForms(g.key);
    const speakers = new Set([g.speaker, ...(g.alt_speakers ?? [])]);
    const written = [...speakers].flatMap((id) => (names.get(id) ?? []).map((name) => ` ${normalizeKey(name)} `));
    const named = texts.filter((c) => c.speaker !== null && keys.some((key) => c.text.includes(key)));
    if (named.length > 0) attributed++;
    if (named.some((c) => speakers.has(c.speaker!) || writtenIn(c.speaker!, written))) found++;
    else {
      missed.push(g);
      if (named.length > 0) wrong.push(g);
    }
  }
  return { found, total: gold.length, extracted: extracted.length, missed, attributed, wrong };
}

/**
 * Whether a speaker found by title only (`ar:` + the name) is written in one of the gold person's
 * surfaces, as whole words: the gold writes «السفير الصيني لدى بغداد تشانغ تاو» where the reader is shown «تشانغ تاو».
 */
function writtenIn(speaker: string, written: readonly string[]): boolean {
  if (!speaker.startsWith('ar:')) return false;
  const name = ` ${normalizeKey(speaker.slice(3))} `;
  return name.trim() !== '' && written.some((surface) => surface.includes(name));
}

/** Unordered pairs of articles that share a group, as "a|b" keys (a < b). */
export function pairsOf(groups: Iterable<readonly string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const articles of groups) {
    const sorted = [...new Set(articles)].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]}|${sorted[j]}`);
  }
  return pairs;
}

export interface PairScore {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

/** Pairwise F1 of predicted article groups against gold ones; no pairs on either side scores 1. */
export function pairwiseF1(predicted: Iterable<readonly string[]>, gold: Iterable<readonly string[]>): PairScore {
  const p = pairsOf(predicted);
  const g = pairsOf(gold);
  let tp = 0;
  for (const pair of p) if (g.has(pair)) tp++;
  const fp = p.size - tp;
  const fn = g.size - tp;
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, f1 };
}
