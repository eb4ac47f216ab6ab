/**
 * What every stage of claim extraction asks of the text: the state they share (the tokens, the
 * sentence structure, the mentions of people, the speech lexicon) and the small questions about a
 * place in it — is this «أن», is this mention an object, does a quotation open here, is an
 * institution named before this verb, which title and country follow it.
 */
import type { TextContext } from '../../entities/context.ts';
import type { MentionIndex, TokenMention } from '../mentionIndex.ts';
import { normalizeKey } from '../../text/normalize.ts';
import { speechVerbAt, conjunctionStems, accordingWordAt, type SpeechLexicon, type SpeechVerb } from '../speech.ts';
import type { Structure } from '../structure.ts';
import { Gap, isCliticOnly, type Token } from '../../text/tokens.ts';
import { fitsRole, spokespersonTermOn } from '../../knowledge/terms.ts';
import type { Draft } from './drafts.ts';
import { wordSet } from '../../text/lexicon.ts';
import { isWeekday } from '../../entities/dates.ts';
import { WordMemo } from '../../text/wordMemo.ts';

/** «أن», «إن», «بأن», «وأن», «فإن»: the reported words follow. */
export const THAT = wordSet('أن إن بأن وأن فإن وإن');
/** «دون أن», «قبل أن»: an أن that does not introduce reported words. */
export const NOT_REPORTING_THAT = wordSet('دون بدون قبل بعد حتى من منذ');
/** Pronouns on أن/إن («إنه», «أنها»): the reported words start with the pronoun's clause. */
const THAT_PRONOUNS = wordSet('ه ها هم هما هن نا ني كم');
/** By word: whether it (after و/ف, without its article) is a head of no person (asked of many tokens, several times). */
const nonPersonHeadByWord = new WordMemo<boolean>((token) => {
  for (const stem of conjunctionStems(token)) {
    const bare = stem.startsWith('ال') ? stem.slice(2) : stem;
    if (NON_PERSON_HEADS.has(bare)) return true;
  }
  return false;
});
const thatWithPronounByWord = new WordMemo<boolean>((token) => {
  for (const head of THAT) if (token.text.startsWith(head) && THAT_PRONOUNS.has(token.text.slice(head.length))) return true;
  return false;
});
/** «مخاطبا», «مخاطبة»: addressing whom the next words name (normalised; the case ending is no letter here). */
const ADDRESSING = wordSet('مخاطبا مخاطبة مخاطبين مخاطبتا');
/** Verbal nouns of meeting or receiving someone with the subject's pronoun: the person named after them is the one met. */
const MET_BY_HIM = wordSet('لقائه لقائها لقائهما لقاءه لقاءها اجتماعه اجتماعها استقباله استقبالها');
/** Besides the days of the week, words of a day that may stand between such a noun and the one met («خلال لقائه أمس …»). */
const MEETING_DAY_WORDS = wordSet('أمس اليوم');
/** Whether a (normalised) word names the day: a day of the week, «اليوم» or «أمس». */
export function isDayWord(word: string): boolean {
  return isWeekday(word) || MEETING_DAY_WORDS.has(word);
}
/** A mention right after one of these is an object, not a subject («مع بوتين»). */
export const PREPOSITIONS = wordSet('مع عن إلى على من في لدى ضد بين حول نحو تجاه إزاء عبر بعد قبل خلال أمام أثناء عقب برفقة بحضور');
/**
 * Heads of a subject that is never a person's title: right after the verb they make the
 * subject an institution even when a person is named later in the clause («ونقلت وكالة …
 * عن مسؤول رافق الوزير قوله»). Titles that head a named person (المتحدث، الوزير) are not here.
 */
