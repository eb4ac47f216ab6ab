/**
 * Who speaks, trigger by trigger: the subject a trigger found, else the run of «وأضاف» going on
 * from the last speaker, a descriptor resolved to the person it stands for, relayed speech
 * («نقل X عن Y») and words said inside another's words.
 */
import type { TokenMention } from '../mentionIndex.ts';
import { normalizeKey } from '../../text/normalize.ts';
import { speechVerbAt } from '../speech.ts';
import { Gap, type Token } from '../../text/tokens.ts';
import { HONORIFICS, NAME_JOINERS, PRESIDENT_WORDS, STOP_WORDS, wordSet } from '../../text/lexicon.ts';
import { honoredTitleWords, writtenBefore } from '../../entities/titles.ts';
import { PREPOSITIONS, type Descriptor } from './reading.ts';
import { INSTITUTION_HEADS, HONORIFIC_NOUNS, HONORIFIC_PRONOUNS, EPITHETS, JOINT_SUBJECTS, jointSide, ADDRESSEE_WINDOW, JOINED_TITLE_WORDS, BARE_TITLES } from './subjectAfterVerb.ts';
import { ROYAL_HONORIFICS, STOP_WORDS_OF_CLAIMS, TitledSpeakers } from './titledSpeakers.ts';
import type { Trigger, Draft } from './drafts.ts';
import { WordMemo } from '../../text/wordMemo.ts';
import { reignsByTitle } from '../../knowledge/terms.ts';

/** Verbs of welcoming someone: no words of their own, but what follows them is the host's. */
const WELCOMED = wordSet('رحب');
/** «الملك»: a king's title, which an emir or a sultan does not bear. */
const KING_WORDS = wordSet('الملك');
/** Titles only a royal house's head bears: «الملك», «العاهل», «السلطان». */
const MONARCH_TITLES = wordSet('الملك العاهل الملكة السلطان');
/** «بأخيه», «بضيفه»: the one welcomed or thanked, named after them. */
const KIN_OBJECTS = wordSet('بأخيه بأخيها بضيفه بضيفها بنظيره بنظيرها');
/** How many words after a verb the one it welcomes may be named («رحب بأخيه الرئيس ماكي سال»). */
const WELCOMED_REACH = 3;
/** How many sentences on «الوزيران» still means the two ministers named as a pair. */
const PAIR_CARRIES = 2;
/** Words that open a clause about someone else: the reported words end before them («، فيما جدد …»). */
export const CONTRAST = wordSet('فيما بينما');
/** How many sentences back the last speaker who fits a descriptor may be. */
const RECENT_SENTENCES = 3;
/** Openers that give the floor to another speaker: «من جانبه،», «من جهتها،», «في المقابل،», «بدوره،». */
const TURN_OPENERS = ['من جانبه', 'من جانبها', 'من جهته', 'من جهتها', 'من ناحيته', 'في المقابل', 'بدوره', 'بدورها'].map((p) => p.split(' ').map(normalizeKey));
/** «…، كما دعا …»: a verb joined by «كما» after a comma goes on with the same subject. */
const ALSO = wordSet('كما وكما');
/**
 * Verbs of meeting with their object as a pronoun: «استقبله الرئيس ماتاريلا مرحبا», «ودعها الوزير متمنيا …»; and of
 * replying, before «عليه/عليها»: «نقل الوزير تحيات الرئيس، ورد عليها السيسي مشيرا إلى …» («ورد» alone is "was
 * mentioned", but not between a participle's subject and the pronoun it replies to).
 */
const RECEIVED_HIM = wordSet('استقبله استقبلها استقبلهم استقبلهما التقاه التقاها التقاهم التقاهما ودعه ودعها ودعهم صافحه صافحها هنأه هنأها رد ورد');
/** How many words a name between such a verb and the participle may have, and a title before the name. */
const RECEIVER_REACH = 8;
const TITLE_WORDS = 4;
/** Verbs of assertion: a participle after one goes on with its subject («أن الرئيس أكد …، مشددا على …»). */
const ASSERTING = wordSet('أكد شدد قال أوضح أبدى أعرب جدد أثنى أشاد رحب ثمن نوه حذر دعا طالب اعتبر رأى انتقد أدان رفض');
/**
 * Participles a spokesman tells of his principal's words, never his own: a feeling expressed («معربا عن اعتزاز …»،
 * «مبديا ارتياحه») or an assertion («مؤكدا عمق الروابط …»); «موضحا أن …» may be the teller's own explanation.
 */
const EXPRESSING = wordSet('أعرب أبدى أشاد ثمن تمنى أكد شدد جدد');
/** «أكد له»: words said to the one telling them. */
const TO_HIM = wordSet('له لها');
/** The meeting itself as the subject of words about it: «أن اللقاء تضمن …». */
const THE_MEETING = wordSet('اللقاء المباحثات المحادثات الاجتماع الاتصال القمة الزيارة');
/** Words of a title between «عن» and the name of the person quoted («عن وزير الخارجية الإيراني حسين …»). */
const RELAY_TITLE_WORDS = 4;

/** By table of given names: whether a word is one (a look-up in thousands of names), remembered by word. */
const givenNameWords = new WeakMap<ReadonlySet<string>, WordMemo<boolean>>();
let lastGivenNames: ReadonlySet<string> | null = null;
let lastGivenMemo: WordMemo<boolean> | undefined;

function isGivenName(names: ReadonlySet<string>, token: Token): boolean {
  let memo = names === lastGivenNames ? lastGivenMemo : givenNameWords.get(names);
  if (memo === undefined) {
    memo = new WordMemo((word) => names.has(word.text));
    givenNameWords.set(names, memo);
  }
  lastGivenNames = names;
  lastGivenMemo = memo;
  return memo.get(token);
}

