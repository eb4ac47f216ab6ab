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
import type { Knowledge, NameHit, Person } from '../knowledge/knowledge.ts';
import { skeletonWord } from '../text/skeleton.ts';
import { isFunctionWord } from '../text/stem.ts';
import { StartIndex } from '../text/startIndex.ts';
import { Gap } from '../text/tokens.ts';
import { HONORIFICS, STOP_WORDS, VERB_WORDS } from '../text/lexicon.ts';
import { WordMemo } from '../text/wordMemo.ts';

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
  const { starts: index, secondSkeleton } = nameStarts(ctx.k);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.skip || token.kind !== 'word') continue;
    // Most words start no name: one look-up per reading says which walks can find something.
    const starts = index.startsAt(token);
    if (starts === 0) continue;
    let candidate = longest([
      starts & EXACT ? (exactAt(ctx, i) ?? longerLineageAt(ctx, i)) : null,
      starts & SKELETON && skeletonMayGoOn(ctx, i, secondSkeleton) ? skeletonAt(ctx, i) : null,
      starts & TYPO ? typoAt(ctx, i) : null,
    ]);
    // «الشيخ خالد بن خليفة بن عبد العزيز آل ثاني»: a listed name that takes in the honorific («الشيخ خالد بن خليفة»)
    // gives way to a longer one that starts after it, read from the honorific as the shorter one was.
    if (candidate && candidate.last > i && HONORIFICS.has(token.text)) {
      const after = exactAt(ctx, i + 1);
      if (after && after.last > candidate.last) candidate = { ...after, first: candidate.first, prefix: candidate.prefix };
    }
    if (candidate) {
      found.push(candidate);
      i = candidate.last;
    }
  }
  return found;
}

/** Bits of `nameStarts`, in the order of its tries. */
const EXACT = 1;
const SKELETON = 2;
const TYPO = 4;

interface NameStarts {
  /** Which of the three name tries a walk from a token may match in (bits EXACT, SKELETON, TYPO). */
  starts: StartIndex;
  /**
   * Whether a word's skeleton comes second in a listed name's skeleton, or null when some
   * skeleton name has one word. A skeleton name has two words or more, and the skeleton trie is
   * walked from most tokens that start one (the skeletons of common words are common first names:
   * علي، ان): the word after them rules most walks out.
   */
  secondSkeleton: WordMemo<boolean> | null;
}

const startIndexes = new WeakMap<Knowledge, NameStarts>();

function nameStarts(k: Knowledge): NameStarts {
  let index = startIndexes.get(k);
  if (!index) {
    const seconds = k.skeletonNames.secondWords();
    index = {
      starts: new StartIndex([{ trie: k.names }, { trie: k.skeletonNames, key: skeletonWord }, { trie: k.typoNames }]),
      secondSkeleton: seconds === null ? null : new WordMemo((token) => seconds.has(skeletonWord(token.text))),
    };
    startIndexes.set(k, index);
  }
  return index;
}