const NON_PERSON_HEADS = wordSet(`
وكالة وكالات صحيفة صحف مصادر مصدر وسائل تقرير تقارير بيان موقع قناة مراسل مسؤول مسؤولون دبلوماسي دبلوماسيون
وزارة خارجية رئاسة حكومة مكتب كرملين إليزيه بيت ديوان بنتاغون بعثة سفارة
جهاز هيئة محكمة لجنة
`);
export const ASIDES = wordSet('له لها لهم لهما فيه فيها فيهما خلاله خلالها خلالهما بدوره بدورها بدورهما بدورهم أيضا كذلك حينها آنذاك حينذاك وقتها يومها');
/** «وكانت الخارجية … قد أعلنت»: the auxiliary of a subject told before its verb. */
const AUXILIARIES = wordSet('كان كانت وكان وكانت فكان فكانت');
/** Nouns of a person's office that «ب» makes an object right before a name («جمعه بالمستشارة ميركل», «التقى بالرئيس …»). */
const PERSON_NOUNS = wordSet('الرئيس الرئيسة الملك الأمير الأميرة الشيخ الشيخة الوزير الوزيرة المستشار المستشارة السفير السفيرة المبعوث المبعوثة نظيره نظيرته');
/** How many words a title may hold before the name it introduces. */
const TITLE_REACH = 5;
/** «وجاء في بيان …», «وورد في البيان …»: the words of a statement follow. */
const CAME_IN = wordSet('جاء وجاء ورد وورد');
const STATEMENT_NOUNS = wordSet('بيان البيان بيانها بيانه');
/** How far before its verb an institution may stand as the subject («وكانت وزارة الخارجية الروسية قد أعلنت»). */
const INSTITUTION_BEFORE_DISTANCE = 6;
/** Words too short to be read off a one-letter clitic, normalised: «(ب)أي», «(ب)أية». */
const SHORT_AFTER_CLITIC = new Set(['اي', 'ايه']);
/** How many words an according-phrase set between commas may hold («، وفق ما أورده الديوان الملكي الهاشمي،»). */
const CHANNEL_WORDS = 8;

/** The office a title gave someone no knowledge file lists: its country's code and its role key (null when the label is no role's). */
export interface TitledOffice {
  country: string;
  role: string | null;
}

/** A descriptor read as a speaker: the offices it may stand for, the country after it, and where it ends. */
export interface Descriptor {
  roles: string[];
  country: string;
  last: number;
}

export abstract class ClaimReading {
  /** The claims drafted so far, in text order (run). */
  protected readonly drafts: Draft[] = [];
  /** Per sentence: the first mention that can be the sentence's subject. */
  protected readonly sentenceSubject = new Map<number, TokenMention>();

  constructor(
    protected readonly ctx: TextContext,
    protected readonly s: Structure,
    protected readonly mentions: MentionIndex,
    protected readonly lexicon: SpeechLexicon,
    protected readonly families: ReadonlyMap<string, { id: string; from: number }> = new Map(),
    /** People no knowledge file lists, found by a title: the country and role (if known) the title gave them. */
    protected readonly titled: ReadonlyMap<string, TitledOffice> = new Map(),
  ) {
    for (const m of mentions.all) {
      const sentence = s.sentenceOf[m.first]!;
      if (!this.sentenceSubject.has(sentence) && !this.isObject(m) && !s.insideQuotation(m.first, m.last)) this.sentenceSubject.set(sentence, m);
    }
  }

  /** «المسؤول الروسي» right after a verb, when the officials stage left it to nobody (two fit). */
  protected descriptorAfter(verbToken: number): Descriptor | null {
    const { tokens } = this.ctx;
    // «قال خلالها المسؤول الصيني إن …»: the occasion as a pronoun may stand between verb and subject.
    let j = verbToken + 1;
    while (j < tokens.length && ASIDES.has(tokens[j]!.text) && (tokens[j]!.gapBefore & ~Gap.Space) === 0) j++;
    if (j >= tokens.length || this.mentions.at.has(j) || this.s.sentenceOf[j] !== this.s.sentenceOf[verbToken]) return null;
    return this.descriptorAt(j);
  }

