/**
 * Scoring of claim alignment across reports against gold claim groups. Pure functions.
 *
 * Gold: `claim_groups`, lists of {article, key}: claims of different reports that state the
 * same thing. A gold pair is two keys of one group in different articles.
 * Predicted: the claim groups the alignment makes (within each meeting group, as the popup and
 * `isnad analyze --json` show them). Claims of one article in one group (a quote cut into
 * overlapping claims) count as one claim: a predicted pair is two articles of one group, each
 * side standing for the texts of that article's claims in the group.
 * A predicted pair is true when some gold group has a key in each of its two articles that the
 * side's claim text contains (normalised with normalizeKey); a gold pair is found when a
 * predicted pair covers it. A gold pair is extractable when each key is in some claim the
 * pipeline extracted (whatever its speaker): alignment cannot find the others.
 * A predicted pair is judged only when each side holds some gold claim of its article: the gold
 * lists the statements of named or titled people, so two statements of an institution («البيان»،
 * «الوزارة») or of nobody have no gold to be compared with; they are counted apart (`unjudged`).
 */
import { normalizeKey } from '../nlp/text/normalize.ts';
import { keyForms } from './claims.ts';

export interface GoldClaimRef {
  article: string;
  key: string;
}

/** One predicted claim group: per article, the texts of its claims in the group. */
export type PredictedClaimGroup = ReadonlyMap<string, readonly string[]>;

export interface AlignmentScore {
  /** Predicted pairs that are gold pairs / judged predicted pairs. */
  precision: number;
  /** Gold pairs found / all gold pairs. */
  recall: number;
  /** Gold pairs found / gold pairs whose two claims were extracted. */
  recallExtractable: number;
  truePairs: number;
  /** Judged predicted pairs (each side holds a gold claim of its article). */
  predictedPairs: number;
  /** Predicted pairs with a side outside the gold's claims: not judged. */
  unjudgedPairs: number;
  goldPairs: number;
  extractablePairs: number;
  foundPairs: number;
  /** Gold pairs not found, extractable ones first marked. */
  missed: { a: GoldClaimRef; b: GoldClaimRef; extractable: boolean }[];
  /** Predicted pairs no gold group holds: the two sides' texts. */
  wrong: { a: { article: string; text: string }; b: { article: string; text: string } }[];
}

/** Whether some text holds the key, in one of its forms (keyForms: a leading «على»/«أن» may be left out). */
const contains = (texts: readonly string[], key: string) => keyForms(key).some((form) => texts.some((t) => t.includes(form)));

export function scoreAlignment(
  predicted: readonly PredictedClaimGroup[],
  gold: readonly (readonly GoldClaimRef[])[],
  extracted: ReadonlyMap<string, readonly string[]>,
  goldClaims: ReadonlyMap<string, readonly string[]>,
): AlignmentScore {
  const norm = (g: GoldClaimRef): GoldClaimRef => ({ article: g.article, key: normalizeKey(g.key) });
  const goldGroups = gold.map((g) => g.map(norm));
  const goldPairs: [GoldClaimRef, GoldClaimRef][] = [];
  for (const group of goldGroups) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) if (group[i]!.article !== group[j]!.article) goldPairs.push([group[i]!, group[j]!]);
  }
  // A pair found in two meeting groups (articles that report two meetings together) counts once.
  const predictedPairs: [string, string[], string, string[]][] = [];
  const seenPairs = new Set<string>();
  for (const group of predicted) {
    const sides = [...group].map(([article, texts]) => [article, texts.map(normalizeKey)] as const).sort((a, b) => a[0].localeCompare(b[0]));
    for (let i = 0; i < sides.length; i++)
      for (let j = i + 1; j < sides.length; j++) {
        const id = JSON.stringify([sides[i], sides[j]]);
        if (seenPairs.has(id)) continue;
        seenPairs.add(id);
        predictedPairs.push([sides[i]![0], [...sides[i]![1]], sides[j]![0], [...sides[j]![1]]]);
      }
  }
  const covers = (p: (typeof predictedPairs)[number], x: GoldClaimRef, y: GoldClaimRef) =>
    (p[0] === x.article && p[2] === y.article && contains(p[1], x.key) && contains(p[3], y.key)) ||
    (p[0] === y.article && p[2] === x.article && contains(p[1], y.key) && contains(p[3], x.key));
  const normExtracted = new Map([...extracted].map(([article, texts]) => [article, texts.map(normalizeKey)]));
  const isExtracted = (x: GoldClaimRef) => contains(normExtracted.get(x.article) ?? [], x.key);

  const goldKeys = new Map([...goldClaims].map(([article, keys]) => [article, [...keys]]));
  const judged = (article: string, texts: readonly string[]) => (goldKeys.get(article) ?? []).some((key) => contains(texts, key));
  let truePairs = 0;
  let unjudgedPairs = 0;
  const wrong: AlignmentScore['wrong'] = [];
  for (const p of predictedPairs) {
    if (goldPairs.some(([x, y]) => covers(p, x, y))) truePairs++;
    else if (!judged(p[0], p[1]) || !judged(p[2], p[3])) unjudgedPairs++;
    else wrong.push({ a: { article: p[0], text: p[1].join(' | ') }, b: { article: p[2], text: p[3].join(' | ') } });
  }
  let foundPairs = 0;
  let extractablePairs = 0;
  const missed: AlignmentScore['missed'] = [];
  for (const [x, y] of goldPairs) {
    const extractable = isExtracted(x) && isExtracted(y);
    if (extractable) extractablePairs++;
    if (predictedPairs.some((p) => covers(p, x, y))) foundPairs++;
    else missed.push({ a: x, b: y, extractable });
  }
  const foundExtractable = foundPairs; // a found pair is always extractable
  return {
    precision: predictedPairs.length - unjudgedPairs === 0 ? 1 : truePairs / (predictedPairs.length - unjudgedPairs),
    recall: goldPairs.length === 0 ? 1 : foundPairs / goldPairs.length,
    recallExtractable: extractablePairs === 0 ? 1 : foundExtractable / extractablePairs,
    truePairs,
    predictedPairs: predictedPairs.length - unjudgedPairs,
    unjudgedPairs,
    goldPairs: goldPairs.length,
    extractablePairs,
    foundPairs,
    missed,
    wrong,
  };
}
