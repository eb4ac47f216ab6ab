/**
 * The reporting verbs of knowledge/speech.json, compiled into lookups by normalised form.
 * A verb form is found whole or after the conjunctions و/ف (وقال، فأكد); the other
 * clitics (ب ل ك) never stand before a verb, and stripping them would read «لافتا»
 * as ل + «افتا».
 */
import speechFile from '../knowledge/speech.json' with { type: 'json' };
import { normalizeKey } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';

export interface SpeechVerbEntry {
  lemma: string;
  forms: string[];
  participles?: string[];
  complement?: string[];
  object?: boolean;
  weak?: boolean;
  relay?: boolean;
  /** «أبلغ X أن …»: the person after the verb is told, not telling. */
  addressee?: boolean;
}

export interface SpeechSource {
  verbs: SpeechVerbEntry[];
  according: string[];
  relayFrom: string[];
  relaySaying: string[];
}

export interface SpeechVerb {
  lemma: string;
  /** An adverbial participle (مؤكدا): it never has a subject of its own. */
  participle: boolean;
  /** Normalised prepositions after which the reported words start. */
  complement: ReadonlySet<string>;
  object: boolean;
  weak: boolean;
  relay: boolean;
  addressee: boolean;
}

export interface SpeechLexicon {
  verbs: ReadonlyMap<string, SpeechVerb>;
  /** «بحسب», «وفق»: first words of according-to phrases, with the words that may follow them. */
  according: ReadonlyMap<string, readonly string[][]>;
  relayFrom: ReadonlySet<string>;
  relaySaying: ReadonlySet<string>;
}

export function compileSpeech(source: SpeechSource): SpeechLexicon {
  const verbs = new Map<string, SpeechVerb>();
  for (const entry of source.verbs) {
    const complement = new Set((entry.complement ?? []).map(normalizeKey));
    const base = { lemma: entry.lemma, complement, object: entry.object ?? false, weak: entry.weak ?? false, relay: entry.relay ?? false, addressee: entry.addressee ?? false };
    for (const form of entry.forms) verbs.set(normalizeKey(form), { ...base, participle: false });
    for (const form of entry.participles ?? []) verbs.set(normalizeKey(form), { ...base, participle: true });
  }
  const according = new Map<string, string[][]>();
  for (const phrase of source.according) {
    const [head, ...rest] = normalizeKey(phrase).split(' ');
    if (!head) continue;
    const list = according.get(head) ?? [];
    list.push(rest);
    according.set(head, list);
  }
  return {
    verbs,
    according,
    relayFrom: new Set(source.relayFrom.map(normalizeKey)),
    relaySaying: new Set(source.relaySaying.map(normalizeKey)),
  };
}

let compiled: SpeechLexicon | null = null;

/** The shipped speech lexicon, compiled on first use. */
export function defaultSpeech(): SpeechLexicon {
  compiled ??= compileSpeech(speechFile as SpeechSource);
  return compiled;
}

/** The text of a token without a leading و/ف, when that leaves a known form; else the token itself. */
export function conjunctionStems(token: Token): string[] {
  const out = [token.text];
  const first = token.text[0];
  if ((first === 'و' || first === 'ف') && token.text.length > 3) out.push(token.text.slice(1));
  return out;
}

/** The speech verb a token is (after و/ف), or null. */
export function speechVerbAt(lexicon: SpeechLexicon, token: Token): SpeechVerb | null {
  if (token.kind !== 'word' || token.skip) return null;
  for (const stem of conjunctionStems(token)) {
    const verb = lexicon.verbs.get(stem);
    if (verb) return verb;
  }
  return null;
}
