/**
 * The reporting verbs of knowledge/speech.json, compiled into lookups by normalised form.
 * A verb form is found whole or after the conjunctions و/ف (وقال، فأكد); the other
 * clitics (ب ل ك) never stand before a verb, and stripping them would read «لافتا»
 * as ل + «افتا».
 */
import speechFile from '../knowledge/speech.json' with { type: 'json' };
import { normalizeKey } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';

export interface SpeechVerbEntry {
  lemma: string;
  forms: string[];
  participles?: string[];
  complement?: string[];
  object?: boolean;
  weak?: boolean;
  /**
   * Imperfect forms («يؤكد», «تدعو»), the tense of headlines: speech only right after their
   * subject («بوتين يؤكد …»), since before it they mostly are not reports («مما يؤكد أن …»).
   */
  present?: string[];
  /** «واتفق الوزيران على …»: speech only where it opens a statement, never inside words already reported after «أن». */
  opening?: boolean;
  relay?: boolean;
  /** «أبلغ X أن …»: the person after the verb is told, not telling. */
  addressee?: boolean;
  /**
   * «وصفها لافروف بأنها …»: a form that carries its object as a pronoun is speech only with its
   * speaker named right after it; without one («…، ووصفها بأنها …») it goes on with the words before.
   */
  named?: boolean;
  /**
   * «وبيّن الشرع أن …», «وبين أن …»: a form that is also a preposition («بين», between), written without
   * its shadda: speech only opening its sentence with «أن» a few words after it. Like a named form, it is
   * no verb of speech anywhere else, so it never ends the words of another claim («العلاقات بين البلدين»).
   */
  sentenceOpening?: boolean;
  /** «دعا إسرائيل إلى الانسحاب»: a verb of appeal, whose words include the one called on. */
  appeal?: boolean;
  /** «متمنيا له التوفيق»: a verb of wishing, whose words include the one the wish is for («له», «لهم»). */
  wish?: boolean;
  /**
   * Nouns of speech that make the verb a report when they follow it (after its subject and
   * the frame): «جدد عزمه على …», «أبديا رغبتهما في …». The words start at the noun.
   */
  nouns?: string[];
}

/**
 * A verb that reports speech only with one of its nouns after it: «تقدم بالشكر إلى …»,
 * «قدم التعازي في …», «وجه الشكر لـ …». On its own it is an ordinary verb (قدم مساعدات), so
 * it is kept apart from the speech verbs and never ends the words of another claim.
 */
export interface LightVerbEntry {
  lemma: string;
  forms: string[];
  participles?: string[];
  nouns: string[];
  complement?: string[];
  /**
   * «حمّل لافروف الولايات المتحدة مسؤولية تقويض …»: the one the noun is said of stands between the verb's subject and
   * the noun, and is part of the words: they start after the subject, not at the noun. Only for the nouns listed
   * («مسؤولية»): «حمل مدبولي إلى ضيفه تحيات الرئيس» carries greetings, and its words start at the noun.
   */
  objectFirst?: string[];
}

export interface SpeechSource {
  verbs: SpeechVerbEntry[];
  lightVerbs?: LightVerbEntry[];
  according: string[];
  relayFrom: string[];
  relaySaying: string[];
  /** Words of a header that introduces one person's statements as a bulleted list («أبرز تصريحات لافروف:»). */
  statementNouns?: string[];
  /** Verbal nouns of speech that report when their genitive is a person and «أن» follows («إعلان زيلينسكي أن …»). */
  reportNouns?: string[];
}

export interface SpeechVerb {
  lemma: string;
  /** An adverbial participle (مؤكدا): it never has a subject of its own. */
  participle: boolean;
  /** An imperfect form (يؤكد): speech only after its subject. */
  present: boolean;
  /** Never speech inside words already reported (SpeechVerbEntry.opening). */
  opening: boolean;
  /** Normalised prepositions after which the reported words start. */
  complement: ReadonlySet<string>;
  /** A light verb whose words may start before its noun, with the one it is said of (LightVerbEntry.objectFirst). */
  objectFirst: boolean;
  /** The nouns (with pronoun suffixes) whose words start before them, normalised. */
  objectFirstNouns: ReadonlySet<string>;
  object: boolean;
  weak: boolean;
  relay: boolean;
  addressee: boolean;
  /** Speech only with its speaker named right after it (SpeechVerbEntry.named). */
  named: boolean;
  /** Speech only opening its sentence with «أن» after it (SpeechVerbEntry.sentenceOpening). */
  sentenceOpening: boolean;
  /** The words start at the one called on (SpeechVerbEntry.appeal). */
  appeal: boolean;
  /** The words start at the one the wish is for (SpeechVerbEntry.wish). */
  wish: boolean;
  /** Forms of the nouns of speech that may follow it (with pronoun suffixes), normalised. */
  nouns: ReadonlySet<string>;
  /** Speech only with one of its nouns after it (LightVerbEntry). */
  light: boolean;
}

