/**
 * A verb first and its subject after it: «وقال وزير الخارجية الروسي سيرغي لافروف إن …», «وأكد
 * الرئيسان …», «وأضاف السفير …» — who the words after a speech verb name as speaker (a person, a
 * title with no name, a pair, an institution), as a trigger the speaker stage resolves.
 */
import type { TokenMention } from '../mentionIndex.ts';
import { normalizeKey } from '../../text/normalize.ts';
import { speechVerbAt, isSpeechNoun, type SpeechVerb } from '../speech.ts';
import { Gap } from '../../text/tokens.ts';
import { countryOnDate } from '../../knowledge/terms.ts';
import { HONORIFICS, INTERLOCUTORS, TOPIC_OPENERS, TWO_SIDES, wordSet } from '../../text/lexicon.ts';
import { PREPOSITIONS, ASIDES, ClaimReading } from './reading.ts';
import type { JointSide, Trigger } from './drafts.ts';
import { messageSender } from './messageSender.ts';

/** Words that, right after a verb, show it has no subject of its own; and the count after a joint subject («وأكد القادة الثلاثة»): never the words said. */
export const NOT_SUBJECTS = wordSet(`
اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الذي التي الآن ايضا أيضا كذلك مجددا الثلاثة الأربعة الخمسة الستة جميعا
إليه إليها إليهم إليهما
`);
/** Institutions written with the article alone that INSTITUTION_HEADS (without it) does not hold: the subject of a verb of describing as much as of saying. */
const DEFINITE_INSTITUTIONS = wordSet('الخارجية الكرملين البيت الإليزيه البنتاغون القناة الجيش الحركة الأمانة الديوان البرلمان المجلس اللجنة');
/** «بأن», «بأنه», «بأنها», «بأنهم», «بأنهما»: what a verb of describing says of its object. */
const BI_THAT = wordSet('بأن بأنه بأنها بأنهم بأنهما');
/** Nouns that head an institution or an anonymous source as a subject (قالت مصادر، أعلن مسؤول). */
export const INSTITUTION_HEADS = wordSet(`
مصدر مصادر مسؤول مسؤولون مسؤولين وزارة وكالة بيان صحيفة مكتب حكومة رئاسة متحدث ناطق مراسل تقرير تقارير
وسائل مصادرنا جهات مراقبون محللون خبراء دبلوماسي دبلوماسيون دول
`);
/**
 * Honorifics with a pronoun («سموه», «معاليه», «فخامته»): right after a verb they are its
 * subject, the dignitary the text is already about, and not the start of the words.
 */
export const HONORIFIC_PRONOUNS = wordSet('سموه سموها فخامته فخامتها معاليه معاليها سيادته سيادتها جلالته جلالتها دولته سماحته');
/** «أعلن ذلك X», «قال ذلك X»: the thing said, the sentence before. */
const THAT_THING = wordSet('ذلك');
/** How long the aside between a topic and its verb may be («أما بري، الذي كان أول من التقاهم بومبيو في عين التينة، فقال»). */
export const TOPIC_ASIDE_WORDS = 25;
/** The offices «قائدا/رئيسا البلدين» name. */
const LEADER_ROLES = ['head-of-state', 'head-of-government'];
/** The most people one subject of «و» may join («شدد السيسي وعباس والملك عبد الله الثاني»). */
const MAX_JOINED = 4;
/**
 * The third and further people joined by «و» to a subject of two (`one`, then `two` in the direction `next` reads):
 * each one `next` finds from the last, while new, up to MAX_JOINED people in all.
 */
export function joinedChain(one: TokenMention, two: TokenMention, next: (m: TokenMention) => TokenMention | null): TokenMention[] {
  const seen = new Set([one.id, two.id]);
  const more: TokenMention[] = [];
  for (let m = next(two); m && !seen.has(m.id) && seen.size < MAX_JOINED; m = next(m)) {
    more.push(m);
    seen.add(m.id);
  }
  return more;
}
/** «أنهما», «وأنهما»: «أن» with the dual pronoun, both sides as subject. */
export const DUAL_THAT = wordSet('أنهما وأنهما بأنهما إنهما');
/** «وقال وهو …»: a pronoun opening a circumstantial clause right after the verb. */
export const CIRCUMSTANTIAL = wordSet('وهو وهي وهما وهم');
/** «X ونظيره المصري Y»: the counterpart joined to a subject. */
export const COUNTERPART = wordSet('نظيره نظيرته');
/** A verb of telling with the one told as its object pronoun («أبلغه», «أبلغتها», «أبلغهما»), normalised. */
const TOLD_PRONOUN = /[^ا](ه|ها|هم|هما)$/u;
/** Nouns of one who acts for another, in construct with the one they act for: «مبعوث بايدن», «مستشار بوتين». */
const AGENT_NOUNS = wordSet('مبعوث موفد ممثل مستشار مساعد');
/** How many words before a name its title may hold such a noun («مبعوث الرئيس الأمريكي بريت ماكغورك»). */
const AGENT_REACH = 5;
/** «الأخير», «الأخيرة»: the latter, the person named last. */
const LATTER = wordSet('الأخير الأخيرة');
/** «وضيفه»: the host's guest, named before. */
const GUEST = wordSet('وضيفه وضيفها');
/** «مضيفة الرئيس تبون», «ضيف الملك»: the one who hosts (or visits) the person named after the word. */
const HOST_OF = wordSet('مضيف مضيفة ضيف ضيفة');
export const HONORIFIC_NOUNS = wordSet('جلالة سمو فخامة معالي دولة حضرة صاحب السمو الجلالة الفخامة المعالي الملكي');
/** Epithets of a ruler after the title: «المفدى», «حفظه الله ورعاه». */
export const EPITHETS = wordSet('المفدى المعظم حفظه حفظها الله ورعاه أيده يحفظه');
/** The many people of one country, before its adjective in the plural: «المسؤولون الأمريكيون», «الضيوف الأمريكيين». */
const MANY_PEOPLE = wordSet('المسؤولون المسؤولين الضيوف المبعوثون المبعوثين الدبلوماسيون الدبلوماسيين الموفدون الموفدين');
/** Subjects that are both sides of the meeting told: «الجانبان», «الطرفين», «الزعيمان», «الرجلين». */
export const JOINT_SUBJECTS: ReadonlySet<string> = new Set([
  ...TWO_SIDES,
  ...wordSet('البلدان البلدين العاهلان العاهلين الملكان الملكين الأميران الأميرين القادة الزعماء قادة زعماء الرؤساء رؤساء الوزراء المجتمعون المجتمعين المشاركون المشاركين الرجلان الرجلين المسؤولان'),
  // «ونبّه سموهما إلى …»: the dual of an honorific pronoun, the two dignitaries of the call or the talks.
  ...wordSet('سموهما جلالتهما فخامتهما دولتهما معاليهما'),
]);
const JOINT_SIDE: ReadonlyMap<string, JointSide> = new Map([
  ...['الوزيران', 'الوزيرين'].map((w) => [normalizeKey(w), 'ministers'] as [string, JointSide]),
  ...['الزعيمان', 'الزعيمين', 'الرئيسان', 'الرئيسين', 'القائدان', 'القائدين', 'العاهلان', 'العاهلين', 'الملكان', 'الملكين', 'الأميران', 'الأميرين'].map(
    (w) => [normalizeKey(w), 'leaders'] as [string, JointSide],
  ),
  // «وأكد القادة الثلاثة», «وجدد الزعماء», «وشدد الوزراء», «وأكد المجتمعون», «وجدد المشاركون»: every country's
  // leading participant at a summit or a ministerial of a few.
  ...['القادة', 'الزعماء', 'قادة', 'زعماء', 'الرؤساء', 'رؤساء', 'المجتمعون', 'المجتمعين', 'المشاركون', 'المشاركين'].map((w) => [normalizeKey(w), 'all'] as [string, JointSide]),
  // «واتفق الوزراء الثلاثة», «أكد وزراء خارجية دول المجلس»: each country's minister.
  [normalizeKey('الوزراء'), 'all-ministers'],
  [normalizeKey('وزراء'), 'all-ministers'],
  [normalizeKey('معاليهما'), 'ministers'],
]);
export const jointSide = (word: string): JointSide => JOINT_SIDE.get(word) ?? 'sides';
/** How many words after a title its holder's name may start (an honorific, a rank, a comma between). */
const NAMED_AFTER_TITLE = 4;
/** «المسؤولان», «المسؤولين»: two officials, of any office. */
const OFFICIALS_TWO: ReadonlySet<string> = new Set(['المسؤولان', 'المسؤولين'].map(normalizeKey));
/**
 * «أكد وزراء خارجية دول مجلس التعاون أن …»: right after the verb, ministers in construct are every country's minister
 * at the table. (Before a verb, «أن وزراء الخارجية العرب شددوا» tells what ministers said elsewhere.)
 */
