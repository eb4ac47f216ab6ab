/**
 * A trie keyed by whole words, for phrases of the knowledge files (names, titles,
 * treaty names). One walk from a token finds every phrase that starts there, with
 * one hash lookup per word: no per-phrase scan of the text.
 */
import type { StartIndex } from './startIndex.ts';
import { Gap, type Token } from './tokens.ts';
import { WordMemo } from './wordMemo.ts';

/**
 * A trie as plain data (JSON), for knowledge compiled at build time. Nodes are numbered in
 * breadth-first order, the root 0, so that the children of a node are consecutive: a node's
 * children are found from the counts alone, and a node is built only when a walk first reaches
 * it. Loading reads no word twice and normalises nothing.
 */
export interface TrieData<E> {
  /** The word leading to each node but the root, joined by spaces (node n's word is the (n - 1)th). */
  words: string;
  /** How many children each node has, as the code of one character each, offset by `SHAPE_ZERO`. */
  shape: string;
  /** The nodes that end a phrase, ascending. */
  valued: number[];
  /**
   * Their values, encoded, in one flat list: for each of `valued` in turn, how many values it has,
   * then those values (one list rather than an array per node: fewer objects to parse and keep).
   */
  values: (E | number)[];
  /** The number of words of the longest phrase. */
  longest: number;
}

/** Child counts are written as characters counting up from the digit zero, so that the shape needs no escapes in JSON. */
const SHAPE_ZERO = 0x30;

