/**
 * Names of known people in the text: one left-to-right pass, one trie walk per token.
 *
 * Three kinds of evidence, in order of trust:
 * - exact: a full name or short form of the knowledge files (after normalisation),
 *   the first word possibly carrying clitics (وبوتين، لبومبيو، للافروف);
 * - skeleton: a full name of two or more words spelled another way (سيرجي/سيرغي);
 * - typo: a one-letter drop in a surname of five or more letters (بومبو) — the
 *   recogniser keeps it only for a person the article already names.
 * Which short forms count (surname after a full mention, or a head of state named
 * bare) is decided later, when the whole article has been read.
 */
import type { TextContext } from './context.ts';
import type { NameHit, Person } from '../knowledge/knowledge.ts';
import { skeletonWord } from '../text/skeleton.ts';
import { Gap } from '../text/tokens.ts';

export type Evidence = 'exact' | 'skeleton' | 'typo';

export interface NameCandidate {
  first: number;
  last: number;
  /** Characters of clitics on the first token. */
  prefix: number;
  evidence: Evidence;
  /** Everyone the words may name (a shared surname names several). */
  hits: readonly NameHit[];
}

export function findNameCandidates(ctx: TextContext): NameCandidate[] {
  const { tokens } = ctx;
  const found: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.skip || token.kind !== 'word') continue;
    const candidate = longest([exactAt(ctx, i), skeletonAt(ctx, i), typoAt(ctx, i)]);
    if (candidate) {
      found.push(candidate);
      i = candidate.last;
    }
  }
  return found;
}

/** The candidate covering most words; on a tie the more trusted evidence (listed first). */
function longest(candidates: (NameCandidate | null)[]): NameCandidate | null {
  let best: NameCandidate | null = null;
  for (const c of candidates) if (c && (!best || c.last > best.last)) best = c;
  return best;
}

/** A listed name may carry a hyphen between its words (هينيس-بلاسخارت) as well as spaces. */
const LISTED_NAME_GAPS = { allowedGaps: Gap.Space | Gap.Dash };

function exactAt(ctx: TextContext, i: number): NameCandidate | null {
  const match = ctx.k.names.matchAt(ctx.tokens, i, LISTED_NAME_GAPS)[0];
  if (!match) return null;
  return { first: i, last: match.last, prefix: match.prefix, evidence: 'exact', hits: match.values };
}

function skeletonAt(ctx: TextContext, i: number): NameCandidate | null {
  const match = ctx.k.skeletonNames.matchAt(ctx.tokens, i, { key: skeletonWord })[0];
  if (!match) return null;
  const hits = match.values.map((person: Person): NameHit => ({ person, kind: 'full' }));
  return { first: i, last: match.last, prefix: match.prefix, evidence: 'skeleton', hits };
}

function typoAt(ctx: TextContext, i: number): NameCandidate | null {
  const match = ctx.k.typoNames.matchAt(ctx.tokens, i)[0];
  if (!match) return null;
  return { first: i, last: match.last, prefix: match.prefix, evidence: 'typo', hits: match.values };
}