export interface SpeechLexicon {
  verbs: ReadonlyMap<string, SpeechVerb>;
  /** Verbs that report speech only with one of their nouns after them (LightVerbEntry). */
  lightVerbs: ReadonlyMap<string, SpeechVerb>;
  /**
   * Forms that report speech only in a context: with their speaker named right after them (SpeechVerbEntry.named), or
   * opening their sentence with «أن» after them (SpeechVerbEntry.sentenceOpening); no verb of speech otherwise.
   */
  namedVerbs: ReadonlyMap<string, SpeechVerb>;
  /** «بحسب», «وفق»: first words of according-to phrases, with the words that may follow them. */
  according: ReadonlyMap<string, readonly string[][]>;
  relayFrom: ReadonlySet<string>;
  relaySaying: ReadonlySet<string>;
  /** SpeechSource.statementNouns, with their pronoun suffixes, normalised. */
  statementNouns: ReadonlySet<string>;
  /** SpeechSource.reportNouns with the clitics of a construct state (و، ب، ل، ف), normalised. */
  reportNouns: ReadonlySet<string>;
}

/** Pronoun suffixes a noun of speech carries: «عزمه», «رغبتهما», «تعازيها». */
const NOUN_SUFFIXES = ['', 'ه', 'ها', 'هما', 'هم', 'هن'];

/** A noun's forms with each suffix; a final ة (ه once normalised) is written ت before one. */
/** A noun in a construct state takes no article: «وإعلان», «بعد قول», «لتأكيد». */
const REPORT_NOUN_PREFIXES = ['', 'و', 'ب', 'وب', 'ل', 'ول', 'ف'];

function nounForms(nouns: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const noun of nouns) {
    const base = normalizeKey(noun);
    for (const suffix of NOUN_SUFFIXES) {
      const stem = suffix !== '' && (noun.endsWith('ة') || noun.endsWith('ه')) ? `${base.slice(0, -1)}ت` : base;
      out.add(stem + suffix);
    }
    // «أبديا استعدادا»: the accusative of a noun without ة is written with a final alif.
    if (!noun.endsWith('ة') && !noun.endsWith('ه') && !noun.endsWith('ا')) out.add(`${base}ا`);
  }
  return out;
}

export function compileSpeech(source: SpeechSource): SpeechLexicon {
  const verbs = new Map<string, SpeechVerb>();
  const lightVerbs = new Map<string, SpeechVerb>();
  const add = (into: Map<string, SpeechVerb>, entry: SpeechVerbEntry & { objectFirst?: string[] }, light: boolean) => {
    const complement = new Set((entry.complement ?? []).map(normalizeKey));
    const base = {
      lemma: entry.lemma,
      complement,
      object: entry.object ?? false,
      weak: entry.weak ?? false,
      opening: entry.opening ?? false,
      relay: entry.relay ?? false,
      addressee: entry.addressee ?? false,
      named: entry.named ?? false,
      sentenceOpening: entry.sentenceOpening ?? false,
      appeal: entry.appeal ?? false,
      wish: entry.wish ?? false,
      nouns: nounForms(entry.nouns ?? []),
      objectFirst: (entry.objectFirst ?? []).length > 0,
      objectFirstNouns: nounForms(entry.objectFirst ?? []),
      light,
    };
    for (const form of entry.forms) into.set(normalizeKey(form), { ...base, participle: false, present: false });
    // «يدينان», «يؤكدان»: the dual of a present form, as headlines write two leaders' words, when the file gives only the singular.
    for (const form of entry.present ?? []) {
      into.set(normalizeKey(form), { ...base, participle: false, present: true });
      const dual = normalizeKey(form) + 'ان';
      if (!form.endsWith('ان') && !into.has(dual)) into.set(dual, { ...base, participle: false, present: true });
    }
    for (const form of entry.participles ?? []) into.set(normalizeKey(form), { ...base, participle: true, present: false });
  };
  const namedVerbs = new Map<string, SpeechVerb>();
  for (const entry of source.verbs) add(entry.named || entry.sentenceOpening ? namedVerbs : verbs, entry, false);
  for (const entry of source.lightVerbs ?? []) add(lightVerbs, { ...entry, weak: true }, true);
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
    lightVerbs,
    namedVerbs,
    according,
    relayFrom: new Set(source.relayFrom.map(normalizeKey)),
    relaySaying: new Set(source.relaySaying.map(normalizeKey)),
    statementNouns: nounForms(source.statementNouns ?? []),
    reportNouns: new Set((source.reportNouns ?? []).flatMap((n) => REPORT_NOUN_PREFIXES.map((p) => p + normalizeKey(n)))),
  };
}

let compiled: SpeechLexicon | null = null;

/** The shipped speech lexicon, compiled on first use. */
export function defaultSpeech(): SpeechLexicon {
  compiled ??= compileSpeech(speechFile as SpeechSource);
  return compiled;
}