export abstract class SpeakerResolver extends TitledSpeakers {
  /**
   * «وشدد رئيس مجلس الوزراء …» after «ورحب السوداني …»: a subject written as a bare title
   * («رئيس مجلس الوزراء», «سمو ولي العهد», «الوزير») that the officials stage gave to the last
   * holder named is the person the story is already quoting when they hold it too; with nobody
   * quoted yet, the first holder the story named (its protagonist, named in the lead).
   */
  protected salient(subject: TokenMention, last: Draft | null, verbToken: number): string {
    const roles = this.titleRoles(subject);
    if (!roles || this.namedInAppositionTo(subject) || this.boundBefore(subject) || this.introducedWith(subject) || this.quotedNameAfter(subject)) return subject.id;
    // «بأن الرئيس رحب بأخيه الرئيس ماكي سال»: the one welcomed right after the verb is not the one welcoming.
    // (With nobody quoted yet, the first holder of the office named before the subject, but never the one welcomed.)
    const firstHolder = (skip: string | null) => this.mentions.all.find((m) => m.first < subject.first && m.id !== skip && this.holds(m.id, roles.roles, roles.country))?.id;
    const welcomed = this.welcomedAfter(Math.max(subject.last, verbToken));
    if (welcomed !== null && welcomed === subject.id) return firstHolder(welcomed) ?? subject.id;
    // «وأكد جلالة الملك» after a headline that named the president first: a king's title is only a royal house's.
    // «وأكد سمو وزير الخارجية» after the Chinese minister spoke: a royal honorific before the title, likewise.
    const royal = MONARCH_TITLES.has(this.ctx.tokens[subject.first]!.text) || ROYAL_HONORIFICS.has(this.ctx.tokens[subject.first - 1]?.text ?? '');
    // «أشاد جلالة الملك …» after the Emir of Qatar spoke: «الملك» is a king's title, not an emir's.
    const king = KING_WORDS.has(this.ctx.tokens[subject.first]!.text);
    // «أكد رئيس الجمهورية أمام الأب الأقدس» after the Pope received him: a president's title is no pope's or king's.
    const president = PRESIDENT_WORDS.has(this.ctx.tokens[subject.first]!.text);
    const fits = (id: string | null) =>
      id !== null &&
      id !== subject.id &&
      this.holds(id, roles.roles, roles.country) &&
      (!royal || this.reigns(id)) &&
      (!king || this.titledKing(id)) &&
      !(president && reignsByTitle(this.ctx.k.people.get(id)?.terms ?? [], this.ctx.date)) &&
      id !== welcomed;
    // «شدد الرئيس على أن مصر ملتزمة …» in a story of two presidents: the one whose country takes a stand in the words.
    if (roles.country === null) {
      const holders = this.mentions.all.filter((m) => m.first < subject.first && this.holds(m.id, roles.roles, null)).map((m) => m.id);
      const own = this.ownCountrySpeaker(subject.last, [subject.id, ...holders]);
      if (own && own !== subject.id && (!royal || this.reigns(own))) return own;
    }
    // «صرح المتحدث باسم رئاسة الجمهورية بأن الرئيس رحب بضيف مصر …»: in a spokesman's words, the bare title is
    // the one he speaks for, of his own country, not the guest named last.
    const principal = last && last.speaker && roles.country === null && !royal ? this.principalOf(last.speaker, roles.roles) : null;
    if (principal) return principal;
    if (last && last.speaker) return fits(last.speaker) ? last.speaker : subject.id;
    const first = firstHolder(null);
    return first !== undefined && fits(first) ? first : subject.id;
  }

