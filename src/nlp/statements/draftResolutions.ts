/**
 * Draft resolutions put to a vote: «مشروع قرار فرنسي حول حلب», «مشروع القرار الروسي», and after one of them
 * «المشروع الفرنسي». Copy of a Security Council session (or an Assembly's, a board's) tells its drafts by their
 * sponsors, never by a name a knowledge file could list; a reader wants them marked like any agreement.
 *
 * Input: the tokens, the agreements found, the meetings. Output: the agreements, with one `ar:` agreement per
 * sponsor's draft (its id the sponsor's country and the session's date, else the article's), whose mentions are each
 * «مشروع (ال)قرار» with that sponsor's adjective and, once one is told, «المشروع» with the same adjective. A bare
 * «المشروع الإيراني» with no draft told is a country's project, not a draft, and is left alone.
 */
import { tokenSpan, type TextContext } from '../entities/context.ts';
import { wordSet } from '../text/lexicon.ts';
import { Gap, type Stem, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { Agreement, ArticleMeeting, Span } from '../types.ts';

/** «مشروع», «المشروع», «مشروعا», «ومشروع»: the draft's head, after its clitics. */
const DRAFT = wordSet('مشروع المشروع مشروعا');
/** «قرار», «القرار», «قرارا»: what makes the head a draft resolution. */
const RESOLUTION = wordSet('قرار القرار قرارا');
/** Sponsors named by a bloc's adjective rather than a country's. */
const BLOCS: ReadonlyMap<string, string> = new Map(
  [
    ['غربي', 'WEST'],
    ['الغربي', 'WEST'],
    ['غربيا', 'WEST'],
  ].map(([w, code]) => [w!, code!]),
);

interface Draft {
  first: number;
  prefix: number;
  last: number;
  sponsor: string;
  /** «مشروع قرار …», not «المشروع …» alone. */
  explicit: boolean;
}

/** By word: the reading that is «مشروع» (every token is asked, almost none is one), or null. */
const draftReading = new WordMemo<Stem | null>((token) => token.stems.find((s) => DRAFT.has(s.text)) ?? null);

function headAt(token: Token): { prefix: number } | null {
  if (token.skip || token.kind !== 'word') return null;
  const stem = draftReading.get(token);
  return stem ? { prefix: stem.prefix } : null;
}

/** The sponsor's adjective at token j: a country's («فرنسي», «الروسي») or the West's («غربي»). */
function sponsorAt(ctx: TextContext, j: number): { code: string; last: number } | null {
  const token = ctx.tokens[j];
  if (!token || (token.gapBefore & ~Gap.Space) !== 0) return null;
  const bloc = BLOCS.get(token.text);
  if (bloc) return { code: bloc, last: j };
  const adjective = ctx.k.countryAdjectives.matchAt(ctx.tokens, j, { clitics: false })[0];
  if (adjective) return adjective.values.length === 1 ? { code: adjective.values[0]!, last: adjective.last } : null;
  // «مشروع قرار فرنسي», «مشروعا روسيا»: the adjective without its article (and in the accusative).
  const w = token.text.endsWith('يا') ? token.text.slice(0, -1) : token.text;
  const codes = ctx.k.countryAdjectives.get([w]) ?? ctx.k.countryAdjectives.get([`ال${w}`]);
  return codes && codes.length === 1 ? { code: codes[0]!, last: j } : null;
}

function draftsOf(ctx: TextContext): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens[i]!);
    if (!head) continue;
    const next = tokens[i + 1];
    const explicit = next !== undefined && RESOLUTION.has(next.text) && (next.gapBefore & ~Gap.Space) === 0;
    const sponsor = sponsorAt(ctx, explicit ? i + 2 : i + 1);
    if (!sponsor) continue;
    out.push({ first: i, prefix: head.prefix, last: sponsor.last, sponsor: sponsor.code, explicit });
    i = sponsor.last;
  }
  return out;
}

/** The day of the session the drafts were put to: the one meeting the article reports, dated; else the article's. */
function sessionDate(ctx: TextContext, meetings: readonly ArticleMeeting[]): string {
  const reported = meetings.filter((m) => !m.mentioned && m.date !== null);
  return reported.length === 1 ? reported[0]!.date! : ctx.date;
}

export function addDraftResolutions(ctx: TextContext, agreements: Agreement[], meetings: readonly ArticleMeeting[]): Agreement[] {
  const drafts = draftsOf(ctx);
  if (drafts.length === 0) return agreements;
  // Only sponsors whose draft the story tells as a draft resolution: «المشروع الروسي» alone is Russia's project.
  const sponsors = new Set(drafts.filter((d) => d.explicit).map((d) => d.sponsor));
  if (sponsors.size === 0) return agreements;
  const taken = agreements.flatMap((a) => a.mentions);
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const date = sessionDate(ctx, meetings);
  const found = new Map<string, Agreement>();
  for (const d of drafts) {
    if (!sponsors.has(d.sponsor)) continue;
    const span = tokenSpan(ctx, d.first, d.prefix, d.last);
    if (overlaps(span)) continue;
    const id = `ar:مشروع قرار ${d.sponsor}${date ? ` ${date}` : ''}`;
    const existing = found.get(id);
    if (existing) existing.mentions.push(span);
    else
      found.set(id, {
        id,
        name: date ? `${span.text} (${date})` : span.text,
        nameEn: `Draft resolution (${d.sponsor === 'WEST' ? 'Western sponsors' : d.sponsor})${date ? `, ${date}` : ''}`,
        mentions: [span],
      });
  }
  return found.size === 0 ? agreements : [...agreements, ...found.values()];
}
