/**
 * The officials stage gives mentions as spans of the original text; the claim and
 * meeting stages read tokens. This index says which person a token starts, and
 * whether a clitic stands before the mention («لبومبيو»: a preposition, so an object).
 */
import type { TextContext } from '../entities/context.ts';
import { normalizeKey } from '../text/normalize.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { Official } from '../types.ts';
import { lowerBound } from '../text/lowerBound.ts';
import { TOPIC_OPENERS } from '../text/lexicon.ts';

export interface TokenMention {
  id: string;
  first: number;
  last: number;
  /** The normalised clitic letters before the mention inside its first token ('' when none). */
  clitic: string;
}

export interface MentionIndex {
  /** Mentions in text order. */
  all: TokenMention[];
  /** The mention starting at a token. */
  at: Map<number, TokenMention>;
}

/** Token index containing original offset `offset` (the last token starting at or before it). */
function tokenAtOriginal(starts: Uint32Array, offset: number): number {
  return lowerBound(starts, (s) => s <= offset) - 1;
}

/** The claims and meetings stages both index the same mentions of one text: made once. */
const made = new WeakMap<TextContext, WeakMap<readonly Official[], MentionIndex>>();

export function indexMentions(ctx: TextContext, officials: readonly Official[]): MentionIndex {
  let byOfficials = made.get(ctx);
  const known = byOfficials?.get(officials);
  if (known) return known;
  const index = buildIndex(ctx, officials);
  if (!byOfficials) made.set(ctx, (byOfficials = new WeakMap()));
  byOfficials.set(officials, index);
  return index;
}

function buildIndex(ctx: TextContext, officials: readonly Official[]): MentionIndex {
  const { tokens, norm } = ctx;
  const starts = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = norm.toOriginal[tokens[i]!.start]!;
  const all: TokenMention[] = [];
  for (const official of officials) {
    for (const m of official.mentions) {
      const first = tokenAtOriginal(starts, m.start);
      const last = tokenAtOriginal(starts, Math.max(m.start, m.end - 1));
      if (first < 0 || last < first) continue;
      const token = tokens[first]!;
      let prefix = 0;
      while (prefix < token.text.length && norm.toOriginal[token.start + prefix]! < m.start) prefix++;
      all.push({ id: official.id, first, last, clitic: token.text.slice(0, prefix) });
    }
  }
  all.sort((a, b) => a.first - b.first);
  all.push(...echoes(ctx, all, officials));
  all.sort((a, b) => a.first - b.first);
  const at = new Map<number, TokenMention>();
  for (const m of all) if (!at.has(m.first)) at.set(m.first, m);
  return { all, at };
}

/** Shortest surname taken alone («كنعاني»); shorter words are too often common ones. */
const MIN_SURNAME = 4;

/** The token's text without a conjunction («وكنعاني»), and that conjunction. */
function bare(token: Token): { text: string; clitic: string } {
  const first = token.text[0];
  if ((first === 'و' || first === 'ف') && token.text.length > MIN_SURNAME) return { text: token.text.slice(1), clitic: first };
  return { text: token.text, clitic: '' };
}

/** `bare(token).text`, by word. */
const bareText = new WordMemo<string>((token) => bare(token).text);

/**
 * A name given in full is then shortened: «ناصر كنعاني» … «وذكر كنعاني», «الأمير فيصل بن
 * فرحان» … «وأضاف الأمير فيصل». After a full mention of two words or more, its last word
 * alone (not a definite noun: «الأسد» is also a word) and its first two words stand for the
 * same person, when no other official named in the article shares them.
 */
function echoes(ctx: TextContext, mentions: readonly TokenMention[], officials: readonly Official[]): TokenMention[] {
  const { tokens } = ctx;
  // Only a mention that writes the person's name teaches a short form: «وزير خارجية روسيا» does not make «روسيا» a name.
  const names = new Map(officials.map((o) => [o.id, normalizeKey(o.name ?? '').split(/\s+/).filter(Boolean)] as const));
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  const surnames = new Map<string, string | null>();
  /** By first word, then second: a name's first two words (words hold no space, so the pair is the two-word string). */
  const openings = new Map<string, Map<string, string | null>>();
  /** Surnames of three letters («بري», «عون»), too often common words: a name only where a topic is opened. */
  const shortSurnames = new Map<string, string | null>();
  const learn = (map: Map<string, string | null>, key: string, id: string) => map.set(key, map.has(key) && map.get(key) !== id ? null : id);
  const found: TokenMention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Names are learnt once their mention has ended, so that only later words echo them.
    while (next < mentions.length && mentions[next]!.last < i) {
      const m = mentions[next++]!;
      const name = names.get(m.id) ?? [];
      if (m.last === m.first || name.length < 2) continue;
      const last = tokens[m.last]!.text;
      if (last === name.at(-1) && last.length >= MIN_SURNAME && !last.startsWith('ال')) learn(surnames, last, m.id);
      else if (last === name.at(-1) && last.length === MIN_SURNAME - 1 && !last.startsWith('ال')) learn(shortSurnames, last, m.id);
      const opening = bareText.get(tokens[m.first]!);
      const second = tokens[m.first + 1]!.text;
      if (m.last - m.first >= 2 && name.length >= 3 && opening === name[0] && second === name[1]) {
        let seconds = openings.get(opening);
        if (!seconds) openings.set(opening, (seconds = new Map()));
        learn(seconds, second, m.id);
      }
    }
    if (covered[i] || tokens[i]!.kind !== 'word' || (surnames.size === 0 && openings.size === 0 && shortSurnames.size === 0)) continue;
    // «أما بري، الذي …، فقال»: after «أما» a word is the topic, a person's name when the article named them in full.
    const topical = TOPIC_OPENERS.has(tokens[i - 1]?.text ?? '') ? shortSurnames.get(tokens[i]!.text) : undefined;
    if (topical) {
      found.push({ id: topical, first: i, last: i, clitic: '' });
      continue;
    }
    const text = bareText.get(tokens[i]!);
    const second = tokens[i + 1];
    const pair =
      openings.size > 0 && second && !covered[i + 1] && (second.gapBefore & ~Gap.Space) === 0 ? openings.get(text)?.get(second.text) : undefined;
    if (pair) {
      found.push({ id: pair, first: i, last: i + 1, clitic: bare(tokens[i]!).clitic });
      i++;
      continue;
    }
    const single = surnames.get(text);
    if (single) found.push({ id: single, first: i, last: i, clitic: bare(tokens[i]!).clitic });
  }
  return found;
}