  /**
   * The person welcomed or thanked right after a verb, with «بـ» or «بأخيه» before the title or name: «رحب بأخيه الرئيس
   * ماكي سال», «رحب بضيفه الرئيس …», «أشاد بالرئيس …»; else null.
   */
  protected welcomedAfter(k: number): string | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[k];
    for (let j = k + 1; j <= k + WELCOMED_REACH && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      const m = this.mentions.at.get(j);
      if (m) return m.clitic.startsWith('ب') || KIN_OBJECTS.has(tokens[j - 1]!.text) || KIN_OBJECTS.has(tokens[j - 2]?.text ?? '') ? m.id : null;
      // («بأخيه الرئيس ماكي سال»: a bare title between the kin word and the name.)
      if (!KIN_OBJECTS.has(tokens[j]!.text) && !(BARE_TITLES.has(tokens[j]!.text) && KIN_OBJECTS.has(tokens[j - 1]!.text))) return null;
    }
    return null;
  }

  /**
   * «وأكد السيد الرئيس …» where the story opened with «السيد الرئيس عبد الفتاح السيسي»: an honorific and a title that
   * introduced this very person by name before (the officials stage resolved it so), whoever spoke last.
   */
  protected introducedWith(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const words = honoredTitleWords(tokens, subject.first, subject.last);
    // (Not a royal honorific: «جلالة الملك» and «سمو الأمير» follow the salience of the house's rulers below.)
    if (!words || ROYAL_HONORIFICS.has(words[0]!)) return false;
    return this.mentions.all.some((m) => m.id === subject.id && m.first < subject.first && m.clitic === '' && writtenBefore(tokens, m.first, words));
  }

  /** «وقال الرئيس "لي" …»: the title's person named right after it by the first word of their name, in quotes. */
  protected quotedNameAfter(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const word = tokens[subject.last + 1];
    if (!word || (word.gapBefore & Gap.Quote) === 0) return false;
    return this.mentions.all.some((m) => m.id === subject.id && m.first < subject.first && m.last > m.first && tokens[m.first]!.text === word.text);
  }

  /** The same title, of two words or more, bound before to the same person by a name in apposition. */
  protected boundBefore(subject: TokenMention): boolean {
    if (subject.last === subject.first) return false;
    const text = (m: TokenMention) => this.ctx.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
    const phrase = text(subject);
    return this.mentions.all.some((m) => m.first < subject.first && m.id === subject.id && m.last - m.first === subject.last - subject.first && text(m) === phrase && this.namedInAppositionTo(m));
  }

  /** «رئيس الجمهورية، السيد عبد المجيد تبون»: the title's own person named right after it, across a comma and honorifics. */
  protected namedInAppositionTo(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    let k = subject.last + 1;
    while (k < tokens.length && k <= subject.last + 3 && (HONORIFICS.has(tokens[k]!.text) || HONORIFIC_NOUNS.has(tokens[k]!.text) || tokens[k]!.text === 'السيد') && (tokens[k]!.gapBefore & Gap.Stop) === 0) k++;
    if (this.mentions.at.get(k)?.id === subject.id) return true;
    // «وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الكويتي، الشيخ د.أحمد ناصر المحمد»: a second office joined by
    // «و», then the name, before the words open.
    const next = tokens[subject.last + 1];
    if (!next || !next.text.startsWith('و') || !this.ctx.k.titles.matchAt(tokens, subject.last + 1).some((t) => t.prefix === 1)) return false;
    for (let j = subject.last + 2; j < tokens.length && j <= subject.last + JOINED_TITLE_WORDS + 4; j++) {
      if (this.isThat(tokens[j]!) || (tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
      const m = this.mentions.at.get(j);
      if (m) return m.id === subject.id;
    }
    return false;
  }

  /**
   * «من جانبه، قال المسؤول الروسي …» when the one being quoted is not Russian: the one person
   * who fits whom the story itself named before, outside the words it reported (a president
   * named inside the other minister's words is not who the story turns to). Two such: nobody.
   */
  protected onlyToldHolder(verbToken: number, descriptor: { roles: readonly string[]; country: string | null }): string | null {
    const fitting = new Set<string>();
    for (const m of this.mentions.all) {
      if (m.first >= verbToken) break;
      if (!this.holds(m.id, descriptor.roles, descriptor.country) || this.insideReported(m)) continue;
      fitting.add(m.id);
    }
    return fitting.size === 1 ? [...fitting][0]! : null;
  }

  /**
   * The latest speaker of the last few sentences who fits a descriptor («المسؤول الروسي»), when the
   * words just before were someone else's told inside theirs; none when the latest who fit are two.
   */
  protected recentSpeaker(sentence: number, descriptor: { roles: readonly string[]; country: string | null }): string | null {
    for (let n = this.drafts.length - 1; n >= 0; n--) {
      const d = this.drafts[n]!;
      if (sentence - d.sentence > RECENT_SENTENCES) return null;
      if (d.joint || d.pair) return null;
      if (d.speaker && this.holds(d.speaker, descriptor.roles, descriptor.country)) return d.speaker;
    }
    return null;
  }

  /** «، فيما أعرب فخامته»: the verb opens a clause that turns to someone else. */
  protected afterContrast(verbToken: number): boolean {
    const before = this.ctx.tokens[verbToken - 1];
    return before !== undefined && CONTRAST.has(before.text) && this.s.sentenceOf[verbToken - 1] === this.s.sentenceOf[verbToken];
  }

  /**
   * People addressed with «لـ» in the first words after token i, in its sentence: «شكره لولي العهد»،
   * «تهنئته للرئيس»; the one thanked or congratulated is not the one speaking.
   */
  protected addressedAfter(i: number, sentence: number): Set<string> {
    const ids = new Set<string>();
    for (let j = i; j < i + ADDRESSEE_WINDOW && j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      const m = this.mentions.at.get(j);
      if (m && m.clitic.endsWith('ل')) ids.add(m.id);
    }
    return ids;
  }

  /** The number of words of the opener that gives the floor to another speaker at the sentence's start («من جانبه،», «في المقابل،»), or 0. */
  protected turnOpenerLength(sentence: number): number {
    const { tokens } = this.ctx;
    const first = this.s.sentences[sentence]!.first;
    const words = tokens.slice(first, first + 3).map((t) => t.text.replace(/^و/, ''));
    return TURN_OPENERS.find((opener) => opener.length <= words.length && opener.every((w, n) => words[n] === w))?.length ?? 0;
  }

  /** Whether the sentence opens with words that give the floor to another speaker, wherever its verb is. */
  protected opensWithTurn(sentence: number): boolean {
    return this.turnOpenerLength(sentence) > 0;
  }

  /** Whether the sentence opens with a turn to another speaker right before the verb: «من جانبه، أكد …». */
  protected turnOpens(sentence: number, verbToken: number): boolean {
    const before = verbToken - this.s.sentences[sentence]!.first;
    const length = before <= 3 ? this.turnOpenerLength(sentence) : 0;
    return length > 0 && length <= before;
  }

  /**
   * «أكد موسى أبو مرزوق، …»: right after the verb, a given name that the knowledge knows as someone's first
   * name, then a word of a name, neither of them a person found: the subject is a person nobody lists.
   */
  protected unlistedPersonAfter(verbToken: number): boolean {
    const { tokens, k } = this.ctx;
    const given = tokens[verbToken + 1];
    const family = tokens[verbToken + 2];
    if (!given || !family || this.s.sentenceOf[verbToken + 2] !== this.s.sentenceOf[verbToken]) return false;
    // (The known given name first: it rules out most tokens, and unlistedSurnameAfter asks this of every one.)
    if (!isGivenName(k.givenNames, given)) return false;
    if ((given.gapBefore & ~Gap.Space) !== 0 || (family.gapBefore & ~Gap.Space) !== 0) return false;
    if (this.mentions.at.has(verbToken + 1) || this.mentions.at.has(verbToken + 2) || this.mentionEndingAt(verbToken + 2)) return false;
    if (!k.givenNames.has(given.text) || given.text.length < 3 || given.text.startsWith('ال') || this.isThat(given) || PREPOSITIONS.has(given.text) || STOP_WORDS.has(given.text)) return false;
    if (family.kind !== 'word' || this.isThat(family) || STOP_WORDS_OF_CLAIMS.has(family.text) || STOP_WORDS.has(family.text)) return false;
    // «أكد محمد بن سلمان»-like lineages and names read as titles stay with the rules above.
    return !speechVerbAt(this.lexicon, family) && !PREPOSITIONS.has(family.text);
  }

  /** Family names of people no file lists, by the token of their first full mention («خالد مشعل»: مشعل). */
  protected unlistedSurnames: Map<string, number> | null = null;

  /**
   * «من جانبه، أثنى مشعل على …»: the word right after the verb is the family name of someone no file lists whom the
   * story named in full before (a known given name and that word, «خالد مشعل»), not of anyone it lists.
   */
  protected unlistedSurnameAfter(verbToken: number): boolean {
    const { tokens } = this.ctx;
    const word = tokens[verbToken + 1];
    // («وقال آل ثاني»: a family's «آل» opens a name, it is none of its own.)
    if (!word || word.kind !== 'word' || (word.gapBefore & ~Gap.Space) !== 0 || this.mentions.at.has(verbToken + 1) || NAME_JOINERS.has(word.text)) return false;
    if (!this.unlistedSurnames) {
      const found = new Map<string, number>();
      // («أورسولا فون ديرلاين»: a name going on after the second word is not «given family».)
      const ends = (next: Token | undefined) => !next || (next.gapBefore & ~Gap.Space) !== 0 || next.kind !== 'word' || STOP_WORDS.has(next.text) || next.text.startsWith('ال') || speechVerbAt(this.lexicon, next) !== null;
      for (let j = 1; j < tokens.length; j++) if (!found.has(tokens[j]!.text) && this.unlistedPersonAfter(j - 2) && ends(tokens[j + 1])) found.set(tokens[j]!.text, j);
      this.unlistedSurnames = found;
    }
    const at = this.unlistedSurnames.get(word.text);
    return at !== undefined && at < verbToken;
  }

  protected resolve(trigger: Trigger, last: Draft | null): Draft | null {
    const sentence = this.s.sentenceOf[trigger.verbToken]!;
    let speaker: string | null = null;
    let reportedBy: string | null = null;
    let after = trigger.listed ? trigger.verbToken : trigger.pronoun && trigger.pair ? trigger.pair.last + 1 : trigger.verbToken + (trigger.pronoun ? 2 : 1);
    let joint = trigger.joint;
    let pair = trigger.pair ? trigger.pair.id : null;
    let descriptor: Descriptor | null = null;
    let clauseSubject: string | null = null;
    if (trigger.continues) {
      // The one speaking in this sentence; else the sentence's own subject («كرر لافروف …، غير أنه شدد …»); else the one already speaking.
      const own = this.sentenceSubject.get(sentence);
      if (last && last.sentence === sentence && !last.joint) [speaker, reportedBy, pair] = [last.speaker, last.reportedBy, last.pair];
      // «… ثم استقبله الرئيس ماتاريلا مرحباً: "…"»: the subject of the verb right before, not the one opening the sentence.
      else if (trigger.verb?.participle && (clauseSubject = this.receiverBefore(trigger.verbToken)) !== null) speaker = clauseSubject;
      else if (own && own.first < trigger.verbToken) speaker = own.id;
      else if (last && last.outer) speaker = last.outer;
      else if (last && !last.joint) [speaker, reportedBy, pair] = [last.speaker, last.reportedBy, last.pair];
    } else if (trigger.subject) {
      speaker = this.salient(trigger.subject, last, trigger.verbToken);
      // «من جهته، اعتبر رئيس الدبلوماسية المالية أن …» after the Nigerien minister spoke: a title that the officials stage
      // gave to the one speaking before cannot be his, since the floor goes to another; nobody, rather than him.
      if (speaker !== null && last?.speaker === speaker && last.sentence !== sentence && this.turnOpens(sentence, trigger.verbToken) && this.titleRoles(trigger.subject) !== null) speaker = null;
      // (A subject found by its countries or its host, «وزيرا خارجية الصومال وإثيوبيا», ends where those words do.)
      if (trigger.subjectLast !== undefined && trigger.subjectLast > trigger.verbToken) after = this.pastTitle(trigger.subjectLast + 1, sentence);
      else if (trigger.subject.first > trigger.verbToken)
        after = this.pastTitle(Math.max(trigger.subject.last, trigger.pair?.last ?? 0, ...(trigger.also ?? []).map((x) => x.last)) + 1, sentence);
      // «وأشاد جلالة السلطان المعظم بالخبرات …»: the ruler's epithet belongs to the subject.
      while (after > trigger.verbToken && EPITHETS.has(this.ctx.tokens[after]?.text ?? '') && this.s.sentenceOf[after] === sentence) after++;
      if (pair) [speaker, pair] = [pair, speaker];
    } else if (joint) {
      speaker = null;
      if (trigger.subjectLast !== undefined) after = trigger.subjectLast + 1;
      // «وشدد وزيرا خارجية الصومال وإثيوبيا على …. واتفق الوزيران على …»: «the two ministers» are the two just named,
      // not two of the table's three (the mediator among them).
      if (joint === 'ministers' && last && last.pair && last.speaker && !last.joint && sentence - last.sentence <= PAIR_CARRIES) {
        [speaker, pair, joint] = [last.speaker, last.pair, false];
      }
    } else if (
      last &&
      (last.joint || last.pair) &&
      !trigger.verb?.participle &&
      (this.dual(trigger.verbToken, trigger.verb) || (last.sentence === sentence && (last.joint === 'all' || last.joint === 'all-ministers') && this.ctx.tokens[trigger.verbToken]!.text.endsWith('وا')))
    ) {
      // («أشادوا بما تحقق …، وجددوا التأكيد على …»: a plural verb goes on with the many of its sentence.)
      // «وأكد الجانبان …، وأعربا عن …»: a dual verb goes on with the same two.
      [speaker, pair, joint] = [last.speaker, last.pair, last.joint];
    } else if (last && (last.joint || last.pair) && trigger.verb?.participle && last.sentence === sentence) {
      [speaker, pair, joint] = [last.speaker, last.pair, last.joint];
    } else if (trigger.verb?.participle && this.ctx.tokens[trigger.verbToken]!.text.endsWith('ين') && !(last && last.sentence === sentence && (last.joint || last.pair))) {
      // «…، مؤكدين أن …», «مطالبين …»: a dual or plural participle speaks for both sides of the meeting.
      [speaker, joint] = [null, 'sides'];
    } else if (!trigger.institution && this.dual(trigger.verbToken, trigger.verb)) {
      // «وعقد الجانبان جلسة مباحثات …، وأكدا أن …»: a dual verb with no subject of its own is both sides'.
      [speaker, joint] = [null, 'sides'];
    } else if (trigger.dignitary) {
      // «وأكد جلالة الملك»: the one being quoted if the honorific fits them, else the story's first such dignitary.
      const { roles, last: end } = trigger.dignitary;
      // «سمو الأمير», «جلالة الملك»: a royal honorific is never a president's.
      const royal = ROYAL_HONORIFICS.has(this.ctx.tokens[trigger.verbToken + 1]?.text ?? '');
      // «أعرب سمو الأمير عن شكره لولي العهد»: the one thanked or addressed is not the one speaking;
      // «من جانبه، أعرب سمو الأمير»: the turn goes to someone other than the one speaking before.
      const addressed = this.addressedAfter(end + 1, sentence);
      const turned = this.turnOpens(sentence, trigger.verbToken) && last?.speaker ? last.speaker : null;
      const fits = (id: string) => this.holds(id, roles, null) && (!royal || this.reigns(id)) && !addressed.has(id) && id !== turned;
      // «أكد سمو الأمير» in a story of the Emir of Kuwait or Qatar: the Emir, not another prince of the house.
      const emir = this.ctx.tokens[end]?.text === 'الامير' ? this.emirNamedBefore(trigger.verbToken) : null;
      speaker = last && last.speaker && fits(last.speaker) ? last.speaker : emir && fits(emir) ? emir : this.firstHolderBefore(trigger.verbToken, roles, fits);
      after = Math.max(end, trigger.pair?.last ?? 0) + 1;
    } else if (!trigger.pronoun && !trigger.institution && (descriptor = trigger.describedBefore ?? this.descriptorAfter(trigger.verbToken)) !== null) {
      // «وأضاف المسؤول الروسي» where two Russians were named: the one being quoted, if they fit.
      if (last && last.speaker && this.holds(last.speaker, descriptor.roles, descriptor.country)) [speaker, reportedBy] = [last.speaker, last.reportedBy];
      // «… مشيرا إلى أن ترامب أكد …. وتابع المسؤول الروسي أن …»: the one who was speaking a few sentences back, if they fit.
      else speaker = this.recentSpeaker(sentence, descriptor) ?? this.onlyToldHolder(trigger.verbToken, descriptor);
      if (!trigger.describedBefore) after = descriptor.last + 1;
    } else if (!trigger.subject && !trigger.pronoun && !trigger.institution && !trigger.verb?.participle && (trigger.unknownHolder || this.unlistedPersonAfter(trigger.verbToken) || this.unlistedSurnameAfter(trigger.verbToken))) {
      // «وأكد موسى أبو مرزوق، القيادي في الحركة، أن …»: someone no file lists speaks, not the one before;
      // «من جانبه، أثنى مشعل على …» after «خالد مشعل» further up: so does that someone by the family name.
      speaker = null;
      // («وأكد رئيس الوزراء الجورجي اهتمام …»: the words start after the title.)
      if (trigger.unknownHolder && trigger.subjectLast !== undefined) after = this.pastTitle(trigger.subjectLast + 1, sentence);
    } else if (!trigger.subject && (speaker = this.callerSpeaking(trigger.verbToken)) !== null) {
      // «تلقى الرئيس الأسد مكالمة من نظيره الجزائري عبد المجيد تبون، عبّر فيها عن …»: the caller speaks in the call.
    } else if (!trigger.institution || this.addresseeAfterShared(trigger, last, sentence)) {
      const here = last && last.sentence === sentence ? last : null;
      const subject = this.sentenceSubject.get(sentence);
      const turned = trigger.pronoun && this.afterContrast(trigger.verbToken);
      const honorific = here || turned || trigger.pronoun ? -1 : this.honorificSubjectBefore(trigger.verbToken, sentence);
      if (turned) speaker = this.otherDignitary(trigger.verbToken, here?.speaker ?? last?.speaker ?? null);
      else if (here) {
        [speaker, reportedBy] = [here.speaker, here.reportedBy];
        // «أعلن المتحدث باسم الكرملين أن بوتين شكر نظيره …، موضحا أن …»: a participle after words told inside another's
        // goes on with the one telling them.
        // But after a verb of assertion of the one told about («أن الرئيس السيسي أكد …، مشددا على …»), the participle is
        // his: it goes on with that verb.
        // Not when the assertion was made to the teller («أن بوتين أكد له …، معتبرا …») or the participle tells of the
        // meeting itself («…، مبينا أن اللقاء تضمن …»): the teller goes on.
        const { tokens } = this.ctx;
        const toTeller = TO_HIM.has(tokens[here.trigger.verbToken + 1]?.text ?? '');
        const afterVerb = tokens[trigger.verbToken + 1];
        const aboutMeeting = THE_MEETING.has(tokens[trigger.verbToken + (afterVerb && this.isThat(afterVerb) ? 2 : 1)]?.text ?? '');
        const asserted = here.trigger.verb !== null && ASSERTING.has(normalizeKey(here.trigger.verb.lemma)) && !toTeller && !aboutMeeting;
        // («…أن السيد الرئيس قدم التهنئة للرئيس عون، معربا عن اعتزاز مصر …»: a feeling expressed is the principal's, never the teller's.)
        const felt = trigger.verb !== null && EXPRESSING.has(normalizeKey(trigger.verb.lemma));
        if (trigger.verb?.participle && here.outer && !asserted && !felt && (this.ctx.tokens[trigger.verbToken]!.gapBefore & Gap.Comma) !== 0) [speaker, reportedBy] = [here.outer, null];
        // «ولفت البيان إلى أن الرئيس الأميركي تناول …، مشددا على …»: a participle after an institution's words goes
        // on with the person those words are about; so after «وأضاف أن …» that goes on with no one's words.
        // («ونقل إليه تحيات الرئيس …، مؤكدا …»: words that are no clause of «أن» are about no one.)
        const toldOf = here.start > 0 && this.isThat(this.ctx.tokens[here.start - 1]!);
        const nobodys = here.trigger.institution || (!here.trigger.subject && here.speaker === null && !here.joint && toldOf);
        const about = speaker === null && trigger.verb?.participle && nobodys ? this.mentions.at.get(this.pastCourtesy(here.start)) : undefined;
        if (about && !this.isObject(about)) speaker = about.id;
        // «وقال المتحدث إن الضيف القطري حمل إلى الرئيس تحيات الأمير، وأكد حرص الدوحة …», «قال الكرملين إن بوتين شرح …،
        // وأبدى قلقه …»: a verb joined by «و» inside the words told goes on with the one they are about, the subject of
        // the clause of «أن/إن».
        const inner = !trigger.verb?.participle && !trigger.subject && !trigger.pronoun && (here.trigger.subject || here.trigger.institution) && toldOf && this.ctx.tokens[trigger.verbToken]!.text.startsWith('و')
          ? this.mentions.at.get(here.start)
          : undefined;
        if (inner && inner.id !== here.speaker && !this.isObject(inner) && (this.ctx.tokens[trigger.verbToken]!.gapBefore & Gap.Comma) !== 0) [speaker, reportedBy] = [inner.id, null];
        // «نقل الوزير تحيات الرئيس أفورقي، ورد عليها السيسي مشيرا إلى …»: a participle right after the subject of a verb
        // that holds its object as a pronoun is that subject's, not the one whose words came before in the sentence.
        const receiver = trigger.verb?.participle ? this.receiverBefore(trigger.verbToken) : null;
        if (receiver !== null) [speaker, reportedBy] = [receiver, null];
      }
      // «بعث سموه برقية …، عبر فيها عن …», «مكالمة أجراها جلالته …، جدد خلالها …»: the honorific is the sentence's subject.
      // («وكان سموه قد صرح لدى وصوله …» after the prime minister «سمو الشيخ أحمد العبدالله» spoke: the one being quoted,
      // when the honorific fits him, not the emir whom the story named first as the one he represents.)
      else if (honorific >= 0)
        speaker = last?.speaker && !this.opensWithTurn(sentence) && this.standsFor(last.speaker, honorific) ? last.speaker : this.dignitaryBefore(honorific - 1);
      // «… ثم استقبله الرئيس ماتاريلا مرحباً: "…"»: a participle right after the subject of a verb that holds its
      // object as a pronoun is that subject's, whoever opened the sentence.
      else if (trigger.verb?.participle && (clauseSubject = this.receiverBefore(trigger.verbToken)) !== null) speaker = clauseSubject;
      else if (subject && subject.first < trigger.verbToken) speaker = subject.id;
      // «وأضاف أوشاكوف أن بوتين أطلع ترامب على …. وأوضح أن …»: the one whose words held the last claim goes on.
      else if (last && last.outer && last.sentence !== sentence && !this.ledByOther(sentence, trigger.verbToken) && !this.opensWithTurn(sentence)) speaker = last.outer;
      // («في المقابل، نشر وزير خارجية الاحتلال صورا …، وكتب: "…"»: a sentence that gives the floor to another is not
      // the last speaker's, whoever its subject is.)
      else if (last && !this.ledByOther(sentence, trigger.verbToken) && !this.opensWithTurn(sentence)) [speaker, reportedBy] = [last.speaker, last.reportedBy];
      else if (trigger.pronoun) speaker = this.dignitaryBefore(trigger.verbToken);
      // «أعرب بوتين …، وشدد سموه …»: «سموه» is never the Russian president; the one it fits is.
      if (trigger.pronoun && speaker !== null && !this.fitsHonorific(speaker, trigger.verbToken + 1)) [speaker, reportedBy] = [this.dignitaryBefore(trigger.verbToken), null];
      // «وأكد دولته» after the crown prince spoke: the one person the story called «دولة …», not the one speaking before.
      if (trigger.pronoun) {
        const honoured = this.onlyHonouredAs(trigger.verbToken);
        if (honoured && honoured !== speaker) [speaker, reportedBy] = [honoured, null];
      }
      // «وأكدوا»: a plural verb with no named subject speaks for several people, none of them alone:
      // the leaders at the table, when the meetings stage finds a few countries there.
      if (!trigger.verb?.participle && this.ctx.tokens[trigger.verbToken]!.text.endsWith('وا')) [speaker, reportedBy, joint] = [null, null, 'all'];
    }
    // «وأضاف المتحدث الرسمي أن سيادته جدد التأكيد على …»: an honorific pronoun as the subject of the clause someone
    // tells is the dignitary it fits, not the one telling.
    const own = this.ctx.tokens[trigger.verbToken - 1];
    if (!trigger.subject && !trigger.verb?.participle && own && HONORIFIC_PRONOUNS.has(own.text) && this.isThat(this.ctx.tokens[trigger.verbToken - 2] ?? own) && last?.sentence === sentence) {
      const dignitary = this.dignitaryBefore(trigger.verbToken - 2);
      if (dignitary && dignitary !== last.speaker) [speaker, reportedBy, joint, pair] = [dignitary, last.speaker, false, null];
    }
    if (trigger.verb?.relay) {
      const source = this.relaySource(after, sentence);
      if (source) {
        reportedBy = trigger.subject && trigger.subject.id !== source.id ? trigger.subject.id : null;
        speaker = source.id;
        after = source.last + 1;
      } else {
        // «ونقلت الوكالة عن الجانبين تأكيدهما على …»: the words relayed are both sides'.
        const sides = this.relayedFromBoth(after, sentence);
        if (sides) {
          [speaker, reportedBy, pair, joint] = [null, null, null, jointSide(this.ctx.tokens[sides]!.text)];
          after = sides + 1;
          trigger = { ...trigger, institution: false, institutionAt: undefined };
        }
      }
    }
    if (trigger.sentenceBefore) return { trigger, speaker, reportedBy, start: this.s.sentences[sentence - 1]!.first, sentence, pair, joint };
    if (trigger.contentBefore) {
      const first = this.s.sentences[sentence]!.first;
      if (first >= trigger.verbToken) return null;
      return { trigger, speaker, reportedBy, start: first, sentence, pair, joint };
    }
    const start = this.contentStart(trigger, after, sentence);
    if (start < 0) {
      // «ورحب سمو الأمير بفخامة الرئيس، متمنيا …»: a welcome of a person reports no words, but the
      // participles after it are its subject's.
      // Not a verb inside words already reported («أن الرئيس شرح …»): the participles after it are the reporter's.
      // (A spokesman tells his principal's welcome and what came with it: «أوضح المتحدث أن السيسي رحب بضيفه، مؤكدا …».)
      const welcomed = trigger.verb !== null && WELCOMED.has(normalizeKey(trigger.verb.lemma)) && last?.speaker != null && this.speaksFor(last.speaker);
      const named = (trigger.subject !== null || trigger.dignitary !== undefined) && (!this.afterThat(trigger.verbToken) || welcomed);
      return named && speaker !== null && !trigger.verb?.participle ? { trigger, speaker, reportedBy, start: -1, sentence, pair, joint, silent: true } : null;
    }
    // A claim that goes on from one said inside another's words, in the same sentence, stays inside them.
    const carried = last && last.outer && last.sentence === sentence && last.speaker === speaker ? last.outer : null;
    const outer = speaker !== null && !joint ? (this.outerSpeaker(trigger.verbToken, sentence, speaker) ?? carried) : null;
    return { trigger, speaker, reportedBy, start, sentence, pair, joint, ...(outer ? { outer } : {}) };
  }

  /** The first token at or after k past words of courtesy and honour («السيد الرئيس», «سمو الأمير»), where a name or title starts. */
  protected pastCourtesy(k: number): number {
    const { tokens } = this.ctx;
    let j = k;
    while (j < k + 3 && j < tokens.length && !this.mentions.at.has(j) && (HONORIFIC_NOUNS.has(tokens[j]!.text) || tokens[j]!.text === 'السيد' || tokens[j]!.text === 'السيدة') && (j === k || (tokens[j]!.gapBefore & ~Gap.Space) === 0)) j++;
    return j;
  }

  /**
   * «ثم استقبله الرئيس ماتاريلا مرحباً»: the person named right before the participle at i, with no punctuation
   * between, as the subject of a verb that holds its object as a pronoun (استقبله، التقاه، ودعها); null otherwise.
   */
  protected receiverBefore(i: number): string | null {
    const { tokens } = this.ctx;
    if ((tokens[i]!.gapBefore & ~Gap.Space) !== 0) return null;
    for (let j = i - 1; j >= 0 && j >= i - RECEIVER_REACH; j--) {
      const m = this.mentions.at.get(j);
      if (!m) continue;
      if (m.last !== i - 1) return null;
      // («استقبله الرئيس ماتاريلا»: a title may stand between the verb and the name.)
      for (let k = j - 1; k >= 0 && k >= j - TITLE_WORDS; k--) {
        if (tokens[k]!.stems.some((st) => RECEIVED_HIM.has(st.text))) return m.id;
        if ((tokens[k + 1]!.gapBefore & ~Gap.Space) !== 0) return null;
      }
      return null;
    }
    return null;
  }

  /** The speaker of words of the same sentence that token i stands inside, when another than `speaker`. */
  protected outerSpeaker(i: number, sentence: number, speaker: string): string | null {
    for (let n = this.drafts.length - 1; n >= 0; n--) {
      const d = this.drafts[n]!;
      if (d.sentence !== sentence) return null;
      if (d.start < 1 || d.start > i || d.speaker === null || d.joint || d.speaker === speaker) continue;
      // Only words opened by «أن» that run on to the verb unbroken («أن بوتين أطلع …»), not a clause after them («…، فيما أعرب …»).
      if (!this.isThat(this.ctx.tokens[d.start - 1]!)) return null;
      for (let j = d.start + 1; j <= i; j++) if ((this.ctx.tokens[j]!.gapBefore & ~Gap.Space) !== 0) return null;
      return d.outer ?? d.speaker;
    }
    return null;
  }

  /**
   * «وشدد الوزير على …، ودعا المجتمع الدولي إلى …»: a verb of appeal joined by «و» after a
   * comma shares the subject of the words before it, so the noun after it is the one
   * addressed, not an institution speaking.
   */
  protected addresseeAfterShared(trigger: Trigger, last: Draft | null, sentence: number): boolean {
    const token = this.ctx.tokens[trigger.verbToken]!;
    const verb = trigger.verb;
    if (!last || last.sentence !== sentence || last.speaker === null || !verb) return false;
    // «…، ودعا المجتمع الدولي إلى …», «…، كما دعا المجتمع الدولي إلى …».
    const before = this.ctx.tokens[trigger.verbToken - 1];
    const also = before !== undefined && ALSO.has(before.text) && (before.gapBefore & Gap.Comma) !== 0;
    if (!((token.text.startsWith('و') && (token.gapBefore & Gap.Comma) !== 0) || also) || this.nonPersonHeadAt(trigger.verbToken + 1, sentence)) return false;
    // «…، ووصف المحادثات بأنها …»: a verb with an object, joined after a comma, shares the subject too.
    if (verb.object) return true;
    if (verb.complement.size === 0) return false;
    // The preposition of the appeal follows the addressee closely: «دعا المجتمع الدولي إلى».
    for (let j = trigger.verbToken + 2; j <= trigger.verbToken + 4 && j < this.ctx.tokens.length; j++) {
      if (this.s.sentenceOf[j] !== sentence) return false;
      if (verb.complement.has(this.ctx.tokens[j]!.text)) return true;
    }
    return false;
  }

  /**
   * «ورحبت الولايات المتحدة بالتقارب، إذ قالت إنها …»: a sentence that opens on a verb
   * whose subject is a country or an institution is about them, so a verb later in it
   * with no subject does not continue the person quoted before.
   */
  protected ledByOther(sentence: number, verbToken: number): boolean {
    const { tokens } = this.ctx;
    const first = this.s.sentences[sentence]!.first;
    const subject = first + 1;
    if (subject >= verbToken || tokens[first]!.kind !== 'word' || this.mentions.at.has(subject)) return false;
    if (PREPOSITIONS.has(tokens[first]!.text) || this.isThat(tokens[first]!) || (tokens[subject]!.gapBefore & ~Gap.Space) !== 0) return false;
    return this.nonPersonHeadAt(subject, sentence) || INSTITUTION_HEADS.has(tokens[subject]!.text) || this.ctx.k.countryNames.matchAt(tokens, subject, { clitics: false }).length > 0;
  }

  /** «عن الجانبين», «عن الوزيرين» a few words after a verb of relaying: the token of the joint word. */
  protected relayedFromBoth(from: number, sentence: number): number | null {
    const { tokens } = this.ctx;
    for (let j = from; j < from + 8 && j < tokens.length - 1; j++) {
      if (this.s.sentenceOf[j] !== sentence || this.isThat(tokens[j]!)) return null;
      if (this.lexicon.relayFrom.has(tokens[j]!.text)) {
        const next = tokens[j + 1]!;
        return JOINT_SUBJECTS.has(next.text) && (next.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[j + 1] === sentence ? j + 1 : null;
      }
    }
    return null;
  }

  /** «نقل X عن Y قوله»: Y, the person the words come from. */
  protected relaySource(from: number, sentence: number): TokenMention | null {
    const { tokens } = this.ctx;
    for (let j = from; j < from + 8 && j < tokens.length - 1; j++) {
      if (this.s.sentenceOf[j] !== sentence || this.isThat(tokens[j]!)) return null;
      if (this.lexicon.relayFrom.has(tokens[j]!.text)) {
        // «عن وزير الخارجية حسين …»: a title of a few words may stand before the name.
        for (let k = j + 1; k <= j + 1 + RELAY_TITLE_WORDS && k < tokens.length; k++) {
          const token = tokens[k]!;
          // («عن «خامنئي» قوله …»: the name may be quoted.)
          if (this.s.sentenceOf[k] !== sentence || (token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || this.isThat(token)) break;
          if (this.lexicon.relaySaying.has(token.text)) break;
          // «عن البرهان تعبيره …»: the family name of someone the story named in full.
          const m = this.mentions.at.get(k) ?? this.familyNameAt(k);
          // «عن مسؤول رافق الوزير …»: the words are the unnamed official's, not the minister's.
          if (!m && k === j + 1 && this.isNonPersonHead(token)) break;
          if (m) return m;
        }
      }
    }
    return null;
  }

  /** «جدد بدر عبدالعاطي، وزير الخارجية والهجرة المصري، تأكيد …»: past a title between commas after the subject. */
  protected pastTitle(j: number, sentence: number): number {
    const token = this.ctx.tokens[j];
    if (!token || (token.gapBefore & Gap.Comma) === 0 || this.ctx.k.titles.matchAt(this.ctx.tokens, j).length === 0) return j;
    const close = this.closingComma(j, sentence);
    return close > j ? close : j;
  }
}
