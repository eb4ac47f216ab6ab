/**
 * Claims of one article against the claims of other sources about the same meeting.
 * For each claim of the current article: the claims elsewhere that say the same thing
 * (by their lightly stemmed words, or by the same quoted words), each marked
 * - corroborated: same speaker, same content;
 * - divergent: other numbers for the same fact (ساعتين / أربع ساعات), the same words
 *   given to another speaker, or attributed by one source and not by the other;
 * and whether only this source reports it. No network, no model: set arithmetic on words.
 */
import { claimWords, type ClaimWords, type NumberFact } from '../text/stem.ts';
import type { Claim } from '../types.ts';

export type Divergence = 'numbers' | 'speaker' | 'attribution';

export interface ClaimMatch {
  article: string;
  claim: Claim;
  relation: 'corroborated' | 'divergent';
  /** Why the two differ, when they do. */
  divergence: Divergence | null;
  /** Share of the shorter claim's words found in the other (0..1). */
  similarity: number;
}

export interface ClaimComparison {
  claim: Claim;
  matches: ClaimMatch[];
  /** No other source reports it. */
  onlyHere: boolean;
}

/** Fewest shared words for two claims to be about the same thing. */
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.5;
/** Quoted words alike enough to be the same quotation. */
const MIN_QUOTE_OVERLAP = 0.8;

interface Prepared {
  claim: Claim;
  words: ClaimWords;
  quote: ClaimWords | null;
}

function prepare(claim: Claim): Prepared {
  return { claim, words: claimWords(claim.text), quote: claim.quote ? claimWords(claim.quote) : null };
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { shared, ratio: small.size === 0 ? 0 : shared / small.size };
}

/** How much two claims say the same thing (0 when they do not). */
function similarity(a: Prepared, b: Prepared): number {
  const text = overlap(a.words.stems, b.words.stems);
  const needed = Math.min(MIN_SHARED, a.words.stems.size, b.words.stems.size);
  const byText = text.shared >= Math.max(needed, 2) && text.ratio >= MIN_OVERLAP ? text.ratio : 0;
  if (a.quote && b.quote) {
    const q = overlap(a.quote.stems, b.quote.stems);
    if (q.shared >= 2 && q.ratio >= MIN_QUOTE_OVERLAP) return Math.max(byText, q.ratio);
  }
  return byText;
}

/** Numbers that count the same thing with different values. */
function numbersDiffer(a: NumberFact[], b: NumberFact[]): boolean {
  for (const x of a) {
    for (const y of b) if (x.unit !== '' && x.unit === y.unit && x.value !== y.value) return true;
  }
  // Bare numbers on both sides and none in common.
  const bareA = a.filter((x) => x.unit === '').map((x) => x.value);
  const bareB = b.filter((x) => x.unit === '').map((x) => x.value);
  return bareA.length > 0 && bareB.length > 0 && !bareA.some((v) => bareB.includes(v));
}

function relate(a: Prepared, b: Prepared): Pick<ClaimMatch, 'relation' | 'divergence'> {
  if (numbersDiffer(a.words.numbers, b.words.numbers)) return { relation: 'divergent', divergence: 'numbers' };
  const sa = a.claim.speaker;
  const sb = b.claim.speaker;
  if ((sa === null) !== (sb === null)) return { relation: 'divergent', divergence: 'attribution' };
  if (sa !== null && sb !== null && sa !== sb && a.claim.reportedBy !== sb && b.claim.reportedBy !== sa)
    return { relation: 'divergent', divergence: 'speaker' };
  return { relation: 'corroborated', divergence: null };
}

export function compareClaims(current: readonly Claim[], others: readonly { article: string; claims: readonly Claim[] }[]): ClaimComparison[] {
  const mine = (current ?? []).map(prepare);
  const theirs = (others ?? []).map((o) => ({ article: o.article, claims: (o.claims ?? []).map(prepare) }));
  return mine.map((a) => {
    const matches: ClaimMatch[] = [];
    for (const other of theirs) {
      for (const b of other.claims) {
        const score = similarity(a, b);
        if (score > 0) matches.push({ article: other.article, claim: b.claim, ...relate(a, b), similarity: score });
      }
    }
    matches.sort((x, y) => y.similarity - x.similarity || x.article.localeCompare(y.article) || x.claim.start - y.claim.start);
    return { claim: a.claim, matches, onlyHere: matches.length === 0 };
  });
}
