/**
 * Where claims start: every speech verb, «بحسب X», a reporting noun, a name and a colon, the
 * bulleted lines under a header, each with the subject written before or after it (a trigger).
 */
import type { TokenMention } from '../mentionIndex.ts';
import { speechVerbAt, lightVerbAt, namedVerbAt, isSpeechNoun, isStatementNoun, conjunctionStems, accordingWordAt, type SpeechVerb } from '../speech.ts';
import { Gap, type Token } from '../../text/tokens.ts';
import { isActive } from '../../knowledge/terms.ts';
import { normalizeKey } from '../../text/normalize.ts';
import { defaultPlaces } from '../../entities/places.ts';
import { THAT, PREPOSITIONS } from './reading.ts';
import { HONORIFIC_PRONOUNS, joinedChain, DUAL_THAT, CIRCUMSTANTIAL, HONORIFIC_NOUNS, JOINT_SUBJECTS, jointSide, TOPIC_ASIDE_WORDS, FRAME, COURTESY, BARE_TITLES, RELATIVES, MAX_SUBJECT_DISTANCE, SubjectAfterVerb } from './subjectAfterVerb.ts';
import type { Trigger } from './drafts.ts';
import { SPOKESPERSON_WORDS, TOPIC_OPENERS, wordSet } from '../../text/lexicon.ts';

/** How far after a light verb inside quoted words its own subject may be named («قدم المبعوث الخاص ويتكوف …»). */
const QUOTED_SUBJECT_REACH = 4;

/**
 * Verbs of views meeting: «تطابقت», «تقاربت», «توافقت» (the ف or و of a clause before them read off). Not the verbal
 * nouns: «لافتا إلى تطابق رؤى البلدين» is inside the words of the one speaking.
 */
const CONVERGED = wordSet('تطابقت تقاربت توافقت');
/** What met: «وجهات (نظر)», «رؤى», «مواقف». */
const VIEWS = wordSet('وجهات رؤى مواقف');
const VIEWS_OF = normalizeKey('وجهات');
const SIGHT = normalizeKey('نظر');
/** Where what the views met on starts. */
const VIEWS_ABOUT = wordSet('حول بشأن إزاء تجاه في على');

/** Words of a title that may stand between a noun of speech and the name of the one who spoke. */
const REPORT_NOUN_TITLE = 4;
/** How many words of a day or a frame may stand between commas after that name, before «أن» («، مساء أمس الجمعة،»). */
const REPORT_NOUN_ASIDE = 6;
/** «بالقول», the words of a verb of manner («اكتفى», «علق», «رد»), normalised. */
const BY_SAYING = normalizeKey('بالقول');
/** How many words before «بالقول» its subject may stand («وعلق بيسكوف على ذلك بالقول»). */
const SAID_BY_WAY_REACH = 6;
/** How many words may stand between that subject and «بالقول» («على ذلك», «على سؤال صحفي»). */
const SAID_BY_WAY_AFTER_SUBJECT = 4;
/** How far after a verb that only opens a sentence («وبيّن») its «أن» may stand, past a subject and a frame. */
const SENTENCE_OPENING_REACH = 12;
/** How far back from a verb inside an institution's quotation its opening may be. */
const QUOTE_OPENING_REACH = 30;
/** Words of place, time or audience between a name and its colon in a headline («لافروف من واشنطن: …», «السيسي في المؤتمر الصحفي مع رئيس جنوب السودان: …»). */
const HEADLINE_FRAME_WORDS = 8;
/** Greetings and messages carried for someone: the person named after them is their sender, not a subject. */
const GREETINGS = wordSet('تحيات تحية تهاني رسالة رسائل');
/** How far before a person named in an apposition its opening comma may stand («، المقرب من الرئيس …»). */
const APPOSITION_REACH = 6;
/** «، وقائد قوات شرق ليبيا المشير خليفة حفتر،»: how many words of description may stand before a second person's title. */
const DESCRIPTION_BEFORE_TITLE = 6;
/** How far back the first of two people with their titles between commas may be named («أن فايز السراج، رئيس المجلس الرئاسي، و…»). */
const FIRST_OF_TWO_REACH = 14;
/** An imperfect verb of the third person («يبحث», «تبحث»), as a headline tells what someone does. */
const IMPERFECT = /^[يت].{2,}$/u;
const ACCORDING_DISTANCE = 8;
/** How many words an outlet's name may run to before «عن» and the one it relays («وكالات الأنباء الروسية عن …»). */
const RELAY_WORDS = 5;
const FROM_SOURCE = normalizeKey('عن');
/** A list whose header names nobody: its lines are the words of the one speaking. */
const SPEAKING = Symbol('speaking');
/** Verbs of a journey that a headline tells before its speaker's words: «روحاني يصل الكويت …: …». */
const JOURNEYS = wordSet('يصل تصل يغادر تغادر يزور تزور يختتم تختتم يبدأ تبدأ يتوجه تتوجه يحط تحط يحل تحل');
/** Verbs of receiving or meeting someone that a headline tells before its host's words: «بوتين يستقبل الملك سلمان: …». */
const RECEPTIONS = wordSet('يستقبل تستقبل يلتقي تلتقي يجتمع تجتمع يبحث تبحث استقبل استقبلت التقى التقت اجتمع اجتمعت');
/** «سبق لـ… أن»: it had happened before to … that. */
const HAD_HAPPENED = wordSet('سبق وسبق');
/** How many words of a title may stand between «سبق لـ» and the name. */
const HAD_TITLE_WORDS = 4;
/** How far after the verb of a relative clause its own subject may be named («الذي أعلن فيه الرئيس الروسي …»). */
const RELATIVE_SUBJECT_REACH = 4;
/** A preposition with a pronoun for the noun a relative clause describes: «الموقف الذي عبر عنه …». */
const BACK_REFERENCE = wordSet('عنه عنها به بها إليه إليها عليه عليها');
/** Words that open a question: «هل أبلغ …», «عما إذا كان …». */
/** «بالغ», «خالص», «جزيل», «عميق», «وافر»: adjectives in construct before a noun of feeling or thanks («بالغ شكره»). */
const INTENSIFIERS = wordSet('بالغ خالص جزيل عميق وافر');
const QUESTIONS = wordSet('هل إذا وهل');
/** Offices held in someone's service, named in construct with the one served: «مبعوث بوتين». */
const SERVING = new Set(['envoy', 'presidential-aide']);
/** A line break, then a bullet mark: a line of a list. */
const BULLET_LINE = /\n[ \t]*[-•*▪●][ \t]*$/;

/** Words that open a relative clause set between commas after a name: «كيري، الذي يزور …،». */
const RELATIVE_OPENERS = wordSet('الذي التي');
/** How many words such a clause may have before its closing comma. */
const RELATIVE_ASIDE_WORDS = 16;

/** Both sides of a meeting as the subject after a verb, in the nominative (not «البلدان»: the countries' stands are no one's words). */
const BOTH_SIDES_NAMED = wordSet('الجانبان الطرفان القائدان الزعيمان الرئيسان الوزيران الأميران العاهلان الملكان');

