/**
 * «قادة مصر والأردن والسلطة الفلسطينية», «زعماء روسيا وألمانيا وفرنسا»: leaders named by their countries. Summit
 * copy often names the table so in its lead and names each leader only later, where their own words are told; a
 * reader knows the three of the lead are those three.
 *
 * In: the text and the officials' mentions. Out: for each such phrase, its tokens and the people it names: of each
 * country listed (two at least), the one head of state the article names who held that office at its date (else its
 * one head of government). A country with none of them named, or two, is left out; a phrase left with fewer than two
 * people names nobody (no guess).
 */
import type { TextContext } from '../entities/context.ts';
import { isActive } from '../knowledge/terms.ts';
import { wordSet } from '../text/lexicon.ts';
import { Gap } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { TokenMention } from './mentionIndex.ts';

export interface LeadersPhrase {
  first: number;
  last: number;
  people: string[];
}

/** Leaders in construct with the countries after them («قادة مصر», «وزعماء روسيا»). */
const LEADERS = wordSet('قادة زعماء');
/** By word: whether a reading is «قادة» or «زعماء» (every token is asked, few are). */
const isLeaders = new WordMemo<boolean>((token) => token.stems.some((st) => LEADERS.has(st.text)));
/** «قادة دول …»: the word of states between. */
const STATES = wordSet('دول');

export function collectiveLeaders(ctx: TextContext, mentions: readonly TokenMention[]): LeadersPhrase[] {
  const { tokens } = ctx;
  const out: LeadersPhrase[] = [];
  let heads: { state: Map<string, string[]>; government: Map<string, string[]> } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.skip || token.kind !== 'word' || !isLeaders.get(token)) continue;
    let j = i + 1;
    if (STATES.has(tokens[j]?.text ?? '') && (tokens[j]!.gapBefore & ~Gap.Space) === 0) j++;
    const countries: string[] = [];
    let last = i;
    while (j < tokens.length && (tokens[j]!.gapBefore & ~Gap.Space) === 0) {
      // The first country bare, the next ones after «و».
      const match = ctx.k.countryNames.matchAt(tokens, j, countries.length === 0 ? { clitics: false } : {})[0];
      if (!match || (countries.length > 0 && !tokens[j]!.text.startsWith('و'))) break;
      countries.push(match.values[0]!);
      last = match.last;
      j = match.last + 1;
    }
    if (countries.length < 2) continue;
    heads ??= { state: holders(ctx, mentions, 'head-of-state'), government: holders(ctx, mentions, 'head-of-government') };
    const { state, government } = heads;
    // The head of state; where the article names none, the head of government (Iraq's and Lebanon's prime ministers
    // sit at summits for their countries).
    const people = [...new Set(countries)]
      .map((c) => (state.has(c) ? state.get(c)! : (government.get(c) ?? [])))
      .filter((ids) => ids.length === 1)
      .map((ids) => ids[0]!);
    if (people.length >= 2) out.push({ first: i, last, people });
    i = last;
  }
  return out;
}

/** The people the article names, by the country whose office they held at its date (any date when it has none). */
function holders(ctx: TextContext, mentions: readonly TokenMention[], role: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of new Set(mentions.map((m) => m.id))) {
    for (const term of ctx.k.people.get(id)?.terms ?? []) {
      if (term.role !== role || (ctx.date && !isActive(term, ctx.date))) continue;
      const ids = out.get(term.country) ?? [];
      if (!ids.includes(id)) ids.push(id);
      out.set(term.country, ids);
    }
  }
  return out;
}