/** Where the nodes of a trie loaded from data are still to be read from. */
interface Unread<T> {
  words: string[];
  shape: string;
  /** The number of the first child of each node. */
  firstChild: Int32Array;
  /** Where the values of each node start in `values` (their count, then them), or -1 when it has none. */
  slot: Int32Array;
  values: readonly unknown[];
  decode: (value: unknown) => T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /** The node's number in the data its values and children are still to be read from, or -1 (built). */
  unread: number;
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

const NO_OPTIONS: WalkOptions = {};

/** What a walk that finds nothing returns: most walks, so they allocate nothing. */
const NO_MATCH: readonly never[] = Object.freeze([]);

/** A word none of whose readings starts a phrase. */
const NO_HEADS: readonly never[] = Object.freeze([]);

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null, unread: -1 };
  private longest = 0;
  private source: Unread<T> | null = null;
  /** An index of the words phrases start with, shared with other tries, and this trie's bit in it. */
  private starts: { index: StartIndex; bit: number } | null = null;
  /** By word: the root's child for each of its readings (walks without a key). Dropped when a phrase is added. */
  private heads: WordMemo<readonly (TrieNode<T> | undefined)[]> | null = null;
  /** The same for walks with a key (one key at a time), and each word's key. */
  private keyed: { key: (word: string) => string; heads: WordMemo<readonly (TrieNode<T> | undefined)[]>; keys: WordMemo<string> } | null = null;

  /**
   * Lets walks ask `index` (bit `bit`) before reading the trie: a token none of whose readings
   * starts a phrase is answered without a look-up of its own. Adding a phrase drops the index.
   */
  useStartIndex(index: StartIndex, bit: number): void {
    this.starts = { index, bit };
  }

  /** Adds a phrase given as its words (already normalised). */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    this.starts = null;
    this.heads = null;
    this.keyed = null;
    let node = this.root;
    for (const word of words) {
      if (node.unread >= 0) this.read(node);
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, values: null, unread: -1 };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.unread >= 0) this.read(node);
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    this.longest = Math.max(this.longest, words.length);
  }

  /** The trie as data; `encode` turns a value into JSON (e.g. an object into its index in a table). */
  toData<E>(encode: (value: T) => E): TrieData<E> {
    const words: string[] = [];
    let shape = '';
    const data: TrieData<E> = { words: '', shape: '', valued: [], values: [], longest: this.longest };
    const queue: TrieNode<T>[] = [this.root];
    for (let n = 0; n < queue.length; n++) {
      const node = queue[n]!;
      if (node.unread >= 0) this.read(node);
      shape += String.fromCharCode(SHAPE_ZERO + (node.next?.size ?? 0));
      if (node.values) {
        data.valued.push(n);
        data.values.push(node.values.length, ...node.values.map(encode));
      }
      if (node.next)
        for (const [word, child] of node.next) {
          words.push(word);
          queue.push(child);
        }
    }
    data.words = words.join(' ');
    data.shape = shape;
    return data;
  }

  /** The trie `toData` wrote, each value decoded when its node is first reached. */
  static fromData<T, E>(data: TrieData<E>, decode: (value: E) => T): PhraseTrie<T> {
    const trie = new PhraseTrie<T>();
    const count = data.shape.length;
    const firstChild = new Int32Array(count);
    let next = 1;
    for (let n = 0; n < count; n++) {
      firstChild[n] = next;
      next += data.shape.charCodeAt(n) - SHAPE_ZERO;
    }
    const slot = new Int32Array(count).fill(-1);
    for (let i = 0, at = 0; i < data.valued.length; i++) {
      slot[data.valued[i]!] = at;
      at += (data.values[at] as number) + 1;
    }
    trie.source = {
      words: data.words === '' ? [] : data.words.split(' '),
      shape: data.shape,
      firstChild,
      slot,
      values: data.values,
      decode: decode as (value: unknown) => T,
    };
    trie.longest = data.longest;
    trie.root.unread = 0;
    trie.read(trie.root);
    return trie;
  }

  /**
   * Reads a node loaded from data when a walk first reaches it: its values, and its children
   * as nodes still to be read (a walk usually stops at the first word: most are never read).
   */
  private read(node: TrieNode<T>): void {
    const source = this.source!;
    const n = node.unread;
    node.unread = -1;
    const at = source.slot[n]!;
    if (at >= 0) node.values = source.values.slice(at + 1, at + 1 + (source.values[at] as number)).map(source.decode);
    const children = source.shape.charCodeAt(n) - SHAPE_ZERO;
    if (children === 0) return;
    node.next = new Map();
    const first = source.firstChild[n]!;
    for (let m = first; m < first + children; m++) node.next.set(source.words[m - 1]!, { next: null, values: null, unread: m });
  }

  /** The root's child for each reading of a token's word (by its key, when walks use one). */
  private headsOf(token: Token, key: ((word: string) => string) | undefined): readonly (TrieNode<T> | undefined)[] {
    const next = this.root.next;
    if (next === null) return NO_HEADS;
    const heads: (TrieNode<T> | undefined)[] = [];
    let any = false;
    for (const stem of token.stems) {
      const child = next.get(key ? key(stem.text) : stem.text);
      if (child !== undefined) any = true;
      heads.push(child);
    }
    return any ? heads : NO_HEADS;
  }

  /** The number of words of the longest phrase. */
  get maxWords(): number {
    return this.longest;
  }

  /** Whether some phrase starts with this word. */
  startsWith(word: string): boolean {
    return this.root.next?.has(word) ?? false;
  }

  /**
   * The words that come second in the phrases, or null when some phrase has one word only: when
   * every phrase has two words or more, a walk whose next word is none of these finds nothing.
   * The trie must not change afterwards.
   */
  secondWords(): ReadonlySet<string> | null {
    const words = new Set<string>();
    for (const child of this.root.next?.values() ?? []) {
      if (child.unread >= 0) {
        // Read from the data without building the node: thousands of first words, and a walk reaches few of them.
        const source = this.source!;
        const n = child.unread;
        if (source.slot[n]! >= 0) return null;
        const first = source.firstChild[n]!;
        const last = first + source.shape.charCodeAt(n) - SHAPE_ZERO;
        for (let m = first; m < last; m++) words.add(source.words[m - 1]!);
        continue;
      }
      if (child.values) return null;
      for (const word of child.next?.keys() ?? []) words.add(word);
    }
    return words;
  }

  /** Whether an exact phrase is present. */
  get(words: readonly string[]): readonly T[] | null {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of words) {
      if (node.unread >= 0) this.read(node);
      node = node.next?.get(word);
      if (!node) return null;
    }
    if (node.unread >= 0) this.read(node);
    return node.values;
  }

  /**
   * Every phrase starting at token `i`, longest first. Skipped (boilerplate) tokens never match.
   */
  matchAt(tokens: readonly Token[], i: number, options: WalkOptions = NO_OPTIONS): readonly TrieMatch<T>[] {
    const allowed = options.allowedGaps ?? Gap.Space;
    const first = tokens[i];
    if (!first || first.skip || !this.root.next) return NO_MATCH;
    const starts = this.starts;
    if (starts !== null && options.key === undefined) {
      const bits = options.clitics === false ? starts.index.wholeWordStartsAt(first) : starts.index.startsAt(first);
      if ((bits & starts.bit) === 0) return NO_MATCH;
    }
    let found: TrieMatch<T>[] | null = null;
    const stems = first.stems;
    const count = options.clitics === false ? Math.min(1, stems.length) : stems.length;
    const key = options.key;
    // The root's children for the first word, and the keys of the next words, are facts of the words alone.
    let keys: WordMemo<string> | null = null;
    let heads: readonly (TrieNode<T> | undefined)[];
    if (key === undefined) heads = (this.heads ??= new WordMemo((token) => this.headsOf(token, undefined))).get(first);
    else {
      if (this.keyed === null || this.keyed.key !== key)
        this.keyed = { key, heads: new WordMemo((token) => this.headsOf(token, key)), keys: new WordMemo((token) => key(token.text)) };
      heads = this.keyed.heads.get(first);
      keys = this.keyed.keys;
    }
    for (let s = 0; s < count; s++) {
      let node = heads[s];
      if (node === undefined) continue;
      const prefix = stems[s]!.prefix;
      let j = i;
      while (node) {
        if (node.unread >= 0) this.read(node);
        if (node.values) (found ??= []).push({ first: i, last: j, prefix, values: node.values });
        const next = tokens[j + 1];
        if (!node.next || !next || next.skip || (next.gapBefore & ~allowed) !== 0) break;
        node = node.next.get(keys !== null ? keys.get(next) : next.text);
        j++;
      }
    }
    if (!found) return NO_MATCH;
    // Longest first; for equal lengths the more literal reading (smaller prefix) first.
    if (found.length > 1) found.sort((a, b) => b.last - a.last || a.prefix - b.prefix);
    return found;
  }
}