  /**
   * «وكان الدبلوماسي الروسي قد أوضح …»: a descriptor the officials stage left to nobody (two fit) as the subject of the
   * pluperfect, between the auxiliary and «قد» right before the verb.
   */
  protected descriptorBeforeVerb(verbToken: number): Descriptor | null {
    const { tokens } = this.ctx;
    if (tokens[verbToken - 1]?.text !== 'قد') return null;
    for (let j = verbToken - 3; j >= 1 && j >= verbToken - 5; j--) {
      if (!AUXILIARIES.has(tokens[j - 1]!.text) || this.s.sentenceOf[j - 1] !== this.s.sentenceOf[verbToken]) continue;
      const found = this.mentions.at.has(j) ? null : this.descriptorAt(j);
      return found && found.last === verbToken - 2 ? found : null;
    }
    return null;
  }

  /** A descriptor and the country after it at token j («المسؤول الروسي»): the offices it may stand for. */
  private descriptorAt(j: number): Descriptor | null {
    const { tokens, k } = this.ctx;
    const match = k.descriptors.matchAt(tokens, j, { clitics: false })[0];
    if (!match) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, match.last + 1, { clitics: false })[0];
    if (!adjective) return null;
    return { roles: [...(match.values[0] ?? k.roles.keys())], country: adjective.values[0]!, last: adjective.last };
  }

  /** A title right after the verb (with the country after it, if any): its roles, country and last token. */
  protected titleAfter(verbToken: number): { roles: string[]; country: string | null; last: number } | null {
    return this.titleAt(verbToken + 1, verbToken);
  }

  /** A title at token j, in the sentence of `verbToken` (with the country after it, if any). */
  protected titleAt(j: number, verbToken: number): { roles: string[]; country: string | null; last: number } | null {
    const { tokens, k } = this.ctx;
    if (j >= tokens.length || this.s.sentenceOf[j] !== this.s.sentenceOf[verbToken]) return null;
    const first = k.titles.matchAt(tokens, j, { clitics: false })[0];
    if (!first) return null;
    // «وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الكويتي، الشيخ …»: a second office joined by «و» is the same
    // person's; the country and the name come after it.
    const second = k.titles.matchAt(tokens, first.last + 1).find((t) => t.prefix === 1 && tokens[first.last + 1]!.text.startsWith('و'));
    const joined = second && (tokens[first.last + 1]!.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[second.last] === this.s.sentenceOf[verbToken];
    const match = joined ? { ...first, last: this.portfolioEnd(second.last) } : first;
    const adjective = k.countryAdjectives.matchAt(tokens, match.last + 1, { clitics: false })[0];
    if (adjective) return { roles: match.values.map((d) => d.role), country: adjective.values[0]!, last: adjective.last };
    const titleCountry = match.values.find((d) => d.country)?.country ?? null;
    // «سفير روسيا», «المندوب الدائم لروسيا لدى الأمم المتحدة، …»: the country named after the title is part
    // of it. Bare, it is the holder's country; after «لـ» it may be the one an envoy is sent to («المبعوث الخاص لليمن»).
    const named = this.countryNameAt(match.last + 1);
    if (named) return { roles: match.values.map((d) => d.role), country: named.bare ? named.code : titleCountry, last: named.last };
    return { roles: match.values.map((d) => d.role), country: titleCountry, last: match.last };
  }

  /** «وزير الدولة لشؤون مجلس الوزراء»: a title's portfolio after it, «لشؤون» and the words in construct with it. */
  protected portfolioEnd(last: number): number {
    const { tokens } = this.ctx;
    if (!/^ل?(ال)?شؤون$/u.test(tokens[last + 1]?.text ?? '')) return last;
    let end = last + 1;
    while (end + 1 < tokens.length && end + 1 <= last + 4 && (tokens[end + 1]!.gapBefore & ~Gap.Space) === 0 && !this.ctx.k.countryAdjectives.matchAt(tokens, end + 1, { clitics: false })[0]) end++;
    return end;
  }

  /** A country's name at token j, bare or after «لـ» (no other clitic: «وروسيا» is another subject). */
  protected countryNameAt(j: number): { code: string; last: number; bare: boolean } | null {
    const token = this.ctx.tokens[j];
    if (!token) return null;
    const match = this.ctx.k.countryNames.matchAt(this.ctx.tokens, j)[0];
    if (!match || (match.prefix !== 0 && token.text.slice(0, match.prefix) !== 'ل')) return null;
    return { code: match.values[0]!, last: match.last, bare: match.prefix === 0 };
  }

  /** Whether a mention is inside words already reported: after the start of a claim of its sentence. */
  protected insideReported(m: TokenMention): boolean {
    const sentence = this.s.sentenceOf[m.first];
    return this.drafts.some((d) => d.sentence === sentence && d.start >= 0 && d.start <= m.first);
  }

  /** The person mention whose last token is j. */
  protected mentionEndingAt(j: number): TokenMention | null {
    if (j < 0) return null;
    for (let k = j; k >= 0 && k >= j - 6; k--) {
      const m = this.mentions.at.get(k);
      if (m && m.last === j) return m;
    }
    return null;
  }

  /** The term by which a person speaks for someone else at the article's date (a spokesperson's), if any. */
  protected spokespersonTerm(id: string) {
    return spokespersonTermOn(this.ctx.k.people.get(id)?.terms ?? [], this.ctx.date);
  }

  /**
   * The token after the closing comma of an according-phrase set between commas at j («، وفق ما أورده
   * الديوان الملكي الهاشمي،», «، حسب بيان الرئاسة،»), or -1: the channel the words came by, told in passing.
   */
  protected channelAsideAt(j: number, sentence: number): number {
    const token = this.ctx.tokens[j];
    if (!token || (token.gapBefore & Gap.Comma) === 0 || !accordingWordAt(this.lexicon, token)) return -1;
    // («وقال، وفق مشاهد بثها التلفزيون: «قبل كل شيء، …»»: an aside that ends at a colon or a quote is no channel between commas.)
    for (let k = j + 1; k <= j + CHANNEL_WORDS && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      const gap = this.ctx.tokens[k]!.gapBefore;
      if ((gap & Gap.Comma) !== 0) return k;
      // («بحسب ما نقلت وكالة أنباء الصين الجديدة (شينخوا)،», «… وكالة الأنباء الإيرانية "إرنا"،»: brackets and
      // quotation marks may stand in it.)
      if ((gap & ~(Gap.Space | Gap.Other | Gap.Quote)) !== 0) return -1;
    }
    return -1;
  }

  /** Whether a person speaks for someone else at the article's date (a spokesperson). */
  protected speaksFor(id: string): boolean {
    return this.spokespersonTerm(id) !== undefined;
  }

  protected holds(id: string, roles: readonly string[], country: string | null): boolean {
    const person = this.ctx.k.people.get(id);
    if (person !== undefined) return fitsRole(person.terms, this.ctx.date, roles, country);
    // «مبعوث الرئيس الروسي … زامير كابولوف»، then «وأوضح المسؤول الروسي»: someone no file lists holds the office
    // and country their title gave them (a role the title did not tell fits only a descriptor of any office).
    const office = this.titled.get(id);
    if (!office || (country !== null && office.country !== country)) return false;
    return office.role !== null ? roles.includes(office.role) : roles.length >= this.ctx.k.roles.size;
  }

  /** «ورحب السوداني»: the family name of a person the story named in full before, as a subject. */
  protected familyNameAt(j: number): TokenMention | null {
    const token = this.ctx.tokens[j]!;
    const hit = this.families.get(token.text);
    if (!hit || this.ctx.norm.toOriginal[token.start]! <= hit.from) return null;
    // «الرئيس السوداني»: an adjective after a noun is no name; right after the verb it is the subject.
    return { id: hit.id, first: j, last: j, clitic: '' };
  }

  /** `reportingOnly`: an «أن» after «دون», «قبل», «بعد» … («دون أن تتبناه») opens no reported words and does not count. */
  protected afterThat(i: number, reportingOnly = false): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) {
      if (this.isThat(this.ctx.tokens[j]!) && !(reportingOnly && NOT_REPORTING_THAT.has(this.ctx.tokens[j - 1]?.text ?? ''))) return true;
    }
    return false;
  }

  /**
   * Whether the words token i stands in are an institution's: the nearest speech verb before it
   * in the sentence has an institution as its subject («وأفاد البيت الأبيض بأن …», «وذكر الإليزيه أن …»).
   */
  protected reportedByInstitution(i: number): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) {
      // «ووفق وزارة الدفاع الأميركية، فإن الوزيرين تحدثا …»: an institution the words are according to.
      if (accordingWordAt(this.lexicon, this.ctx.tokens[j]!) && this.nonPersonHeadAt(j + 1, sentence)) return true;
      // «وجاء في بيان للبنتاغون أن "الوزير أوستن أكد …"»: the words of a statement.
      if (CAME_IN.has(this.ctx.tokens[j]!.text) && this.ctx.tokens[j + 1]?.text === 'في' && STATEMENT_NOUNS.has(this.ctx.tokens[j + 2]?.text ?? '')) return true;
      // Verbs inside the words already reported («أن الرئيسين تحدثا …، موضحا أن …») are not the one reporting them.
      if (!speechVerbAt(this.lexicon, this.ctx.tokens[j]!) || this.afterThat(j)) continue;
      // «واختتم المتحدث الرسمي تصريحه بأن الرئيسين اتفقا على …»: a spokesperson speaks for an institution too.
      return this.nonPersonHeadAt(j + 1, sentence) || this.institutionBefore(j) >= 0 || this.spokespersonAfter(j, sentence);
    }
    return false;
  }

  /** Whether the subject right after the verb at j (past an honorific or a rank) is a spokesperson. */
  protected spokespersonAfter(j: number, sentence: number): boolean {
    for (let k = j + 1; k <= j + 3 && this.s.sentenceOf[k] === sentence; k++) {
      const m = this.mentions.at.get(k);
      if (m) return !this.isObject(m) && this.speaksFor(m.id);
    }
    return false;
  }

  /** «أكدا», «وأعربا»: the dual of a speech verb (its form without the final alef is the singular). */
  protected dual(i: number, verb: SpeechVerb | null): boolean {
    if (!verb || verb.participle) return false;
    const stem = conjunctionStems(this.ctx.tokens[i]!).at(-1) ?? '';
    // «يتفقان», «يؤكدان»: the imperfect dual of a headline.
    if (verb.present && stem.length > 4 && stem.endsWith('ان')) return true;
    // («وقدما التهنئة»: a light verb's dual too.)
    const table = verb.light ? this.lexicon.lightVerbs : this.lexicon.verbs;
    return stem.length > 3 && stem.endsWith('ا') && table.get(stem.slice(0, -1))?.lemma === verb.lemma;
  }

  /** The token after the comma that closes a parenthetical opened at j, or -1 within `reach` words. */
  protected closingComma(j: number, sentence: number, reach = 5): number {
    for (let k = j + 1; k <= j + reach && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if ((this.ctx.tokens[k]!.gapBefore & Gap.Comma) !== 0) return k;
    }
    return -1;
  }

  /** A verb's one-letter preposition (ب، ل) written on the word after it: «بدور», «بحرص». */
  protected complementClitic(token: Token, verb: SpeechVerb): boolean {
    if (token.kind !== 'word' || isCliticOnly(token.text)) return false;
    // «أشاد بما حققته الصين», «نوه بما تم»: «ما» is too short a word to be read off its clitic, and is the words.
    if (token.text.length === 3 && token.text.endsWith('ما') && verb.complement.has(token.text[0]!)) return true;
    // «رحب بأي دور …», «بأية جهود»: nor is «أي».
    if (SHORT_AFTER_CLITIC.has(token.text.slice(1)) && verb.complement.has(token.text[0]!)) return true;
    return token.stems.some((st) => st.prefix === 1 && verb.complement.has(token.text[0]!));
  }

  /** «لقائه», «زيارتها»: a noun with a pronoun suffix (read in the original, where ة is not ه). */
  protected possessed(k: number): boolean {
    const { norm } = this.ctx;
    const token = this.ctx.tokens[k]!;
    const last = norm.original.slice(norm.toOriginal[token.start]!, norm.toOriginal[token.end - 1]! + 1).replace(/[\u064b-\u0652\u0640]/g, '');
    return /(ه|ها|هما|هم)$/.test(last) && last.length > 3;
  }

  protected isNonPersonHead(token: Token): boolean {
    return nonPersonHeadByWord.get(token);
  }

  /** «ونقلت وكالة …», «وقال مسؤول …» right after the verb: a subject that is no person. */
  protected nonPersonHeadAt(j: number, sentence: number): boolean {
    const token = this.ctx.tokens[j];
    if (!token || this.s.sentenceOf[j] !== sentence || this.mentions.at.has(j) || (token.gapBefore & ~Gap.Space) !== 0) return false;
    return this.isNonPersonHead(token);
  }

  /** «وكانت وزارة الخارجية الروسية قد أعلنت …»: an institution as the subject, before its verb. */
  /** Where the institution named before the verb starts, or -1. */
  protected institutionBefore(i: number): number {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[i]!;
    const first = this.s.sentences[sentence]!.first;
    if ((tokens[i]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return -1;
    for (let k = i - 1; k >= first && i - k <= INSTITUTION_BEFORE_DISTANCE; k--) {
      const token = tokens[k]!;
      if (this.mentions.at.has(k) || this.isThat(token) || speechVerbAt(this.lexicon, token)) return -1;
      if (this.isNonPersonHead(token)) {
        // «وزارة الخارجية»: walk to the first head of the phrase, then ask what stands before it.
        while (k > first && this.isNonPersonHead(tokens[k - 1]!) && (token.gapBefore & ~Gap.Space) === 0) k--;
        const before = tokens[k - 1];
        return k === first || (before !== undefined && AUXILIARIES.has(before.text)) ? k : -1;
      }
      if ((token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return -1;
    }
    return -1;
  }

  protected gapStart(i: number): number {
    return i > 0 ? this.ctx.tokens[i - 1]!.end : 0;
  }

  /** Whether a quotation opens in the gap before token i. */
  protected opensQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    if ((token.gapBefore & Gap.Quote) === 0) return false;
    const q = this.s.quoteAt(token.start);
    return q !== null && q.open >= this.gapStart(i);
  }

  protected inQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    return this.s.quoteAt(token.start) !== null && !this.opensQuote(i);
  }

  protected isThat(token: Token): boolean {
    return this.thatWord(token) || this.thatWithPronoun(token);
  }

  /** «أن», «بأن» …, unless a person's name starts there («رحب بان كي مون»: بان reads as بأن once hamza is dropped). */
  protected thatWord(token: Token): boolean {
    return THAT.has(token.text) && !this.mentions.at.has(token.index);
  }

  /** «أنه», «بأنها», «إنهم»: «أن» with a pronoun (asked of most tokens: remembered by word). */
  protected thatWithPronoun(token: Token): boolean {
    return thatWithPronounByWord.get(token);
  }

  /**
   * The answers of `isObject`, by mention: a fact of the text, asked of the same mentions again and again (each
   * asking walks the title trie at several tokens before the name).
   */
  private readonly objects = new Map<TokenMention, boolean>();

  /** «لبومبيو», «مع بوتين»: a mention that is the object of a preposition. */
  protected isObject(m: TokenMention): boolean {
    let answer = this.objects.get(m);
    if (answer === undefined) {
      answer = this.objectOfPreposition(m);
      this.objects.set(m, answer);
    }
    return answer;
  }

  private objectOfPreposition(m: TokenMention): boolean {
    if (/[بلك]/.test(m.clitic)) return true;
    if (this.titleWithPreposition(m.first)) return true;
    const before = this.ctx.tokens[m.first - 1];
    const adjacent = (this.ctx.tokens[m.first]!.gapBefore & ~(Gap.Space | Gap.Quote)) === 0;
    // «وأضاف مخاطبا الرئيس الإيراني: "…"»: the one addressed, not the one speaking.
    if (before !== undefined && adjacent && ADDRESSING.has(before.text)) return true;
    // «قد دعا خلال لقائه الاثنين وزير الخارجية الروسي سيرغي لافروف إلى …»: the one met, not the one speaking.
    if (this.metByTheSubject(m.first)) return true;
    if (before === undefined || !adjacent || !PREPOSITIONS.has(before.text)) return false;
    // «وخلال الاتصال عبر الرئيس الأميركي عن امتنانه …»: «عبر X عن» is X expressing, not «via X».
    if (before.text === 'عبر' && this.ctx.tokens[m.last + 1]?.text === 'عن' && speechVerbAt(this.lexicon, before)) return false;
    return !this.verbNotPreposition(m.first - 1);
  }

  /** Whether the name at `first`, or the title right before it, follows «لقائه», «استقباله» (a day word between at most). */
  protected metByTheSubject(first: number): boolean {
    const { tokens, k } = this.ctx;
    let start = first;
    for (let j = first - 1; j >= 0 && first - j <= TITLE_REACH; j--) {
      if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) break;
      if (k.titles.matchAt(tokens, j).some((t) => t.last === first - 1 && t.prefix === 0)) start = j;
    }
    if ((tokens[start]!.gapBefore & ~Gap.Space) !== 0) return false;
    const before = tokens[start - 1];
    if (!before) return false;
    if (MET_BY_HIM.has(before.text)) return true;
    // «خلال لقائه الاثنين وزير الخارجية الروسي …»: a day between.
    return isDayWord(before.text) && (before.gapBefore & ~Gap.Space) === 0 && MET_BY_HIM.has(tokens[start - 2]?.text ?? '');
  }

  /**
   * «جمعه بالمستشارة ميركل», «للرئيس الأمريكي دونالد ترامب»: a title right before the name carries the preposition,
   * and the person is the object of what comes before.
   */
  protected titleWithPreposition(first: number): boolean {
    const { tokens, k } = this.ctx;
    // «بالمستشارة ميركل»: a definite noun with the preposition right before the name (no title file needs list it).
    const before = tokens[first - 1];
    if (before && (tokens[first]!.gapBefore & ~Gap.Space) === 0 && before.stems.some((st) => st.prefix > 0 && /^و?ب$/u.test(before.text.slice(0, st.prefix)) && PERSON_NOUNS.has(st.text))) return true;
    for (let j = first - 1; j >= 0 && first - j <= TITLE_REACH; j--) {
      if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
      const title = k.titles.matchAt(tokens, j).find((t) => t.last === first - 1 && t.prefix > 0);
      if (title && /[بلك]/.test(tokens[j]!.text.slice(0, title.prefix))) return true;
    }
    return false;
  }

  /**
   * «عبّر الرئيس السوري عن …»: «عبر» is also "via"; as the first word of its clause (or written
   * with its shadda) it is the verb, and the name after it its subject.
   */
  protected verbNotPreposition(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    if (!speechVerbAt(this.lexicon, token)) return false;
    const { norm } = this.ctx;
    if (norm.original.slice(norm.toOriginal[token.start]!, norm.toOriginal[token.end - 1]! + 1).includes('\u0651')) return true;
    const sentence = this.s.sentenceOf[i]!;
    return i === this.s.sentences[sentence]!.first || (token.gapBefore & Gap.Comma) !== 0;
  }
}
