/**
 * Attributed statements: who said what, with the verb as written and the words in
 * quotation marks.
 *
 * A claim starts at a reporting verb (knowledge/speech.json) and its speaker is found
 * by the shapes of wire copy:
 * - verb then subject: «وقال وزير الخارجية … لافروف إن …» (the officials stage has already
 *   turned titles, surnames and «الوزير» into people, so the subject is the first
 *   mention after the verb that is not an object: «لبومبيو», «مع بوتين»);
 * - subject then verb: «أن بوتين أكد …», «وكان … بيسكوف أعلن …»;
 * - no subject: «وأضاف», «وتابع», «مؤكدا أن» continue the speaker of the sentence, else
 *   the previous speaker;
 * - relayed: «نقل X عن Y قوله», «ذكر X أن Y أكد …»: Y speaks, X reported it;
 * - an institution as subject («أعلنت الخارجية», «قالت مصادر», «ونقلت وكالة … عن مسؤول»,
 *   «وكانت وزارة الخارجية … قد أعلنت») gives speaker null; the
 *   words of a person it quotes are theirs only when the text names them («… أن لافروف شدد»);
 * - «بحسب X», «وفق X»: X speaks.
 * The reported words start after أن/إن, a colon, an opening quote or the verb's
 * preposition (أشار إلى أن), and run to the end of the sentence or the next claim; a
 * clause turning to someone else («، فيما …»), an attribution at the end («، وفق ما …») and
 * the frame of the statement before words that follow the verb directly («مجددا خلال
 * لقائه … أمس») are left out.
 */
import type { TextContext } from '../entities/context.ts';
import { indexMentions, type MentionIndex, type TokenMention } from './mentionIndex.ts';
import { normalizeKey, originalRange } from '../text/normalize.ts';
import { defaultSpeech, speechVerbAt, lightVerbAt, namedVerbAt, isSpeechNoun, isStatementNoun, conjunctionStems, type SpeechLexicon, type SpeechVerb } from './speech.ts';
import { analyseStructure, type Structure } from './structure.ts';
import { Gap, isCliticOnly, type Token } from '../text/tokens.ts';
import type { Claim, Official } from '../types.ts';
import { countryOnDate, fitsRole, isActive, ROYAL_COUNTRIES, SPOKESPERSON_ROLES } from '../knowledge/terms.ts';
import { HONORIFICS, INTERLOCUTORS, NAME_JOINERS, STOP_WORDS, TWO_SIDES } from '../text/lexicon.ts';
import { defaultPlaces } from '../entities/places.ts';
import { honoredTitleWords, writtenBefore } from '../entities/titles.ts';

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeKey));
}

/** «أن», «إن», «بأن», «وأن», «فإن»: the reported words follow. */
const THAT = wordSet('أن إن بأن وأن فإن وإن');
/** Words of a title that may stand between a noun of speech and the name of the one who spoke. */
const REPORT_NOUN_TITLE = 4;
/** Pronouns on أن/إن («إنه», «أنها»): the reported words start with the pronoun's clause. */
const THAT_PRONOUNS = wordSet('ه ها هم هما هن نا ني كم');
/** A mention right after one of these is an object, not a subject («مع بوتين»). */
const PREPOSITIONS = wordSet('مع عن إلى على من في لدى ضد بين حول نحو تجاه إزاء عبر بعد قبل خلال أمام أثناء عقب برفقة بحضور');
/** Words that, right after a verb, show it has no subject of its own; and the count after a joint subject («وأكد القادة الثلاثة»): never the words said. */
const NOT_SUBJECTS = wordSet(`
اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الذي التي الآن ايضا أيضا كذلك مجددا الثلاثة الأربعة الخمسة الستة جميعا
إليه إليها إليهم إليهما
`);
/** Nouns that head an institution or an anonymous source as a subject (قالت مصادر، أعلن مسؤول). */
const INSTITUTION_HEADS = wordSet(`
مصدر مصادر مسؤول مسؤولون مسؤولين وزارة وكالة بيان صحيفة مكتب حكومة رئاسة متحدث ناطق مراسل تقرير تقارير
وسائل مصادرنا جهات مراقبون محللون خبراء دبلوماسي دبلوماسيون دول
`);
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
/**
 * Honorifics with a pronoun («سموه», «معاليه», «فخامته»): right after a verb they are its
 * subject, the dignitary the text is already about, and not the start of the words.
 */
const HONORIFIC_PRONOUNS = wordSet('سموه سموها فخامته فخامتها معاليه معاليها سيادته سيادتها جلالته جلالتها دولته سماحته');
/** «أما روبيو فوصف»: the particle that opens a topic before its verb. */
const TOPIC = wordSet('أما وأما');
/** «أعلن ذلك X», «قال ذلك X»: the thing said, the sentence before. */
const THAT_THING = wordSet('ذلك');
/** The offices «قائدا/رئيسا البلدين» name. */
const LEADER_ROLES = ['head-of-state', 'head-of-government'];
/** Verbs of welcoming someone: no words of their own, but what follows them is the host's. */
const WELCOMED = wordSet('رحب');
/** The most people one subject of «و» may join («شدد السيسي وعباس والملك عبد الله الثاني»). */
const MAX_JOINED = 4;

/**
 * The third and further people joined by «و» to a subject of two (`one`, then `two` in the direction `next` reads):
 * each one `next` finds from the last, while new, up to MAX_JOINED people in all.
 */
function joinedChain(one: TokenMention, two: TokenMention, next: (m: TokenMention) => TokenMention | null): TokenMention[] {
  const seen = new Set([one.id, two.id]);
  const more: TokenMention[] = [];
  for (let m = next(two); m && !seen.has(m.id) && seen.size < MAX_JOINED; m = next(m)) {
    more.push(m);
    seen.add(m.id);
  }
  return more;
}
/** «أنهما», «وأنهما»: «أن» with the dual pronoun, both sides as subject. */
const DUAL_THAT = wordSet('أنهما وأنهما بأنهما إنهما');
/** How long the aside between a topic and its verb may be («أما بري، الذي كان أول من التقاهم بومبيو في عين التينة، فقال»). */
const TOPIC_ASIDE_WORDS = 25;

/** «وقال وهو …»: a pronoun opening a circumstantial clause right after the verb. */
const CIRCUMSTANTIAL = wordSet('وهو وهي وهما وهم');

/** «X ونظيره المصري Y»: the counterpart joined to a subject. */
const COUNTERPART = wordSet('نظيره نظيرته');
/** «وضيفه»: the host's guest, named before. */
const GUEST = wordSet('وضيفه وضيفها');

/** «مضيفة الرئيس تبون», «ضيف الملك»: the one who hosts (or visits) the person named after the word. */
const HOST_OF = wordSet('مضيف مضيفة ضيف ضيفة');

/** Pronouns of the one addressed, the occasion and the turn, between a verb and its words. */
/** «عبّر فيها عن …», «أكد خلاله …»: in the call or letter just told. */
const IN_THE_CALL = wordSet('فيها فيه خلالها خلاله');
/** «تلقى … اتصالا من …»: a call, letter or cable received from someone. */
const RECEIVED = wordSet('تلقى تلقت تلقيا وتلقى وتلقت');
const ASIDES = wordSet('له لها لهم لهما فيه فيها فيهما خلاله خلالها خلالهما بدوره بدورها بدورهما بدورهم أيضا كذلك');
/** The offices an honorific pronoun stands for, when nobody is being quoted yet: «ونوه سموه» is a prince or an emir. */
const HONORIFIC_ROLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['سموه', 'سموها'].map((w) => [normalizeKey(w), ['head-of-state', 'crown-prince', 'head-of-government', 'deputy-prime-minister', 'foreign-minister', 'defence-minister', 'interior-minister', 'minister']] as [string, readonly string[]]),
  ...['جلالته', 'جلالتها'].map((w) => [normalizeKey(w), ['head-of-state']] as [string, readonly string[]]),
  ...['فخامته', 'فخامتها'].map((w) => [normalizeKey(w), ['head-of-state', 'vice-president']] as [string, readonly string[]]),
  ...['دولته'].map((w) => [normalizeKey(w), ['head-of-government']] as [string, readonly string[]]),
  ...['معاليه', 'معاليها'].map((w) => [normalizeKey(w), ['foreign-minister', 'defence-minister', 'interior-minister', 'minister', 'deputy-minister', 'secretary-general', 'national-security-adviser']] as [string, readonly string[]]),
]);
/** How many words a title before a name may have. */
const TITLE_BEFORE_NAME = 6;
/** The honorific noun each honorific pronoun stands for: «دولته» for the one called «دولة …». */
const OWN_HONORIFIC: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['سموه', 'سمو السمو'],
      ['جلالته', 'جلالة الجلالة'],
      ['فخامته', 'فخامة الفخامة'],
      ['دولته', 'دولة'],
      ['معاليه', 'معالي'],
    ] as const
  ).map(([pronoun, nouns]) => [normalizeKey(pronoun), new Set(nouns.split(' ').map(normalizeKey))]),
);
const HONORIFIC_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['سموه', 'سموها', 'جلالته', 'جلالتها'].map((w) => [normalizeKey(w), ROYAL_COUNTRIES] as [string, ReadonlySet<string>]),
);
/** Honorifics that stand before a title: «جلالة الملك», «سمو الأمير», «فخامة الرئيس», «حضرة صاحب السمو». */
/** Honorific nouns only royal houses use: «سمو الأمير», «جلالة الملك». */
const ROYAL_HONORIFICS = wordSet('سمو جلالة صاحب');
/** «الملك»: a king's title, which an emir or a sultan does not bear. */
const KING_WORDS = wordSet('الملك');
/** Titles only a royal house's head bears: «الملك», «العاهل», «السلطان». */
const MONARCH_TITLES = wordSet('الملك العاهل الملكة السلطان');
const HONORIFIC_NOUNS = wordSet('جلالة سمو فخامة معالي دولة حضرة صاحب السمو الجلالة الفخامة المعالي الملكي');
/** Epithets of a ruler after the title: «المفدى», «حفظه الله ورعاه». */
const EPITHETS = wordSet('المفدى المعظم حفظه حفظها الله ورعاه أيده يحفظه');
/** Subjects that are both sides of the meeting told: «الجانبان», «الطرفين», «الزعيمان», «الرجلين». */
const JOINT_SUBJECTS: ReadonlySet<string> = new Set([
  ...TWO_SIDES,
  ...wordSet('البلدان البلدين العاهلان العاهلين الملكان الملكين الأميران الأميرين القادة الزعماء قادة زعماء الرؤساء رؤساء الوزراء المجتمعون المجتمعين الرجلان الرجلين المسؤولان'),
]);
/**
 * Whose words joint words are, by the word that says it: «الوزيران» the two ministers at the
 * table, «الرئيسان»/«الزعيمان» the two leaders, «الجانبان»/«البلدان» each side's leading person.
 */
export type JointSide = 'sides' | 'ministers' | 'leaders' | 'all' | 'all-ministers' | `country:${string}`;
type Joint = JointSide | false;
const JOINT_SIDE: ReadonlyMap<string, JointSide> = new Map([
  ...['الوزيران', 'الوزيرين'].map((w) => [normalizeKey(w), 'ministers'] as [string, JointSide]),
  ...['الزعيمان', 'الزعيمين', 'الرئيسان', 'الرئيسين', 'القائدان', 'القائدين', 'العاهلان', 'العاهلين', 'الملكان', 'الملكين', 'الأميران', 'الأميرين'].map(
    (w) => [normalizeKey(w), 'leaders'] as [string, JointSide],
  ),
  // «وأكد القادة الثلاثة», «وجدد الزعماء», «وشدد الوزراء», «وأكد المجتمعون»: every country's leading participant
  // at a summit or a ministerial of a few.
  ...['القادة', 'الزعماء', 'قادة', 'زعماء', 'الرؤساء', 'رؤساء', 'المجتمعون', 'المجتمعين'].map((w) => [normalizeKey(w), 'all'] as [string, JointSide]),
  // «واتفق الوزراء الثلاثة», «أكد وزراء خارجية دول المجلس»: each country's minister.
  [normalizeKey('الوزراء'), 'all-ministers'],
  [normalizeKey('وزراء'), 'all-ministers'],
]);
const jointSide = (word: string): JointSide => JOINT_SIDE.get(word) ?? 'sides';
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
/** How many sentences on «الوزيران» still means the two ministers named as a pair. */
const PAIR_CARRIES = 2;
/** «وزيرا خارجية الصومال وإثيوبيا»: the ministry both hold, then the two countries. */
const FOREIGN_MINISTRY = wordSet('خارجية');
const FOREIGN_MINISTERS = ['foreign-minister'];
/** What such a dual is in construct with: the two countries, or the ministry both hold. */
const TWO_COUNTRIES = wordSet('البلدين الدولتين الحكومتين خارجية الخارجية');
/** «وكانت الخارجية … قد أعلنت»: the auxiliary of a subject told before its verb. */
const AUXILIARIES = wordSet('كان كانت وكان وكانت فكان فكانت');
/** Words that open a clause about someone else: the reported words end before them («، فيما جدد …»). */
const CONTRAST = wordSet('فيما بينما');
/** Nouns of a statement made by the person after them with «لـ»: «تصريح لـX، … أعلن فيه …». */
const STATEMENT_OF = wordSet('تصريح تصريحات بيان كلمة رسالة مقابلة حديث تغريدة منشور');
/** How far back from the verb such a statement may be named. */
const STATEMENT_REACH = 12;
/** How many sentences back the last speaker who fits a descriptor may be. */
const RECENT_SENTENCES = 3;
/** Nouns that take «أن» as their own complement: «أهمية أن», «ضرورة أن». */
const NECESSITY = wordSet('أهمية ضرورة وجوب أولوية');
/** Openers that give the floor to another speaker: «من جانبه،», «من جهتها،», «في المقابل،», «بدوره،». */
const TURN_OPENERS = ['من جانبه', 'من جانبها', 'من جهته', 'من جهتها', 'من ناحيته', 'في المقابل', 'بدوره', 'بدورها'].map((p) => p.split(' ').map(normalizeKey));
/** How many words after a dignitary may name the one addressed («عن شكره وتقديره لولي العهد»). */
const ADDRESSEE_WINDOW = 6;
/** «لكنه وصف», «إلا أنه شدد», «غير أنها أكدت»: a pronoun that is the subject of the verb after it. */
const PRONOUN_SUBJECTS = wordSet('لكنه لكنها ولكنه ولكنها');
/** «إلا أنه», «غير أنها»: «أنه» is the subject only after these (after a verb of speech it opens the words). */
const BUT_THAT = wordSet('إلا غير');
const THAT_PRONOUN = wordSet('أنه أنها');
/** «…، كما دعا …»: a verb joined by «كما» after a comma goes on with the same subject. */
const ALSO = wordSet('كما وكما');
/** «فيما يتعلق ب»: فيما as «as for», which continues the words. */
const NOT_CONTRAST_AFTER = wordSet('يتعلق يخص يتصل يتعلقان');
/** Prepositions that open the frame of a statement (when and where it was made), not its content. */
const FRAME = wordSet('خلال أثناء اثناء عقب إثر بعد لدى في');
const FRAME_DISTANCE = 8;
/** Words of place, time or audience between a name and its colon in a headline («لافروف من واشنطن: …», «السيسي في المؤتمر الصحفي مع رئيس جنوب السودان: …»). */
const HEADLINE_FRAME_WORDS = 8;
const MAX_FRAME_PARTS = 6;
/** Nouns of a person's office that «ب» makes an object right before a name («جمعه بالمستشارة ميركل», «التقى بالرئيس …»). */
const PERSON_NOUNS = wordSet('الرئيس الرئيسة الملك الأمير الأميرة الشيخ الشيخة الوزير الوزيرة المستشار المستشارة السفير السفيرة المبعوث المبعوثة نظيره نظيرته');
/** Greetings and messages carried for someone: the person named after them is their sender, not a subject. */
const GREETINGS = wordSet('تحيات تحية تهاني رسالة رسائل');
/** «السيد», «السيدة»: a courtesy before a name, as Moroccan and Levantine copy write it. */
const COURTESY = wordSet('السيد السيدة');
/** How many words a title may hold before the name it introduces. */
const TITLE_REACH = 5;
/** Verbs of assertion: a participle after one goes on with its subject («أن الرئيس أكد …، مشددا على …»). */
const ASSERTING = wordSet('أكد شدد قال أوضح أبدى أعرب جدد أثنى أشاد رحب ثمن نوه حذر دعا طالب اعتبر رأى انتقد أدان رفض');
/**
 * Participles a spokesman tells of his principal's words, never his own: a feeling expressed («معربا عن اعتزاز …»،
 * «مبديا ارتياحه») or an assertion («مؤكدا عمق الروابط …»); «موضحا أن …» may be the teller's own explanation.
 */