/** Whether a walk of the skeleton trie from token i may find a name, by the word after it. */
function skeletonMayGoOn(ctx: TextContext, i: number, secondSkeleton: WordMemo<boolean> | null): boolean {
  if (secondSkeleton === null) return true;
  const next = ctx.tokens[i + 1];
  // As the walk: over a space only (skeletonAt's default gaps), to a token that is not skipped.
  return next !== undefined && !next.skip && (next.gapBefore & ~Gap.Space) === 0 && secondSkeleton.get(next);
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

/** «بن»: son of, between the names of a lineage. */
const SON_OF = 'بن';
/** The first word of two-word given names in a lineage: «عبد العزيز», «عبد الرحمن». */
const SERVANT = 'عبد';
/** The most further ancestors a text may name before the family name, beyond those a listed name gives. */
const MAX_EXTRA_ANCESTORS = 2;

/**
 * «محمد بن عبد العزيز بن صالح الخليفي» for the listed «محمد بن عبد العزيز الخليفي»: Gulf copy writes a lineage
 * longer than the file by a grandfather or two. The listed name read with one or two further «بن …» left out before
 * the family name; the candidate spans all the words written.
 */
function longerLineageAt(ctx: TextContext, i: number): NameCandidate | null {
  const { tokens } = ctx;
  if (tokens[i + 1]?.text !== SON_OF) return null;
  const word = (j: number) => (tokens[j] && !tokens[j]!.skip && (tokens[j]!.gapBefore & ~Gap.Space) === 0 ? tokens[j]! : null);
  /** The end of an ancestor's name starting at j (one word, or «عبد» and the next), or -1. */
  const ancestorEnd = (j: number) => (word(j) === null ? -1 : tokens[j]!.text === SERVANT ? (word(j + 1) ? j + 1 : -1) : j);
  const fatherEnd = ancestorEnd(i + 2);
  if (fatherEnd < 0) return null;
  let j = fatherEnd + 1;
  for (let skipped = 0; skipped < MAX_EXTRA_ANCESTORS && word(j)?.text === SON_OF; skipped++) {
    const end = ancestorEnd(j + 1);
    if (end < 0) return null;
    j = end + 1;
    // The listed name, its family name read from token j.
    const written = [...tokens.slice(i, fatherEnd + 1), ...tokens.slice(j, j + 3)];
    const match = ctx.k.names.matchAt(written, 0, LISTED_NAME_GAPS)[0];
    const familyFrom = fatherEnd - i + 1;
    if (match && match.last >= familyFrom) return { first: i, last: j + (match.last - familyFrom), prefix: match.prefix, evidence: 'exact', hits: match.values };
  }
  return null;
}

function skeletonAt(ctx: TextContext, i: number): NameCandidate | null {
  // (The tests below of every word of the match, asked first of the first word, which they rule out most often: no walk then.)
  if (firstWordRuledOut.get(ctx.tokens[i]!).skeleton) return null;
  const match = ctx.k.skeletonNames.matchAt(ctx.tokens, i, { key: skeletonWord })[0];
  if (!match || verbAt(ctx, i, match.last)) return null;
  // «الرئيس بارو» has the letters of «الرئيس بري»: a name that opens with a title is one word of name, and one
  // word is never matched by its letters alone.
  if (ctx.k.titles.matchAt(ctx.tokens, i, { clitics: false }).length > 0) return null;
  // «أن موريتانيا» has the letters of «إيان مارتن» without its vowels: a particle or a country's name
  // spelled out is itself, never another spelling of a name.
  for (let j = i; j <= match.last; j++) {
    const token = ctx.tokens[j]!;
    // («وكان سوليفان» has the letters of «جون سوليفان»: a particle after its clitic too.)
    const particle = isFunctionWord(token.text) || token.stems.some((st) => st.prefix > 0 && isFunctionWord(st.text));
    if (particle || ctx.k.countryNames.matchAt(ctx.tokens, j, { clitics: false }).length > 0) return null;
    // «تطرق الملك عبدالله» has the letters of «تركي المالكي»: a title written out is itself, not part of a name.
    if (j > i && ctx.k.titles.matchAt(ctx.tokens, j, { clitics: false }).length > 0) return null;
  }
  // «الرئيس الشرعي» has the letters of «الرئيس الشرع»: a family name with «ي» added is its adjective of relation
  // («legitimate»), not another spelling of it.
  const lastWord = ctx.tokens[match.last]!.text;
  if (lastWord.length > 3 && lastWord.endsWith('ي') && ctx.k.familyNames.has(lastWord.slice(0, -1))) return null;
  const hits = match.values.map((person: Person): NameHit => ({ person, kind: 'full' }));
  return { first: i, last: match.last, prefix: match.prefix, evidence: 'skeleton', hits };
}

/**
 * By word: whether skeletonAt's and typoAt's own tests of the words they match reject this one (a verb of the lexicon,
 * a particle, a word of the stop list). The first word of a match is among them: such a word starts none.
 */
const firstWordRuledOut = new WordMemo((token) => {
  const verb = token.stems.some((st) => VERB_WORDS.has(st.text));
  const particle = isFunctionWord(token.text) || token.stems.some((st) => st.prefix > 0 && isFunctionWord(st.text));
  return { skeleton: verb || particle, typo: verb || STOP_WORDS.has(token.text) };
});

/** «أبدى» has the letters of «أبودي», «أكد» of «أكاد»: a verb of the lexicon is itself, never another spelling of a name. */
function verbAt(ctx: TextContext, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ctx.tokens[j]!.stems.some((st) => VERB_WORDS.has(st.text))) return true;
  return false;
}

function typoAt(ctx: TextContext, i: number): NameCandidate | null {
  if (firstWordRuledOut.get(ctx.tokens[i]!).typo) return null;
  const match = ctx.k.typoNames.matchAt(ctx.tokens, i)[0];
  if (!match || verbAt(ctx, i, match.last)) return null;
  // «وقالت الوزيرة قبيل مغادرتها» is «قابيل» less a letter, and «shortly before»: a word of the stop list (a particle,
  // a verb, a common noun) is never a misspelt name.
  for (let j = i; j <= match.last; j++) if (STOP_WORDS.has(ctx.tokens[j]!.text)) return null;
  // «الكوري» is «الكواري» less a letter, and the Korean: a nationality or a country is never a misspelt name.
  const word = ctx.tokens[match.last]!.stems.map((st) => st.text);
  if (word.some((w) => ctx.k.countryAdjectives.startsWith(w) || ctx.k.countryNames.startsWith(w))) return null;
  return { first: i, last: match.last, prefix: match.prefix, evidence: 'typo', hits: match.values };
}