const JOINT_AFTER_VERB = wordSet('وزراء');
/** «قائدا البلدين», «رئيسا البلدين», «وزيرا الخارجية»: duals in construct, whose the words are. */
const CONSTRUCT_DUALS: ReadonlyMap<string, JointSide> = new Map([
  ...['قائدا', 'زعيما', 'رئيسا', 'عاهلا', 'ملكا'].map((w) => [normalizeKey(w), 'leaders'] as [string, JointSide]),
  [normalizeKey('وزيرا'), 'ministers'],
]);
/** «وزيرا خارجية الصومال وإثيوبيا»: the ministry both hold, then the two countries. */
const FOREIGN_MINISTRY = wordSet('خارجية');
const FOREIGN_MINISTERS = ['foreign-minister'];
/** What such a dual is in construct with: the two countries, or the ministry both hold. */
const TWO_COUNTRIES = wordSet('البلدين الدولتين الحكومتين خارجية الخارجية');
/** How many words after a dignitary may name the one addressed («عن شكره وتقديره لولي العهد»). */
export const ADDRESSEE_WINDOW = 6;
/** «لكنه وصف», «إلا أنه شدد», «غير أنها أكدت»: a pronoun that is the subject of the verb after it. */
const PRONOUN_SUBJECTS = wordSet('لكنه لكنها ولكنه ولكنها');
/** «إلا أنه», «غير أنها»: «أنه» is the subject only after these (after a verb of speech it opens the words). */
const BUT_THAT = wordSet('إلا غير');
const THAT_PRONOUN = wordSet('أنه أنها');
/** Prepositions that open the frame of a statement (when and where it was made), not its content. */
export const FRAME = wordSet('خلال أثناء اثناء عقب إثر بعد لدى في');
/** How many words of a title's tail («الدائم لدى الأمم المتحدة») may stand before the comma that opens its holder's name. */
const TITLE_TAIL = 7;
/** «السيد», «السيدة»: a courtesy before a name, as Moroccan and Levantine copy write it. */
export const COURTESY = wordSet('السيد السيدة');
/** Verbs whose object is a person addressed: «هنأ الرئيس العراقي على …», «شكر الرئيس على …». */
const ADDRESSING = wordSet('هنأ شكر');
/** «جمهورية الهند», «دولة» (the prime minister's honorific), «مملكة …»: words of a state in a title. */
const STATE_NOUNS = wordSet('جمهورية مملكة دولة سلطنة إمارة');
/** How far after the first of two joined people the second's name may stand, past «و» and a title («ورئيس وزراء جمهورية الهند دولة …»). */
export const JOINED_TITLE_WORDS = 8;
/** The most words of a title no file lists before its holder's name between commas («المستشار الدبلوماسي للكرملين»). */
const UNLISTED_TITLE_WORDS = 5;
/** Head nouns of an office in construct that open a title no file lists («رئيس المجلس …»), normalised. */
const CONSTRUCT_TITLE_HEADS = wordSet('رئيس رئيسة');
/** How many words such a title may run to («رئيس المجلس الأعلى للمصالحة الوطنية في أفغانستان»). */
const CONSTRUCT_TITLE_WORDS = 8;
/** «الأمير», «الأميرة»: a prince or emir named by the title alone. */
const EMIR_WORDS = wordSet('الأمير الأميرة');
/** «الجانب الروسي», «الطرف الأمريكي»: one side of the meeting by its country. */
const SIDE_HEADS = wordSet('الجانب الطرف');
/** Titles written bare before a name («الرئيس السيسي», «الملك عبد الله»). */
export const BARE_TITLES = wordSet('الرئيس الرئيسة الملك الأمير الشيخ السلطان الوزير المشير الفريق');
/** «باسم»: a spokesman's title goes on with the one he speaks for. */
const ON_BEHALF = wordSet('باسم');
/** The press, told something after the one telling it: «أبلغ الوزير الصحفيين أن …». */
const THE_PRESS = wordSet('الصحفيين الصحافيين الصحفيون المراسلين الإعلاميين للصحفيين للصحافيين');
/** Words a title may have after it before the comma of its holder's name («للشؤون الخارجية»). */
const TITLE_COMPLEMENT = 3;
/** Words of the one a spokesman speaks for after «باسم» («باسم الأمين العام لجامعة الدول العربية»). */
const ON_BEHALF_WORDS = 3;
/** How far after a descriptor the name it stands for may follow: «المسؤول الروسي الأبرز في الملف، وزير الخارجية سيرغي لافروف». */
const APPOSITION_DISTANCE = 8;
/** Relative pronouns: a mention after one belongs to a relative clause, not to the verb. */
export const RELATIVES = wordSet('الذي التي الذين اللذين اللتين اللذان اللتان');
export const MAX_SUBJECT_DISTANCE = 9;
/** How many words of a second title may open an apposition before the name that closes it. */
const APPOSED_TITLE_WORDS = 8;
export const MAX_CONTENT_DISTANCE = 20;

/** How far after a verb the name that closes its subject's title may stand («قال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل»). */
const TITLED_NAME_REACH = 14;

/** «لدى» before the country where an ambassador is posted («السفير الإيراني لدى العراق»). */
const POSTED_IN = wordSet('لدى');
/** «فيها», «فيه»: the message or speech a verb of thanks stands in a clause of («تغريدة شكر فيها …»). */
const IN_IT = wordSet('فيها فيه');
/** How many words of a title may stand between a verb of thanking and the one thanked. */
const THANKED_TITLE_WORDS = 4;

export abstract class SubjectAfterVerb extends ClaimReading {
  /**
   * Whether no one the story names (before or after) holds the title's office in its country on the article's date,
   * and no mention starts on the title (so it was not resolved to anyone).
   */
  protected unheldTitle(verbToken: number, title: { roles: readonly string[]; country: string | null; last: number }): boolean {
    if (this.mentions.at.has(verbToken + 1)) return false;
    // («المتحدث باسم الرئاسة المصرية السفير بسام راضي»: a person named right after the title is its holder, whatever
    // the knowledge says of the office.)
    for (let j = title.last + 1; j <= title.last + NAMED_AFTER_TITLE && j < this.ctx.tokens.length; j++) if (this.mentions.at.has(j)) return false;
    return !this.mentions.all.some((m) => this.holds(m.id, title.roles, title.country));
  }

  /** «المتحدث الرسمي باسم الأمين العام، …»: the one a spokesman speaks for, after the title ending at `last`, is part of the title. */
  protected onBehalfAfter(last: number): boolean {
    const { tokens } = this.ctx;
    return ON_BEHALF.has(tokens[last + 1]?.text ?? '') || ON_BEHALF.has(tokens[last + 2]?.text ?? '');
  }

  /** How many words after the title ending at `last` its closing comma may come (more after «باسم …»). */
  protected titleComplementReach(last: number): number {
    return TITLE_COMPLEMENT + 1 + (this.onBehalfAfter(last) ? ON_BEHALF_WORDS : 0);
  }

  /**
   * Whether a comma closes the title ending at `last`, right after it or after a few words of its own
   * («مساعد الرئيس الروسي للشؤون الخارجية، يوري أوشاكوف، …»): no name, «أن» or verb of speech before it.
   */
  protected commaAfterTitle(last: number): boolean {
    const { tokens } = this.ctx;
    const onBehalf = this.onBehalfAfter(last);
    for (let j = last + 1; j <= last + this.titleComplementReach(last) && j < tokens.length; j++) {
      const token = tokens[j]!;
      if ((token.gapBefore & Gap.Comma) !== 0) return true;
      if ((token.gapBefore & ~Gap.Space) !== 0 || (this.mentions.at.has(j) && !onBehalf) || this.isThat(token) || speechVerbAt(this.lexicon, token)) return false;
    }
    return false;
  }