const EXPRESSING = wordSet('أعرب أبدى أشاد ثمن تمنى أكد شدد جدد');
/** «جمهورية الهند», «دولة» (the prime minister's honorific), «مملكة …»: words of a state in a title. */
const STATE_NOUNS = wordSet('جمهورية مملكة دولة سلطنة إمارة');
/** How far after the first of two joined people the second's name may stand, past «و» and a title («ورئيس وزراء جمهورية الهند دولة …»). */
const JOINED_TITLE_WORDS = 8;
/** How far before a person named in an apposition its opening comma may stand («، المقرب من الرئيس …»). */
const APPOSITION_REACH = 6;
/** The most words of a title no file lists before its holder's name between commas («المستشار الدبلوماسي للكرملين»). */
const UNLISTED_TITLE_WORDS = 5;
/** Sending a cable or a letter («بعث سموه ببرقية إلى …، أعرب فيها …»): its subject is the one whose words it holds. */
const SENT_VERBS = wordSet('بعث وبعث أرسل وأرسل بعثت وبعثت أرسلت وأرسلت');
/** «الأمير», «الأميرة»: a prince or emir named by the title alone. */
const EMIR_WORDS = wordSet('الأمير الأميرة');
/** «سموه»: the honorific of princes and emirs, never of a king. */
const HIGHNESS = wordSet('سموه سموها');
/** Offices a royal honorific with no name may stand for as the sender of a cable. */
const ROYAL_SENDER_ROLES = ['head-of-state', 'crown-prince'];
/** How far after the sending verb its subject may be named, past honorifics and titles («بعث صاحب السمو الشيخ …»). */
const SENDER_REACH = 6;
/** «وجاء في بيان …», «وورد في البيان …»: the words of a statement follow. */
const CAME_IN = wordSet('جاء وجاء ورد وورد');
const STATEMENT_NOUNS = wordSet('بيان البيان بيانها بيانه');
/** «أكد له»: words said to the one telling them. */
const TO_HIM = wordSet('له لها');
/** The meeting itself as the subject of words about it: «أن اللقاء تضمن …». */
const THE_MEETING = wordSet('اللقاء المباحثات المحادثات الاجتماع الاتصال القمة الزيارة');
/** «، وقائد قوات شرق ليبيا المشير خليفة حفتر،»: how many words of description may stand before a second person's title. */
const DESCRIPTION_BEFORE_TITLE = 6;
/** How far back the first of two people with their titles between commas may be named («أن فايز السراج، رئيس المجلس الرئاسي، و…»). */
const FIRST_OF_TWO_REACH = 14;
/** An imperfect verb of the third person («يبحث», «تبحث»), as a headline tells what someone does. */
const IMPERFECT = /^[يت].{2,}$/u;
/** «الجانب الروسي», «الطرف الأمريكي»: one side of the meeting by its country. */
const SIDE_HEADS = wordSet('الجانب الطرف');
/** Titles written bare before a name («الرئيس السيسي», «الملك عبد الله»). */
const BARE_TITLES = wordSet('الرئيس الرئيسة الملك الأمير الشيخ السلطان الوزير المشير الفريق');
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
/** How far after its subject a noun of speech may follow its verb: «قدم له خلال الاتصال الهاتفي التعازي». */
const NOUN_DISTANCE = 5;
/** Relative pronouns: a mention after one belongs to a relative clause, not to the verb. */
const RELATIVES = wordSet('الذي التي الذين اللذين اللتين اللذان اللتان');
/** «دون أن», «قبل أن»: an أن that does not introduce reported words. */
const NOT_REPORTING_THAT = wordSet('دون بدون قبل بعد حتى من منذ');
/** Words a claim does not end on (a conjunction before the next claim). */
const TRAILING = wordSet('و كما ثم فيما بينما حين في حيث إذ لكن لكنه لكنها لكنهم');
const MAX_SUBJECT_DISTANCE = 9;
/** The most words of the one called on between a verb of appeal and its preposition («المجتمع الدولي والجهات المانحة»). */
const ADDRESSEE_WORDS = 6;
const MAX_CONTENT_DISTANCE = 20;
/** How long a frame between commas may be before the «إن» that opens the words. */
const LONG_FRAME = 40;
const ACCORDING_DISTANCE = 8;
/** Words of a title between «عن» and the name of the person quoted («عن وزير الخارجية الإيراني حسين …»). */
const RELAY_TITLE_WORDS = 4;
/** How far before its verb an institution may stand as the subject («وكانت وزارة الخارجية الروسية قد أعلنت»). */
const INSTITUTION_BEFORE_DISTANCE = 6;
/** The most words an institution's name runs to («المتحدث الرسمي باسم وزارة الخارجية الروسية»). */
const MAX_INSTITUTION_WORDS = 7;
/** Bodies that speak as such: «أكد البيان», «أعلنت الرئاسة», «قال المتحدث باسم …». */
const SPEAKING_BODIES = wordSet('بيان رئاسة خارجية حكومة كرملين جيش برلمان مجلس ديوان أمانة جامعة منظمة أمم متحدث متحدثة ناطق ناطقة سفارة قيادة');
/** Unnamed sources: they speak, but are no institution one could name. */
/** A list whose header names nobody: its lines are the words of the one speaking. */
const SPEAKING = Symbol('speaking');
const NEGATIONS = wordSet('لن لا لم');
/** Verbs of a journey that a headline tells before its speaker's words: «روحاني يصل الكويت …: …». */
const JOURNEYS = wordSet('يصل تصل يغادر تغادر يزور تزور يختتم تختتم يبدأ تبدأ يتوجه تتوجه يحط تحط يحل تحل');
/** Verbs of receiving or meeting someone that a headline tells before its host's words: «بوتين يستقبل الملك سلمان: …». */
const RECEPTIONS = wordSet('يستقبل تستقبل يلتقي تلتقي يجتمع تجتمع يبحث تبحث استقبل استقبلت التقى التقت اجتمع اجتمعت');
/** «سبق لـ… أن»: it had happened before to … that. */
const HAD_HAPPENED = wordSet('سبق وسبق');
/** How many words of a title may stand between «سبق لـ» and the name. */
const HAD_TITLE_WORDS = 4;
/** A preposition with a pronoun for the noun a relative clause describes: «الموقف الذي عبر عنه …». */
const BACK_REFERENCE = wordSet('عنه عنها به بها إليه إليها عليه عليها');
/** Words that open a question: «هل أبلغ …», «عما إذا كان …». */
const QUESTIONS = wordSet('هل إذا وهل');
/** Adjectives of a country's commitment: «مصر ملتزمة», «المملكة حريصة». */
const COMMITTED = wordSet('ملتزمة حريصة مستعدة ماضية عازمة متمسكة');
/** Words in ت/ي that are no verb of a stand. */
const STOP_WORDS_OF_CLAIMS = wordSet('تجاه تحت تلك تلقاء');
/** How far after the verb the «أن» opening the reported words may be, for the country they speak for. */
const OWN_COUNTRY_REACH = 6;
/** Offices held in someone's service, named in construct with the one served: «مبعوث بوتين». */
const SERVING = new Set(['envoy', 'presidential-aide']);

/** A line break, then a bullet mark: a line of a list. */
const BULLET_LINE = /\n[ \t]*[-•*▪●][ \t]*$/;

const ANONYMOUS = wordSet('مصدر مصادر مسؤول مسؤولون مسؤولين دبلوماسي دبلوماسيون مراقبون محللون خبراء جهات مصادرنا');

interface Trigger {
  /** The token whose verb (or according-word) starts the claim. */
  verbToken: number;
  verb: SpeechVerb | null;
  /** Where the claim cuts the one before it. */
  boundary: number;
  subject: TokenMention | null;
  /** An explicit subject that is not a person (an institution): the speaker is null. */
  institution: boolean;
  /** Where the institution is named, when it is one that speaks (a ministry, a statement, a presidency). */
  institutionAt?: number;
  /** «بحسب X» at the end of a sentence: the words before it are X's. */
  contentBefore: boolean;
  /** «… لأمن تركيا. أعلن ذلك وزير الخارجية …»: the words are the whole sentence before the verb's. */
  sentenceBefore?: boolean;
  /** «ودعا سموه»: an honorific pronoun stands for the subject, the person already speaking. */
  pronoun: boolean;
  /** «وأكد الجانبان», «أن الطرفين شددا», «وأعربا»: the words are both sides' (which of each side the word says). */
  joint: Joint;
  /** «لافروف: المحادثات كانت مثمرة»: a name and a colon open a sentence (headlines, captions of quotes). */
  colon?: boolean;
  /** One bulleted line of a list the header gave to a person («أبرز ما جاء في تصريحات لافروف:»): the words start at the verb token. */
  listed?: boolean;
  /** «وأكد جلالة الملك», «وقال سمو ولي العهد» with no name: the offices the honorific and title fit, and where they end. */
  dignitary?: { roles: readonly string[]; last: number };
  /** «إن رئيسي والسلطان هيثم شددا»: two people named as the subject of a dual verb. */
  pair: TokenMention | null;
  /** «شدد السيسي وعباس والملك عبد الله الثاني على …»: the third and further people of one subject. */
  also?: TokenMention[];
  /** «…، لكنه وصف الحوار بأنه …»: a pronoun before the verb is its subject, the one already speaking. */
  continues?: boolean;
  /** «رحب رئيس الوزراء الجورجي بـ…»: the subject is a title of a country whose holder the story never named: nobody speaks. */
  unknownHolder?: boolean;
  /** «وقال زكي إن الوزراء طالبوا …»: a verb of the many inside another's words, which stay his: no claim of its own. */
  insideWords?: boolean;
  /** «وأكد الجانب الروسي …»: the last token of a subject of several words that names nobody (the words start after it). */
  subjectLast?: number;
}

interface Draft {
  trigger: Trigger;
  /** A verb with a named subject that reports no words («رحب الأمير بضيفه»): it gives the participles after it their speaker. */
  silent?: boolean;
  speaker: string | null;
  /** Both speakers of joint words, when the text names them. */
  pair: string | null;
  joint: Joint;
  reportedBy: string | null;
  start: number;
  sentence: number;
  /**
   * Said inside another's words of the same sentence («وأضاف أوشاكوف أن بوتين أطلع نظيره على …»):
   * that other speaker, who goes on speaking in the next sentences («وأوضح أن …»).
   */
  outer?: string;
}

/**
 * `joint` receives the claims whose words are both sides' with nobody named («وأكد الجانبان»):
 * the meetings stage knows who the two sides are (jointSpeakers.ts).
 */
export function extractClaims(ctx: TextContext, officials: readonly Official[], lexicon: SpeechLexicon = defaultSpeech(), joint?: Map<Claim, JointSide>): Claim[] {
  if (ctx.tokens.length === 0) return [];
  const extractor = new ClaimExtractor(ctx, analyseStructure(ctx), indexMentions(ctx, officials), lexicon, familyNames(officials));
  return extractor.run(joint);
}

/**
 * «ورحب السوداني»: the last word of a name the story gave in full, right after a verb of
 * speech, is that person even when the word is also an ordinary one (an adjective) that no
 * knowledge file may list as a short form. Only names borne by one person of the story.
 */
function familyNames(officials: readonly Official[]): ReadonlyMap<string, { id: string; from: number }> {
  const found = new Map<string, { id: string; from: number } | null>();
  for (const o of officials) {
    const words = normalizeKey(o.name).split(' ');
    if (words.length < 2 || o.mentions.length === 0) continue;
    const family = words[words.length - 1]!;
    // «خليفة بن زايد»: after «بن» the last word is a father's name, which brothers share.
    if (words[words.length - 2] === 'بن' || words[words.length - 2] === 'ابن') continue;
    // Three letters are enough («عون», «بري»): the name only counts right after a speech verb, for someone the text named in full.
    if (family.length < 3) continue;
    const entry = { id: o.id, from: Math.min(...o.mentions.map((m) => m.start)) };
    found.set(family, found.has(family) && found.get(family)?.id !== o.id ? null : entry);
  }
  return new Map([...found].filter((e): e is [string, { id: string; from: number }] => e[1] !== null));
}

