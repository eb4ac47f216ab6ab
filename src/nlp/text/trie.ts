/**
 * A trie keyed by whole words, for phrases of the knowledge files (names, titles,
 * treaty names). One walk from a token finds every phrase that starts there, with
 * one hash lookup per word: no per-phrase scan of the text.
 */
import { Gap, type Token } from './tokens.ts';

const NO_OPTIONS: WalkOptions = {};

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

/** A phrase found in the text: tokens [first, last], the first read through one of its stems. */
export interface TrieMatch<T> {
  first: number;
  last: number;
  /** Characters of the first token taken by clitics. */
  prefix: number;
  values: readonly T[];
}

export interface WalkOptions {
  /** Which gaps may separate the words of one phrase (default: spaces only). */
  allowedGaps?: number;
  /** Whether the first word may carry clitics (default: yes). */
  clitics?: boolean;
  /** Maps a word of the text to the key the trie was built with (default: the word itself). */
  key?: (word: string) => string;
}

/** What a walk that finds nothing returns: most walks, so they allocate nothing. */
const NO_MATCH: readonly never[] = Object.freeze([]);

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };
  private longest = 0;

  /** Adds a phrase given as its words (already normalised). */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(word, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    this.longest = Math.max(this.longest, words.length);
  }

  /** The number of words of the longest phrase. */
  get maxWords(): number {
    return this.longest;
  }

  /** Whether an exact phrase is present. */
  get(words: readonly string[]): readonly T[] | null {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of words) {
      node = node.next?.get(word);
      if (!node) return null;
    }
    return node.values;
  }

  /**
   * Every phrase starting at token `i`, longest first. Skipped (boilerplate) tokens never match.
   */
  matchAt(tokens: readonly Token[], i: number, options: WalkOptions = NO_OPTIONS): readonly TrieMatch<T>[] {
    const allowed = options.allowedGaps ?? Gap.Space;
    const first = tokens[i];
    if (!first || first.skip || !this.root.next) return NO_MATCH;
    let found: TrieMatch<T>[] | null = null;
    const stems = first.stems;
    const count = options.clitics === false ? Math.min(1, stems.length) : stems.length;
    const key = options.key;
    for (let s = 0; s < count; s++) {
      const stem = stems[s]!;
      let node = this.root.next.get(key ? key(stem.text) : stem.text);
      let j = i;
      while (node) {
        if (node.values) (found ??= []).push({ first: i, last: j, prefix: stem.prefix, values: node.values });
        const next = tokens[j + 1];
        if (!node.next || !next || next.skip || (next.gapBefore & ~allowed) !== 0) break;
        node = node.next.get(key ? key(next.text) : next.text);
        j++;
      }
    }
    if (!found) return NO_MATCH;
    // Longest first; for equal lengths the more literal reading (smaller prefix) first.
    if (found.length > 1) found.sort((a, b) => b.last - a.last || a.prefix - b.prefix);
    return found;
  }
}