  /**
   * «وأعلن المتحدث الرسمي باسم الأمين العام، جمال رشدي، أن …»: the person named between the commas after a title,
   * when the words follow at once, even if the knowledge gives them the office under another role.
   */
  protected apposedBetweenCommas(last: number): TokenMention | null {
    const { tokens } = this.ctx;
    const reach = this.titleComplementReach(last);
    let j = last + 1;
    while (j < tokens.length && j <= last + reach && (tokens[j]!.gapBefore & Gap.Comma) === 0) j++;
    if (j >= tokens.length || (tokens[j]!.gapBefore & Gap.Comma) === 0) return null;
    // «، المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرينتييف،»: the name closing the apposition may have its own
    // title before it (words with no «أن», no verb of speech, no other punctuation).
    let m = this.mentions.at.get(j);
    for (let k = j; !m && k <= j + APPOSED_TITLE_WORDS && k < tokens.length; k++) {
      const t = tokens[k]!;
      if ((k > j && (t.gapBefore & ~Gap.Space) !== 0) || t.kind !== 'word' || this.isThat(t) || speechVerbAt(this.lexicon, t)) return null;
      const named = this.mentions.at.get(k + 1);
      if (named && (tokens[named.last + 1]?.gapBefore ?? 0) & Gap.Comma) m = named;
    }
    if (!m) return null;
    const after = tokens[m.last + 1];
    if (!after || (after.gapBefore & Gap.Comma) === 0) return null;
    // The words open right after the closing comma (or after a frame word or two: «، اليوم، أن»).
    for (let k = m.last + 1; k < tokens.length && k <= m.last + 3; k++) if (this.isThat(tokens[k]!) || this.s.colonBefore(k)) return m;
    return null;
  }