/**
 * Verbs of two letters that keep their sense after و/ف: «وحث الوزير …». Others do not («ورد» is "was
 * mentioned", not «و» + «رد»), so a word of three letters is otherwise read whole.
 */
const TWO_LETTER_VERBS = new Set(['حث']);

/** The text of a token without a leading و/ف, when that leaves a known form; else the token itself. */
export function conjunctionStems(token: Token): readonly string[] {
  return conjunctionStemsByWord.get(token);
}

/** By word: the claims stage asks about most tokens several times. */
const conjunctionStemsByWord = new WordMemo<readonly string[]>((token) => {
  const out = [token.text];
  const first = token.text[0];
  if ((first === 'و' || first === 'ف') && (token.text.length > 3 || TWO_LETTER_VERBS.has(token.text.slice(1)))) out.push(token.text.slice(1));
  return out;
});

/**
 * The verbs of each table (a lexicon's verbs, light verbs, named verbs) by word: the claims stage
 * asks about every token several times, and the answer depends on the word alone.
 */
const verbsByWord = new WeakMap<ReadonlyMap<string, SpeechVerb>, WordMemo<SpeechVerb | null>>();
/** The table asked about last and its memo (the same table is asked about many times in a row). */
let lastVerbs: ReadonlyMap<string, SpeechVerb> | null = null;
let lastMemo: WordMemo<SpeechVerb | null> | undefined;

/** The verb of `verbs` a token is (after و/ف), or null. */
function verbAt(verbs: ReadonlyMap<string, SpeechVerb>, token: Token): SpeechVerb | null {
  if (token.kind !== 'word' || token.skip) return null;
  let memo = verbs === lastVerbs ? lastMemo : verbsByWord.get(verbs);
  if (memo === undefined) {
    memo = new WordMemo((word) => readVerb(verbs, word));
    verbsByWord.set(verbs, memo);
  }
  lastVerbs = verbs;
  lastMemo = memo;
  return memo.get(token);
}

function readVerb(verbs: ReadonlyMap<string, SpeechVerb>, token: Token): SpeechVerb | null {
  for (const stem of conjunctionStems(token)) {
    const verb = verbs.get(stem);
    if (verb) return verb;
  }
  return null;
}

/** By table of according-to heads: whether a word (or it after و/ف) is one. */
const accordingByWord = new WeakMap<SpeechLexicon['according'], WordMemo<boolean>>();

/**
 * Whether a token (or it after و/ف) opens an according-to phrase («بحسب», «وفق»): remembered by word, as the claims
 * stage asks it of most tokens, in several places.
 */
export function accordingWordAt(lexicon: SpeechLexicon, token: Token): boolean {
  const according = lexicon.according;
  let memo = accordingByWord.get(according);
  if (memo === undefined) {
    memo = new WordMemo((word) => conjunctionStems(word).some((w) => according.has(w)));
    accordingByWord.set(according, memo);
  }
  return memo.get(token);
}

/** The speech verb a token is (after و/ف), or null. */
export function speechVerbAt(lexicon: SpeechLexicon, token: Token): SpeechVerb | null {
  return verbAt(lexicon.verbs, token);
}

/** The form a token is that reports speech only in a context (SpeechLexicon.namedVerbs; after و/ف), or null. */
export function namedVerbAt(lexicon: SpeechLexicon, token: Token): SpeechVerb | null {
  return verbAt(lexicon.namedVerbs, token);
}

/** The verb a token is that reports speech only with a noun of speech after it (after و/ف), or null. */
export function lightVerbAt(lexicon: SpeechLexicon, token: Token): SpeechVerb | null {
  return verbAt(lexicon.lightVerbs, token);
}

/** Proclitics a noun of speech may carry: «بالشكر», «والتعازي», «ال…». */
const NOUN_PREFIXES = ['', 'و', 'ب', 'وب', 'ال', 'بال', 'وال', 'وبال', 'ل', 'لل'];

/** Whether the token is one of the verb's nouns of speech («بالشكر», «تعازيه», «رغبتهما»). */
export function isSpeechNoun(verb: SpeechVerb, token: Token): boolean {
  return hasNoun(verb.nouns, token);
}

/** Whether the token is one of a light verb's nouns whose words start before it, with the one it is said of («مسؤولية»). */
export function isObjectFirstNoun(verb: SpeechVerb, token: Token): boolean {
  return hasNoun(verb.objectFirstNouns, token);
}

/** Whether the token is a word that heads a list of someone's statements («تصريحات», «كلمته», «قاله»). */
export function isStatementNoun(lexicon: SpeechLexicon, token: Token): boolean {
  return hasNoun(lexicon.statementNouns, token);
}

function hasNoun(nouns: ReadonlySet<string>, token: Token): boolean {
  if (nouns.size === 0 || token.kind !== 'word') return false;
  const text = token.text;
  for (const prefix of NOUN_PREFIXES) if (text.startsWith(prefix) && nouns.has(text.slice(prefix.length))) return true;
  return false;
}