class ClaimExtractor {
  /** The claims drafted so far, in text order (run). */
  private readonly drafts: Draft[] = [];
  /** Per sentence: the first mention that can be the sentence's subject. */
  private readonly sentenceSubject = new Map<number, TokenMention>();

  constructor(
    private readonly ctx: TextContext,
    private readonly s: Structure,
    private readonly mentions: MentionIndex,
    private readonly lexicon: SpeechLexicon,
    private readonly families: ReadonlyMap<string, { id: string; from: number }> = new Map(),
  ) {
    for (const m of mentions.all) {
      const sentence = s.sentenceOf[m.first]!;
      if (!this.sentenceSubject.has(sentence) && !this.isObject(m) && !s.insideQuotation(m.first, m.last)) this.sentenceSubject.set(sentence, m);
    }
  }

  run(joint?: Map<Claim, JointSide>): Claim[] {
    const triggers = this.findTriggers();
    const drafts = this.drafts;
    let last: Draft | null = null;
    let spoken: Draft | null = null;
    for (const trigger of triggers) {
      // A silent verb lends its subject only within its own sentence.
      const prior = last && last.silent && last.sentence !== this.s.sentenceOf[trigger.verbToken] ? spoken : last;
      const draft = this.resolve(trigger, prior);
      if (!draft) continue;
      if (!draft.silent) {
        drafts.push(draft);
        spoken = draft;
      }
      last = draft;
    }
    return this.finish(drafts, joint);
  }

  /**
   * «وشدد رئيس مجلس الوزراء …» after «ورحب السوداني …»: a subject written as a bare title
   * («رئيس مجلس الوزراء», «سمو ولي العهد», «الوزير») that the officials stage gave to the last
   * holder named is the person the story is already quoting when they hold it too; with nobody
   * quoted yet, the first holder the story named (its protagonist, named in the lead).
   */
  private salient(subject: TokenMention, last: Draft | null): string {
    const roles = this.titleRoles(subject);
    if (!roles || this.namedInAppositionTo(subject) || this.boundBefore(subject) || this.introducedWith(subject) || this.quotedNameAfter(subject)) return subject.id;
    // «وأكد جلالة الملك» after a headline that named the president first: a king's title is only a royal house's.
    // «وأكد سمو وزير الخارجية» after the Chinese minister spoke: a royal honorific before the title, likewise.
    const royal = MONARCH_TITLES.has(this.ctx.tokens[subject.first]!.text) || ROYAL_HONORIFICS.has(this.ctx.tokens[subject.first - 1]?.text ?? '');
    // «أشاد جلالة الملك …» after the Emir of Qatar spoke: «الملك» is a king's title, not an emir's.
    const king = KING_WORDS.has(this.ctx.tokens[subject.first]!.text);
    const fits = (id: string | null) =>
      id !== null && id !== subject.id && this.holds(id, roles.roles, roles.country) && (!royal || this.reigns(id)) && (!king || this.titledKing(id));
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
    const first = this.mentions.all.find((m) => m.first < subject.first && this.holds(m.id, roles.roles, roles.country));
    return first && fits(first.id) ? first.id : subject.id;
  }

  /**
   * «وأكد السيد الرئيس …» where the story opened with «السيد الرئيس عبد الفتاح السيسي»: an honorific and a title that
   * introduced this very person by name before (the officials stage resolved it so), whoever spoke last.
   */
  private introducedWith(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const words = honoredTitleWords(tokens, subject.first, subject.last);
    // (Not a royal honorific: «جلالة الملك» and «سمو الأمير» follow the salience of the house's rulers below.)
    if (!words || ROYAL_HONORIFICS.has(words[0]!)) return false;
    return this.mentions.all.some((m) => m.id === subject.id && m.first < subject.first && m.clitic === '' && writtenBefore(tokens, m.first, words));
  }

  /** «وقال الرئيس "لي" …»: the title's person named right after it by the first word of their name, in quotes. */
  private quotedNameAfter(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const word = tokens[subject.last + 1];
    if (!word || (word.gapBefore & Gap.Quote) === 0) return false;
    return this.mentions.all.some((m) => m.id === subject.id && m.first < subject.first && m.last > m.first && tokens[m.first]!.text === word.text);
  }

  /** The same title, of two words or more, bound before to the same person by a name in apposition. */
  private boundBefore(subject: TokenMention): boolean {
    if (subject.last === subject.first) return false;
    const text = (m: TokenMention) => this.ctx.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
    const phrase = text(subject);
    return this.mentions.all.some((m) => m.first < subject.first && m.id === subject.id && m.last - m.first === subject.last - subject.first && text(m) === phrase && this.namedInAppositionTo(m));
  }

  /** «رئيس الجمهورية، السيد عبد المجيد تبون»: the title's own person named right after it, across a comma and honorifics. */
  private namedInAppositionTo(subject: TokenMention): boolean {
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

  /** «المسؤول الروسي» right after a verb, when the officials stage left it to nobody (two fit). */
  private descriptorAfter(verbToken: number): { roles: string[]; country: string; last: number } | null {
    const { tokens, k } = this.ctx;
    // «قال خلالها المسؤول الصيني إن …»: the occasion as a pronoun may stand between verb and subject.
    let j = verbToken + 1;
    while (j < tokens.length && ASIDES.has(tokens[j]!.text) && (tokens[j]!.gapBefore & ~Gap.Space) === 0) j++;
    if (j >= tokens.length || this.mentions.at.has(j) || this.s.sentenceOf[j] !== this.s.sentenceOf[verbToken]) return null;
    const match = k.descriptors.matchAt(tokens, j, { clitics: false })[0];
    if (!match) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, match.last + 1, { clitics: false })[0];
    if (!adjective) return null;
    return { roles: [...(match.values[0] ?? k.roles.keys())], country: adjective.values[0]!, last: adjective.last };
  }

  /**
   * Whether no one the story names (before or after) holds the title's office in its country on the article's date,
   * and no mention starts on the title (so it was not resolved to anyone).
   */
  private unheldTitle(verbToken: number, title: { roles: readonly string[]; country: string | null; last: number }): boolean {
    if (this.mentions.at.has(verbToken + 1)) return false;
    // («المتحدث باسم الرئاسة المصرية السفير بسام راضي»: a person named right after the title is its holder, whatever
    // the knowledge says of the office.)
    for (let j = title.last + 1; j <= title.last + NAMED_AFTER_TITLE && j < this.ctx.tokens.length; j++) if (this.mentions.at.has(j)) return false;
    return !this.mentions.all.some((m) => this.holds(m.id, title.roles, title.country));
  }

  /** A title right after the verb (with the country after it, if any): its roles, country and last token. */
  private titleAfter(verbToken: number): { roles: string[]; country: string | null; last: number } | null {
    return this.titleAt(verbToken + 1, verbToken);
  }