export abstract class TriggerFinder extends SubjectAfterVerb {
  /**
   * The person an apposition between commas describes, when mention m ends it: «ناريشكين، المقرب من الرئيس
   * فلاديمير بوتين،» → ناريشكين. Null when no person is named right before the opening comma, or another
   * person stands inside the apposition before m.
   */
  protected apposedTo(m: TokenMention): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[m.first];
    for (let c = this.titleStart(m); c >= 1 && c >= m.first - APPOSITION_REACH; c--) {
      if (this.s.sentenceOf[c] !== sentence) return null;
      if (c < m.first && this.mentions.at.has(c)) return null;
      if ((tokens[c]!.gapBefore & Gap.Comma) === 0) continue;
      const head = this.mentions.all.find((h) => h.last === c - 1);
      return head && !this.isObject(head) && head.id !== m.id ? head : null;
    }
    return null;
  }

  /** Whether «أن»/«إن» comes before token i in its sentence: the token is inside reported words. */
  /**
   * Whether verb i follows «أن» and one to three words that name nobody known (no person, no side of
   * the meeting, no institution), inside words a speech verb before reports.
   */
  protected unknownSubjectInWords(i: number): boolean {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[i]!;
    let that = -1;
    for (let j = i - 1; j >= i - 4 && j >= this.s.sentences[sentence]!.first; j--) {
      if (this.isThat(tokens[j]!)) {
        that = j;
        break;
      }
    }
    if (that < 0 || that === i - 1 || (tokens[i]!.gapBefore & ~Gap.Space) !== 0) return false;
    for (let j = that + 1; j < i; j++) {
      const t = tokens[j]!;
      if (this.mentions.at.has(j) || JOINT_SUBJECTS.has(t.text) || (t.gapBefore & ~Gap.Space) !== 0 || HONORIFIC_NOUNS.has(t.text) || HONORIFIC_PRONOUNS.has(t.text)) return false;
    }
    if (this.nonPersonHeadAt(that + 1, sentence) || this.reportedByInstitution(i)) return false;
    // Words reported before «أن»: a speech verb earlier in the sentence.
    for (let j = that - 1; j >= this.s.sentences[sentence]!.first; j--) if (speechVerbAt(this.lexicon, tokens[j]!)) return true;
    return false;
  }

  /**
   * Whether verb i opens a relative clause («الدول التي اعترفت …») inside the words of «أن» reported earlier in its
   * sentence, and the noun the clause describes is no person the story names.
   */
  protected relativeInWords(i: number): boolean {
    const { tokens } = this.ctx;
    const relative = tokens[i - 1];
    if (!relative || !RELATIVES.has(relative.text) || (tokens[i]!.gapBefore & ~Gap.Space) !== 0 || (relative.gapBefore & ~Gap.Space) !== 0) return false;
    if (this.s.sentenceOf[i - 2] !== this.s.sentenceOf[i] || this.mentionEndingAt(i - 2)) return false;
    // («وهو الاتصال الذي أكد خلاله أمير قطر …», «اليوم الذي أعلن فيه الرئيس …»: a person named after the verb of the clause
    // is its speaker, telling words of their own.)
    for (let j = i + 1; j <= i + RELATIVE_SUBJECT_REACH && j < tokens.length; j++) if (this.mentions.at.has(j)) return false;
    return this.afterThat(i - 1, true) && !this.reportedByInstitution(i);
  }

  /**
   * «أن الاجتماع لم يلغ كما قال الرئيس الأميركي، وأن …»: «كما» inside a clause compares with what
   * another said; the words around it stay the speaker's. Not «كما قال …» opening a sentence or after a
   * comma, which adds one more statement («also»).
   */
  protected comparative(i: number): boolean {
    const before = this.ctx.tokens[i - 1];
    if (!before || before.text !== 'كما' || (before.gapBefore & ~Gap.Space) !== 0 || (this.ctx.tokens[i]!.gapBefore & ~Gap.Space) !== 0) return false;
    return this.s.sentenceOf[i - 2] === this.s.sentenceOf[i] && this.afterThat(i);
  }

  /** «سبق لـX أن»: the person X when the verb at i follows it, else null. */
  protected saidBefore(i: number): TokenMention | null {
    const { tokens } = this.ctx;
    if (!THAT.has(tokens[i - 1]?.text ?? '')) return null;
    const m = this.mentionEndingAt(i - 2);
    if (!m || m.last !== i - 2) return null;
    if (m.clitic.endsWith('ل')) return HAD_HAPPENED.has(tokens[m.first - 1]?.text ?? '') ? m : null;
    // «سبق للرئيس الروسي فلاديمير بوتين أن …»: the title, with «لـ», before the name.
    for (let k = m.first - 1; k >= 1 && k >= m.first - HAD_TITLE_WORDS; k--) {
      if (HAD_HAPPENED.has(tokens[k - 1]!.text) && tokens[k]!.text.startsWith('ل') && this.ctx.k.titles.matchAt(tokens, k).length > 0) return m;
    }
    return null;
  }

  /** Whether reported words open («أن», a colon, a quote) within a few words from token j: «الذي قال عنه سموه إنه …». */
  protected wordsOpenSoon(j: number): boolean {
    const sentence = this.s.sentenceOf[j - 1];
    for (let k = j; k <= j + MAX_SUBJECT_DISTANCE + 3 && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if (this.isThat(this.ctx.tokens[k]!) || this.s.colonBefore(k) || this.opensQuote(k)) return true;
    }
    return false;
  }

  /** Whether a verb of speech comes before token i in its sentence (words are already being reported). */
  protected speechBefore(i: number): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) if (speechVerbAt(this.lexicon, this.ctx.tokens[j]!) || this.isThat(this.ctx.tokens[j]!)) return true;
    return false;
  }

  protected coordinatedBefore(subject: TokenMention): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[subject.first]!;
    // The «و» is on the subject's first word or on a title before it («والسلطان هيثم»).
    let j = subject.first;
    for (let back = 0; back < 3 && j > 0; back++) {
      if (tokens[j]!.text.startsWith('و') && (subject.clitic.includes('و') || j < subject.first)) break;
      j--;
    }
    for (let k = j - 1; k >= 0 && j - k <= 6 && this.s.sentenceOf[k] === sentence; k--) {
      const m = this.mentions.at.get(k) ?? this.mentionEndingAt(k);
      if (m && m.id !== subject.id) return m;
      if ((tokens[k + 1]!.gapBefore & ~Gap.Space) !== 0) break;
    }
    return null;
  }

  /**
   * «أن A، صفته، وB، توافقا/أكدا …»: the first of two people coordinated by «و» across the commas of
   * their titles, when the verb after the comma that closes B is a dual of speech and A opens the words
   * (after «أن»/«إن») or the sentence. Null otherwise.
   */
  protected commaListHead(subject: TokenMention, verbToken: number): TokenMention | null {
    const { tokens } = this.ctx;
    const token = tokens[verbToken]!;
    if ((token.gapBefore & ~(Gap.Space | Gap.Comma)) !== 0) return null;
    const verb = this.reportingVerbAt(verbToken);
    if (!verb || verb.participle || !this.dual(verbToken, verb)) return null;
    if (token.text !== conjunctionStems(token).at(-1)) return null;
    // The «و» opens the second one's description after a comma: «، وقائد قوات شرق ليبيا المشير خليفة حفتر،».
    const titleStart = this.titleStart(subject);
    let start = titleStart;
    while (start > 0 && titleStart - start < DESCRIPTION_BEFORE_TITLE && (tokens[start]!.gapBefore & Gap.Comma) === 0) start--;
    if (!tokens[start]!.text.startsWith('و') || (tokens[start]!.gapBefore & Gap.Comma) === 0) return null;
    const sentence = this.s.sentenceOf[start]!;
    const first = this.s.sentences[sentence]!.first;
    for (let k = start - 1; k >= first && start - k <= FIRST_OF_TWO_REACH; k--) {
      const m = this.mentions.at.get(k);
      if (!m || m.id === subject.id || this.isObject(m)) continue;
      const opens = this.titleStart(m);
      if (opens === first || this.isThat(tokens[opens - 1]!)) return m;
    }
    return null;
  }

  /** «X وهو يؤكد …»: the person named right before «وهو/وهي» (a few words back, in the sentence), or null. */
  protected circumstantialSubject(i: number): TokenMention | null {
    const { tokens } = this.ctx;
    if (!CIRCUMSTANTIAL.has(tokens[i - 1]?.text ?? '') || (tokens[i]!.gapBefore & ~Gap.Space) !== 0) return null;
    const sentence = this.s.sentenceOf[i]!;
    const first = this.s.sentences[sentence]!.first;
    const m = this.mentionEndingAt(i - 2);
    return m && m.first >= first ? m : null;
  }

  /** «: «أكدت …»», «: «توافقنا …»»: a past verb in the first person (ت, نا) that opens a quotation right after a colon, with no subject after it. */
  protected firstPersonOpeningQuote(i: number): boolean {
    const { tokens } = this.ctx;
    if (!this.opensQuote(i) || !this.s.colonBefore(i)) return false;
    const word = conjunctionStems(tokens[i]!).at(-1) ?? '';
    if (!/(?:ت|نا)$/.test(word)) return false;
    const next = i + 1;
    return !(this.mentions.at.has(next) || this.nonPersonHeadAt(next, this.s.sentenceOf[i]!));
  }

  /**
   * «أما X، …، فقال»: the verb with ف right after the comma that closes the aside after X, or -1. With no aside,
   * right after X's own comma: «أما لافروف، فاتهم الغرب …» (the noun after a verb that takes an object is no subject).
   */
  protected topicVerbAfterAside(m: TokenMention): number {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[m.first];
    for (let j = m.last + 1; j < tokens.length && j <= m.last + TOPIC_ASIDE_WORDS && this.s.sentenceOf[j] === sentence; j++) {
      const token = tokens[j]!;
      if ((token.gapBefore & Gap.Comma) === 0 || !token.text.startsWith('ف')) continue;
      const verb = this.reportingVerbAt(j);
      return verb && !verb.participle ? j : -1;
    }
    return -1;
  }

  /**
   * The reporting verb after «قد» right after a relative clause that opens at token `at` after a comma («، الذي …،
   * قد دعا»), the clause closed by a comma within a few words and holding no verb of speech itself; -1 when none.
   */
  protected verbAfterRelativeAside(at: number): number {
    const { tokens } = this.ctx;
    const opener = tokens[at];
    if (!opener || (opener.gapBefore & Gap.Comma) === 0 || !RELATIVE_OPENERS.has(opener.text)) return -1;
    const sentence = this.s.sentenceOf[at];
    for (let j = at + 1; j < tokens.length && j <= at + RELATIVE_ASIDE_WORDS && this.s.sentenceOf[j] === sentence; j++) {
      const t = tokens[j]!;
      if ((t.gapBefore & Gap.Comma) === 0) {
        if (this.reportingVerbAt(j)) return -1;
        continue;
      }
      // (Only «قد» and the verb: «وكان X، الذي …، قد دعا»; a verb right after the comma is as often the clause's own
      // sentence going on about another.)
      if (t.text !== 'قد') return -1;
      const k = j + 1;
      const verb = tokens[k] ? this.reportingVerbAt(k) : null;
      return verb && !verb.participle && !verb.present ? k : -1;
    }
    return -1;
  }

  // Triggers ----------------------------------------------------------------------------------------

  protected findTriggers(): Trigger[] {
    const { tokens } = this.ctx;
    const triggers: Trigger[] = [];
    const svVerbs = new Map<number, TokenMention>();
    const svBoundary = new Map<number, number>();
    const svPairs = new Map<number, TokenMention>();
    for (const m of this.mentions.all) {
      if (this.isObject(m)) continue;
      let next = m.last + 1;
      if (tokens[next]?.text === 'قد') next++;
      const token = tokens[next];
      if (!token) continue;
      if ((token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) {
        // «أما بري، الذي كان أول من التقاهم بومبيو، فقال إن …»: the topic «أما» opens is the subject of the verb
        // with ف that follows the aside, whoever the aside names.
        const afterAside = TOPIC_OPENERS.has(tokens[this.titleStart(m) - 1]?.text ?? '') ? this.topicVerbAfterAside(m) : -1;
        if (afterAside >= 0 && !svVerbs.has(afterAside)) {
          svVerbs.set(afterAside, m);
          svBoundary.set(afterAside, afterAside);
          continue;
        }
        // «وكان كيري، الذي يزور العاصمة الروسية هذا الأسبوع، قد دعا …»: a relative clause between commas, then the
        // verb (after «قد»): the one the clause describes is its subject.
        const afterRelative = this.verbAfterRelativeAside(next);
        if (afterRelative >= 0 && !svVerbs.has(afterRelative)) {
          svVerbs.set(afterRelative, m);
          svBoundary.set(afterRelative, this.titleStart(m));
          continue;
        }
        // «أن فايز السراج، رئيس المجلس الرئاسي، والمشير خليفة حفتر، توافقا على …»: two people with their
        // titles between commas, then the dual verb after the comma that closes the second.
        const head = this.commaListHead(m, next);
        if (head) {
          svVerbs.set(next, m);
          svPairs.set(next, head);
          svBoundary.set(next, this.titleStart(head));
        }
        continue;
      }
      // «وكان ناريشكين، المقرب من الرئيس فلاديمير بوتين، قد صرح …»: a person named inside an apposition between
      // commas is not the subject; the one the apposition describes is.
      const described = (tokens[m.last + 1]!.gapBefore & Gap.Comma) !== 0 ? this.apposedTo(m) : null;
      if (described && this.reportingVerbAt(next) && !svVerbs.has(next)) {
        svVerbs.set(next, described);
        svBoundary.set(next, this.titleStart(described));
        continue;
      }
      const verb = this.reportingVerbAt(next);
      // «أما روبيو فوصف …»: after a topic opened by «أما», the verb carries ف.
      const topic = TOPIC_OPENERS.has(tokens[this.titleStart(m) - 1]?.text ?? '') && token.text.startsWith('ف');
      // «بوتين يؤكد …»: an imperfect form only after a subject that opens its sentence, as in a headline
      // («رسالة إلى المرشد علي خامنئي يدعو فيها …» is the sender's words, not the addressee's).
      // («بوتين وترمب يتفقان على …»: the first of two coordinated subjects opens it.)
      const sentenceFirst = this.s.sentences[this.s.sentenceOf[m.first]!]!.first;
      const head = verb?.present && this.titleStart(m) !== sentenceFirst && m.clitic.includes('و') ? this.coordinatedBefore(m) : null;
      const opens =
        !verb?.present ||
        this.titleStart(m) === sentenceFirst ||
        this.titleOpensLine(m, sentenceFirst) ||
        (head !== null && this.titleStart(head) === sentenceFirst && this.dual(next, verb));
      if (verb && !verb.participle && opens && (token.text === conjunctionStems(token).at(-1) || topic) && !svVerbs.has(next)) svVerbs.set(next, m);
      else continue;
      svBoundary.set(next, this.titleStart(m));
    }
    // «أمير قطر يبحث مع بايدن مستجدات غزة ويطالب بوقف فوري …»: a second imperfect verb joined by «و» in a
    // sentence that opens with a name and its imperfect verb (a headline) has that name as its subject too.
    for (const m of this.mentions.all) {
      if (this.isObject(m)) continue;
      const sentence = this.s.sentenceOf[m.first]!;
      const { first, last } = this.s.sentences[sentence]!;
      const opener = tokens[m.last + 1];
      if ((this.titleStart(m) !== first && !this.titleOpensLine(m, first)) || !opener || (opener.gapBefore & ~Gap.Space) !== 0 || !IMPERFECT.test(opener.text)) continue;
      for (let j = m.last + 2; j <= last; j++) {
        // «عبد العاطي يستقبل وزير الخارجية الصومالي ويؤكد …»: the one named right after the first verb is its object.
        // («الرئيس السيسي يستقبل الرئيس اللبناني جوزاف عون … ويؤكد …»: with its title before it.)
        const other = this.mentions.at.get(j);
        if (other && this.titleStart(other) === m.last + 2) {
          j = other.last;
          continue;
        }
        // («عبد العاطي ينقل تحيات السيسي إلى موسيفيني ويقترح …»: the sender of the greetings carried is no new subject.)
        if (other && !this.isObject(other) && !GREETINGS.has(tokens[j - 1]?.text ?? '')) break;
        if (other) {
          j = other.last;
          continue;
        }
        const token = tokens[j]!;
        if (!token.text.startsWith('و') || svVerbs.has(j)) continue;
        const verb = this.reportingVerbAt(j);
        if (verb?.present && token.text !== conjunctionStems(token).at(-1)) {
          svVerbs.set(j, m);
          svBoundary.set(j, j);
          break;
        }
      }
    }
    const listed = this.listedStatements();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const lister = listed.get(i);
      if (lister) {
        // A header that names nobody («وأورد الأمير في حديثه النقاط التالية:») gives the list to the one speaking.
        const subject = lister === SPEAKING ? null : lister;
        triggers.push({ verbToken: i, verb: null, boundary: i, subject, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null, colon: true, listed: true, ...(subject ? {} : { continues: true }) });
        continue;
      }
      if (token.skip || token.kind !== 'word') continue;
      // Words inside a quotation are the quoted speaker's, except a person named speaking in an institution's
      // quoted statement («ذكرت وزارة الدفاع أن "أوستن أكد في اتصاله ضرورة …"», «وجاء في بيان الوزارة: "… ونوه
      // لافروف بأن …"»): the institution relays them.
      if (this.inQuote(i) && !(svVerbs.has(i) && this.reportedByInstitution(i)) && !(this.namedRightAfter(i) && this.quotedFromInstitution(i)) && !this.jointOpensInstitutionQuote(i)) continue;
      const verb = this.reportingVerbAt(i);
      // «وقال الزعيم الصيني، بحسب ما نقلت وكالة شينخوا، إن …»: the verb of the channel set between commas relays the
      // words of the sentence's speaker; it opens no words of its own.
      if (verb && tokens[i - 1]?.text === 'ما' && this.channelAsideAt(i - 2, this.s.sentenceOf[i]!) > i) continue;
      // «موضحا: «جددت التأكيد على …»», «وأضاف: «أكدنا …»»: a verb in the first person that opens the quotation
      // after a colon is the quoted speaker's own word, not a new report.
      if (verb && this.firstPersonOpeningQuote(i)) continue;
      // «وسئل أوشاكوف هل أبلغ ترامب بوتين …»: a question asked is nobody's statement.
      if (verb && QUESTIONS.has(tokens[i - 1]?.text ?? '')) continue;
      // «على توجيه بالغ شكرهما لخادم الحرمين»: after «بالغ», «خالص», «جزيل» the word is a noun in construct (their
      // thanks), not a verb with its object («شكرهما», he thanked them).
      if (verb && INTENSIFIERS.has(tokens[i - 1]?.text ?? '') && (token.gapBefore & ~Gap.Space) === 0) continue;
      // «وقدّر الملك الموقف الذي عبر عنه عبد المهدي»: a verb of speech in a clause describing what it refers back to
      // («عنه») tells nothing new; the sentence's own speaker goes on.
      if (verb && RELATIVES.has(tokens[i - 1]?.text ?? '') && BACK_REFERENCE.has(tokens[i + 1]?.text ?? '') && !this.wordsOpenSoon(i + 2)) continue;
      // «أن البرازيل في مقدمة الدول التي اعترفت بالدولة الفلسطينية»: inside words already reported, a relative clause
      // describing no person the story names is part of those words, not a new report.
      if (verb && !verb.participle && this.relativeInWords(i)) continue;
      if (verb && !this.isPassive(i) && !this.afterPreposition(i) && !this.comparative(i)) {
        const before = svVerbs.get(i);
        // «وسجلت الميكروفونات أوباما وهو يؤكد لنظيره أنه …»: an imperfect form after «وهو» tells what the person
        // named just before was saying.
        const saying = verb.present && !before ? this.circumstantialSubject(i) : null;
        if (saying) {
          triggers.push({ verbToken: i, verb, boundary: i - 1, subject: saying, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null });
          continue;
        }
        // «مما يؤكد أن …»: an imperfect form reports only after its subject («بوتين يؤكد …»).
        // («أن الوزيرين يقران بأن …», «وأنهما يؤكدان …»: or after both sides named by a joint word or a dual pronoun
        // in the words of «أن», as a joint declaration is retold.)
        if (verb.present && !before && !this.jointPresent(i, verb)) continue;
        // «قال X إن الجانبين اتفقا على …»: what the sides agreed, inside words already reported, stays in them.
        // «وأفاد البيت الأبيض بأن الرئيسين توافقا على …»: an institution tells what the sides agreed: their words.
        if (verb.opening && this.afterThat(i) && !this.reportedByInstitution(i)) continue;
        // «في حين سبق للافروف أن أبدى تحفظه …», «سبق لبوتين أن أكد أن …»: the one it had happened to before is the subject.
        const earlier = before ? null : this.saidBefore(i);
        if (earlier) {
          triggers.push({ verbToken: i, verb, boundary: earlier.first, subject: earlier, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null });
          continue;
        }
        if (before) {
          // «وكان بايدن وتميم والسيسي قد دعوا …»: a plural verb after people joined by «و» is all of theirs.
          const plural = !verb.participle && tokens[i]!.text.endsWith('وا');
          const pair = svPairs.get(i) ?? (this.dual(i, verb) || plural ? this.coordinatedBefore(before) : null);
          const also = plural && pair ? joinedChain(before, pair, (m) => this.coordinatedBefore(m)) : [];
          // «أن السراج وحفتر أكدا …»: the words before end before the first of the two.
          const boundary = Math.min(svBoundary.get(i) ?? before.first, pair ? this.titleStart(pair) : Infinity, ...also.map((x) => this.titleStart(x)));
          triggers.push({ verbToken: i, verb, boundary, subject: before, institution: false, contentBefore: false, pronoun: false, joint: false, pair, ...(also.length ? { also } : {}) });
        }
        // «وأوضح السفير أن بيرييلو طرح مقترحات …», «أن الجانب الأمريكي تعهد بـ…»: inside words already
        // reported, a verb whose subject is nobody the story knows stays in those words.
        else if (!verb.participle && this.unknownSubjectInWords(i)) continue;
        else {
          const first = this.verbFirst(i, verb);
          if (!first.insideWords) triggers.push(first);
        }
        continue;
      }
      const according = this.according(i);
      if (according) triggers.push(according);
      const reported = this.reportNoun(i) ?? this.saidByWay(i);
      if (reported) triggers.push(reported);
      const colon = this.nameAndColon(i);
      if (colon) triggers.push(colon);
      const views = this.viewsConverged(i);
      if (views) triggers.push(views);
    }
    return triggers;
  }

  /**
   * «تطابقت وجهات نظر الوزيرين حول ضرورة …», «تقاربت رؤى الجانبين بشأن …»: the two sides' views met on what follows
   * the preposition, which are their joint words (the way Algerian and Gulf agencies tell what both said).
   */
  private viewsConverged(i: number): Trigger | null {
    const { tokens } = this.ctx;
    if (!CONVERGED.has(conjunctionStems(tokens[i]!).at(-1) ?? '') || this.isThat(tokens[i - 1] ?? tokens[i]!)) return null;
    let j = i + 1;
    if (!VIEWS.has(tokens[j]?.text ?? '')) return null;
    if (tokens[j]!.text === VIEWS_OF && tokens[j + 1]?.text === SIGHT) j++;
    const side = tokens[j + 1];
    const about = tokens[j + 2];
    if (!side || !about || !JOINT_SUBJECTS.has(side.text) || !VIEWS_ABOUT.has(about.text) || this.s.sentenceOf[j + 2] !== this.s.sentenceOf[i]) return null;
    if ([j, j + 1, j + 2].some((k) => (tokens[k]!.gapBefore & ~Gap.Space) !== 0)) return null;
    return { verbToken: i, verb: null, boundary: i, subject: null, institution: false, contentBefore: false, pronoun: false, joint: jointSide(side.text), pair: null, subjectLast: j + 2 };
  }

  /**
   * Whether the token at i opens its sentence and «أن» follows within the reach of a subject and a frame («وبيّن آبي
   * أحمد، في منشور على منصة "إكس"، أن …»), before any other verb of speech («وبين الطرفين، أكد الوزير أن …» is between).
   */
  private opensWithThat(i: number): boolean {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[i]!;
    if (this.s.sentences[sentence]!.first !== i) return false;
    for (let j = i + 1; j <= i + SENTENCE_OPENING_REACH && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (this.isThat(tokens[j]!)) return true;
      if (speechVerbAt(this.lexicon, tokens[j]!)) return false;
    }
    return false;
  }

  /** Whether a person is named within a few words after the verb at i, in its sentence: its subject. */
  private namedAfter(i: number): boolean {
    for (let j = i + 1; j <= i + QUOTED_SUBJECT_REACH && j < this.ctx.tokens.length && this.s.sentenceOf[j] === this.s.sentenceOf[i]; j++) if (this.mentions.at.has(j)) return true;
    return false;
  }

  /**
   * The speech verb at token i, or a light verb («تقدم», «قدم», «وجه») when one of its nouns of
   * speech follows within the reach of a subject and a frame («وتقدم جلالة الملك بالشكر …»).
   */
  protected reportingVerbAt(i: number): SpeechVerb | null {
    const { tokens } = this.ctx;
    const token = tokens[i];
    if (!token) return null;
    const verb = speechVerbAt(this.lexicon, token);
    if (verb) return verb;
    // «وصفها لافروف بأنها …»; without the name after it («…، ووصفها بأنها …») the words before go on.
    const named = namedVerbAt(this.lexicon, token);
    // «هاجمت الوزيرة موقف أديس أبابا، ووصفته بأنه …»: with no words reported yet in the sentence, the sentence's subject speaks.
    // («وأبرز السيد ماكرون …»: past an honorific of courtesy.)
    // «وبيّن الشرع أن …», «وبين أن …»: «بين» is the preposition anywhere but at a sentence's head with «أن» after it.
    if (named?.sentenceOpening) return this.opensWithThat(i) ? named : null;
    if (named) {
      const nameAt = COURTESY.has(this.ctx.tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
      // («وأبرز المسؤولان "…"», «وسجل الجانبان أن …»: the two sides, named as such, are a speaker named.)
      const sides = JOINT_SUBJECTS.has(this.ctx.tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i];
      return this.mentions.at.has(i + 1) || this.mentions.at.has(nameAt) || sides || (named.object && !this.speechBefore(i)) ? named : null;
    }
    const light = lightVerbAt(this.lexicon, token);
    // «وأضافت: "قدم المبعوث الخاص ويتكوف للنظام الإيراني عرضا دقيقا …"»: inside quoted words, a light verb with someone
    // named as its subject is what the one quoted tells of, not a report of its own («أن الوزير "قدّم تعازيه …"» is his).
    if (!light || (this.s.insideQuotation(i, i) && this.namedAfter(i))) return null;
    // «…، مجددا التزام بلاده»: a participle that is also the adverb «again» («أكد مجددا أن») reports
    // only after a comma and with its noun right after it.
    if (light.participle) return (token.gapBefore & Gap.Comma) !== 0 && tokens[i + 1] !== undefined && isSpeechNoun(light, tokens[i + 1]!) ? light : null;
    const sentence = this.s.sentenceOf[i];
    for (let j = i + 1; j <= i + MAX_SUBJECT_DISTANCE && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (isSpeechNoun(light, tokens[j]!)) return light;
      if ((tokens[j]!.gapBefore & Gap.Comma) !== 0) {
        // «وجهت المفوضة الأوروبية للشؤون الداخلية، إيلفا يوهانسون، الشكر إلى …»: the subject's name between commas,
        // then the noun.
        const m = this.mentions.at.get(j);
        const after = m ? tokens[m.last + 1] : undefined;
        return after && (after.gapBefore & Gap.Comma) !== 0 && this.s.sentenceOf[m!.last + 1] === sentence && isSpeechNoun(light, after) ? light : null;
      }
      if (this.isThat(tokens[j]!)) break;
    }
    return null;
  }

  /**
   * «وهذه أبرز ما جاء في تصريحات رئيس الدبلوماسية الروسية:» and then one statement per bulleted
   * line, as RT Arabic and Sputnik print a press conference or a speech: each line of the list is
   * the words of the person the header names. The first token of each line → that person.
   */
  protected listedStatements(): Map<number, TokenMention | typeof SPEAKING> {
    const { tokens } = this.ctx;
    const out = new Map<number, TokenMention | typeof SPEAKING>();
    let lister: TokenMention | typeof SPEAKING | null = null;
    for (let i = 1; i < tokens.length; i++) {
      if ((tokens[i]!.gapBefore & Gap.Newline) === 0) continue;
      if (!this.bulletBefore(i)) {
        lister = null;
        continue;
      }
      if (!lister && this.s.colonBefore(i)) lister = this.listHeader(this.s.sentenceOf[i - 1]!);
      if (lister) out.set(i, lister);
    }
    return out;
  }

  /** Whether a line opens with a bullet («- », «• ») just before token i. */
  protected bulletBefore(i: number): boolean {
    const text = this.ctx.norm.text.slice(this.ctx.tokens[i - 1]!.end, this.ctx.tokens[i]!.start);
    return BULLET_LINE.test(text);
  }

  /** The person a list's header gives the statements to: the first one named after a noun of statement or a speech verb. */
  protected listHeader(sentence: number): TokenMention | typeof SPEAKING | null {
    const { tokens } = this.ctx;
    const { first, last } = this.s.sentences[sentence]!;
    for (let j = first; j <= last; j++) {
      if (!isStatementNoun(this.lexicon, tokens[j]!) && !speechVerbAt(this.lexicon, tokens[j]!)) continue;
      for (let k = j + 1; k <= last; k++) {
        const m = this.mentions.at.get(k);
        if (m && !this.s.insideQuotation(m.first, m.last)) return m;
      }
      // «وأورد الرئيس في حديثه النقاط التالية:»: nobody after the noun; the one named before it speaks,
      // else (a bare title, a pronoun: «حديثه») the one speaking.
      for (let k = j - 1; k >= first; k--) {
        const m = this.mentions.at.get(k) ?? this.mentionEndingAt(k);
        if (m && !this.s.insideQuotation(m.first, m.last) && !this.isObject(m)) return m;
      }
      return SPEAKING;
    }
    return null;
  }

  /** «لافروف: …», «وزير الخارجية الروسي: …»: a person named first in a sentence, then a colon. */
  protected nameAndColon(i: number): Trigger | null {
    const m = this.mentions.at.get(i) ?? this.servantOf(i);
    // «… مليار دولار للبنان... وماكرون: يجب أن …»: a headline's second part opens with «و».
    if (!m || (m.clitic !== '' && m.clitic !== 'و')) return null;
    const sentence = this.s.sentenceOf[i]!;
    // «الرئيس السيسي في …: …»: a bare title before the name opens the sentence too.
    const first = this.s.sentences[sentence]!.first;
    // «جلالة السلطان للرئيس الإيراني: …»: or an honorific and a title before it at the head of the line.
    const start = (first === this.titleStart(m) - 1 && BARE_TITLES.has(this.ctx.tokens[first]!.text)) || this.titleOpensLine(m, first) ? first : this.titleStart(m);
    if (start !== first) return null;
    // «السيسي وحفتر: …», «شولتس وأمير قطر: …»: two people joined by «و» before the colon speak the words together.
    const partner = this.mentions.at.get(m.last + 1) ?? null;
    const pair = partner && partner.clitic === 'و' && partner.id !== m.id && (this.ctx.tokens[partner.first]!.gapBefore & ~Gap.Space) === 0 ? partner : null;
    const next = this.colonAfterFrame((pair ?? m).last + 1, sentence);
    if (next < 0) return null;
    // (As with a dual verb, `pair` holds the first named and `subject` the second: the claim's speaker is the first.)
    return { verbToken: next - 1, verb: null, boundary: start, subject: pair ?? m, institution: false, contentBefore: false, pronoun: false, joint: false, pair: pair ? m : null, colon: true };
  }

  /**
   * «مبعوث بوتين في واشنطن: …»: one word of an office in someone's service, in construct with the one served,
   * opening a sentence, stands for the one person of the article who holds that office for that country.
   * Nobody when none or two do.
   */
  protected servantOf(i: number): TokenMention | null {
    const { tokens, k } = this.ctx;
    // (The person right after first: most tokens have none, and need no walk of the titles.)
    const principal = this.mentions.at.get(i + 1);
    if (!principal || principal.clitic !== '' || tokens[i]!.text.startsWith('ال') || (tokens[i + 1]!.gapBefore & ~Gap.Space) !== 0) return null;
    const title = k.titles.matchAt(tokens, i, { clitics: false }).find((t) => t.last === i);
    if (!title) return null;
    const roles = title.values.map((d) => d.role);
    if (!roles.every((r) => SERVING.has(r))) return null;
    const countries = new Set(k.people.get(principal.id)?.terms.filter((t) => isActive(t, this.ctx.date)).map((t) => t.country) ?? []);
    const holders = new Set(this.mentions.all.filter((x) => x.id !== principal.id && [...countries].some((c) => this.holds(x.id, roles, c))).map((x) => x.id));
    return holders.size === 1 ? { id: [...holders][0]!, first: i, last: principal.last, clitic: '' } : null;
  }

  /**
   * The token after the colon that follows a name at once or after a short frame of place,
   * time or audience, as headlines write it: «لافروف من واشنطن: …», «روبيو بعد لقاء بوريطة: …»,
   * «بوتين للملك سلمان: …». -1 when no such colon.
   */
  protected colonAfterFrame(next: number, sentence: number): number {
    const { tokens } = this.ctx;
    if (next >= tokens.length || this.s.sentenceOf[next] !== sentence) return -1;
    if (this.s.colonBefore(next)) return next;
    const first = tokens[next]!;
    // «روحاني يصل الكويت قادما من مسقط: …»: a journey told before the colon, with nobody else named in it, is a frame too.
    const journey = JOURNEYS.has(first.text);
    // «بوتين يستقبل الملك سلمان في الكرملين: زيارتكم حدث بارز …»: a reception or talks told before the colon, with the
    // guest named in it, is the host's frame: the words after the colon are the host's.
    const receives = RECEPTIONS.has(first.text);
    // «بوريطة بدكار: …»: a place with «ب» («in Dakar») is a frame too.
    const inPlace =
      first.text.startsWith('ب') &&
      first.stems.some((st) => st.prefix === 1) &&
      (defaultPlaces().matchAt(this.ctx.tokens, next).length > 0 || this.ctx.k.countryNames.matchAt(this.ctx.tokens, next).length > 0);
    const frame = journey || receives || inPlace || PREPOSITIONS.has(first.text) || FRAME.has(first.text) || (first.text.startsWith('ل') && first.stems.some((st) => st.prefix === 1));
    if (!frame || (first.gapBefore & ~Gap.Space) !== 0) return -1;
    for (let j = next + 1; j <= next + HEADLINE_FRAME_WORDS && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (this.s.colonBefore(j)) return j;
      const token = tokens[j]!;
      if ((token.gapBefore & ~Gap.Space) !== 0 || this.isThat(token) || speechVerbAt(this.lexicon, token) || (journey && this.mentions.at.has(j))) return -1;
    }
    return -1;
  }

  /** «أعلنه», «قالته», «أكدته»: a verb of saying with the pronoun of what was said (after «وفق ما», «بحسب ما»). */
  protected saidIt(token: Token | undefined): boolean {
    if (!token) return false;
    const bare = /^(.{2,}?)(ه|ها)$/.exec(token.text)?.[1];
    if (!bare) return false;
    // «قاله» is «قال» + «ه»; «أعلنته» is «أعلنت» + «ه» (a woman said it).
    return this.lexicon.verbs.has(bare);
  }

  /** Where the person starts after «عن» when an outlet or agency stands at `from` («وكالات الأنباء الروسية عن …»), or null. */
  private relayedFrom(from: number, sentence: number): number | null {
    const { tokens } = this.ctx;
    if (this.mentions.at.has(from) || !tokens[from] || !this.isNonPersonHead(tokens[from]!)) return null;
    for (let j = from + 1; j < tokens.length && j <= from + RELAY_WORDS; j++) {
      if (this.s.sentenceOf[j] !== sentence || (tokens[j]!.gapBefore & ~Gap.Space) !== 0 || this.mentions.at.has(j)) return null;
      if (tokens[j]!.text === FROM_SOURCE) return j + 1;
    }
    return null;
  }

  /** «بحسب لافروف», «وفقا للمتحدث …»: an according-to phrase naming a person. */
  protected according(i: number): Trigger | null {
    const { tokens } = this.ctx;
    const token = tokens[i]!;
    if (!accordingWordAt(this.lexicon, token)) return null;
    const sentence = this.s.sentenceOf[i]!;
    // «وفق ما أعلنه وزير الخارجية …», «بحسب ما قالته …»: the verb of saying with its pronoun, then the one who said it.
    let from = i + 1;
    if (tokens[from]?.text === 'ما' && this.saidIt(tokens[from + 1])) {
      from += 2;
      // «وبحسب ما نقلته وكالات الأنباء الروسية عن المتحدثة … ماريا زاخاروفا، فإن …»: the outlet relays, the one
      // after «عن» said it.
      const relayed = this.relayedFrom(from, sentence);
      if (relayed !== null) from = relayed;
    }
    // «بحسب المتحدث باسم الخارجية التركية فلان»: a title of a few words may come before the name.
    for (let j = from; j <= from - 1 + ACCORDING_DISTANCE && j < tokens.length; j++) {
      const word = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || word.text === 'ما' || (j > from && (word.gapBefore & Gap.Comma) !== 0)) return null;
      // «بحسب بيان …», «وفق وزارة …»: the words are an institution's.
      if (this.isThat(word) || RELATIVES.has(word.text) || (j === from && !this.mentions.at.has(j) && this.isNonPersonHead(word))) return null;
      // «حسبما نقلت وكالة … عن X»: the verb gives the claim, with its relay.
      if (!this.mentions.at.has(j) && speechVerbAt(this.lexicon, word)) return null;
      const m = this.mentions.at.get(j);
      if (m) {
        const atStart = i - this.s.sentences[sentence]!.first <= 1;
        return { verbToken: i, verb: null, boundary: i, subject: m, institution: false, contentBefore: !atStart, pronoun: false, joint: false, pair: null };
      }
    }
    return null;
  }

  /**
   * «بعد ساعات من إعلان الرئيس الأوكراني فولوديمير زيلينسكي أن …», «إثر قول بايدن إنه …»: a verbal
   * noun of speech whose genitive is a person, then «أن/إن»: that person's words, told in the background.
   */
  protected reportNoun(i: number): Trigger | null {
    const { tokens } = this.ctx;
    if (!this.lexicon.reportNouns.has(tokens[i]!.text)) return null;
    // «وأضاف أن إقرار زيلينسكي بأن …»: what someone said, told inside another's words, stays those words.
    if (this.afterThat(i) && !this.reportedByInstitution(i)) return null;
    const sentence = this.s.sentenceOf[i]!;
    // A title of a few words may come between the noun and the name («إعلان الرئيس الأوكراني فولوديمير زيلينسكي»).
    // («إعلان المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، مساء أمس الجمعة، أن …»: the name between commas
    // after the title, and the day between commas before «أن».)
    let m: TokenMention | undefined;
    let reach = i + 1 + REPORT_NOUN_TITLE;
    for (let j = i + 1; j <= reach && j < tokens.length && !m; j++) {
      const gap = tokens[j]!.gapBefore & ~Gap.Space;
      if ((gap !== 0 && (gap !== Gap.Comma || j === i + 1)) || this.isThat(tokens[j]!) || speechVerbAt(this.lexicon, tokens[j]!)) return null;
      m = this.mentions.at.get(j);
      if (!m && gap === Gap.Comma) return null;
      if (gap === Gap.Comma) reach++;
    }
    // («في تصريح صحفي أدلى به عقب اجتماعه بالشيباني، إن …»: a person after a preposition is not the noun's genitive.)
    if (!m || /^[وف]?[بل]/.test(m.clitic)) return null;
    let at = m.last + 1;
    if (tokens[at] && (tokens[at]!.gapBefore & ~Gap.Space) === Gap.Comma && !this.isThat(tokens[at]!)) {
      for (let k = at; k < tokens.length && k <= m.last + REPORT_NOUN_ASIDE; k++) {
        if (k > at && (tokens[k]!.gapBefore & ~Gap.Space) === Gap.Comma && this.isThat(tokens[k]!)) {
          at = k;
          break;
        }
        if ((k > at && (tokens[k]!.gapBefore & ~Gap.Space) !== 0) || this.mentions.at.has(k) || this.isThat(tokens[k]!) || speechVerbAt(this.lexicon, tokens[k]!)) return null;
      }
    }
    const that = tokens[at];
    if (!that || this.s.sentenceOf[at] !== sentence || (that.gapBefore & (Gap.Stop | Gap.Newline | Gap.Quote)) !== 0 || !this.isThat(that)) return null;
    return { verbToken: i, verb: null, boundary: i, subject: m, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null };
  }

  /**
   * «واكتفى الإبراهيمي بالقول إن …», «وعلق بيسكوف على ذلك بالقول: …»: «بالقول» before «إن», a colon or a quote, after a
   * verb of manner whose subject the sentence named within a few words before it (not an object: «رد على لافروف»).
   */
  protected saidByWay(i: number): Trigger | null {
    const { tokens } = this.ctx;
    if (tokens[i]!.text !== BY_SAYING) return null;
    const next = tokens[i + 1];
    if (!next || !(this.isThat(next) || (next.gapBefore & (Gap.Quote | Gap.Stop)) !== 0)) return null;
    if (this.afterThat(i, true) && !this.reportedByInstitution(i)) return null;
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= Math.max(0, i - SAID_BY_WAY_REACH) && this.s.sentenceOf[j] === sentence; j--) {
      const m = this.mentions.at.get(j);
      if (!m) continue;
      // (Right before it, or past «على ذلك», «على سؤال»: «… مع وزير الطاقة ألكسندر نوفاك قبل انطلاقها، مكتفيا بالقول» is
      // another's words going on.)
      if (this.isObject(m) || this.insideReported(m) || i - m.last > SAID_BY_WAY_AFTER_SUBJECT) return null;
      for (let k = m.last + 1; k <= i; k++) if ((tokens[k]!.gapBefore & ~Gap.Space) !== 0) return null;
      return { verbToken: i, verb: null, boundary: this.titleStart(m), subject: m, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null };
    }
    return null;
  }

  // Speaker and content ------------------------------------------------------------------------------

  /**
   * Where an SV subject starts, title included: in «بأن الوزير شكري أكد» the mention is
   * «شكري», but «الوزير» belongs to it, not to the words before. Only a title that reaches
   * back to أن/إن, a colon or the start of the sentence is taken.
   */
  /** «الرئيس السيسي يستقبل …»: a few plain words of title between the line's first word and the name. */
  protected titleOpensLine(m: TokenMention, first: number): boolean {
    const { tokens, k } = this.ctx;
    if (m.first === first || m.first - first > 3) return false;
    for (let j = first; j < m.first; j++) {
      const token = tokens[j]!;
      if (token.kind !== 'word' || this.mentions.at.has(j) || speechVerbAt(this.lexicon, token) || (j > first && (token.gapBefore & ~Gap.Space) !== 0)) return false;
    }
    // A sentence that opens with «و» goes on from the one before («وزار لافروف من بعد ذلك …: أنقرة»): no headline.
    if (tokens[first]!.text.startsWith('و') && !HONORIFIC_NOUNS.has(tokens[first]!.text) && !k.titles.matchAt(tokens, first, { clitics: false }).length) return false;
    return (tokens[m.first]!.gapBefore & ~Gap.Space) === 0;
  }

  protected titleStart(m: TokenMention): number {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[m.first]!;
    const first = this.s.sentences[sentence]!.first;
    for (let j = m.first; j > first && m.first - j < 4; j--) {
      const token = tokens[j]!;
      if ((token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || this.s.colonBefore(j)) return j;
      const before = tokens[j - 1]!;
      if (this.isThat(before)) return j;
      if (before.kind !== 'word' || this.mentions.at.has(j - 1) || speechVerbAt(this.lexicon, before)) return m.first;
    }
    return m.first;
  }

  /** «اعتُبرت»: a damma inside a past verb marks the passive, which reports nobody's words. */
  protected isPassive(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    const { norm } = this.ctx;
    const from = norm.toOriginal[token.start]!;
    const to = norm.toOriginal[token.end - 1]!;
    for (let p = from; p < to - 1; p++) if (norm.original.charCodeAt(p) === 0x064f) return true;
    return false;
  }

  /** «على ذكر»: a verb form right after a preposition is a noun. */
  protected afterPreposition(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    const before = this.ctx.tokens[i - 1];
    return before !== undefined && (token.gapBefore & ~Gap.Space) === 0 && PREPOSITIONS.has(before.text);
  }

  /** «أن الوزيرين يقران …», «وأنهما يؤكدان …»: a present verb right after both sides, in the words of «أن». */
  protected jointPresent(i: number, verb: SpeechVerb): boolean {
    const { tokens } = this.ctx;
    // «ويشدد الجانبان على …», «ويجدد الجانبان دعمهما …»: a joint statement told in the present, as agencies print it,
    // its verb before both sides.
    const after = tokens[i + 1];
    if (after && BOTH_SIDES_NAMED.has(after.text) && (after.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i]) return true;
    const before = tokens[i - 1];
    if (!before || (tokens[i]!.gapBefore & ~Gap.Space) !== 0 || !this.dual(i, verb)) return false;
    if (DUAL_THAT.has(before.text)) return true;
    return JOINT_SUBJECTS.has(before.text) && (before.gapBefore & ~Gap.Space) === 0 && tokens[i - 2] !== undefined && this.thatWord(tokens[i - 2]!);
  }

  /**
   * «وذكر الكرملين في بيان أن "الرئيسين أكدا …"», «وأشار البيان إلى أن "الجانبين اتفقا …"»: both sides as the subject
   * of a dual verb of speech that opens the quotation an institution gives after «أن»: the institution relays their words.
   */
  protected jointOpensInstitutionQuote(i: number): boolean {
    const { tokens } = this.ctx;
    const verb = this.reportingVerbAt(i);
    if (!verb || !this.dual(i, verb)) return false;
    // The joint word opens the quotation, right before this verb or before an earlier verb of theirs
    // («أن "الرئيسين تناولا الوضع …، وأكدا …"»).
    const sentence0 = this.s.sentenceOf[i]!;
    let subject: Token | undefined;
    let at = i - 1;
    for (; at >= 0 && at >= i - QUOTE_OPENING_REACH && this.s.sentenceOf[at] === sentence0; at--) {
      if ((tokens[at]!.gapBefore & Gap.Quote) !== 0) {
        subject = tokens[at];
        break;
      }
      if (at < i - 1 && this.mentions.at.has(at)) return false;
    }
    if (!subject || !JOINT_SUBJECTS.has(subject.text) || (at < i - 1 && !tokens[i]!.text.startsWith('و'))) return false;
    if ((tokens[i]!.gapBefore & ~Gap.Space) !== 0 && at === i - 1) return false;
    if (tokens[at - 1] === undefined || !this.thatWord(tokens[at - 1]!)) return false;
    // (A spokesman relaying them, «وقال المتحدث إن "الرئيسين عبّرا …"», is a person speaking: the words stay his.)
    const sentence = this.s.sentenceOf[i]!;
    for (let j = this.s.sentences[sentence]!.first; j < i; j++) if (tokens[j]!.stems.some((st) => SPOKESPERSON_WORDS.has(st.text))) return false;
    return this.reportedByInstitution(i);
  }

  /** Whether the quotation holding token i is an institution's statement («وجاء في بيان الوزارة: "…"»). */
  protected quotedFromInstitution(i: number): boolean {
    const first = this.s.firstInQuote(i);
    return first !== null && this.reportedByInstitution(first);
  }

  /** «ونوه لافروف», «وحث الوزير»: a verb of speech with a person named or titled right after it. */
  protected namedRightAfter(i: number): boolean {
    const verb = speechVerbAt(this.lexicon, this.ctx.tokens[i]!);
    if (!verb || verb.participle || verb.present) return false;
    return this.mentions.at.has(i + 1) || this.titleAfter(i) !== null || BARE_TITLES.has(this.ctx.tokens[i + 1]?.text ?? '') || this.descriptorAfter(i) !== null;
  }
}