  /**
   * The person named between commas right after the words that follow verb i, when those words are a
   * title no file lists (a definite noun and its complements, no name, no «أن», no verb) and the
   * reported words open at once after the second comma.
   */
  protected apposedAfterUnlistedTitle(i: number, verb?: SpeechVerb): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[i];
    // «رئيس المجلس الأعلى للمصالحة الوطنية في أفغانستان، عبد الله عبد الله،»: a head noun of an office in construct
    // with a definite word opens a longer title.
    const construct = this.constructTitleAt(i + 1);
    if (!tokens[i + 1]?.text.startsWith('ال') && !construct) return null;
    for (let j = i + 1; j <= i + (construct ? CONSTRUCT_TITLE_WORDS : UNLISTED_TITLE_WORDS) && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || token.kind !== 'word') return null;
      // (A verb whose words are its object, «شكر … حركة طالبان على …», needs no «أن» after the name.)
      if (j > i + 1 && (token.gapBefore & Gap.Comma) !== 0) return this.apposedBetweenCommas(j - 1) ?? (construct && verb?.object ? this.closedBetweenCommas(j) : null);
      if ((token.gapBefore & ~Gap.Space) !== 0 || this.mentions.at.has(j) || this.isThat(token) || speechVerbAt(this.lexicon, token)) return null;
    }
    return null;
  }

  /** «رئيس المجلس …», «أمين عام …»: a head noun of an office at j in construct with the definite word after it. */
  protected constructTitleAt(j: number): boolean {
    const { tokens } = this.ctx;
    const next = tokens[j + 1];
    return tokens[j] !== undefined && CONSTRUCT_TITLE_HEADS.has(tokens[j]!.text) && next !== undefined && (next.gapBefore & ~Gap.Space) === 0 && next.text.startsWith('ال');
  }

  /** The person named at j and closed by a comma right after the name. */
  protected closedBetweenCommas(j: number): TokenMention | null {
    const m = this.mentions.at.get(j);
    const after = m ? this.ctx.tokens[m.last + 1] : undefined;
    return m && after && (after.gapBefore & Gap.Comma) !== 0 && !this.isObject(m) ? m : null;
  }

  /** The person a descriptor is put in apposition with, a few words on («…، وزير الخارجية سيرغي لافروف،»), if they fit it. */
  /**
   * The person named between commas after a title and the rest of its words («… في وزارة الخارجية القطرية، محمد
   * الخليفي، إن»): the name right after the first comma, holding the title's office, with a comma or «أن/إن» after it.
   */
  protected apposedAfterTitleTail(title: { roles: readonly string[]; country: string | null; last: number }, sentence: number): TokenMention | null {
    const { tokens } = this.ctx;
    for (let k = title.last + 1; k <= title.last + TITLE_TAIL && k < tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      const token = tokens[k]!;
      if ((token.gapBefore & Gap.Comma) === 0) {
        if ((token.gapBefore & ~Gap.Space) !== 0 || this.isThat(token) || speechVerbAt(this.lexicon, token) || this.mentions.at.has(k)) return null;
        continue;
      }
      const m = this.mentions.at.get(k);
      if (!m || !this.holds(m.id, title.roles, title.country)) return null;
      const after = tokens[m.last + 1];
      return after && ((after.gapBefore & Gap.Comma) !== 0 || this.isThat(after)) ? m : null;
    }
    return null;
  }

  protected namedAfterDescriptor(descriptor: { roles: readonly string[]; country: string | null; last: number }): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[descriptor.last];
    for (let j = descriptor.last + 1; j <= descriptor.last + APPOSITION_DISTANCE && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      const token = tokens[j]!;
      if (this.isThat(token) || this.s.colonBefore(j) || this.opensQuote(j) || speechVerbAt(this.lexicon, token)) return null;
      const m = this.mentions.at.get(j);
      if (m) return this.holds(m.id, descriptor.roles, descriptor.country) ? m : null;
    }
    return null;
  }

  /**
   * «وأكد جلالة الملك المفدى …», «وقال سمو ولي العهد …»: an honorific and a title with no name
   * after the verb (the officials stage could not tell whose). The offices they fit, and the last
   * token of the title.
   */
  protected dignitaryAfter(i: number): { roles: readonly string[]; last: number } | null {
    const { tokens, k } = this.ctx;
    let j = i + 1;
    while (j < tokens.length && HONORIFIC_NOUNS.has(tokens[j]!.text) && j - i <= 3) j++;
    // «وقال الأمير للصحافيين»: «الأمير» alone, with no honorific and no name after it, is a dignitary too.
    const bareEmir = j === i + 1 && EMIR_WORDS.has(tokens[j]?.text ?? '') && !this.mentions.at.has(j + 1);
    if ((j === i + 1 && !bareEmir) || this.mentions.at.has(j) || this.s.sentenceOf[j] !== this.s.sentenceOf[i]) return null;
    const found = k.titles.matchAt(tokens, j, { clitics: false })[0];
    // «سمو الأمير المفدى»: after an honorific, a descriptor («الأمير») is a title too.
    const described = found ? null : k.descriptors.matchAt(tokens, j, { clitics: false })[0];
    const title = found ? { last: found.last, roles: found.values.map((d) => d.role) } : described ? { last: described.last, roles: [...(described.values[0] ?? [])] } : null;
    if (!title || title.roles.length === 0) return null;
    // A country after the title names its holder; the officials stage reads that, not this.
    if (k.countryAdjectives.matchAt(tokens, title.last + 1, { clitics: false }).length > 0) return null;
    // «سمو الأمير وفخامة الرئيس الإيراني»: a second person joined by «و» is a partner, not the title's name.
    const partner = this.joinedAfter(title.last, null);
    // A person after «لـ» is addressed («سمو الأمير عن شكره لولي العهد»), not the title's name.
    for (let m = title.last + 1; m <= title.last + 3; m++) {
      const named = this.mentions.at.get(m);
      if (named && named !== partner && !named.clitic.endsWith('ل')) return null;
    }
    let last = title.last;
    // «جلالة الملك المفدى», «أمير البلاد حفظه الله ورعاه»: the epithets belong to the title.
    while (last + 1 < tokens.length && EPITHETS.has(tokens[last + 1]!.text) && (tokens[last + 1]!.gapBefore & ~Gap.Space) === 0) last++;
    return { roles: title.roles, last };
  }

  /**
   * «رئيسا رواندا والكونغو الديمقراطية»: two countries named from token j, joined by «و», and the one person the story
   * names who leads each; with the last token of the second country. Null unless both are found.
   */
  protected leadersOfTwoCountries(j: number, sentence: number, roles: readonly string[] = LEADER_ROLES): [TokenMention, TokenMention, number] | null {
    const { tokens, k } = this.ctx;
    // «رواندا والكونغو», «الرواندي والكونغولي»: two countries by name or by adjective.
    const countryAt = (at: number, clitics: boolean) => k.countryNames.matchAt(tokens, at, { clitics })[0] ?? k.countryAdjectives.matchAt(tokens, at, { clitics })[0];
    const first = countryAt(j, false);
    const andAt = first ? first.last + 1 : -1;
    const second = first && tokens[andAt]?.text.startsWith('و') ? countryAt(andAt, true) : undefined;
    if (!first || !second || second.prefix !== 1 || this.s.sentenceOf[second.last] !== sentence) return null;
    const leader = (code: string) => {
      const holders = this.mentions.all.filter((m) => this.holds(m.id, roles, code));
      return new Set(holders.map((m) => m.id)).size === 1 ? holders[0]! : null;
    };
    const a = leader(first.values[0]!);
    const b = leader(second.values[0]!);
    return a && b && a.id !== b.id ? [a, b, second.last] : null;
  }

  /**
   * «المسؤولان الجزائريان», «الوزيرين السعوديين»: a joint word of people at token `at` and a nationality in the dual or
   * plural after it; the two people of that country (ministers, for «الوزيران») the story named before token `before`
   * (in order of their first mention); only the country when the story named more or fewer than two; null when no
   * nationality follows. («الطرفين السوريين» are parties, not two officials.)
   */
  protected twoOfOneCountry(at: number, before: number): { pair: [TokenMention, TokenMention] } | { country: string } | null {
    const { tokens, k, date } = this.ctx;
    const side = jointSide(tokens[at]?.text ?? '');
    if (side !== 'ministers' && side !== 'leaders' && !OFFICIALS_TWO.has(tokens[at]?.text ?? '')) return null;
    const word = tokens[at + 1]?.text ?? '';
    const single = /^ال.{3,}ي(ان|ين)$/.test(word) ? word.slice(0, -2) : null;
    const code = single ? k.countryAdjectives.get([single])?.[0] : undefined;
    if (!code) return null;
    const firsts = new Map<string, TokenMention>();
    const roles = side === 'ministers' ? [...k.roles.keys()].filter((r) => r.endsWith('minister')) : side === 'leaders' ? LEADER_ROLES : null;
    for (const m of this.mentions.all)
      if (m.first < before && !firsts.has(m.id) && countryOnDate(k.people.get(m.id)?.terms ?? [], date) === code && (!roles || this.holds(m.id, roles, code))) firsts.set(m.id, m);
    if (firsts.size !== 2) return { country: code };
    const [a, b] = [...firsts.values()].sort((x, y) => x.first - y.first);
    return { pair: [a!, b!] };
  }

  /**
   * The person the story named last before token `before` with `noun` (or it with the article) in
   * the few words before their name: «مبعوث الرئيس الأمريكي بريت ماكغورك» for a later «مبعوث بايدن».
   */
  protected agentCalledBefore(noun: string, before: number, principal: string): TokenMention | null {
    const { tokens } = this.ctx;
    let found: TokenMention | null = null;
    for (const p of this.mentions.all) {
      if (p.first >= before) break;
      if (p.id === principal) continue;
      for (let t = Math.max(0, p.first - AGENT_REACH); t < p.first; t++) {
        const w = tokens[t]!.text;
        if (w === noun || w === `ال${noun}` || w === `و${noun}` || w === `وال${noun}`) found = p;
      }
    }
    return found;
  }

  /** The person mention that ends last before token i, outside quoted words. */
  protected lastNamedBefore(i: number): TokenMention | null {
    let found: TokenMention | null = null;
    for (const m of this.mentions.all) {
      if (m.last >= i) break;
      if (!this.s.insideQuotation(m.first, m.last)) found = m;
    }
    return found;
  }

  /** Whether tokens from..to-1 are all honorifics or ranks («الفريق أول», «الشيخ», «سمو»). */
  protected onlyHonorifics(from: number, to: number): boolean {
    if (to <= from || to - from > 3) return false;
    for (let k = from; k < to; k++) {
      const w = this.ctx.tokens[k]!.text;
      if (!(HONORIFICS.has(w) || HONORIFIC_NOUNS.has(w) || (w === 'اول' && k > from))) return false;
    }
    return true;
  }

  /**
   * Whether the verb at i is joined by «و» after a comma to a clause of its sentence that named a person before it
   * («وأشاد مدبولي بالتطور …، وهنأ …»): that person is its subject.
   */
  protected joinedToNamedClause(i: number, sentence: number): boolean {
    const token = this.ctx.tokens[i]!;
    if (!token.text.startsWith('و') || (token.gapBefore & Gap.Comma) === 0) return false;
    for (let j = i - 1; j >= 0 && this.s.sentenceOf[j] === sentence; j--) if (this.mentions.at.has(j)) return true;
    return false;
  }

  /** Whether another person is named within a few words after token `last`, before the reported words open. */
  protected personAfter(last: number, sentence: number): boolean {
    const { tokens } = this.ctx;
    for (let j = last + 1; j <= last + ADDRESSEE_WINDOW && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (this.isThat(tokens[j]!) || this.s.colonBefore(j) || this.opensQuote(j)) return false;
      if (this.mentions.at.has(j) || INTERLOCUTORS.has(tokens[j]!.text)) return true;
    }
    return false;
  }

  /** «الرئيسان الأمريكي X والروسي Y»: two people named within a few words after a dual subject. */
  protected namedPairAfter(j: number): [TokenMention, TokenMention] | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[j]!;
    const found: TokenMention[] = [];
    for (let k = j + 1; k < tokens.length && k - j <= 10 && this.s.sentenceOf[k] === sentence; k++) {
      if (this.isThat(tokens[k]!) || this.s.colonBefore(k) || this.opensQuote(k)) break;
      const m = this.mentions.at.get(k);
      if (m && !this.isObject(m) && !found.some((f) => f.id === m.id)) {
        found.push(m);
        k = m.last;
        if (found.length === 2) return [found[0]!, found[1]!];
      }
    }
    return null;
  }

  /** «رئيسي والسلطان هيثم شددا»: the person named and joined by «و» before the subject of a dual verb. */
  /** «X وفخامة الرئيس Y», «X ووزير الخارجية Y»: a second person joined by «و» right after the subject. */
  protected coordinatedAfter(m: TokenMention): TokenMention | null {
    return this.joinedAfter(m.last, m.id);
  }

  /** The person joined by «و» right after token `last` («… وفخامة الرئيس الإيراني»), other than `self`. */
  protected joinedAfter(last: number, self: string | null): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[last];
    let k = last + 1;
    const t = tokens[k];
    // «أعلن الرئيس الجزائري، عبدالمجيد تبون، وأمير دولة قطر، تميم بن حمد آل ثاني، توافقهما …»: a name set between
    // commas after its title closes with a comma before the «و», and the second name may be set so too.
    const apposed = this.apposedName(last);
    const allowed = Gap.Space | Gap.Quote | (apposed ? Gap.Comma : 0);
    // «وشدد "بن زايد" و"بن راشد"»: outlets that quote names close the quote before the «و».
    if (!t || (t.gapBefore & ~allowed) !== 0 || this.s.sentenceOf[k] !== sentence) return null;
    const direct = this.mentions.at.get(k);
    if (direct) return direct.clitic.startsWith('و') && direct.id !== self ? direct : null;
    // «عبر العاهل المغربي وضيفه عن رضاهما»: the guest is the last person named before of another country.
    if (GUEST.has(t.text)) return this.guestBefore(last, self);
    // «و» alone, or on an honorific or a title: «وفخامة الرئيس المصري …», «والرئيس …».
    const rest = t.text.slice(1);
    // «ورئيس وزراء جمهورية الهند دولة ناريندرا مودي»: a title in construct, which no article opens.
    const title = t.text.startsWith('و') ? this.ctx.k.titles.matchAt(tokens, k).find((x) => x.prefix === 1) : undefined;
    if (t.text === 'و') k++;
    else if (t.text.startsWith('و') && (HONORIFIC_NOUNS.has(rest) || rest.startsWith('ال') || COUNTERPART.has(rest))) k++;
    else if (title && this.s.sentenceOf[title.last] === sentence) k = title.last + 1;
    else return null;
    // Honorifics and the words of a title before the name: «الرئيس المصري».
    while (k < tokens.length && k <= last + JOINED_TITLE_WORDS && !this.mentions.at.has(k) && this.s.sentenceOf[k] === sentence) {
      const w = tokens[k]!;
      if ((w.gapBefore & ~Gap.Space) !== 0) return null;
      // «والسفير الإيراني لدى العراق محمد كاظم آل صادق»: the country of the post.
      const posted = POSTED_IN.has(w.text) ? this.ctx.k.countryNames.matchAt(tokens, k + 1, { clitics: false })[0] : undefined;
      if (posted) {
        k = posted.last + 1;
        continue;
      }
      // «… وزراء جمهورية الهند»: the country of the title; «ونظيره الجنوب إفريقي سيريل رامافوزا»: its adjective,
      // of two words the second of which has no article.
      const country = this.ctx.k.countryNames.matchAt(tokens, k, { clitics: false })[0] ?? this.ctx.k.countryAdjectives.matchAt(tokens, k, { clitics: false })[0];
      if (country) {
        k = country.last + 1;
        continue;
      }
      if (!(HONORIFIC_NOUNS.has(w.text) || STATE_NOUNS.has(w.text) || w.text.startsWith('ال'))) return null;
      k++;
    }
    const second = this.mentions.at.get(k);
    return second && second.id !== self && this.s.sentenceOf[k] === sentence ? second : null;
  }

  /** Whether the person whose name ends at `last` is named between commas («الرئيس الجزائري، عبدالمجيد تبون،»). */
  private apposedName(last: number): boolean {
    const m = this.mentions.all.find((x) => x.last === last);
    const after = this.ctx.tokens[last + 1];
    return m !== undefined && (this.ctx.tokens[m.first]!.gapBefore & Gap.Comma) !== 0 && after !== undefined && (after.gapBefore & Gap.Comma) !== 0;
  }

  /** The last person named before token i, outside reported words, of another country than `self`. */
  protected guestBefore(i: number, self: string | null): TokenMention | null {
    const countries = (id: string | null) => new Set(id ? (this.ctx.k.people.get(id)?.terms.map((t) => t.country) ?? []) : []);
    const own = countries(self);
    for (let n = this.mentions.all.length - 1; n >= 0; n--) {
      const m = this.mentions.all[n]!;
      if (m.first >= i || m.id === self || this.insideReported(m)) continue;
      if (![...countries(m.id)].some((c) => own.has(c))) return m;
    }
    return null;
  }

  /** «الجانب الروسي», «الطرف المصري» right after a verb: the country of that side, and the subject's last token. */
  protected sideByCountry(j: number): { code: string; last: number } | null {
    const { tokens, k } = this.ctx;
    const head = tokens[j];
    if (!head || !SIDE_HEADS.has(head.text) || (head.gapBefore & ~Gap.Space) !== 0) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, j + 1, { clitics: false })[0];
    if (!adjective || adjective.values.length !== 1 || (tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return null;
    return { code: adjective.values[0]!, last: adjective.last };
  }

  /**
   * «المسؤولون الأمريكيون», «الضيوف الأمريكيين», «المبعوثون الأوروبيون»: a plural of people and a country's adjective in
   * the plural (read as its singular), at token j: that country and the adjective's last token.
   */
  protected manyOfCountry(j: number): { code: string; last: number } | null {
    const { tokens, k } = this.ctx;
    const head = tokens[j];
    const adjective = tokens[j + 1];
    if (!head || !adjective || !MANY_PEOPLE.has(head.text) || (head.gapBefore & ~Gap.Space) !== 0 || (adjective.gapBefore & ~Gap.Space) !== 0) return null;
    if (!/(ون|ين)$/.test(adjective.text)) return null;
    const codes = k.countryAdjectives.get([adjective.text.slice(0, -2)]);
    return codes && codes.length === 1 ? { code: codes[0]!, last: j + 1 } : null;
  }

  /** «… الخاص إلى اليمن هانس غروندبرغ»: «إلى» at j, a country, and a person named right after it. */
  protected envoyTitleTo(j: number): boolean {
    const { tokens, k } = this.ctx;
    if (tokens[j]!.text !== 'الي') return false;
    const country = k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0];
    return country !== undefined && this.mentions.at.has(country.last + 1) && this.s.sentenceOf[country.last + 1] === this.s.sentenceOf[j];
  }

  /** Whether the verb at `i` carries the ف that answers a «أما» earlier in its sentence, with no one named between them. */
  protected unnamedTopicBefore(i: number): boolean {
    const { tokens } = this.ctx;
    if (!tokens[i]!.text.startsWith('ف') || !tokens[i]!.stems.some((st) => st.prefix > 0)) return false;
    const sentence = this.s.sentenceOf[i];
    for (let j = i - 1; j >= 0 && j >= i - TOPIC_ASIDE_WORDS && this.s.sentenceOf[j] === sentence; j--) {
      if (this.mentions.at.has(j)) return false;
      // («أما عن إيران، فأوضح بلينكن …», «أما في موسكو، فأفادت الخارجية …»: a topic after a preposition is what is
      // spoken of or where; the subject still follows the verb.)
      if (TOPIC_OPENERS.has(tokens[j]!.text)) return !PREPOSITIONS.has(tokens[j + 1]?.text ?? '') && !tokens[j + 1]?.text.startsWith('ب') && !this.mentions.at.has(i + 1);
    }
    return false;
  }

  /** «وقال X …»: the subject, if any, comes after the verb. */
  protected verbFirst(i: number, verb: SpeechVerb): Trigger {
    const trigger: Trigger = { verbToken: i, verb, boundary: i, subject: null, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null };
    const { tokens } = this.ctx;
    // «…، لكنه وصف الحوار بأنه كان صريحا», «إلا أنه شدد على …»: the pronoun is the subject; what follows the verb is its object.
    const previous = tokens[i - 1];
    // «وسلمه رسالة خطية من الرئيس …، شددت على …», «وأكدت الرسالة …»: a message's words are its sender's.
    const message = verb.participle ? null : messageSender(tokens, this.s, this.mentions, i, (t) => INSTITUTION_HEADS.has(t.text) || (t.text.startsWith('ال') && INSTITUTION_HEADS.has(t.text.slice(2))));
    if (message) {
      trigger.subject = message.sender;
      if (message.subjectLast !== undefined) trigger.subjectLast = message.subjectLast;
      return trigger;
    }
    // «… كيريل دميترييف، الذي وصف المحادثات بأنها مثمرة»: the person the relative clause is about speaks.
    // Not when a subject is named after the verb («الاتصال بين ترامب وبوتين، الذي قال ترامب بعده إن …»).
    const antecedent = previous && RELATIVES.has(previous.text) && (tokens[i]!.gapBefore & ~Gap.Space) === 0 && !this.mentions.at.has(i + 1) ? this.mentionEndingAt(i - 2) : null;
    if (antecedent && !verb.participle && this.s.sentenceOf[antecedent.last] === this.s.sentenceOf[i]) {
      trigger.subject = antecedent;
      return trigger;
    }
    // «أما معاون وزير الطرق الإيراني، شهريار أفندي زاده، فأشار …»: the topic «أما» opened is the verb's subject; one
    // that names nobody the story lists is someone else than the one speaking before, so nobody.
    if (!verb.participle && this.unnamedTopicBefore(i)) {
      trigger.unknownHolder = true;
      return trigger;
    }
    const butThat = previous !== undefined && THAT_PRONOUN.has(previous.text) && BUT_THAT.has(tokens[i - 2]?.text ?? '');
    if (!verb.participle && previous && (PRONOUN_SUBJECTS.has(previous.text) || butThat) && (tokens[i]!.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[i - 1] === this.s.sentenceOf[i]) {
      trigger.continues = true;
      return trigger;
    }
    // «أن الجانبين أكدا», «وأكد الجانبان», «وأعربا عن»: words of both sides.
    const sentence0 = this.s.sentenceOf[i]!;
    const beforeVerb = tokens[i - 1]?.text === 'قد' ? tokens[i - 2] : tokens[i - 1];
    // «وفي كلمات القادة، دعا …»: across a comma the word is no subject.
    const adjacent = (tokens[i]!.gapBefore & ~Gap.Space) === 0 && (tokens[i - 1]?.text !== 'قد' || (tokens[i - 1]!.gapBefore & ~Gap.Space) === 0);
    if (!verb.participle && beforeVerb && adjacent && this.s.sentenceOf[i - 1] === sentence0 && JOINT_SUBJECTS.has(beforeVerb.text)) {
      trigger.joint = jointSide(beforeVerb.text);
      // «وأعلنت البعثة أن الرجلين أكدا …»: the words before end before the subject, not at the verb.
      trigger.boundary = tokens[i - 1]?.text === 'قد' ? i - 2 : i - 1;
      // «وقال زكي إن الوزراء طالبوا …»: what the many at a table asked, told by someone (not an institution), stays his words.
      if ((trigger.joint === 'all' || trigger.joint === 'all-ministers') && this.afterThat(i) && !this.reportedByInstitution(i)) trigger.insideWords = true;
      return trigger;
    }
    // «واعتبر قائدا البلدين أن …», «وأكد وزيرا خارجية البلدين …»: a dual in construct with the two countries.
    const construct = CONSTRUCT_DUALS.get(tokens[i + 1]?.text ?? '');
    // «وشدد وزيرا خارجية الصومال وإثيوبيا على …»: the two countries named after the ministry, not the table's first two.
    const ministersOf = !verb.participle && construct === 'ministers' && FOREIGN_MINISTRY.has(tokens[i + 2]?.text ?? '') ? this.leadersOfTwoCountries(i + 3, sentence0, FOREIGN_MINISTERS) : null;
    if (ministersOf) {
      [trigger.pair, trigger.subject] = ministersOf;
      trigger.subjectLast = ministersOf[2];
      return trigger;
    }
    if (!verb.participle && construct && this.s.sentenceOf[i + 2] === sentence0 && TWO_COUNTRIES.has(tokens[i + 2]?.text ?? '')) {
      trigger.joint = construct;
      trigger.pronoun = true;
      return trigger;
    }
    // «عبر رئيسا رواندا والكونغو الديمقراطية عن امتنانهما»: a dual in construct with two countries named is their two leaders.
    const namedPair = !verb.participle && construct === 'leaders' ? this.leadersOfTwoCountries(i + 2, sentence0) : null;
    if (namedPair) {
      [trigger.pair, trigger.subject] = namedPair;
      trigger.subjectLast = namedPair[2];
      return trigger;
    }
    // «وأكد الجانب الروسي أهمية …»: one side of the meeting, named by its country; its leading participant speaks.
    const side = verb.participle ? null : this.sideByCountry(i + 1);
    if (side) {
      trigger.joint = `country:${side.code}`;
      trigger.subjectLast = side.last;
      return trigger;
    }
    // «وأعرب المسؤولون الأمريكيون عن …», «نقل الضيوف الأمريكيون …»: the many of one country at the table speak.
    // (Not after «أنه أبلغ …» nor a verb of telling someone: «أبلغ المسؤولين اللبنانيين بأن …» are the ones told.)
    const toldSomeone = verb.addressee || (i > 0 && this.thatWithPronoun(tokens[i - 1]!));
    const many = verb.participle || toldSomeone ? null : this.manyOfCountry(i + 1);
    if (many) {
      trigger.joint = `people:${many.code}`;
      trigger.subjectLast = many.last;
      return trigger;
    }
    // «أكد خلاله الوزيران أن …»: the occasion as a pronoun may stand between the verb and the joint subject.
    let jointAt = i + 1;
    while (jointAt < i + 3 && ASIDES.has(tokens[jointAt]?.text ?? '') && JOINT_SUBJECTS.has(tokens[jointAt + 1]?.text ?? '') && (tokens[jointAt + 1]!.gapBefore & ~Gap.Space) === 0) jointAt++;
    if (!verb.participle && (JOINT_SUBJECTS.has(tokens[jointAt]?.text ?? '') || JOINT_AFTER_VERB.has(tokens[jointAt]?.text ?? '')) && this.s.sentenceOf[jointAt] === sentence0) {
      // «وصف الرئيسان الأمريكي دونالد ترامب والروسي فلاديمير بوتين …»: the two are named right after.
      const named = this.namedPairAfter(jointAt);
      if (named) {
        // As for «X وY شددا», the pair is the one named first.
        [trigger.pair, trigger.subject] = named;
        return trigger;
      }
      // «وأكد المسؤولان الجزائريان أن …»: the two people of that one country the story named before.
      // (More or fewer than two of them named: that country's side speaks, never the other's.)
      const ofOneCountry = verb.appeal ? null : this.twoOfOneCountry(jointAt, i);
      if (ofOneCountry && 'pair' in ofOneCountry) {
        [trigger.pair, trigger.subject] = ofOneCountry.pair;
        trigger.subjectLast = jointAt + 1;
        return trigger;
      }
      if (ofOneCountry) {
        trigger.joint = `country:${ofOneCountry.country}`;
        trigger.subjectLast = jointAt + 1;
        return trigger;
      }
      // «وأعرب الرئيسان الرواندي والكونغولي عن …»: the two leaders of the two countries named after the word.
      const byCountry = jointSide(tokens[jointAt]!.text) === 'leaders' ? this.leadersOfTwoCountries(jointAt + 1, sentence0) : null;
      if (byCountry) {
        [trigger.pair, trigger.subject] = byCountry;
        trigger.subjectLast = byCountry[2];
        return trigger;
      }
      trigger.joint = jointSide(tokens[jointAt]!.text);
      trigger.pronoun = true; // the subject word is skipped like «سموه»
      if (jointAt > i + 1) trigger.subjectLast = jointAt;
      return trigger;
    }
    if (verb.participle) return trigger;
    // «لن تسمح الإدارة السورية … لأمن تركيا. أعلن ذلك وزير الخارجية … خلال مؤتمر صحفي»: a sentence that opens with the
    // verb and «ذلك» tells who said the sentence before it; its subject follows «ذلك».
    if (THAT_THING.has(tokens[i + 1]?.text ?? '') && sentence0 > 0 && this.s.sentences[sentence0]!.first >= i - 1 && !this.inQuote(i)) {
      const told = this.verbFirst(i + 1, verb);
      if (told.subject || told.dignitary) return { ...told, verbToken: i, boundary: i, sentenceBefore: true };
      return trigger;
    }
    // «…، وحث نظيره الروسي سيرغي لافروف على …», «ودعا نظيره إلى …»: after a verb of appeal the counterpart is the
    // one called on; the one speaking goes on.
    if (verb.appeal && COUNTERPART.has(tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === sentence0) {
      trigger.continues = true;
      return trigger;
    }
    // «وعبّر رئيس الإقليم عن تقديره …، وشكر الرئيس ماكرون على دوره …»: a verb whose words are its object, joined by «و»
    // to a clause of the same sentence, with one person and then its complement («على») after it: the person is the
    // one thanked, and the one already speaking goes on. («، شكر السوداني الرئيس التركي على …» names both.)
    if (verb.object && this.thankedAfter(i, verb)) {
      trigger.continues = true;
      return trigger;
    }
    // «نشر أمير قطر تغريدة شكر فيها «أخي فخامة الرئيس تبون» على …»: the message's author thanks.
    const author = verb.object ? this.authorOfThanks(i, verb) : null;
    if (author) {
      trigger.subject = author;
      return trigger;
    }
    // «وقال وهو يجلس إلى جانب نظيره الروسي: …»: a circumstantial clause about the one already speaking.
    if (CIRCUMSTANTIAL.has(tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i]) return trigger;
    // «وأوضح بلينكن أنه دعا لافروف إلى …»: after «أنه» the verb's subject is the pronoun, the one speaking; the name after it is addressed.
    if (i > 0 && this.thatWithPronoun(tokens[i - 1]!) && (tokens[i]!.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[i - 1] === this.s.sentenceOf[i]) {
      // «…، وأنهما يؤكدان …»: the words before end before «وأنهما».
      if (verb.present && DUAL_THAT.has(tokens[i - 1]!.text)) trigger.boundary = i - 1;
      return trigger;
    }
    if (HONORIFIC_PRONOUNS.has(tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i]) {
      trigger.pronoun = true;
      // «وشدد جلالته والرئيس المصري على …», «وأكد جلالته وفخامة الرئيس الجزائري …»: the honorific and a second person
      // joined to it speak together.
      const partner = this.joinedAfter(i + 1, null);
      if (partner) {
        trigger.pair = partner;
        if (partner.last > i + 2) trigger.subjectLast = partner.last;
      }
      return trigger;
    }
    const sentence = this.s.sentenceOf[i]!;
    // «وجال مع نتنياهو في غور الأردن، حيث أعلن الأخير رفضه …»: «الأخير» (the latter) is the person named last before.
    if (LATTER.has(tokens[i + 1]?.text ?? '') && (tokens[i + 1]!.gapBefore & ~Gap.Space) === 0) {
      const latter = this.lastNamedBefore(i);
      if (latter) {
        trigger.subject = latter;
        trigger.subjectLast = i + 1;
        return trigger;
      }
    }
    // «وأضاف المسؤول الروسي»: a descriptor with a nationality is a person, left to nobody when two fit;
    // «قال المسؤول الروسي الأبرز في الملف، وزير الخارجية سيرغي لافروف، إن …»: unless it is named right after.
    const descriptor = this.mentions.at.has(i + 1) ? null : this.descriptorAfter(i);
    if (descriptor) {
      trigger.subject = this.namedAfterDescriptor(descriptor);
      return trigger;
    }
    // «وقال المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، إن …»: a title, then its holder's name between commas.
    const titled = this.mentions.at.has(i + 1) ? null : this.titleAfter(i);
    // Only across a comma: «الرئيس التركي رجب طيب أردوغان ونظيره …» is read as the subject (and its partner) below.
    const apposed = titled !== null && this.commaAfterTitle(titled.last);
    const named = titled && apposed ? (this.namedAfterDescriptor(titled) ?? this.apposedBetweenCommas(titled.last)) : null;
    if (named) {
      trigger.subject = named;
      // «أعلن الرئيس الجزائري، عبدالمجيد تبون، وأمير دولة قطر، تميم بن حمد آل ثاني، توافقهما …»: a second person so named.
      const second = verb.addressee ? null : this.coordinatedAfter(named);
      if (second) [trigger.pair, trigger.subject] = [named, second];
      return trigger;
    }
    // «رحب رئيس الوزراء الجورجي بصاحب السمو رئيس الدولة»: a title of a country that names nobody the story knows is
    // still the subject; the words are that unknown holder's, not those of the one named after it or spoken before.
    if (titled && titled.country !== null && !verb.participle && !verb.addressee && this.unheldTitle(i, titled)) {
      trigger.subjectLast = titled.last;
      trigger.unknownHolder = true;
      return trigger;
    }
    // «أوضح المستشار الدبلوماسي للكرملين، يوري أوشاكوف، أن …»: a title no file lists, then a person named between commas.
    // («رئيس المجلس الأعلى …»: the bare «رئيس» read as a title is the head of a longer one no file lists.)
    const bareHead = titled !== null && titled.last === i + 1 && this.constructTitleAt(i + 1);
    const apposedToUnlisted = (titled && !bareHead) || this.mentions.at.has(i + 1) ? null : this.apposedAfterUnlistedTitle(i, verb);
    if (apposedToUnlisted) {
      trigger.subject = apposedToUnlisted;
      return trigger;
    }
    const dignitary = this.dignitaryAfter(i);
    if (dignitary) {
      trigger.dignitary = dignitary;
      trigger.pair = this.joinedAfter(dignitary.last, null);
      return trigger;
    }
    if (this.nonPersonHeadAt(i + 1, sentence)) {
      // «قال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، اليوم، إن …»: a title that opens with a word of
      // an anonymous source («مسؤول») and ends with a name is that person, not an unnamed official.
      const closing = this.namedBeforeWords(i, sentence, verb);
      if (closing) {
        trigger.subject = closing;
        return trigger;
      }
      trigger.institution = true;
      trigger.institutionAt = i + 1;
      return trigger;
    }
    let subjectStart = i + 1;
    while (subjectStart < i + 3 && ASIDES.has(tokens[subjectStart]?.text ?? '') && (tokens[subjectStart]!.gapBefore & ~Gap.Space) === 0) subjectStart++;
    for (let j = i + 1; j <= i + MAX_SUBJECT_DISTANCE && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || token.skip) break;
      if ((token.gapBefore & Gap.Comma) !== 0 || this.s.colonBefore(j) || this.isThat(token) || RELATIVES.has(token.text)) break;
      // «أعلن في ختامه وزير الخارجية الأميركي، جون كيري، أن …»: after a frame, a title and its holder's name between commas.
      if (j > i + 1 && FRAME.has(tokens[i + 1]!.text) && !this.mentions.at.has(j)) {
        const title = this.titleAt(j, i);
        const named = title && ((tokens[title.last + 1]?.gapBefore ?? 0) & Gap.Comma) !== 0 ? this.namedAfterDescriptor(title) : null;
        if (named) {
          trigger.subject = named;
          return trigger;
        }
      }
      // «وقال وزير الدولة في وزارة الخارجية القطرية، محمد الخليفي، إن …», «أوضح المندوب الجزائري الدائم لدى الأمم
      // المتحدة، عمار بن جامع، أن …»: a title whose words run to a comma, then its holder's name between commas.
      if (j === i + 1 && !this.mentions.at.has(j)) {
        const title = this.titleAt(j, i);
        const named = title ? this.apposedAfterTitleTail(title, sentence) : null;
        if (named) {
          trigger.subject = named;
          return trigger;
        }
      }
      // «واتفقا على تنشيط الحوار بين وزيري الخارجية سيرغي لافروف …», «ورحب بمشاركة الرئيس القبرصي»: after the
      // verb's own preposition come the words, not its subject.
      // («شدد … علي باقري كني على أن …»: «علي», a name's first word, reads as «على» once normalised: a name that starts there is no preposition.)
      const nameHere = (this.mentions.at.get(j)?.last ?? j) > j;
      // («دعا المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ إلى …»: «إلى» and a country, then a name, close an envoy's
      // title; the verb's own «إلى» comes after its subject.)
      if (verb.complement.has(token.text) && !nameHere && this.envoyTitleTo(j)) continue;
      if ((verb.complement.has(token.text) && !nameHere) || (j === i + 1 && !this.mentions.at.has(j) && this.complementClitic(token, verb))) break;
      // «ونقل إليه تحيات الرئيس السيسي»: after the verb's noun of speech comes the one it is from, not the subject.
      if (verb.nouns.size > 0 && isSpeechNoun(verb, token)) break;
      // «أعرب الفريق أول البرهان»: the family name after the verb, an honorific or rank between them.
      // («وأكد خلاله السوداني أن …»: the occasion as a pronoun may stand between them.)
      const m = this.mentions.at.get(j) ?? (j === subjectStart || this.onlyHonorifics(subjectStart, j) ? this.familyNameAt(j) : null);
      // «أبلغ نظيره الروسي …»: the one told is no speaker; «أبلغ أردوغان ولي العهد السعودي أن …»: with a second person
      // after it, the first is the one telling.
      // («أبلغ الوزير الأمريكي الصحفيين أن …»: with the press told after the person, the person is the one telling.)
      // («فيما أبلغه ماكغورك بأن …»: with the one told a pronoun on the verb, the person after it is the one telling.)
      // («الموقف الذي أبلغه إلى الرئيس الإيراني …»: after a relative, or with «إلى» after it, the pronoun is what was told.)
      const toldPronoun = TOLD_PRONOUN.test(tokens[i]!.text) && !RELATIVES.has(tokens[i - 1]?.text ?? '') && !PREPOSITIONS.has(tokens[i + 1]?.text ?? '');
      // («وأشاد مدبولي بالتطور …، وهنأ الرئيس العراقي على النجاح …»: a verb of congratulating or thanking joined after
      // a comma to a clause whose subject is already named has that subject, and the person after it is the one
      // congratulated.)
      const addressed = verb.addressee || (ADDRESSING.has(normalizeKey(verb.lemma)) && this.joinedToNamedClause(i, sentence));
      if (m && addressed && !toldPronoun && !this.personAfter(m.last, sentence) && !THE_PRESS.has(tokens[m.last + 1]?.text ?? '')) break;
      // «وأشادت مضيفة الرئيس تبون بـ …», «وقال ضيف الملك …»: the host (or guest) of the one named speaks, the other
      // side of the visit. («مضيفه الرئيس تبون», «his host, President Tebboune», is Tebboune: a pronoun, not construct.)
      let host = j - 1;
      while (host > i + 1 && (BARE_TITLES.has(tokens[host]!.text) || COURTESY.has(tokens[host]!.text) || HONORIFIC_NOUNS.has(tokens[host]!.text))) host--;
      if (m && host > i && HOST_OF.has(tokens[host]!.text) && !this.possessed(host) && tokens.slice(host + 1, j + 1).every((t) => (t.gapBefore & ~Gap.Space) === 0)) {
        const other = this.guestBefore(host, m.id);
        if (!other) break;
        trigger.subject = other;
        trigger.subjectLast = m.last;
        return trigger;
      }
      // «وجدد مبعوث بايدن تمسك …»: the envoy (adviser, representative) of the one named speaks, not he: the
      // person the story called so before, else someone it does not name.
      if (m && j > i + 1 && m.first === j && AGENT_NOUNS.has(tokens[j - 1]!.text) && (tokens[j]!.gapBefore & ~Gap.Space) === 0) {
        const agent = this.agentCalledBefore(tokens[j - 1]!.text, i, m.id);
        if (agent) trigger.subject = agent;
        else trigger.unknownHolder = true;
        trigger.subjectLast = m.last;
        return trigger;
      }
      if (m && !this.isObject(m)) {
        trigger.subject = m;
        // «شدد جلالة الملك … وفخامة الرئيس المصري …»: two people as the subject of one verb speak together.
        const second = verb.addressee ? null : this.coordinatedAfter(m);
        if (second) {
          // As for «X وY شددا», the pair is the one named first.
          [trigger.pair, trigger.subject] = [m, second];
          // «… والرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني»: a third (and fourth) joined after.
          const also = joinedChain(m, second, (x) => this.coordinatedAfter(x));
          if (also.length) trigger.also = also;
          return trigger;
        }
        // «"…"، قال لافروف», «…، يقول لافروف.»: the words came before the verb.
        if ((this.afterQuote(i) && !this.wordsFollow(m)) || this.closesSentence(i, m)) trigger.contentBefore = true;
        return trigger;
      }
      if (j > i + 1 && speechVerbAt(this.lexicon, token)) break;
    }
    // «أكد وزير الخارجية في حكومة تسيير الأعمال، سامح شكري، أن …»: a title longer than the rules above read, closed by
    // the one person named before the words.
    const closing = this.namedBeforeWords(i, sentence, verb);
    if (closing) {
      trigger.subject = closing;
      return trigger;
    }
    // «ووصف اللقاءات التي عقدها الوفد … بأنها كانت ودية»: what a verb of describing describes comes first, and
    // «بأنها» after it; the noun is its object, not an institution speaking.
    if (verb.object && this.describedThenThat(i, sentence)) return trigger;
    // «وأعاد التأكيد على أن …»: a light verb's noun of speech right after it is what it says, not who says it.
    const ownNoun = verb.nouns.size > 0 && tokens[i + 1] !== undefined && isSpeechNoun(verb, tokens[i + 1]!);
    if (!ownNoun && this.institutionAt(i + 1, sentence)) {
      trigger.institution = true;
      trigger.institutionAt = i + 1;
    } else if ((trigger.describedBefore = this.descriptorBeforeVerb(i) ?? undefined) === undefined) {
      const before = this.institutionBefore(i);
      trigger.institution = before >= 0;
      if (before >= 0) trigger.institutionAt = before;
    }
    return trigger;
  }

  /**
   * The one person named after verb i, at the end of the words that follow it (a title and its complements: no «أن»,
   * verb of speech, relative, quotation or stop before the name), when the reported words open right after the name.
   * Not a person after a preposition or a noun with a pronoun («لقائه …»), who is the verb's object or the occasion's;
   * nor after a verb of telling («أبلغ ميقاتي أن …»), whose person is the one told.
   */
  protected namedBeforeWords(i: number, sentence: number, verb: SpeechVerb): TokenMention | null {
    const { tokens } = this.ctx;
    const head = tokens[i + 1];
    if (verb.addressee || !head || head.kind !== 'word' || PREPOSITIONS.has(head.text) || this.isThat(head) || this.s.sentenceOf[i + 1] !== sentence) return null;
    for (let j = i + 1; j <= i + TITLED_NAME_REACH && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      const token = tokens[j]!;
      if (token.kind !== 'word' || (j > i + 1 && (token.gapBefore & ~(Gap.Space | Gap.Comma)) !== 0)) return null;
      if (this.isThat(token) || speechVerbAt(this.lexicon, token) || RELATIVES.has(token.text) || this.opensQuote(j)) return null;
      const m = this.mentions.at.get(j);
      if (!m) continue;
      if (this.isObject(m) || (j > i + 1 && (PREPOSITIONS.has(tokens[j - 1]!.text) || this.possessed(j - 1)))) return null;
      return this.wordsOpenAfter(m.last) ? m : null;
    }
    return null;
  }

  /** Whether the reported words open right after token `last`: «أن/إن», a colon, a quotation, or one of these after a word or two of time («، اليوم، إن»). */
  protected wordsOpenAfter(last: number): boolean {
    const { tokens } = this.ctx;
    for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (this.isThat(token) || this.s.colonBefore(k) || this.opensQuote(k)) return true;
      if (!NOT_SUBJECTS.has(token.text)) return false;
    }
    return false;
  }

  /**
   * Whether verb i opens with «و» after a comma inside its sentence, and one person named right after it is followed at
   * once by the verb's complement (the thing thanked for), with a speech verb earlier in the sentence.
   */
  protected thankedAfter(i: number, verb: SpeechVerb): boolean {
    const { tokens } = this.ctx;
    const token = tokens[i]!;
    if (!token.text.startsWith('و') || (token.gapBefore & Gap.Comma) === 0 || !this.oneThanked(i + 1, verb)) return false;
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) if (speechVerbAt(this.lexicon, tokens[j]!)) return true;
    return false;
  }

  /**
   * «نشر أمير قطر تغريدة شكر فيها «أخي فخامة الرئيس تبون» على الدعوة»: a verb of thanks in a clause of a message
   * («فيها»), one person and its complement after it: the one thanked; the author is the person the sentence named
   * before the verb. Null when it is not such a clause.
   */
  protected authorOfThanks(i: number, verb: SpeechVerb): TokenMention | null {
    const { tokens } = this.ctx;
    if (!IN_IT.has(tokens[i + 1]?.text ?? '') || (tokens[i + 1]!.gapBefore & ~Gap.Space) !== 0 || !this.oneThanked(i + 2, verb)) return null;
    const author = this.lastNamedBefore(i);
    return author && this.s.sentenceOf[author.first] === this.s.sentenceOf[i] ? author : null;
  }

  /** Whether one person is named from token `from` (after a title of a few words, in quotes or not), and the verb's complement right after. */
  private oneThanked(from: number, verb: SpeechVerb): boolean {
    const { tokens } = this.ctx;
    if (verb.complement.size === 0) return false;
    let m: TokenMention | undefined;
    for (let j = from; j < from + THANKED_TITLE_WORDS && j < tokens.length && !m; j++) {
      if ((tokens[j]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || this.isThat(tokens[j]!)) return false;
      m = this.mentions.at.get(j);
    }
    const after = m ? tokens[m.last + 1] : undefined;
    return m !== undefined && after !== undefined && (after.gapBefore & ~(Gap.Space | Gap.Quote)) === 0 && verb.complement.has(after.text);
  }

  /**
   * Whether a definite noun right after the verb at i is what it describes: «بأن/بأنه/بأنها …» follows in the sentence,
   * before a comma, with no person named between.
   */
  protected describedThenThat(i: number, sentence: number): boolean {
    const { tokens } = this.ctx;
    const first = tokens[i + 1];
    if (!first || !first.text.startsWith('ال') || this.mentions.at.has(i + 1)) return false;
    // «ووصفت الخارجية الروسية المحادثات بأنها …»: an institution after the verb is its subject.
    if (INSTITUTION_HEADS.has(first.text.slice(2)) || DEFINITE_INSTITUTIONS.has(first.text) || this.ctx.k.countryNames.matchAt(tokens, i + 1, { clitics: false }).length > 0) return false;
    for (let j = i + 2; j < tokens.length && j <= i + MAX_CONTENT_DISTANCE && this.s.sentenceOf[j] === sentence; j++) {
      if (this.mentions.at.has(j) || (tokens[j]!.gapBefore & Gap.Comma) !== 0) return false;
      if (BI_THAT.has(tokens[j]!.text)) return true;
    }
    return false;
  }

  /** Reported words opened after the subject («… زاخاروفا، الخميس، أنه …»): the verb's own words follow it. */
  protected wordsFollow(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[subject.first]!;
    for (let j = subject.last + 1; j < tokens.length && j <= subject.last + MAX_CONTENT_DISTANCE && this.s.sentenceOf[j] === sentence; j++) {
      if (this.isThat(tokens[j]!) || this.s.colonBefore(j) || this.opensQuote(j)) return true;
    }
    return false;
  }

  /** «…، يقول لافروف.», «…، قال لافروف للصحفيين.»: a verb after a comma whose subject ends the sentence. */
  protected closesSentence(i: number, subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    if ((tokens[i]!.gapBefore & Gap.Comma) === 0) return false;
    const sentence = this.s.sentenceOf[i]!;
    const end = this.s.sentences[sentence]!.last;
    if (end - subject.last > 1) return false;
    return end === subject.last || tokens[end]!.text.startsWith('ل');
  }

  /** «"لن نقبل الإملاءات"، قال لافروف»: a verb with its subject right after a closing quote gives that quote. */
  protected afterQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    // («إسلام آباد – «القدس العربي»: جدد رئيس الوزراء …»: a quotation and a colon before the verb are a dateline's
    // credit or a label; the words come after the verb.)
    if ((token.gapBefore & Gap.Quote) === 0 || (token.gapBefore & Gap.Stop) !== 0 || i === 0) return false;
    const q = this.s.quoteAt(this.ctx.tokens[i - 1]!.start);
    return q !== null && q.close < token.start && this.s.sentenceOf[i - 1] === this.s.sentenceOf[i];
  }

  /** An explicit subject after the verb that is no person: «أعلنت الخارجية», «قالت مصادر», «أعلنت واشنطن». */
  protected institutionAt(j: number, sentence: number): boolean {
    const token = this.ctx.tokens[j];
    // «ذكرت "القيادة العامة"»: an institution's name is often quoted.
    if (!token || this.s.sentenceOf[j] !== sentence || token.kind !== 'word' || (token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return false;
    if (NOT_SUBJECTS.has(token.text) || PREPOSITIONS.has(token.text) || this.isThat(token)) return false;
    if (INSTITUTION_HEADS.has(token.text)) return true;
    if (token.text.startsWith('ال') && token.text.length > 3) return true;
    return this.ctx.k.countryNames.matchAt(this.ctx.tokens, j, { clitics: false }).length > 0;
  }
}
