/**
 * Shared text: reports whose story text is largely the same copy (an agency's text run by
 * several outlets, with another headline, a cut last paragraph or a sentence of their own).
 * They are one source published several times, not independent reports.
 *
 * Each text becomes a fingerprint: the normalised words in overlapping 5-word shingles, each
 * shingle hashed to 32 bits, and a MinHash signature of 64 values (the smallest hash of the
 * shingle set under 64 independent mixers). Two fingerprints estimate the Jaccard similarity of
 * their shingle sets (the share of equal signature values), and from it and the two set sizes
 * the share of the shorter text found in the longer one (containment): a cut or padded copy
 * keeps a high containment, two reports that only share names and a quote do not.
 *
 * Finding is linear over a library: the signature's first 40 values are cut into 20 bands of 2,
 * each band a key of an inverted index (`bandKeys`); only texts sharing a band key are compared.
 * Two texts with Jaccard 0.33 (a containment of 0.5 between texts of one length) share a band
 * with probability 0.90, with 0.5 (a copy cut by half, or padded) 0.997, with 0.05 about 0.05.
 * Twenty look-ups, not 32: each is an IndexedDB query when an article is saved.
 *
 * Pure and deterministic: the CLI (a batch) and the background (one article against what is
 * stored) decide alike.
 */
import { normalize } from '../text/normalize.ts';
import { fnv1a } from '../text/fnv.ts';

/** What is kept of a text to compare it with others. */
export interface TextFingerprint {
  /** Distinct shingles in the text. */
  size: number;
  /** MinHash signature, `SIGNATURE_LENGTH` unsigned 32-bit values. */
  minhash: number[];
}

export const SHINGLE_WORDS = 5;
export const SIGNATURE_LENGTH = 64;
export const BAND_ROWS = 2;
/** Bands of the signature used as index keys (the first BANDS × BAND_ROWS values; the estimate reads all 64). */
export const BANDS = 20;
/** Fewer distinct shingles than this (about 25 words) is too short to tell copy from coincidence. */
export const MIN_SHINGLES = 20;
/** The share of the shorter text found in the longer one from which two texts are the same copy. */
export const MIN_CONTAINMENT = 0.5;
/** And at least this share of the signature equal: a brief lost in a long roundup is too uncertain. */
export const MIN_JACCARD = 0.12;

const WORD = /[\p{L}\p{N}]+/gu;

/** Murmur3's 32-bit finaliser: a cheap mixer with full avalanche. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}


const SEEDS: number[] = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fmix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The words of a text as compared: normalised (hamza forms, ى/ي, ة/ه, harakat, digits), punctuation dropped. */
export function comparableWords(text: string): string[] {
  return normalize(text).text.match(WORD) ?? [];
}

/** The distinct shingle hashes of a text. */
export function shingles(text: string): Set<number> {
  const words = comparableWords(text).map((w) => fnv1a(w));
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = fmix((h ^ words[i + j]!) + j);
    set.add(h);
  }
  return set;
}

/**
 * The fingerprint of a story text, or null when it is too short to compare. A headline given as
 * `title` and repeated at the start of the text (a saved .txt) is left out: outlets change it.
 */
export function fingerprint(text: string, title?: string): TextFingerprint | null {
  let story = typeof text === 'string' ? text : '';
  const head = typeof title === 'string' ? title.trim() : '';
  if (head && story.trimStart().startsWith(head)) story = story.trimStart().slice(head.length);
  const set = shingles(story);
  if (set.size < MIN_SHINGLES) return null;
  const minhash = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const v = fmix(h ^ SEEDS[i]!);
      if (v < minhash[i]!) minhash[i] = v;
    }
  }
  return { size: set.size, minhash };
}

/**
 * The inverted-index keys of a fingerprint: one per band of `BAND_ROWS` signature values, the
 * band's number folded in (a safe integer below 2^53, so IndexedDB indexes it as a number).
 */
export function bandKeys(fp: TextFingerprint): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS && (b + 1) * BAND_ROWS <= fp.minhash.length; b++) {
    let h = 0;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix((h ^ fp.minhash[b * BAND_ROWS + r]!) + r);
    keys.push(b * 0x1_0000_0000 + h);
  }
  return keys;
}

/** How alike two fingerprints are: estimated Jaccard of the shingle sets and containment of the smaller. */
export function similarity(a: TextFingerprint, b: TextFingerprint): { jaccard: number; containment: number } {
  const n = Math.min(a.minhash.length, b.minhash.length);
  if (n === 0) return { jaccard: 0, containment: 0 };
  let equal = 0;
  for (let i = 0; i < n; i++) if (a.minhash[i] === b.minhash[i]) equal++;
  const jaccard = equal / n;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (a.size + b.size)) / (1 + jaccard);
  const containment = Math.min(1, shared / Math.max(1, Math.min(a.size, b.size)));
  return { jaccard, containment };
}

/** Whether two fingerprints are of the same copy. */
export function sameText(a: TextFingerprint, b: TextFingerprint): boolean {
  const { jaccard, containment } = similarity(a, b);
  return jaccard >= MIN_JACCARD && containment >= MIN_CONTAINMENT;
}

/**
 * An inverted index of fingerprints by band key: `add` a text, `candidates` of another are the
 * texts sharing a band with it, `matches` those of them that are the same copy. The cost of a
 * look-up grows with the texts that share a band, not with the index.
 */
export class SharedTextIndex<K> {
  private readonly byBand = new Map<number, K[]>();
  private readonly prints = new Map<K, TextFingerprint>();

  add(key: K, fp: TextFingerprint): void {
    this.prints.set(key, fp);
    for (const band of bandKeys(fp)) {
      const list = this.byBand.get(band);
      if (list) list.push(key);
      else this.byBand.set(band, [key]);
    }
  }

  candidates(fp: TextFingerprint): Set<K> {
    const found = new Set<K>();
    for (const band of bandKeys(fp)) for (const key of this.byBand.get(band) ?? []) found.add(key);
    return found;
  }

  /** The indexed texts that are the same copy as `fp`. */
  matches(fp: TextFingerprint): K[] {
    return [...this.candidates(fp)].filter((key) => sameText(fp, this.prints.get(key)!));
  }
}

/**
 * Shared text within a batch: for each key, the other keys of the same copy (symmetric), found
 * through the index in one pass. Texts too short to fingerprint share with none.
 */
export function findSharedText<K>(texts: readonly { key: K; text: string; title?: string }[]): Map<K, K[]> {
  const index = new SharedTextIndex<K>();
  const result = new Map<K, K[]>(texts.map((t) => [t.key, []]));
  for (const { key, text, title } of texts) {
    const fp = fingerprint(text, title);
    if (!fp) continue;
    for (const other of index.matches(fp)) {
      if (other === key) continue;
      result.get(key)!.push(other);
      result.get(other)!.push(key);
    }
    index.add(key, fp);
  }
  return result;
}

/**
 * How many independent reports a set of articles makes: articles of the same copy (directly or
 * through another) count once. `shared` gives each article's same-copy others.
 */
export function independentCount<K>(articles: readonly K[], shared: (key: K) => readonly K[]): number {
  const inSet = new Set(articles);
  const seen = new Set<K>();
  let count = 0;
  for (const start of articles) {
    if (seen.has(start)) continue;
    count++;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const next of shared(stack.pop()!)) {
        if (inSet.has(next) && !seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return count;
}