  /** A title at token j, in the sentence of `verbToken` (with the country after it, if any). */
  private titleAt(j: number, verbToken: number): { roles: string[]; country: string | null; last: number } | null {
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
  private portfolioEnd(last: number): number {
    const { tokens } = this.ctx;
    if (!/^ل?(ال)?شؤون$/u.test(tokens[last + 1]?.text ?? '')) return last;
    let end = last + 1;
    while (end + 1 < tokens.length && end + 1 <= last + 4 && (tokens[end + 1]!.gapBefore & ~Gap.Space) === 0 && !this.ctx.k.countryAdjectives.matchAt(tokens, end + 1, { clitics: false })[0]) end++;
    return end;
  }

  /** A country's name at token j, bare or after «لـ» (no other clitic: «وروسيا» is another subject). */
  private countryNameAt(j: number): { code: string; last: number; bare: boolean } | null {
    const token = this.ctx.tokens[j];
    if (!token) return null;
    const match = this.ctx.k.countryNames.matchAt(this.ctx.tokens, j)[0];
    if (!match || (match.prefix !== 0 && token.text.slice(0, match.prefix) !== 'ل')) return null;
    return { code: match.values[0]!, last: match.last, bare: match.prefix === 0 };
  }

  /**
   * «من جانبه، قال المسؤول الروسي …» when the one being quoted is not Russian: the one person
   * who fits whom the story itself named before, outside the words it reported (a president
   * named inside the other minister's words is not who the story turns to). Two such: nobody.
   */
  private onlyToldHolder(verbToken: number, descriptor: { roles: readonly string[]; country: string | null }): string | null {
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
  private recentSpeaker(sentence: number, descriptor: { roles: readonly string[]; country: string | null }): string | null {
    for (let n = this.drafts.length - 1; n >= 0; n--) {
      const d = this.drafts[n]!;
      if (sentence - d.sentence > RECENT_SENTENCES) return null;
      if (d.joint || d.pair) return null;
      if (d.speaker && this.holds(d.speaker, descriptor.roles, descriptor.country)) return d.speaker;
    }
    return null;
  }

  /** Whether a mention is inside words already reported: after the start of a claim of its sentence. */
  private insideReported(m: TokenMention): boolean {
    const sentence = this.s.sentenceOf[m.first];
    return this.drafts.some((d) => d.sentence === sentence && d.start >= 0 && d.start <= m.first);
  }

  /** «المتحدث الرسمي باسم الأمين العام، …»: the one a spokesman speaks for, after the title ending at `last`, is part of the title. */
  private onBehalfAfter(last: number): boolean {
    const { tokens } = this.ctx;
    return ON_BEHALF.has(tokens[last + 1]?.text ?? '') || ON_BEHALF.has(tokens[last + 2]?.text ?? '');
  }

  /** How many words after the title ending at `last` its closing comma may come (more after «باسم …»). */
  private titleComplementReach(last: number): number {
    return TITLE_COMPLEMENT + 1 + (this.onBehalfAfter(last) ? ON_BEHALF_WORDS : 0);
  }

  /**
   * Whether a comma closes the title ending at `last`, right after it or after a few words of its own
   * («مساعد الرئيس الروسي للشؤون الخارجية، يوري أوشاكوف، …»): no name, «أن» or verb of speech before it.
   */
  private commaAfterTitle(last: number): boolean {
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
  private apposedBetweenCommas(last: number): TokenMention | null {
    const { tokens } = this.ctx;
    const reach = this.titleComplementReach(last);
    let j = last + 1;
    while (j < tokens.length && j <= last + reach && (tokens[j]!.gapBefore & Gap.Comma) === 0) j++;
    const m = this.mentions.at.get(j);
    if (!m || (tokens[j]!.gapBefore & Gap.Comma) === 0) return null;
    const after = tokens[m.last + 1];
    if (!after || (after.gapBefore & Gap.Comma) === 0) return null;
    // The words open right after the closing comma (or after a frame word or two: «، اليوم، أن»).
    for (let k = m.last + 1; k < tokens.length && k <= m.last + 3; k++) if (this.isThat(tokens[k]!) || this.s.colonBefore(k)) return m;
    return null;
  }

  /**
   * The person an apposition between commas describes, when mention m ends it: «ناريشكين، المقرب من الرئيس
   * فلاديمير بوتين،» → ناريشكين. Null when no person is named right before the opening comma, or another
   * person stands inside the apposition before m.
   */
  private apposedTo(m: TokenMention): TokenMention | null {
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

  /**
   * The person named between commas right after the words that follow verb i, when those words are a
   * title no file lists (a definite noun and its complements, no name, no «أن», no verb) and the
   * reported words open at once after the second comma.
   */
  private apposedAfterUnlistedTitle(i: number): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[i];
    if (!tokens[i + 1]?.text.startsWith('ال')) return null;
    for (let j = i + 1; j <= i + UNLISTED_TITLE_WORDS && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || token.kind !== 'word') return null;
      if (j > i + 1 && (token.gapBefore & Gap.Comma) !== 0) return this.apposedBetweenCommas(j - 1);
      if ((token.gapBefore & ~Gap.Space) !== 0 || this.mentions.at.has(j) || this.isThat(token) || speechVerbAt(this.lexicon, token)) return null;
    }
    return null;
  }

  /** The person a descriptor is put in apposition with, a few words on («…، وزير الخارجية سيرغي لافروف،»), if they fit it. */
  private namedAfterDescriptor(descriptor: { roles: readonly string[]; country: string | null; last: number }): TokenMention | null {
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
   * «ونوه سموه» with nobody quoted yet: the story's protagonist, the first person it named (as a
   * subject) who holds an office the honorific fits; agencies lead with their own dignitary.
   */
  private dignitaryBefore(verbToken: number): string | null {
    const roles = HONORIFIC_ROLES.get(this.ctx.tokens[verbToken + 1]?.text ?? '');
    return roles ? this.firstHolderBefore(verbToken, roles) : null;
  }

  private firstHolderBefore(verbToken: number, roles: readonly string[], also?: (id: string) => boolean): string | null {
    const honorific = this.ctx.tokens[verbToken + 1]?.text ?? '';
    const fits = (m: TokenMention) =>
      m.first < verbToken && !this.isObject(m) && this.holds(m.id, roles, null) && (!also || also(m.id)) && (!HONORIFIC_ROLES.has(honorific) || this.fitsHonorific(m.id, verbToken + 1));
    // «جلالته» stands for the one the story gave «جلالة» («جلالة الملك يهاتف العاهل الأردني» names the caller first);
    // «دولته» for the one it gave «دولة», not the crown prince it gave «صاحب السمو» who is prime minister too.
    const own = OWN_HONORIFIC.get(honorific);
    const honoured = (own ? this.mentions.all.find((m) => fits(m) && this.honouredAt(m, own)) : undefined) ?? this.mentions.all.find((m) => fits(m) && this.honouredAt(m));
    return (honoured ?? this.mentions.all.find(fits))?.id ?? null;
  }

  /** The head of state titled Emir the story named before token i, in office at its date (the one «الأمير» alone means). */
  private emirNamedBefore(i: number): string | null {
    for (const m of this.mentions.all) {
      if (m.first >= i) break;
      const person = this.ctx.k.people.get(m.id);
      if (person?.terms.some((t) => t.role === 'head-of-state' && t.title === 'Emir') && this.holds(m.id, ['head-of-state'], null)) return m.id;
    }
    return null;
  }

  /** «جلالة الملك محمد السادس», «صاحب السمو الشيخ …»: a mention with an honorific noun just before it. */
  private honouredAt(m: TokenMention, nouns: ReadonlySet<string> = HONORIFIC_NOUNS): boolean {
    const { tokens, k } = this.ctx;
    if (nouns.has(tokens[m.first]!.text)) return true;
    // «دولة رئيس مجلس الدولة الصيني لي تشيانغ»: the honorific before a whole title (and its country) that runs into the name.
    for (let j = m.first - 1; j >= 1 && j >= m.first - TITLE_BEFORE_NAME; j--) {
      for (const title of k.titles.matchAt(tokens, j, { clitics: false })) {
        const adjective = k.countryAdjectives.matchAt(tokens, title.last + 1, { clitics: false })[0];
        if ((title.last === m.first - 1 || adjective?.last === m.first - 1) && nouns.has(tokens[j - 1]!.text)) return true;
      }
    }
    // Back over the words of a title («صاحب السمو أمير البلاد الشيخ نواف»), never over a verb («جلالة الملك يهاتف العاهل …»).
    for (let j = m.first - 1; j >= 0 && j >= m.first - 4; j--) {
      if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
      const word = tokens[j]!.text;
      if (nouns.has(word)) return true;
      if (!word.startsWith('ال') && k.titles.matchAt(tokens, j, { clitics: false }).length === 0) return false;
    }
    return false;
  }

  /** Whether a person holds office in one of the royal houses (a king's, emir's, sultan's or prince's country). */
  /** Whether the person is head of state of a country whose head is titled King (not Emir or Sultan). */
  private titledKing(id: string): boolean {
    const head = this.ctx.k.roles.get('head-of-state');
    return this.ctx.k.people.get(id)?.terms.some((t) => t.role === 'head-of-state' && isActive(t, this.ctx.date) && head?.enByCountry[t.country] === 'King') === true;
  }

  private reigns(id: string): boolean {
    return this.ctx.k.people.get(id)?.terms.some((t) => ROYAL_COUNTRIES.has(t.country)) === true;
  }

  /** Whether the honorific pronoun at token j («سموه», «جلالته») may stand for this person: a royal one only for a royal house's country. */
  /** The one person named before token i with the honorific noun the pronoun after i stands for («دولة» for «دولته»). */
  private onlyHonouredAs(i: number): string | null {
    const own = OWN_HONORIFIC.get(this.ctx.tokens[i + 1]?.text ?? '');
    if (!own) return null;
    const ids = new Set(this.mentions.all.filter((m) => m.first < i && this.honouredAt(m, own)).map((m) => m.id));
    return ids.size === 1 ? [...ids][0]! : null;
  }

  private fitsHonorific(id: string, j: number): boolean {
    const word = this.ctx.tokens[j]?.text ?? '';
    const countries = HONORIFIC_COUNTRIES.get(word);
    // «وأكد سموه» in a story of the Kuwaiti emir in Bahrain: a king is «جلالته», never «سموه».
    if (HIGHNESS.has(word) && this.titledKing(id)) return false;
    return !countries || this.ctx.k.people.get(id)?.terms.some((t) => countries.has(t.country)) === true;
  }

  /**
   * «وأكد جلالة الملك المفدى …», «وقال سمو ولي العهد …»: an honorific and a title with no name
   * after the verb (the officials stage could not tell whose). The offices they fit, and the last
   * token of the title.
   */
  private dignitaryAfter(i: number): { roles: readonly string[]; last: number } | null {
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

  /** The person mention whose last token is j. */
  private mentionEndingAt(j: number): TokenMention | null {
    if (j < 0) return null;
    for (let k = j; k >= 0 && k >= j - 6; k--) {
      const m = this.mentions.at.get(k);
      if (m && m.last === j) return m;
    }
    return null;
  }

  /** The roles of a mention that is a title and nothing more (no name in it), else null. */
  private titleRoles(m: TokenMention): { roles: string[]; country: string | null } | null {
    const { tokens } = this.ctx;
    const matches = this.ctx.k.titles.matchAt(tokens, m.first);
    const match = matches.find((t) => t.last === m.last);
    if (!match) {
      // «المبعوث الأميركي» after two American envoys were named: an office many hold in one country, with that
      // country, is as ambiguous as a bare title.
      const titled = matches.find((t) => this.ctx.k.countryAdjectives.matchAt(tokens, t.last + 1, { clitics: false }).some((a) => a.last === m.last));
      if (!titled) return null;
      const roles = titled.values.map((d) => d.role).filter((r) => this.ctx.k.roles.get(r)?.unique !== true);
      const country = this.ctx.k.countryAdjectives.matchAt(tokens, titled.last + 1, { clitics: false })[0]!.values[0]!;
      return roles.length > 0 && roles.length === titled.values.length ? { roles, country } : null;
    }
    // «ولي العهد السعودي»: a title with its country names its holder; only the bare title is ambiguous.
    if (this.ctx.k.countryAdjectives.matchAt(tokens, m.last + 1, { clitics: false }).length > 0) return null;
    const country = match.values.find((d) => d.country)?.country ?? null;
    if (country) return null;
    // «رئيس مجلس السيادة», «خادم الحرمين الشريفين»: a head of state's own title is one office, which the officials stage resolved.
    if (match.values.every((d) => d.en !== null && d.role === 'head-of-state')) return null;
    return { roles: match.values.map((d) => d.role), country: null };
  }

  /**
   * «رئيسا رواندا والكونغو الديمقراطية»: two countries named from token j, joined by «و», and the one person the story
   * names who leads each; with the last token of the second country. Null unless both are found.
   */
  private leadersOfTwoCountries(j: number, sentence: number, roles: readonly string[] = LEADER_ROLES): [TokenMention, TokenMention, number] | null {
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
  private twoOfOneCountry(at: number, before: number): { pair: [TokenMention, TokenMention] } | { country: string } | null {
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

  /** The term by which a person speaks for someone else at the article's date (a spokesperson's), if any. */
  private spokespersonTerm(id: string) {
    return this.ctx.k.people.get(id)?.terms.find((t) => SPOKESPERSON_ROLES.has(t.role) && isActive(t, this.ctx.date));
  }

  /** Whether a person speaks for someone else at the article's date (a spokesperson). */
  private speaksFor(id: string): boolean {
    return this.spokespersonTerm(id) !== undefined;
  }

  /** The one person the story names who holds `roles` in the country a spokesperson speaks for; null when none or two. */
  private principalOf(spokesperson: string, roles: readonly string[]): string | null {
    const term = this.spokespersonTerm(spokesperson);
    if (!term) return null;
    const holders = new Set(this.mentions.all.filter((m) => this.holds(m.id, roles, term.country)).map((m) => m.id));
    return holders.size === 1 ? [...holders][0]! : null;
  }

  private holds(id: string, roles: readonly string[], country: string | null): boolean {
    const person = this.ctx.k.people.get(id);
    return person !== undefined && fitsRole(person.terms, this.ctx.date, roles, country);
  }

  /** Whether tokens from..to-1 are all honorifics or ranks («الفريق أول», «الشيخ», «سمو»). */
  private onlyHonorifics(from: number, to: number): boolean {
    if (to <= from || to - from > 3) return false;
    for (let k = from; k < to; k++) {
      const w = this.ctx.tokens[k]!.text;
      if (!(HONORIFICS.has(w) || HONORIFIC_NOUNS.has(w) || (w === 'اول' && k > from))) return false;
    }
    return true;
  }

  /** «ورحب السوداني»: the family name of a person the story named in full before, as a subject. */
  private familyNameAt(j: number): TokenMention | null {
    const token = this.ctx.tokens[j]!;
    const hit = this.families.get(token.text);
    if (!hit || this.ctx.norm.toOriginal[token.start]! <= hit.from) return null;
    // «الرئيس السوداني»: an adjective after a noun is no name; right after the verb it is the subject.
    return { id: hit.id, first: j, last: j, clitic: '' };
  }

  /** «، فيما أعرب فخامته»: the verb opens a clause that turns to someone else. */
  private afterContrast(verbToken: number): boolean {
    const before = this.ctx.tokens[verbToken - 1];
    return before !== undefined && CONTRAST.has(before.text) && this.s.sentenceOf[verbToken - 1] === this.s.sentenceOf[verbToken];
  }

  /**
   * People addressed with «لـ» in the first words after token i, in its sentence: «شكره لولي العهد»،
   * «تهنئته للرئيس»; the one thanked or congratulated is not the one speaking.
   */
  private addressedAfter(i: number, sentence: number): Set<string> {
    const ids = new Set<string>();
    for (let j = i; j < i + ADDRESSEE_WINDOW && j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      const m = this.mentions.at.get(j);
      if (m && m.clitic.endsWith('ل')) ids.add(m.id);
    }
    return ids;
  }

  /** Whether the sentence opens with a turn to another speaker before the verb: «من جانبه،», «من جهته،», «في المقابل،». */
  private turnOpens(sentence: number, verbToken: number): boolean {
    const { tokens } = this.ctx;
    const first = this.s.sentences[sentence]!.first;
    if (verbToken - first > 3) return false;
    const words = tokens.slice(first, verbToken).map((t) => t.text.replace(/^و/, ''));
    return TURN_OPENERS.some((opener) => opener.length <= words.length && opener.every((w, n) => words[n] === w));
  }

  /** «… ورحب الملك بضيفه، فيما أعرب فخامته …»: the last dignitary named before whom the honorific fits, other than the one speaking. */
  private otherDignitary(verbToken: number, speaking: string | null): string | null {
    const roles = HONORIFIC_ROLES.get(this.ctx.tokens[verbToken + 1]?.text ?? '');
    if (!roles) return null;
    for (let k = this.mentions.all.length - 1; k >= 0; k--) {
      const m = this.mentions.all[k]!;
      if (m.first < verbToken && m.id !== speaking && this.holds(m.id, roles, null)) return m.id;
    }
    return null;
  }

  /**
   * An honorific pronoun standing as the subject of an earlier verb of the sentence («بعث سموه»,
   * «أجراها جلالته»), before token i and before any person named as a subject: its index, else -1.
   */
  private honorificSubjectBefore(i: number, sentence: number): number {
    const { tokens } = this.ctx;
    for (let j = this.s.sentences[sentence]!.first + 1; j < i; j++) {
      const m = this.mentions.at.get(j);
      if (m && !this.isObject(m)) return -1;
      if (HONORIFIC_PRONOUNS.has(tokens[j]!.text) && (tokens[j]!.gapBefore & ~Gap.Space) === 0 && !this.mentions.at.has(j - 1)) return j;
    }
    return -1;
  }

  /** Whether «أن»/«إن» comes before token i in its sentence: the token is inside reported words. */
  /**
   * Whether verb i follows «أن» and one to three words that name nobody known (no person, no side of
   * the meeting, no institution), inside words a speech verb before reports.
   */
  private unknownSubjectInWords(i: number): boolean {
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
   * «أن الاجتماع لم يلغ كما قال الرئيس الأميركي، وأن …»: «كما» inside a clause compares with what
   * another said; the words around it stay the speaker's. Not «كما قال …» opening a sentence or after a
   * comma, which adds one more statement («also»).
   */
  private comparative(i: number): boolean {
    const before = this.ctx.tokens[i - 1];
    if (!before || before.text !== 'كما' || (before.gapBefore & ~Gap.Space) !== 0 || (this.ctx.tokens[i]!.gapBefore & ~Gap.Space) !== 0) return false;
    return this.s.sentenceOf[i - 2] === this.s.sentenceOf[i] && this.afterThat(i);
  }

  private afterThat(i: number): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) if (this.isThat(this.ctx.tokens[j]!)) return true;
    return false;
  }

  /**
   * Whether the words token i stands in are an institution's: the nearest speech verb before it
   * in the sentence has an institution as its subject («وأفاد البيت الأبيض بأن …», «وذكر الإليزيه أن …»).
   */
  private reportedByInstitution(i: number): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) {
      // «ووفق وزارة الدفاع الأميركية، فإن الوزيرين تحدثا …»: an institution the words are according to.
      if (conjunctionStems(this.ctx.tokens[j]!).some((w) => this.lexicon.according.has(w)) && this.nonPersonHeadAt(j + 1, sentence)) return true;
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
  private spokespersonAfter(j: number, sentence: number): boolean {
    for (let k = j + 1; k <= j + 3 && this.s.sentenceOf[k] === sentence; k++) {
      const m = this.mentions.at.get(k);
      if (m) return !this.isObject(m) && this.speaksFor(m.id);
    }
    return false;
  }

  /**
   * «تلقى … مكالمة هاتفية من نظيره الجزائري عبد المجيد تبون، عبّر (له) فيها عن …»: a verb whose
   * words are said in a call, letter or cable («فيها», «خلاله») received earlier in the sentence
   * from someone named: the sender. Null when the sentence tells no such thing.
   */
  private callerSpeaking(verbToken: number): string | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[verbToken]!;
    let k = verbToken + 1;
    if (tokens[k]?.text === 'له' || tokens[k]?.text === 'لها') k++;
    if (!IN_THE_CALL.has(tokens[k]?.text ?? '')) return null;
    const first = this.s.sentences[sentence]!.first;
    // «… بعد تصريح لمولود جاويش أوغلو، وزير الخارجية التركي، أعلن فيه أن …»: the one whose statement it is.
    for (let j = verbToken - 1; j >= first && j >= verbToken - STATEMENT_REACH; j--) {
      const mention = this.mentions.at.get(j);
      if (mention && mention.clitic.endsWith('ل') && STATEMENT_OF.has(tokens[j - 1]?.text ?? '')) return mention.id;
    }
    // «بعث صاحب السمو ببرقية إلى الرئيس ماكرون، أعرب فيها عن …»: the sender of a cable or letter, not the one it went to.
    for (let j = verbToken - 1; j >= first; j--) {
      if (!SENT_VERBS.has(tokens[j]!.text)) continue;
      for (let m = j + 1; m < verbToken && m <= j + SENDER_REACH; m++) {
        if (tokens[m]!.text === 'الي' || tokens[m]!.stems.some((st) => st.prefix > 0 && st.text.startsWith('برقي'))) break;
        const mention = this.mentions.at.get(m);
        if (mention) return mention.id;
        // «بعث صاحب السمو ببرقية …»: a royal honorific with no name is the story's own ruler.
        if (ROYAL_HONORIFICS.has(tokens[m]!.text)) return this.firstHolderBefore(verbToken, ROYAL_SENDER_ROLES, (id) => this.reigns(id));
      }
      break;
    }
    for (let j = verbToken - 1; j >= first; j--) {
      if (!RECEIVED.has(tokens[j]!.text)) continue;
      // «… من نظيره الجزائري عبد المجيد تبون»: the first person named after «من».
      for (let f = j + 1; f < verbToken; f++) {
        if (tokens[f]!.text !== 'من') continue;
        for (let m = f + 1; m < verbToken && m <= f + 5; m++) {
          const mention = this.mentions.at.get(m);
          if (!mention) continue;
          // «وكان وانغ قد تلقى اتصالا من بلينكن، أكد خلاله أن الصين تدين …»: words that speak for the one
          // called's country are his.
          const receiver = this.mentionBetween(first, j);
          return (receiver && this.ownCountrySpeaker(verbToken, [mention.id, receiver.id])) ?? mention.id;
        }
      }
      return null;
    }
    return null;
  }

  /** Whether the words at token j take a stand: an imperfect verb («تدين», «لن تقبل»), or an adjective of commitment. */
  private takesStand(j: number): boolean {
    const { tokens } = this.ctx;
    let t = tokens[j];
    if (t && NEGATIONS.has(t.text)) t = tokens[j + 1];
    if (!t || t.kind !== 'word' || (t.gapBefore & ~Gap.Space) !== 0) return false;
    return COMMITTED.has(t.text) || (/^[تي]/.test(t.text) && t.text.length >= 4 && !t.text.startsWith('تم') && !STOP_WORDS_OF_CLAIMS.has(t.text));
  }

  /** Whether another person is named within a few words after token `last`, before the reported words open. */
  private personAfter(last: number, sentence: number): boolean {
    const { tokens } = this.ctx;
    for (let j = last + 1; j <= last + ADDRESSEE_WINDOW && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (this.isThat(tokens[j]!) || this.s.colonBefore(j) || this.opensQuote(j)) return false;
      if (this.mentions.at.has(j) || INTERLOCUTORS.has(tokens[j]!.text)) return true;
    }
    return false;
  }

  /** «سبق لـX أن»: the person X when the verb at i follows it, else null. */
  private saidBefore(i: number): TokenMention | null {
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
  private wordsOpenSoon(j: number): boolean {
    const sentence = this.s.sentenceOf[j - 1];
    for (let k = j; k <= j + MAX_SUBJECT_DISTANCE + 3 && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if (this.isThat(this.ctx.tokens[k]!) || this.s.colonBefore(k) || this.opensQuote(k)) return true;
    }
    return false;
  }

  /** The last person mention in tokens [from, to). */
  private mentionBetween(from: number, to: number): TokenMention | null {
    for (let j = to - 1; j >= from; j--) {
      const m = this.mentions.at.get(j);
      if (m) return m;
    }
    return null;
  }

  /**
   * Of `ids`, the one person whose country the reported words open with («أن مصر ملتزمة …», «أن الصين تدين …»):
   * one speaks for one's own country. Null when the words open with no country or it is not one of theirs alone.
   */
  private ownCountrySpeaker(verbToken: number, ids: readonly string[]): string | null {
    const { tokens, k } = this.ctx;
    const sentence = this.s.sentenceOf[verbToken];
    for (let j = verbToken + 1; j <= verbToken + OWN_COUNTRY_REACH && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (!this.isThat(tokens[j]!)) continue;
      const named = k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0];
      // The country takes a stand in the words («مصر ملتزمة», «الصين تدين», «القاهرة لن تقبل»); words that
      // describe it («الصومال بلد عربي») are as often said of the other's.
      if (!named || !this.takesStand(named.last + 1)) return null;
      const country = named.values[0]!;
      const own = [...new Set(ids)].filter((id) => k.people.get(id)?.terms.some((t) => t.country === country && isActive(t, this.ctx.date)));
      return own.length === 1 ? own[0]! : null;
    }
    return null;
  }

  /** Whether a verb of speech comes before token i in its sentence (words are already being reported). */
  private speechBefore(i: number): boolean {
    const sentence = this.s.sentenceOf[i]!;
    for (let j = i - 1; j >= this.s.sentences[sentence]!.first; j--) if (speechVerbAt(this.lexicon, this.ctx.tokens[j]!) || this.isThat(this.ctx.tokens[j]!)) return true;
    return false;
  }

  /** «أكدا», «وأعربا»: the dual of a speech verb (its form without the final alef is the singular). */
  private dual(i: number, verb: SpeechVerb | null): boolean {
    if (!verb || verb.participle) return false;
    const stem = conjunctionStems(this.ctx.tokens[i]!).at(-1) ?? '';
    // «يتفقان», «يؤكدان»: the imperfect dual of a headline.
    if (verb.present && stem.length > 4 && stem.endsWith('ان')) return true;
    return stem.length > 3 && stem.endsWith('ا') && this.lexicon.verbs.get(stem.slice(0, -1))?.lemma === verb.lemma;
  }

  /** «الرئيسان الأمريكي X والروسي Y»: two people named within a few words after a dual subject. */
  private namedPairAfter(j: number): [TokenMention, TokenMention] | null {
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
  private coordinatedAfter(m: TokenMention): TokenMention | null {
    return this.joinedAfter(m.last, m.id);
  }

  /** The person joined by «و» right after token `last` («… وفخامة الرئيس الإيراني»), other than `self`. */
  private joinedAfter(last: number, self: string | null): TokenMention | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[last];
    let k = last + 1;
    const t = tokens[k];
    // «وشدد "بن زايد" و"بن راشد"»: outlets that quote names close the quote before the «و».
    if (!t || (t.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0 || this.s.sentenceOf[k] !== sentence) return null;
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
      // «… وزراء جمهورية الهند»: the country of the title.
      const country = this.ctx.k.countryNames.matchAt(tokens, k, { clitics: false })[0];
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

  /** The last person named before token i, outside reported words, of another country than `self`. */
  private guestBefore(i: number, self: string | null): TokenMention | null {
    const countries = (id: string | null) => new Set(id ? (this.ctx.k.people.get(id)?.terms.map((t) => t.country) ?? []) : []);
    const own = countries(self);
    for (let n = this.mentions.all.length - 1; n >= 0; n--) {
      const m = this.mentions.all[n]!;
      if (m.first >= i || m.id === self || this.insideReported(m)) continue;
      if (![...countries(m.id)].some((c) => own.has(c))) return m;
    }
    return null;
  }

  private coordinatedBefore(subject: TokenMention): TokenMention | null {
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
  private commaListHead(subject: TokenMention, verbToken: number): TokenMention | null {
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

  /**
   * «أكد موسى أبو مرزوق، …»: right after the verb, a given name that the knowledge knows as someone's first
   * name, then a word of a name, neither of them a person found: the subject is a person nobody lists.
   */
  private unlistedPersonAfter(verbToken: number): boolean {
    const { tokens, k } = this.ctx;
    const given = tokens[verbToken + 1];
    const family = tokens[verbToken + 2];
    if (!given || !family || this.s.sentenceOf[verbToken + 2] !== this.s.sentenceOf[verbToken]) return false;
    if ((given.gapBefore & ~Gap.Space) !== 0 || (family.gapBefore & ~Gap.Space) !== 0) return false;
    if (this.mentions.at.has(verbToken + 1) || this.mentions.at.has(verbToken + 2) || this.mentionEndingAt(verbToken + 2)) return false;
    if (!k.givenNames.has(given.text) || given.text.length < 3 || given.text.startsWith('ال') || this.isThat(given) || PREPOSITIONS.has(given.text) || STOP_WORDS.has(given.text)) return false;
    if (family.kind !== 'word' || this.isThat(family) || STOP_WORDS_OF_CLAIMS.has(family.text) || STOP_WORDS.has(family.text)) return false;
    // «أكد محمد بن سلمان»-like lineages and names read as titles stay with the rules above.
    return !speechVerbAt(this.lexicon, family) && !PREPOSITIONS.has(family.text);
  }

  /** Family names of people no file lists, by the token of their first full mention («خالد مشعل»: مشعل). */
  private unlistedSurnames: Map<string, number> | null = null;

  /**
   * «من جانبه، أثنى مشعل على …»: the word right after the verb is the family name of someone no file lists whom the
   * story named in full before (a known given name and that word, «خالد مشعل»), not of anyone it lists.
   */
  private unlistedSurnameAfter(verbToken: number): boolean {
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

  /** «X وهو يؤكد …»: the person named right before «وهو/وهي» (a few words back, in the sentence), or null. */
  private circumstantialSubject(i: number): TokenMention | null {
    const { tokens } = this.ctx;
    if (!CIRCUMSTANTIAL.has(tokens[i - 1]?.text ?? '') || (tokens[i]!.gapBefore & ~Gap.Space) !== 0) return null;
    const sentence = this.s.sentenceOf[i]!;
    const first = this.s.sentences[sentence]!.first;
    const m = this.mentionEndingAt(i - 2);
    return m && m.first >= first ? m : null;
  }

  /** «الجانب الروسي», «الطرف المصري» right after a verb: the country of that side, and the subject's last token. */
  private sideByCountry(j: number): { code: string; last: number } | null {
    const { tokens, k } = this.ctx;
    const head = tokens[j];
    if (!head || !SIDE_HEADS.has(head.text) || (head.gapBefore & ~Gap.Space) !== 0) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, j + 1, { clitics: false })[0];
    if (!adjective || adjective.values.length !== 1 || (tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return null;
    return { code: adjective.values[0]!, last: adjective.last };
  }

  /** «: «أكدت …»», «: «توافقنا …»»: a past verb in the first person (ت, نا) that opens a quotation right after a colon, with no subject after it. */
  private firstPersonOpeningQuote(i: number): boolean {
    const { tokens } = this.ctx;
    if (!this.opensQuote(i) || !this.s.colonBefore(i)) return false;
    const word = conjunctionStems(tokens[i]!).at(-1) ?? '';
    if (!/(?:ت|نا)$/.test(word)) return false;
    const next = i + 1;
    return !(this.mentions.at.has(next) || this.nonPersonHeadAt(next, this.s.sentenceOf[i]!));
  }

  /** «أما X، …، فقال»: the verb with ف right after the comma that closes the aside after X, or -1. */
  private topicVerbAfterAside(m: TokenMention): number {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[m.first];
    for (let j = m.last + 2; j < tokens.length && j <= m.last + TOPIC_ASIDE_WORDS && this.s.sentenceOf[j] === sentence; j++) {
      const token = tokens[j]!;
      if ((token.gapBefore & Gap.Comma) === 0 || !token.text.startsWith('ف')) continue;
      const verb = this.reportingVerbAt(j);
      return verb && !verb.participle ? j : -1;
    }
    return -1;
  }

  // Triggers ----------------------------------------------------------------------------------------

  private findTriggers(): Trigger[] {
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
        const afterAside = TOPIC.has(tokens[this.titleStart(m) - 1]?.text ?? '') ? this.topicVerbAfterAside(m) : -1;
        if (afterAside >= 0 && !svVerbs.has(afterAside)) {
          svVerbs.set(afterAside, m);
          svBoundary.set(afterAside, afterAside);
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
      const topic = TOPIC.has(tokens[this.titleStart(m) - 1]?.text ?? '') && token.text.startsWith('ف');
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
      if (this.inQuote(i) && !(svVerbs.has(i) && this.reportedByInstitution(i)) && !(this.namedRightAfter(i) && this.quotedFromInstitution(i))) continue;
      const verb = this.reportingVerbAt(i);
      // «موضحا: «جددت التأكيد على …»», «وأضاف: «أكدنا …»»: a verb in the first person that opens the quotation
      // after a colon is the quoted speaker's own word, not a new report.
      if (verb && this.firstPersonOpeningQuote(i)) continue;
      // «وسئل أوشاكوف هل أبلغ ترامب بوتين …»: a question asked is nobody's statement.
      if (verb && QUESTIONS.has(tokens[i - 1]?.text ?? '')) continue;
      // «وقدّر الملك الموقف الذي عبر عنه عبد المهدي»: a verb of speech in a clause describing what it refers back to
      // («عنه») tells nothing new; the sentence's own speaker goes on.
      if (verb && RELATIVES.has(tokens[i - 1]?.text ?? '') && BACK_REFERENCE.has(tokens[i + 1]?.text ?? '') && !this.wordsOpenSoon(i + 2)) continue;
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
      const reported = this.reportNoun(i);
      if (reported) triggers.push(reported);
      const colon = this.nameAndColon(i);
      if (colon) triggers.push(colon);
    }
    return triggers;
  }

  /**
   * The speech verb at token i, or a light verb («تقدم», «قدم», «وجه») when one of its nouns of
   * speech follows within the reach of a subject and a frame («وتقدم جلالة الملك بالشكر …»).
   */
  private reportingVerbAt(i: number): SpeechVerb | null {
    const { tokens } = this.ctx;
    const token = tokens[i];
    if (!token) return null;
    const verb = speechVerbAt(this.lexicon, token);
    if (verb) return verb;
    // «وصفها لافروف بأنها …»; without the name after it («…، ووصفها بأنها …») the words before go on.
    const named = namedVerbAt(this.lexicon, token);
    // «هاجمت الوزيرة موقف أديس أبابا، ووصفته بأنه …»: with no words reported yet in the sentence, the sentence's subject speaks.
    // («وأبرز السيد ماكرون …»: past an honorific of courtesy.)
    const nameAt = COURTESY.has(this.ctx.tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    if (named) return this.mentions.at.has(i + 1) || this.mentions.at.has(nameAt) || (named.object && !this.speechBefore(i)) ? named : null;
    const light = lightVerbAt(this.lexicon, token);
    if (!light) return null;
    // «…، مجددا التزام بلاده»: a participle that is also the adverb «again» («أكد مجددا أن») reports
    // only after a comma and with its noun right after it.
    if (light.participle) return (token.gapBefore & Gap.Comma) !== 0 && tokens[i + 1] !== undefined && isSpeechNoun(light, tokens[i + 1]!) ? light : null;
    const sentence = this.s.sentenceOf[i];
    for (let j = i + 1; j <= i + MAX_SUBJECT_DISTANCE && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (isSpeechNoun(light, tokens[j]!)) return light;
      if ((tokens[j]!.gapBefore & Gap.Comma) !== 0 || this.isThat(tokens[j]!)) break;
    }
    return null;
  }

  /** «وقال X …»: the subject, if any, comes after the verb. */
  private verbFirst(i: number, verb: SpeechVerb): Trigger {
    const trigger: Trigger = { verbToken: i, verb, boundary: i, subject: null, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null };
    const { tokens } = this.ctx;
    // «…، لكنه وصف الحوار بأنه كان صريحا», «إلا أنه شدد على …»: the pronoun is the subject; what follows the verb is its object.
    const previous = tokens[i - 1];
    // «… كيريل دميترييف، الذي وصف المحادثات بأنها مثمرة»: the person the relative clause is about speaks.
    // Not when a subject is named after the verb («الاتصال بين ترامب وبوتين، الذي قال ترامب بعده إن …»).
    const antecedent = previous && RELATIVES.has(previous.text) && (tokens[i]!.gapBefore & ~Gap.Space) === 0 && !this.mentions.at.has(i + 1) ? this.mentionEndingAt(i - 2) : null;
    if (antecedent && !verb.participle && this.s.sentenceOf[antecedent.last] === this.s.sentenceOf[i]) {
      trigger.subject = antecedent;
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
    // «وقال وهو يجلس إلى جانب نظيره الروسي: …»: a circumstantial clause about the one already speaking.
    if (CIRCUMSTANTIAL.has(tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i]) return trigger;
    // «وأوضح بلينكن أنه دعا لافروف إلى …»: after «أنه» the verb's subject is the pronoun, the one speaking; the name after it is addressed.
    if (i > 0 && this.thatWithPronoun(tokens[i - 1]!.text) && (tokens[i]!.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[i - 1] === this.s.sentenceOf[i]) {
      // «…، وأنهما يؤكدان …»: the words before end before «وأنهما».
      if (verb.present && DUAL_THAT.has(tokens[i - 1]!.text)) trigger.boundary = i - 1;
      return trigger;
    }
    if (HONORIFIC_PRONOUNS.has(tokens[i + 1]?.text ?? '') && this.s.sentenceOf[i + 1] === this.s.sentenceOf[i]) {
      trigger.pronoun = true;
      // «وشدد جلالته والرئيس المصري على …»: the honorific and a second person joined to it speak together.
      const partner = this.mentions.at.get(i + 2);
      if (partner && partner.clitic.startsWith('و') && (tokens[i + 2]!.gapBefore & ~Gap.Space) === 0 && this.s.sentenceOf[i + 2] === this.s.sentenceOf[i]) trigger.pair = partner;
      return trigger;
    }
    const sentence = this.s.sentenceOf[i]!;
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
    const apposedToUnlisted = titled || this.mentions.at.has(i + 1) ? null : this.apposedAfterUnlistedTitle(i);
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
      trigger.institution = true;
      trigger.institutionAt = i + 1;
      return trigger;
    }
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
      // «واتفقا على تنشيط الحوار بين وزيري الخارجية سيرغي لافروف …», «ورحب بمشاركة الرئيس القبرصي»: after the
      // verb's own preposition come the words, not its subject.
      // («شدد … علي باقري كني على أن …»: «علي», a name's first word, reads as «على» once normalised: a name that starts there is no preposition.)
      const nameHere = (this.mentions.at.get(j)?.last ?? j) > j;
      if ((verb.complement.has(token.text) && !nameHere) || (j === i + 1 && !this.mentions.at.has(j) && this.complementClitic(token, verb))) break;
      // «ونقل إليه تحيات الرئيس السيسي»: after the verb's noun of speech comes the one it is from, not the subject.
      if (verb.nouns.size > 0 && isSpeechNoun(verb, token)) break;
      // «أعرب الفريق أول البرهان»: the family name after the verb, an honorific or rank between them.
      const m = this.mentions.at.get(j) ?? (j === i + 1 || this.onlyHonorifics(i + 1, j) ? this.familyNameAt(j) : null);
      // «أبلغ نظيره الروسي …»: the one told is no speaker; «أبلغ أردوغان ولي العهد السعودي أن …»: with a second person
      // after it, the first is the one telling.
      // («أبلغ الوزير الأمريكي الصحفيين أن …»: with the press told after the person, the person is the one telling.)
      if (m && verb.addressee && !this.personAfter(m.last, sentence) && !THE_PRESS.has(tokens[m.last + 1]?.text ?? '')) break;
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
    if (this.institutionAt(i + 1, sentence)) {
      trigger.institution = true;
      trigger.institutionAt = i + 1;
    } else {
      const before = this.institutionBefore(i);
      trigger.institution = before >= 0;
      if (before >= 0) trigger.institutionAt = before;
    }
    return trigger;
  }

  /**
   * «وهذه أبرز ما جاء في تصريحات رئيس الدبلوماسية الروسية:» and then one statement per bulleted
   * line, as RT Arabic and Sputnik print a press conference or a speech: each line of the list is
   * the words of the person the header names. The first token of each line → that person.
   */
  private listedStatements(): Map<number, TokenMention | typeof SPEAKING> {
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
  private bulletBefore(i: number): boolean {
    const text = this.ctx.norm.text.slice(this.ctx.tokens[i - 1]!.end, this.ctx.tokens[i]!.start);
    return BULLET_LINE.test(text);
  }

  /** The person a list's header gives the statements to: the first one named after a noun of statement or a speech verb. */
  private listHeader(sentence: number): TokenMention | typeof SPEAKING | null {
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
  private nameAndColon(i: number): Trigger | null {
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
  private servantOf(i: number): TokenMention | null {
    const { tokens, k } = this.ctx;
    const title = k.titles.matchAt(tokens, i, { clitics: false }).find((t) => t.last === i);
    const principal = this.mentions.at.get(i + 1);
    if (!title || !principal || principal.clitic !== '' || tokens[i]!.text.startsWith('ال') || (tokens[i + 1]!.gapBefore & ~Gap.Space) !== 0) return null;
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
  private colonAfterFrame(next: number, sentence: number): number {
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

  /** Reported words opened after the subject («… زاخاروفا، الخميس، أنه …»): the verb's own words follow it. */
  private wordsFollow(subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[subject.first]!;
    for (let j = subject.last + 1; j < tokens.length && j <= subject.last + MAX_CONTENT_DISTANCE && this.s.sentenceOf[j] === sentence; j++) {
      if (this.isThat(tokens[j]!) || this.s.colonBefore(j) || this.opensQuote(j)) return true;
    }
    return false;
  }

  /** «…، يقول لافروف.», «…، قال لافروف للصحفيين.»: a verb after a comma whose subject ends the sentence. */
  private closesSentence(i: number, subject: TokenMention): boolean {
    const { tokens } = this.ctx;
    if ((tokens[i]!.gapBefore & Gap.Comma) === 0) return false;
    const sentence = this.s.sentenceOf[i]!;
    const end = this.s.sentences[sentence]!.last;
    if (end - subject.last > 1) return false;
    return end === subject.last || tokens[end]!.text.startsWith('ل');
  }

  /** «"لن نقبل الإملاءات"، قال لافروف»: a verb with its subject right after a closing quote gives that quote. */
  private afterQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    if ((token.gapBefore & Gap.Quote) === 0 || i === 0) return false;
    const q = this.s.quoteAt(this.ctx.tokens[i - 1]!.start);
    return q !== null && q.close < token.start && this.s.sentenceOf[i - 1] === this.s.sentenceOf[i];
  }

  /** «أعلنه», «قالته», «أكدته»: a verb of saying with the pronoun of what was said (after «وفق ما», «بحسب ما»). */
  private saidIt(token: Token | undefined): boolean {
    if (!token) return false;
    const bare = /^(.{2,}?)(ه|ها)$/.exec(token.text)?.[1];
    if (!bare) return false;
    // «قاله» is «قال» + «ه»; «أعلنته» is «أعلنت» + «ه» (a woman said it).
    return this.lexicon.verbs.has(bare);
  }

  /** «بحسب لافروف», «وفقا للمتحدث …»: an according-to phrase naming a person. */
  private according(i: number): Trigger | null {
    const { tokens } = this.ctx;
    const token = tokens[i]!;
    if (!conjunctionStems(token).some((w) => this.lexicon.according.has(w))) return null;
    const sentence = this.s.sentenceOf[i]!;
    // «وفق ما أعلنه وزير الخارجية …», «بحسب ما قالته …»: the verb of saying with its pronoun, then the one who said it.
    let from = i + 1;
    if (tokens[from]?.text === 'ما' && this.saidIt(tokens[from + 1])) from += 2;
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
  private reportNoun(i: number): Trigger | null {
    const { tokens } = this.ctx;
    if (!this.lexicon.reportNouns.has(tokens[i]!.text)) return null;
    // «وأضاف أن إقرار زيلينسكي بأن …»: what someone said, told inside another's words, stays those words.
    if (this.afterThat(i) && !this.reportedByInstitution(i)) return null;
    const sentence = this.s.sentenceOf[i]!;
    // A title of a few words may come between the noun and the name («إعلان الرئيس الأوكراني فولوديمير زيلينسكي»).
    let m: TokenMention | undefined;
    for (let j = i + 1; j <= i + 1 + REPORT_NOUN_TITLE && j < tokens.length && !m; j++) {
      if ((tokens[j]!.gapBefore & ~Gap.Space) !== 0 || this.isThat(tokens[j]!) || speechVerbAt(this.lexicon, tokens[j]!)) return null;
      m = this.mentions.at.get(j);
    }
    if (!m) return null;
    const that = tokens[m.last + 1];
    if (!that || this.s.sentenceOf[m.last + 1] !== sentence || (that.gapBefore & (Gap.Stop | Gap.Newline | Gap.Quote)) !== 0 || !this.isThat(that)) return null;
    return { verbToken: i, verb: null, boundary: i, subject: m, institution: false, contentBefore: false, pronoun: false, joint: false, pair: null };
  }

  // Speaker and content ------------------------------------------------------------------------------

  private resolve(trigger: Trigger, last: Draft | null): Draft | null {
    const sentence = this.s.sentenceOf[trigger.verbToken]!;
    let speaker: string | null = null;
    let reportedBy: string | null = null;
    let after = trigger.listed ? trigger.verbToken : trigger.pronoun && trigger.pair ? trigger.pair.last + 1 : trigger.verbToken + (trigger.pronoun ? 2 : 1);
    let joint = trigger.joint;
    let pair = trigger.pair ? trigger.pair.id : null;
    let descriptor: ReturnType<ClaimExtractor['descriptorAfter']> = null;
    if (trigger.continues) {
      // The one speaking in this sentence; else the sentence's own subject («كرر لافروف …، غير أنه شدد …»); else the one already speaking.
      const own = this.sentenceSubject.get(sentence);
      if (last && last.sentence === sentence && !last.joint) [speaker, reportedBy, pair] = [last.speaker, last.reportedBy, last.pair];
      else if (own && own.first < trigger.verbToken) speaker = own.id;
      else if (last && last.outer) speaker = last.outer;
      else if (last && !last.joint) [speaker, reportedBy, pair] = [last.speaker, last.reportedBy, last.pair];
    } else if (trigger.subject) {
      speaker = this.salient(trigger.subject, last);
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
    } else if (!trigger.pronoun && !trigger.institution && (descriptor = this.descriptorAfter(trigger.verbToken)) !== null) {
      // «وأضاف المسؤول الروسي» where two Russians were named: the one being quoted, if they fit.
      if (last && last.speaker && this.holds(last.speaker, descriptor.roles, descriptor.country)) [speaker, reportedBy] = [last.speaker, last.reportedBy];
      // «… مشيرا إلى أن ترامب أكد …. وتابع المسؤول الروسي أن …»: the one who was speaking a few sentences back, if they fit.
      else speaker = this.recentSpeaker(sentence, descriptor) ?? this.onlyToldHolder(trigger.verbToken, descriptor);
      after = descriptor.last + 1;
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
        const about = speaker === null && trigger.verb?.participle && nobodys ? this.mentions.at.get(here.start) : undefined;
        if (about && !this.isObject(about)) speaker = about.id;
        // «وقال المتحدث إن الضيف القطري حمل إلى الرئيس تحيات الأمير، وأكد حرص الدوحة …», «قال الكرملين إن بوتين شرح …،
        // وأبدى قلقه …»: a verb joined by «و» inside the words told goes on with the one they are about, the subject of
        // the clause of «أن/إن».
        const inner = !trigger.verb?.participle && !trigger.subject && !trigger.pronoun && (here.trigger.subject || here.trigger.institution) && toldOf && this.ctx.tokens[trigger.verbToken]!.text.startsWith('و')
          ? this.mentions.at.get(here.start)
          : undefined;
        if (inner && inner.id !== here.speaker && !this.isObject(inner) && (this.ctx.tokens[trigger.verbToken]!.gapBefore & Gap.Comma) !== 0) [speaker, reportedBy] = [inner.id, null];
      }
      // «بعث سموه برقية …، عبر فيها عن …», «مكالمة أجراها جلالته …، جدد خلالها …»: the honorific is the sentence's subject.
      else if (honorific >= 0) speaker = this.dignitaryBefore(honorific - 1);
      else if (subject && subject.first < trigger.verbToken) speaker = subject.id;
      // «وأضاف أوشاكوف أن بوتين أطلع ترامب على …. وأوضح أن …»: the one whose words held the last claim goes on.
      else if (last && last.outer && last.sentence !== sentence && !this.ledByOther(sentence, trigger.verbToken)) speaker = last.outer;
      else if (last && !this.ledByOther(sentence, trigger.verbToken)) [speaker, reportedBy] = [last.speaker, last.reportedBy];
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

  /** The speaker of words of the same sentence that token i stands inside, when another than `speaker`. */
  private outerSpeaker(i: number, sentence: number, speaker: string): string | null {
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
  private addresseeAfterShared(trigger: Trigger, last: Draft | null, sentence: number): boolean {
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
  private ledByOther(sentence: number, verbToken: number): boolean {
    const { tokens } = this.ctx;
    const first = this.s.sentences[sentence]!.first;
    const subject = first + 1;
    if (subject >= verbToken || tokens[first]!.kind !== 'word' || this.mentions.at.has(subject)) return false;
    if (PREPOSITIONS.has(tokens[first]!.text) || this.isThat(tokens[first]!) || (tokens[subject]!.gapBefore & ~Gap.Space) !== 0) return false;
    return this.nonPersonHeadAt(subject, sentence) || INSTITUTION_HEADS.has(tokens[subject]!.text) || this.ctx.k.countryNames.matchAt(tokens, subject, { clitics: false }).length > 0;
  }

  /** «عن الجانبين», «عن الوزيرين» a few words after a verb of relaying: the token of the joint word. */
  private relayedFromBoth(from: number, sentence: number): number | null {
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
  private relaySource(from: number, sentence: number): TokenMention | null {
    const { tokens } = this.ctx;
    for (let j = from; j < from + 8 && j < tokens.length - 1; j++) {
      if (this.s.sentenceOf[j] !== sentence || this.isThat(tokens[j]!)) return null;
      if (this.lexicon.relayFrom.has(tokens[j]!.text)) {
        // «عن وزير الخارجية حسين …»: a title of a few words may stand before the name.
        for (let k = j + 1; k <= j + 1 + RELAY_TITLE_WORDS && k < tokens.length; k++) {
          const token = tokens[k]!;
          if (this.s.sentenceOf[k] !== sentence || (token.gapBefore & ~Gap.Space) !== 0 || this.isThat(token)) break;
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

  /**
   * The first token of the reported words, or -1 when the verb introduces none. Far from
   * the verb only «أن» and a colon count (and a preposition of the verb's own, for verbs
   * that need one: «شدد أثناء المكالمة، على أن»); an ordinary verb (زاد، تابع) with no
   * named speaker is speech only when the words follow at once.
   */
  private contentStart(trigger: Trigger, from: number, sentence: number): number {
    const { tokens } = this.ctx;
    // A bulleted line of a person's statements is all words, whatever «أن» it holds.
    if (trigger.listed) return from;
    const verb = trigger.verb;
    // «عبر له فيها عن …», «وأكد بدوره أن …», «أشاد بايدن أيضا بقرار …»: the one addressed and the occasion, as pronouns,
    // and «أيضا/كذلك» stand between verb and words.
    while (from < tokens.length && this.s.sentenceOf[from] === sentence && ASIDES.has(tokens[from]!.text) && (tokens[from]!.gapBefore & ~Gap.Space) === 0) from++;
    // A weak verb (زاد، تابع، نقل) is speech far from its words only with a subject of its own: a person or an institution.
    // «وكتب سمو الأمير المفدى، في تغريدة، أن …»: an honorific after the verb is a person as subject too.
    const honorific = HONORIFIC_NOUNS.has(tokens[trigger.verbToken + 1]?.text ?? '');
    // («وحث نظيره الروسي على …»: the counterpart called on stands between a verb of appeal and its words.)
    const calledOn = verb !== null && verb.appeal && COUNTERPART.has(tokens[trigger.verbToken + 1]?.text ?? '');
    const strict = verb !== null && verb.weak && trigger.subject === null && !trigger.institution && !trigger.pronoun && !trigger.dignitary && !honorific && !calledOn;
    const limit = strict ? from + 1 : from + MAX_CONTENT_DISTANCE;
    // «رحب السوداني في كلمته بعودة …», «شدد خلال اللقاء على …»: after the frame of the statement
    // (where and when it was made), the verb's preposition is as near as right after the verb.
    const framed = FRAME.has(tokens[from]?.text ?? '') ? this.afterFrame(from, sentence, trigger.subject?.id ?? null) : from;
    // «جدد عزمه على …», «تقدم بالشكر إلى …», «قدم له خلال الاتصال التعازي»: the words start at
    // the noun of speech, after at most the one addressed and the frame.
    if (verb && verb.nouns.size > 0) {
      for (let j = from, aside = 0, resumed = -1; j <= from + NOUN_DISTANCE + aside && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
        const token = tokens[j]!;
        // «جدد الرئيس، حسب البيان، دعمه …», «جدد، خلال الاستقبال، تعبيره عن …»: an according-phrase or a
        // frame between commas is set aside.
        const asideOpens = this.lexicon.according.has(token.text) || (FRAME.has(token.text) && j !== resumed);
        if ((token.gapBefore & Gap.Comma) !== 0 && asideOpens) {
          // («، خلال محادثاته مع نظيره السوداني علي يوسف في مدينة بورتسودان،»: a frame may be long.)
          const close = this.closingComma(j, sentence, FRAME.has(token.text) ? LONG_FRAME : 5);
          if (close > j) {
            aside += close - j;
            resumed = close;
            j = close - 1;
            continue;
          }
        }
        if (j > from && j !== resumed && ((token.gapBefore & Gap.Comma) !== 0 || this.opensQuote(j))) break;
        if (isSpeechNoun(verb, token)) return j;
        if (this.isThat(token) || speechVerbAt(this.lexicon, token)) break;
      }
      if (verb.light) return -1;
    }
    // «وقال جلالته، في كلمة خلال قمة … التي انعقدت اليوم … بدعوة من الرئيس …، إن …»: a frame between commas
    // may be longer than the usual reach; the words start at «إن» right after its closing comma.
    // «وقال لافروف، في تصريحات أدلى بها عقب محادثات أجراها أمس …، التي جرت على هامش …: "…"»: or at the colon that
    // closes the frame (past the relative clauses it holds).
    if (!strict && FRAME.has(tokens[from]?.text ?? '') && (tokens[from]!.gapBefore & Gap.Comma) !== 0) {
      for (let j = from + 1; j <= from + LONG_FRAME && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
        const token = tokens[j]!;
        if (this.s.colonBefore(j)) return j;
        if (this.opensQuote(j) || (speechVerbAt(this.lexicon, token) && !RELATIVES.has(tokens[j - 1]?.text ?? ''))) break;
        if ((token.gapBefore & Gap.Comma) !== 0) {
          if (this.thatWord(token)) return this.inSentence(j + 1, sentence);
          if (RELATIVES.has(token.text)) continue;
          break;
        }
      }
    }
    for (let j = from; j < limit && j < tokens.length; j++) {
      const token = tokens[j]!;
      const near = j === from || (!strict && j === framed);
      if (this.s.sentenceOf[j] !== sentence) break;
      // «وقال بلينكن للصحفيين بعد الاجتماع "أوضحت بجلاء قلقنا …"»: a quotation that opens with a verb of speech in the
      // first person is the words, not another report.
      if (this.opensQuote(j) && (near || !verb?.object)) return j;
      // «في الكلمة التي اختتم بها أعمال المؤتمر: …»: a verb of a relative clause in the frame is not another report.
      if (j > from && speechVerbAt(this.lexicon, token) && !(FRAME.has(tokens[from]?.text ?? '') && RELATIVES.has(tokens[j - 1]?.text ?? ''))) break;
      if (this.s.colonBefore(j)) return j;
      // «أكد أهمية أن تتخذ روسيا …»: «أن» after a noun of necessity is that noun's; the words start at the noun.
      if (this.thatWord(token) && j === from + 1 && verb?.object && NECESSITY.has(tokens[from]!.text)) return from;
      // Far from the verb, «وأن» coordinates inside the words already reported; «دون أن» is no report.
      if (this.thatWord(token) && (near || (token.text !== 'وان' && !NOT_REPORTING_THAT.has(tokens[j - 1]?.text ?? ''))))
        return this.inSentence(j + 1, sentence);
      // «وصف شكري المحادثات بأنها عميقة»: what is described is part of what was said.
      if (this.thatWithPronoun(token.text)) return verb?.object && !near && token.text.startsWith('ب') ? from : j;
      if (this.lexicon.relaySaying.has(token.text)) return this.afterSaying(j, sentence);
      // «أشاد الوزير بدور المملكة», «نوه سموه بحرص …»: the preposition ب/ل on the first word of the words.
      if (verb && near && this.complementClitic(token, verb)) return j;
      const complement = verb && (verb.complement.has(token.text) || (isCliticOnly(token.text) && verb.complement.has(token.text.slice(-1))));
      // «ودعا الرئيس إسرائيل إلى الانسحاب», «وطالب موسكو بسحب قواتها»: the one called on is part of the words.
      if (verb?.appeal && j > framed && (complement || this.complementClitic(token, verb)) && this.addressedFrom(framed, j)) return framed;
      if (complement && (near || !verb.object)) {
        const next = tokens[j + 1];
        return this.inSentence(next && THAT.has(next.text) ? j + 2 : j + 1, sentence);
      }
    }
    if (verb && verb.object && !verb.weak) return this.inSentence(this.afterFrame(from, sentence, trigger.subject?.id ?? null), sentence);
    if (!verb) return this.inSentence(this.skipComma(from), sentence);
    return -1;
  }

  /** Whether the words from..to-1 can be the one called on: a few words, no comma, no «أن». */
  private addressedFrom(from: number, to: number): boolean {
    if (to - from > ADDRESSEE_WORDS) return false;
    for (let k = from; k < to; k++) {
      const token = this.ctx.tokens[k]!;
      if ((k > from && (token.gapBefore & Gap.Comma) !== 0) || this.isThat(token) || this.opensQuote(k)) return false;
    }
    return true;
  }

  /** «جدد بدر عبدالعاطي، وزير الخارجية والهجرة المصري، تأكيد …»: past a title between commas after the subject. */
  private pastTitle(j: number, sentence: number): number {
    const token = this.ctx.tokens[j];
    if (!token || (token.gapBefore & Gap.Comma) === 0 || this.ctx.k.titles.matchAt(this.ctx.tokens, j).length === 0) return j;
    const close = this.closingComma(j, sentence);
    return close > j ? close : j;
  }

  /** The token after the comma that closes a parenthetical opened at j, or -1 within `reach` words. */
  private closingComma(j: number, sentence: number, reach = 5): number {
    for (let k = j + 1; k <= j + reach && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if ((this.ctx.tokens[k]!.gapBefore & Gap.Comma) !== 0) return k;
    }
    return -1;
  }

  /** A verb's one-letter preposition (ب، ل) written on the word after it: «بدور», «بحرص». */
  private complementClitic(token: Token, verb: SpeechVerb): boolean {
    if (token.kind !== 'word' || isCliticOnly(token.text)) return false;
    // «أشاد بما حققته الصين», «نوه بما تم»: «ما» is too short a word to be read off its clitic, and is the words.
    if (token.text.length === 3 && token.text.endsWith('ما') && verb.complement.has(token.text[0]!)) return true;
    return token.stems.some((st) => st.prefix === 1 && verb.complement.has(token.text[0]!));
  }

  /** «قوله لبومبيو: "…"»: after «قوله», the words start at a colon or quote close by, else right after it. */
  private afterSaying(j: number, sentence: number): number {
    // «تأكيده أن …», «ترحيبه بعرض …»: a noun of what was said is part of the words; only «قوله» is not.
    if (!this.ctx.tokens[j]!.text.startsWith('قول')) return j;
    for (let k = j + 1; k <= j + 3 && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if (this.s.colonBefore(k) || this.opensQuote(k)) return k;
    }
    // «قوله إن …»: the words start after إن.
    const next = this.ctx.tokens[j + 1];
    return this.inSentence(next && THAT.has(next.text) ? j + 2 : j + 1, sentence);
  }

  private skipComma(j: number): number {
    const next = this.ctx.tokens[j];
    return next && THAT.has(next.text) ? j + 1 : j;
  }

  private inSentence(j: number, sentence: number): number {
    return j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence ? j : -1;
  }

  // The claims --------------------------------------------------------------------------------------

  private finish(drafts: Draft[], joint?: Map<Claim, JointSide>): Claim[] {
    const { tokens } = this.ctx;
    const claims: Claim[] = [];
    for (let d = 0; d < drafts.length; d++) {
      const draft = drafts[d]!;
      const next = drafts[d + 1];
      let end = this.s.sentences[draft.sentence]!.last;
      if (draft.trigger.sentenceBefore) end = this.s.sentences[draft.sentence - 1]!.last;
      else if (draft.trigger.contentBefore) end = draft.trigger.verbToken - 1;
      else if (next && next.sentence === draft.sentence && next.trigger.boundary > draft.start - 1)
        end = Math.min(end, next.trigger.boundary - 1);
      end = this.beforeContrast(draft.start, end);
      while (end >= draft.start && TRAILING.has(tokens[end]!.text)) end--;
      if (end < draft.start) {
        // «ذكر X أن Y أكد …»: the words are Y's, relayed by X.
        if (next && next.trigger.subject && next.trigger.boundary === draft.start && draft.speaker && next.speaker !== draft.speaker)
          next.reportedBy ??= draft.speaker;
        continue;
      }
      const claim = this.claim(draft, end);
      if (draft.pair && draft.speaker && draft.pair !== draft.speaker) claim.speakers = [draft.speaker, draft.pair, ...(draft.trigger.also ?? []).map((x) => x.id)];
      else if (draft.joint && !draft.speaker) joint?.set(claim, draft.joint);
      claims.push(claim);
    }
    return claims;
  }

  private claim(draft: Draft, last: number): Claim {
    const { tokens, norm } = this.ctx;
    let from = tokens[draft.start]!.start;
    let to = tokens[last]!.end;
    const opening = this.s.quoteAt(from);
    if (opening && opening.open < from && this.gapStart(draft.start) <= opening.open) from = opening.open;
    const closing = this.s.quoteAt(to - 1);
    if (closing && closing.close >= to && closing.open >= from) to = closing.close + 1;
    const quotes = this.s.quotes.filter((q) => q.open >= from && q.close < to && q.close - q.open > 1);
    const quote = quotes.length
      ? quotes
          .map((q) => {
            const r = originalRange(norm, q.open + 1, q.close);
            return norm.original.slice(r.start, r.end).trim();
          })
          .filter(Boolean)
          .join(' … ')
      : null;
    const range = originalRange(norm, from, to);
    const verbSpan = draft.trigger.colon
      ? { start: 0, end: 0 }
      : originalRange(norm, tokens[draft.trigger.verbToken]!.start, tokens[draft.trigger.verbToken]!.end);
    const institution = draft.speaker === null && draft.trigger.institutionAt !== undefined ? this.institutionName(draft.trigger.institutionAt) : undefined;
    return {
      speaker: draft.speaker,
      ...(institution ? { institution } : {}),
      reportedBy: draft.reportedBy,
      verb: draft.trigger.colon ? ':' : norm.original.slice(verbSpan.start, verbSpan.end),
      text: norm.original.slice(range.start, range.end),
      quote: quote || null,
      start: range.start,
      end: range.end,
    };
  }

  // Helpers -----------------------------------------------------------------------------------------

  /**
   * «أكد مجددا خلال لقائه نظيره الروسي أمس ضرورة …», «أكد … لنظيره الأمريكي X، خلال اتصال
   * هاتفي أمس، أهمية …»: before words that follow the verb directly, the adverbs, the
   * speaker named again, the addressee (ل) and the frame phrase (خلال/أثناء/عقب …) are not
   * what was said.
   */
  private afterFrame(from: number, sentence: number, speaker: string | null): number {
    let j = from;
    for (let parts = 0; parts < MAX_FRAME_PARTS; parts++) {
      const next = this.framePart(j, sentence, speaker);
      if (next === j) break;
      j = next;
    }
    // Nothing left after the frame: keep the words as they are.
    return j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence ? j : from;
  }

  /** The token after one part of a statement's frame starting at j, or j when none starts there. */
  private framePart(j: number, sentence: number, speaker: string | null): number {
    const { tokens } = this.ctx;
    const inside = (k: number) => k < tokens.length && this.s.sentenceOf[k] === sentence;
    if (!inside(j) || this.opensQuote(j)) return j;
    const token = tokens[j]!;
    if (NOT_SUBJECTS.has(token.text)) return j + 1;
    const m = this.mentions.at.get(j);
    if (m && (m.id === speaker || m.clitic.includes('ل'))) return m.last + 1;
    // «لنظيره الأمريكي»: an addressee and its adjectives.
    if (token.text.startsWith('ل') && this.possessed(j)) {
      let k = j + 1;
      while (inside(k) && tokens[k]!.text.startsWith('ال') && !this.mentions.at.has(k)) k++;
      const named = this.mentions.at.get(k);
      return named ? named.last + 1 : k;
    }
    if (!FRAME.has(token.text)) return j;
    // «، خلال اتصال هاتفي أمس،»: a frame between commas, whatever its words.
    if ((token.gapBefore & Gap.Comma) !== 0) {
      for (let k = j + 1; inside(k) && k - j <= FRAME_DISTANCE; k++) if ((tokens[k]!.gapBefore & Gap.Comma) !== 0) return k;
    }
    let k = j + 1;
    while (inside(k) && k - j <= FRAME_DISTANCE && !this.opensQuote(k) && (tokens[k]!.gapBefore & Gap.Comma) === 0) {
      const inner = this.mentions.at.get(k);
      if (inner) {
        k = inner.last + 1;
        continue;
      }
      const text = tokens[k]!.text;
      // («خلال لقائه»: a noun with its pronoun right after the frame word; «خلال اللقاء رغبتهما …»: after it, the words.)
      if (!(text.startsWith('ال') || NOT_SUBJECTS.has(text) || (this.possessed(k) && k === j + 1) || PREPOSITIONS.has(text))) break;
      k++;
    }
    return k - j > FRAME_DISTANCE ? j : k;
  }

  /**
   * «…، فيما جدد ماكرون دعم …», «…، في حين أوضح لافروف …»: a clause after a comma that
   * turns to someone else ends the reported words (outside a quotation).
   */
  private beforeContrast(start: number, end: number): number {
    const { tokens } = this.ctx;
    for (let k = start + 1; k <= end; k++) {
      const token = tokens[k]!;
      if ((token.gapBefore & Gap.Comma) === 0 || this.s.quoteAt(token.start)) continue;
      const next = tokens[k + 1]?.text ?? '';
      if ((CONTRAST.has(token.text) && !NOT_CONTRAST_AFTER.has(next)) || (token.text === 'في' && next === 'حين')) return k - 1;
      // «…، وفق ما أوردته الوكالة»: the attribution at the end is not part of the words.
      if (conjunctionStems(token).some((w) => this.lexicon.according.has(w)) && (next === 'ما' || this.mentions.at.has(k + 1))) return k - 1;
    }
    return end;
  }

  /**
   * Where an SV subject starts, title included: in «بأن الوزير شكري أكد» the mention is
   * «شكري», but «الوزير» belongs to it, not to the words before. Only a title that reaches
   * back to أن/إن, a colon or the start of the sentence is taken.
   */
  /** «الرئيس السيسي يستقبل …»: a few plain words of title between the line's first word and the name. */
  private titleOpensLine(m: TokenMention, first: number): boolean {
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

  private titleStart(m: TokenMention): number {
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

  /** «لقائه», «زيارتها»: a noun with a pronoun suffix (read in the original, where ة is not ه). */
  private possessed(k: number): boolean {
    const { norm } = this.ctx;
    const token = this.ctx.tokens[k]!;
    const last = norm.original.slice(norm.toOriginal[token.start]!, norm.toOriginal[token.end - 1]! + 1).replace(/[\u064b-\u0652\u0640]/g, '');
    return /(ه|ها|هما|هم)$/.test(last) && last.length > 3;
  }

  private isNonPersonHead(token: Token): boolean {
    for (const stem of conjunctionStems(token)) {
      const bare = stem.startsWith('ال') ? stem.slice(2) : stem;
      if (NON_PERSON_HEADS.has(bare)) return true;
    }
    return false;
  }

  /** «ونقلت وكالة …», «وقال مسؤول …» right after the verb: a subject that is no person. */
  private nonPersonHeadAt(j: number, sentence: number): boolean {
    const token = this.ctx.tokens[j];
    if (!token || this.s.sentenceOf[j] !== sentence || this.mentions.at.has(j) || (token.gapBefore & ~Gap.Space) !== 0) return false;
    return this.isNonPersonHead(token);
  }

  /** «وكانت وزارة الخارجية الروسية قد أعلنت …»: an institution as the subject, before its verb. */
  /** Where the institution named before the verb starts, or -1. */
  private institutionBefore(i: number): number {
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

  /**
   * «الخارجية الروسية», «البيان الختامي», «المتحدث باسم الرئاسة المصرية», «الكرملين»: the words
   * that name an institution speaking, from its head to the first word that is not part of
   * the name (a preposition, أن, a verb, a date, punctuation). Unnamed sources («مصادر»،
   * «مسؤول») are no institution.
   */
  private institutionName(from: number): string | undefined {
    const { tokens, norm } = this.ctx;
    const sentence = this.s.sentenceOf[from]!;
    const head = tokens[from];
    if (!head || ANONYMOUS.has(head.text) || ANONYMOUS.has(conjunctionStems(head).at(-1) ?? '')) return undefined;
    // «البيت الأبيض», «الكرملين», «موسكو»: a seat or a country stands for its government.
    const seat = this.ctx.k.countryNames.matchAt(tokens, from)[0];
    const bare = (conjunctionStems(head).at(-1) ?? head.text).replace(/^ال/, '');
    if (!seat && !this.isNonPersonHead(head) && !INSTITUTION_HEADS.has(bare) && !SPEAKING_BODIES.has(bare)) return undefined;
    let last = seat ? seat.last : from;
    for (let j = last + 1; j < tokens.length && j - from < MAX_INSTITUTION_WORDS; j++) {
      const token = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || (token.gapBefore & ~Gap.Space) !== 0 || token.kind !== 'word') break;
      if (this.isThat(token) || PREPOSITIONS.has(token.text) || NOT_SUBJECTS.has(token.text) || token.text === 'قد' || speechVerbAt(this.lexicon, token) || this.mentions.at.has(j)) break;
      // After a noun without the article (وزارة، بيان، باسم) its genitive follows; after a definite
      // word only an adjective of relation («الختامي», «الروسية») goes on naming it.
      const previous = tokens[j - 1]!.text;
      const construct = !previous.startsWith('ال') || token.text === 'باسم';
      const relation = token.text.startsWith('ال') && /(ي|يه)$/.test(token.text);
      if (!construct && !relation) break;
      last = j;
    }
    const range = originalRange(norm, tokens[from]!.start, tokens[last]!.end);
    return norm.original.slice(range.start, range.end).replace(/^[وف](?=ال)/, '') || undefined;
  }

  private gapStart(i: number): number {
    return i > 0 ? this.ctx.tokens[i - 1]!.end : 0;
  }

  /** Whether a quotation opens in the gap before token i. */
  private opensQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    if ((token.gapBefore & Gap.Quote) === 0) return false;
    const q = this.s.quoteAt(token.start);
    return q !== null && q.open >= this.gapStart(i);
  }

  /** «اعتُبرت»: a damma inside a past verb marks the passive, which reports nobody's words. */
  private isPassive(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    const { norm } = this.ctx;
    const from = norm.toOriginal[token.start]!;
    const to = norm.toOriginal[token.end - 1]!;
    for (let p = from; p < to - 1; p++) if (norm.original.charCodeAt(p) === 0x064f) return true;
    return false;
  }

  /** «على ذكر»: a verb form right after a preposition is a noun. */
  private afterPreposition(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    const before = this.ctx.tokens[i - 1];
    return before !== undefined && (token.gapBefore & ~Gap.Space) === 0 && PREPOSITIONS.has(before.text);
  }

  /** «أن الوزيرين يقران …», «وأنهما يؤكدان …»: a present verb right after both sides, in the words of «أن». */
  private jointPresent(i: number, verb: SpeechVerb): boolean {
    const { tokens } = this.ctx;
    const before = tokens[i - 1];
    if (!before || (tokens[i]!.gapBefore & ~Gap.Space) !== 0 || !this.dual(i, verb)) return false;
    if (DUAL_THAT.has(before.text)) return true;
    return JOINT_SUBJECTS.has(before.text) && (before.gapBefore & ~Gap.Space) === 0 && tokens[i - 2] !== undefined && this.thatWord(tokens[i - 2]!);
  }

  /** Whether the quotation holding token i is an institution's statement («وجاء في بيان الوزارة: "…"»). */
  private quotedFromInstitution(i: number): boolean {
    const first = this.s.firstInQuote(i);
    return first !== null && this.reportedByInstitution(first);
  }

  /** «ونوه لافروف», «وحث الوزير»: a verb of speech with a person named or titled right after it. */
  private namedRightAfter(i: number): boolean {
    const verb = speechVerbAt(this.lexicon, this.ctx.tokens[i]!);
    if (!verb || verb.participle || verb.present) return false;
    return this.mentions.at.has(i + 1) || this.titleAfter(i) !== null || BARE_TITLES.has(this.ctx.tokens[i + 1]?.text ?? '') || this.descriptorAfter(i) !== null;
  }

  private inQuote(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    return this.s.quoteAt(token.start) !== null && !this.opensQuote(i);
  }

  private isThat(token: Token): boolean {
    return this.thatWord(token) || this.thatWithPronoun(token.text);
  }

  /** «أن», «بأن» …, unless a person's name starts there («رحب بان كي مون»: بان reads as بأن once hamza is dropped). */
  private thatWord(token: Token): boolean {
    return THAT.has(token.text) && !this.mentions.at.has(token.index);
  }

  private thatWithPronoun(word: string): boolean {
    for (const head of THAT) if (word.startsWith(head) && THAT_PRONOUNS.has(word.slice(head.length))) return true;
    return false;
  }

  /** «لبومبيو», «مع بوتين»: a mention that is the object of a preposition. */
  private isObject(m: TokenMention): boolean {
    if (/[بلك]/.test(m.clitic)) return true;
    if (this.titleWithPreposition(m.first)) return true;
    const before = this.ctx.tokens[m.first - 1];
    const adjacent = (this.ctx.tokens[m.first]!.gapBefore & ~(Gap.Space | Gap.Quote)) === 0;
    if (before === undefined || !adjacent || !PREPOSITIONS.has(before.text)) return false;
    // «وخلال الاتصال عبر الرئيس الأميركي عن امتنانه …»: «عبر X عن» is X expressing, not «via X».
    if (before.text === 'عبر' && this.ctx.tokens[m.last + 1]?.text === 'عن' && speechVerbAt(this.lexicon, before)) return false;
    return !this.verbNotPreposition(m.first - 1);
  }

  /**
   * «جمعه بالمستشارة ميركل», «للرئيس الأمريكي دونالد ترامب»: a title right before the name carries the preposition,
   * and the person is the object of what comes before.
   */
  private titleWithPreposition(first: number): boolean {
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
  private verbNotPreposition(i: number): boolean {
    const token = this.ctx.tokens[i]!;
    if (!speechVerbAt(this.lexicon, token)) return false;
    const { norm } = this.ctx;
    if (norm.original.slice(norm.toOriginal[token.start]!, norm.toOriginal[token.end - 1]! + 1).includes('\u0651')) return true;
    const sentence = this.s.sentenceOf[i]!;
    return i === this.s.sentences[sentence]!.first || (token.gapBefore & Gap.Comma) !== 0;
  }

  /** An explicit subject after the verb that is no person: «أعلنت الخارجية», «قالت مصادر», «أعلنت واشنطن». */
  private institutionAt(j: number, sentence: number): boolean {
    const token = this.ctx.tokens[j];
    // «ذكرت "القيادة العامة"»: an institution's name is often quoted.
    if (!token || this.s.sentenceOf[j] !== sentence || token.kind !== 'word' || (token.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return false;
    if (NOT_SUBJECTS.has(token.text) || PREPOSITIONS.has(token.text) || this.isThat(token)) return false;
    if (INSTITUTION_HEADS.has(token.text)) return true;
    if (token.text.startsWith('ال') && token.text.length > 3) return true;
    return this.ctx.k.countryNames.matchAt(this.ctx.tokens, j, { clitics: false }).length > 0;
  }
}
