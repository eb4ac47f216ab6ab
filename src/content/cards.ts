/**
 * From an analysis to what is painted and what each highlight's card says. Pure: the content
 * script paints `spans` and shows `cards[span.ref]` when a highlight is hovered or focused.
 *
 * A claim's speaker is painted a second time, as its own kind: the official's mention closest before the
 * claim's words (قال الوزير … إن), else just after them (… بحسب الوزير), within a sentence's reach.
 */
import type { Analysis } from '../nlp/types.ts';
import type { PaintSpan } from './paint.ts';

export interface OfficialCard {
  kind: 'official';
  id: string;
  name: string;
  nameEn: string;
  role: string;
  country: string;
  /** The same in Arabic («وزير الخارجية», «روسيا»), and the years of the office, when known. */
  roleAr?: string;
  countryAr?: string;
  roleYears?: string;
  /** Set when this mention is the speaker of a claim: the claim's verb and words. */
  claim: { verb: string; text: string } | null;
}

export interface AgreementCard {
  kind: 'agreement';
  id: string;
  name: string;
  nameEn: string;
  /** Other names: those the knowledge lists and the forms this article wrote. */
  aliases: string[];
}

export type Card = OfficialCard | AgreementCard;

/** Characters between a speaker's mention and the claim's words that still make one sentence. */
const SPEAKER_BEFORE = 160;
const SPEAKER_AFTER = 60;
const MAX_ALIASES = 6;

export function cardsFor(analysis: Analysis, aliasesOf: (agreementId: string) => readonly string[] = () => []): { spans: PaintSpan[]; cards: Card[] } {
  const spans: PaintSpan[] = [];
  const cards: Card[] = [];
  const speakerMentions = speakerMentionsOf(analysis);

  for (const o of analysis.officials) {
    const ref =
      cards.push({
        kind: 'official',
        id: o.id,
        name: o.name,
        nameEn: o.nameEn,
        role: o.role,
        country: o.country,
        ...(o.roleAr ? { roleAr: o.roleAr } : {}),
        ...(o.countryAr ? { countryAr: o.countryAr } : {}),
        ...(o.roleYears ? { roleYears: o.roleYears } : {}),
        claim: null,
      }) - 1;
    for (const m of o.mentions) {
      // A speaker's mention stays an official's too (the officials' highlight holds every
      // official mention); the speaker's highlight is drawn over it.
      spans.push({ start: m.start, end: m.end, kind: 'official', ref });
      const claim = speakerMentions.get(`${o.id} ${m.start}`);
      if (claim) spans.push({ start: m.start, end: m.end, kind: 'speaker', ref: cards.push({ ...(cards[ref] as OfficialCard), claim }) - 1 });
    }
  }
  for (const a of analysis.agreements) {
    const seen = new Set([key(a.name)]);
    const aliases: string[] = [];
    for (const alias of [...a.mentions.map((m) => m.text), ...aliasesOf(a.id)]) {
      if (aliases.length >= MAX_ALIASES) break;
      const k = key(alias);
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      aliases.push(alias.trim());
    }
    const ref = cards.push({ kind: 'agreement', id: a.id, name: a.name, nameEn: a.nameEn, aliases }) - 1;
    for (const m of a.mentions) spans.push({ start: m.start, end: m.end, kind: 'agreement', ref });
  }
  return { spans, cards };
}

/** `official-id start` of each speaker mention → the claim it introduces (the first, when several). */
function speakerMentionsOf(analysis: Analysis): Map<string, { verb: string; text: string }> {
  const out = new Map<string, { verb: string; text: string }>();
  for (const claim of analysis.claims) {
    if (!claim.speaker) continue;
    const official = analysis.officials.find((o) => o.id === claim.speaker);
    if (!official) continue;
    let chosen: { start: number } | null = null;
    for (const m of official.mentions) {
      if (m.end <= claim.start && claim.start - m.end <= SPEAKER_BEFORE && (!chosen || m.start > chosen.start)) chosen = m;
    }
    if (!chosen) chosen = official.mentions.find((m) => m.start >= claim.end && m.start - claim.end <= SPEAKER_AFTER) ?? null;
    if (!chosen) continue;
    const k = `${official.id} ${chosen.start}`;
    if (!out.has(k)) out.set(k, { verb: claim.verb, text: claim.text });
  }
  return out;
}

/** Compares names loosely: white space, diacritics and alef forms aside. */
function key(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\s+/g, ' ')
    .trim();
}
