/**
 * Meetings, talks, visits, summits, signings, conferences and calls an article tells of,
 * with who took part, where and when.
 *
 * Each sentence with a meeting word («التقى», «محادثات», «زيارة», «وقع», «اتصال هاتفي», «قمة») gives a
 * candidate: the officials named in the sentence, a place written as a location, and
 * the date nearest the word (resolved against publication). Candidates then merge:
 * - a definite noun with no owner («المحادثات», «اللقاء») refers back to the meeting
 *   told just before it;
 * - otherwise two candidates are one meeting when they share a participant and their
 *   dates and places do not disagree (an undated mention may sit in another city:
 *   headlines name the capital for the country).
 * What has not happened yet («سيلتقي», «غدا», «القمة المقبلة», a date after publication) and an
 * earlier occasion («وكان … قد التقى», «منذ لقائهما», «قبل أيام», «القمة السابقة») are kept as
 * meetings only mentioned: they never merge with the one reported nor lend it their cast.
 * Kept apart too: a call and a meeting told at a place; a meeting «على هامش» a summit and the summit; one host's
 * meetings with guests of two other countries. Leaders named by their countries («قادة مصر والأردن …», then
 * «الزعماء الثلاثة») are the heads of state the story names (collectiveLeaders.ts).
 * Sentences of attendance with no meeting word of their own («وشارك في القمة …», «بحضور …»)
 * add their people to the meeting told just before. Not participants: names after ل
 * («لزيارة مرتقبة للرئيس …») and whoever reports a meeting others held («وذكر X أن
 * الوزيرين ناقشا …»). Photo captions tell no meeting.
 */
import type { TextContext } from '../entities/context.ts';
import { daysBetween, findDates } from '../entities/dates.ts';
import { indexMentions, type TokenMention } from './mentionIndex.ts';
import { collectiveLeaders, type LeadersPhrase } from './collectiveLeaders.ts';
import { normalizeKey } from '../text/normalize.ts';
import { capitalOf, defaultPlaces, findPlaces, HOSTED } from '../entities/places.ts';
import { ORGANISATIONS } from '../entities/titles.ts';
import { analyseStructure, type Structure } from './structure.ts';
import { WordMemo } from '../text/wordMemo.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { COUNTERPART_WORDS, FUTURE_VERB, SPOKESPERSON_WORDS, TITLE_HONORIFICS, TWO_SIDES, wordSet } from '../text/lexicon.ts';
import { isActive, SPOKESPERSON_ROLES } from '../knowledge/terms.ts';
import type { ArticleMeeting, Claim, MeetingKind, Official } from '../types.ts';
import { participantsKey } from '../text/participantsKey.ts';
import { separateCallsTold, splitCall } from './separateCalls.ts';


interface NounForms {
  kind: MeetingKind;
  /** Definite and with no owner: a reference to a meeting already told. */
  reference: boolean;
  phoneOnly: boolean;
  /** «الدورة»: a council's session, a meeting only with what makes it one after it («العادية», «الـ158»). */
  session: boolean;
  /** «جلسة»: a sitting, a meeting only of the Security Council («جلسة طارئة لمجلس الأمن»). */
  council?: boolean;
}

/** Nouns of meeting, in their bare, definite and possessive forms. */
const NOUNS: ReadonlyMap<string, NounForms> = (() => {
  const map = new Map<string, NounForms>();
  const bases: [string, MeetingKind, boolean][] = [
    ['لقاء', 'meeting', false],
    ['اجتماع', 'meeting', false],
    ['محادثات', 'talks', false],
    ['محادثة', 'talks', false],
    ['مباحثة', 'talks', false],
    ['مباحثات', 'talks', false],
    ['مشاورات', 'talks', false],
    ['مفاوضات', 'talks', false],
    ['لقاءات', 'meeting', false],
    ['اجتماعات', 'meeting', false],
    ['قمة', 'summit', false],
    ['قمم', 'summit', false],
    ['مؤتمر', 'conference', false],
    ['منتدى', 'conference', false],
    ['دورة', 'meeting', false],
    ['جلسة', 'meeting', false],
    ['زيارة', 'visit', false],
    ['استقبال', 'meeting', false],
    ['توقيع', 'signing', false],
    ['استدعاء', 'meeting', false],
    ['اتصال', 'phone call', true],
    ['مكالمة', 'phone call', true],
  ];
  const owners = ['ه', 'ها', 'هما', 'هم'];
  for (const [base, kind, phoneOnly] of bases) {
    const word = normalizeKey(base);
    const session = base === 'دورة';
    const council = base === 'جلسة';
    const bound = word.endsWith('ه') ? word.slice(0, -1) + 'ت' : word.endsWith('اء') ? word.slice(0, -1) + 'ئ' : word;
    map.set(word, { kind, reference: false, phoneOnly, session, council });
    map.set(word + 'ا', { kind, reference: false, phoneOnly, session, council }); // اجتماعا، اتصالا
    // «أجرى اتصالين هاتفيين منفصلين مع …», «عقد لقاءين», «مكالمتين»: the dual (no dual of a plural in «ات»).
    const dualStem = word.endsWith('ه') ? word.slice(0, -1) + 'ت' : word;
    if (!word.endsWith('ات')) for (const dual of ['ين', 'ان']) map.set(dualStem + dual, { kind, reference: false, phoneOnly, session, council });
    map.set('ال' + word, { kind, reference: true, phoneOnly, session, council });
    for (const owner of owners) map.set(bound + owner, { kind, reference: false, phoneOnly, session, council });
  }
  return map;
})();

/** Past verbs of meeting (the present and future forms are not reports of a meeting that took place). */
const VERBS: ReadonlyMap<string, MeetingKind> = new Map([
  ...[...wordSet('التقى التقت التقيا التقوا اجتمع اجتمعت اجتمعا اجتمعوا استقبل استقبلت استدعى استدعت')].map((w) => [w, 'meeting'] as const),
  ...[...wordSet('بحث بحثت بحثا بحثوا ناقش ناقشت ناقشا تباحث تباحثت تباحثا تحادث تحادثت تحادثا')].map((w) => [w, 'talks'] as const),
  ...[...wordSet('زار زارت وصل وصلت')].map((w) => [w, 'visit'] as const),
  ...[...wordSet('وقع وقعت وقعا وقعوا أبرم أبرمت أبرما أبرموا')].map((w) => [w, 'signing'] as const),
  ...[...wordSet('هاتف هاتفت تهاتف تهاتفا')].map((w) => [w, 'phone call'] as const),
]);
/**
 * «وقع» also means "happened" («وقع انفجار», «وقع الهجوم على …»): it signs only with what is
 * signed named after it («وقع … على بيان مشترك»).
 */
const SIGNED = wordSet('اتفاق اتفاقا اتفاقية مذكرة مذكرات بيان بيانا اعلان إعلانا معاهدة وثيقة ميثاق عقد عقود اتفاقيات اتفاقات');
/** «حلّ ضيفا على …», «نزل ضيفا على …»: came as someone's guest. */
const GUEST_ARRIVED = wordSet('حل حلت حلا نزل نزلت');
const GUEST_OF = wordSet('ضيفا ضيفة ضيفين ضيوفا');
/** How far after «حلّ» its «ضيفا» may come, past the guest's title, name and day. */
const GUEST_DISTANCE = 14;
/**
 * «أبلغ نائب الوزير السفير الأمريكي احتجاج بلاده», «سلمت إلى السفير … اعتراضا»: a protest conveyed to someone is
 * handed over at a meeting (a summons told by what was said in it). «أبلغ» and «نقل» alone are any telling.
 */
const CONVEYED = wordSet('أبلغ أبلغت سلم سلمت نقل نقلت');
const PROTEST = wordSet('احتجاج احتجاجا احتجاجه احتجاجها احتجاجات اعتراض اعتراضا اعتراضه اعتراضها');
/** How far after the verb the protest may be named, past the two people's titles and names and the day. */
const PROTEST_DISTANCE = 18;
/**
 * «قدم السفير … أوراق اعتماده إلى الرئيس …», «خلال مراسم تسلمه أوراق اعتماد 17 سفيرا …»: credentials presented or
 * received are an audience of the ambassador with the one who receives them.
 */
const CREDENTIALS = normalizeKey('أوراق');
const CREDENTIALS_OF = wordSet('اعتماد اعتماده اعتمادها اعتمادهم اعتمادهما');
const PRESENTING = wordSet('قدم قدمت سلم سلمت تسلم تسلمت تقبل تقبلت استلم استلمت يقدم تقدم يسلم يتسلم يتقبل يستلم تسليم تقديم تسلمه تسلمها تقبله استلامه');
/** How far before «أوراق» the word of presenting may stand («سلم نسخة من أوراق …», «قدم السفير الروسي الجديد … أمس، أوراق …»). */
const PRESENTING_REACH = 8;
/** «تحدث», a meeting only by phone («تحدث … هاتفيا»). */
const SPOKE = wordSet('تحدث تحدثت تحدثا');
/** A verb of signing with what was signed as its pronoun, in a relative clause: «الاتفاق الذي وقّعه …». */
const SIGNED_IT = wordSet('وقعه وقعها وقعاه وقعته وقعتها وقعتاه وقعوه أبرمه أبرمها أبرماه أبرمته أبرمتها أبرموه');
const RELATIVES = wordSet('الذي التي اللذين اللتين');

/** «الاتفاق الذي …», «المذكرة التي …»: a relative word right before token i, and what was signed before it. */
function signedBefore(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  if (i < 2 || !RELATIVES.has(tokens[i - 1]!.text)) return false;
  // An adjective may stand between the document and its clause («الاتفاقية البحرية التي …»).
  for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
    const word = tokens[j]!.text;
    if (SIGNED.has(word) || (word.startsWith('ال') && SIGNED.has(word.slice(2)))) return true;
    if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
  }
  return false;
}
/** Whether the word before token i is a document the date at i names («بإعلان 27 تشرين الثاني», «لاتفاق 10 مارس»). */
function namesDocument(ctx: TextContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  // A day's number only («عقد أمس» is a meeting held yesterday, not a contract).
  if (!before || ctx.tokens[i]!.kind !== 'number' || (ctx.tokens[i]!.gapBefore & ~Gap.Space) !== 0) return false;
  return before.stems.some((st) => SIGNED.has(st.text) || (st.text.startsWith('ال') && SIGNED.has(st.text.slice(2))));
}
/** Gulf and Iranian copy name the signatories, their titles and the day before what was signed. */
const SIGNED_DISTANCE = 40;
/**
 * Attendance with no meeting word of its own: «وشارك في القمة …», «بحضور …», «ترأس وفد بلاده …».
 * Such a sentence adds its people to the meeting told just before it.
 */
const ATTEND = wordSet('شارك شاركت شاركا شاركوا بمشاركة ومشاركة حضر حضرت حضرها حضره بحضور وبحضور ترأس ترأست برئاسة وبرئاسة ضمت ضم يضم تضم رافق رافقه يرافقه');
/** «على هامش القمة»: what follows is the occasion, not the meeting told. */
const SIDELINES = wordSet('هامش الهامش');
/** «القمة المقبلة», «اللقاء المرتقب» / «القمة السابقة», «لقائهما الأخير»: after the word, another occasion. */
const NEXT_AFTER = wordSet('المقبل المقبلة القادم القادمة المرتقب المرتقبة المزمع المزمعة المنتظر المنتظرة الغد');
const EARLIER_AFTER = wordSet('السابق السابقة الماضي الماضية الأخير الأخيرة الماضيين');
/**
 * «القمة الأولى بين البلدين», «الاجتماع التشاوري الأول»: the first of a series, an earlier one unless the
 * sentence dates it to the news («اختتمت اليوم أشغال الاجتماع التشاوري الأول»).
 */
const FIRST_AFTER = wordSet('الأول الأولى');
/** «منذ لقائهما», «عقب قمة»: the word names an occasion the news is measured from. */
const SINCE = wordSet('منذ');
const PHONE = wordSet('هاتفي هاتفيا هاتفية الهاتفي الهاتفية هاتفيه الهاتفيه هاتفياً هاتفيين هاتفيان');
/** «مؤتمر صحفي مشترك»: held together. */
const JOINT = wordSet('مشترك المشترك');
/** «لنظيره», «لنظيرته»: the counterpart addressed. */
const TO_COUNTERPART = wordSet('لنظيره لنظيرته');
/** A verb of saying a few words before token i, in its sentence («أكد أنتوني بلينكن، وزير الخارجية، لنظيره …»). */
function saidBefore(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - SAID_TO_REACH; j--) {
    if (SAID_TO.has(tokens[j]!.text)) return true;
    if ((tokens[j + 1]!.gapBefore & Gap.Stop) !== 0) return false;
  }
  return false;
}
const SAID_TO_REACH = 8;
/** Verbs that say something to someone before «لنظيره». */
const SAID_TO = wordSet('أكد أكدت وأكد وأكدت قال قالت وقال وقالت أوضح أوضحت وأوضح شدد شددت وشدد أبلغ جدد وجدد أعرب وأعرب أبدى وأبدى أبدت');
/** «عبر الهاتف»: by phone. */
const BY_PHONE = wordSet('الهاتف');
/** «مؤتمر صحفي» is the press, not a meeting of officials. */
const PRESS = wordSet('صحفي صحافي الصحفي الصحافي صحفيا صحافيا');
/** Words that put the sentence in the future or in intention. */
const FUTURE = wordSet(`
سيلتقي ستلتقي سيلتقيان سيجتمع ستجتمع سيجري ستجري سيعقد ستعقد سيبحث ستبحث سيزور ستزور سيتوجه يتوجه يعتزم تعتزم
سيوقع ستوقع سيوقعان سيشارك ستشارك ستستضيف سيستضيف ستنعقد سيستقبل ستستقبل سيزور سيلتقيان سيجتمعان
المقرر المرتقب المرتقبة المزمع المنتظر
`);
/** «وكان الوزيران قد بحثا»: the auxiliary of the pluperfect, which tells what happened before the news. */
const AUXILIARIES = wordSet('كان كانت كانا كانتا كانوا وكان وكانت وكانا وكانتا وكانوا');
const ALREADY = wordSet('سبق وسبق');
/** Verbs whose object is a meeting, not a subject who meets: «الرغبة بالتحضير لقمة». */
const INTENT = wordSet('للقاء لاجتماع لإجراء لعقد التحضير إمكانية امكانية');

interface Candidate {
  token: number;
  /** The sentence it was told in. */
  sentence: number;
  kind: MeetingKind;
  reference: boolean;
  /** A sentence of attendance only («وشارك في القمة …»): its people join the meeting before it. */
  attendance: boolean;
  participants: Set<string>;
  place: string | null;
  date: string | null;
  /**
   * Told as an earlier occasion: «وكان … قد التقى», «سبق أن التقى», «منذ لقائهما»,
   * «قبل أيام», «الشهر الماضي», «القمة السابقة». Only mentioned.
   */
  background: boolean;
  /** Not yet happened: «سيلتقي», «القمة المقبلة», «غدا», a date after publication. Only mentioned. */
  future: boolean;
  /** «على هامش القمة»: a meeting held beside another occasion, never that occasion itself. */
  sideline: boolean;
  /**
   * «… والتقى في الرياض الرئيس السوري، قبل أن يتوجه إلى الدوحة»: told as a stop before the
   * traveller left for elsewhere. Told after the article's news, it is an earlier stop of a tour.
   */
  beforeLeaving: boolean;
  /** «قمة افتراضية», «محادثات عبر الفيديو», «قمة عن بعد»: held by video, so in no one city (a dateline is the desk's). */
  remote: boolean;
  /**
   * «مؤتمر بروكسل»: the city a conference is named by. Only a fallback for the story's news when nothing else
   * places it: «مؤتمر بغداد» met at the Dead Sea in its second edition.
   */
  namedCity: string | null;
  /** Told in the pluperfect («وكان … قد …»): after the story's news, an earlier occasion it recalls. */
  pluperfect: boolean;
}

/** «قبل أن يتوجه إلى», «قبيل مغادرته»: the meeting came before the traveller left. */
const BEFORE = wordSet('قبل قبيل');
const THAT = wordSet('أن');
const LEAVING_VERBS = wordSet('يتوجه يغادر ينتقل يتجه يطير يواصل');
const LEAVING_NOUNS = wordSet('توجهه مغادرته انتقاله سفره');

function beforeLeavingAfter(ctx: TextContext, i: number, last: number): boolean {
  const { tokens } = ctx;
  for (let j = i + 1; j < last; j++) {
    if (!BEFORE.has(tokens[j]!.text)) continue;
    const next = tokens[j + 1]!.text;
    if (LEAVING_NOUNS.has(next)) return true;
    if (THAT.has(next) && j + 2 <= last && LEAVING_VERBS.has(tokens[j + 2]!.text)) return true;
  }
  return false;
}

/**
 * `headlineDate`: the day the headline gives («… يبحثان في الرياض أمس»), for a reported
 * meeting whose own sentences give none.
 */
export interface Headline {
  /** The day the headline gives, if any. */
  date: string | null;
  /** The first token after the headline when the text begins with it (a saved .txt), else 0. */
  storyStart: number;
}

/**
 * The headline (when the text begins with it) tells no meeting of its own: it compresses the
 * story, and a page's story comes without it. It only dates a reported meeting that the story
 * leaves undated.
 */
export function findMeetings(ctx: TextContext, officials: readonly Official[], claims: readonly Claim[], headline: Headline = { date: null, storyStart: 0 }): ArticleMeeting[] {
  if (ctx.tokens.length === 0) return [];
  const s = analyseStructure(ctx);
  const mentions = indexMentions(ctx, officials);
  const candidates = findCandidates(ctx, s, mentions.all, claims).filter((c) => c.token >= headline.storyStart || c.token === -1);
  const merged = splitSeparateCalls(ctx, s, merge(candidates, (id) => countryAt(ctx, id)), mentions.all);
  return finish(merged, ctx.date, headline.date, datelinePlace(ctx, headline.storyStart));
}

/** «اتصالين هاتفيين منفصلين» with three people in one call: the calls the story tells, each with its own two (separateCalls.ts). */
function splitSeparateCalls(ctx: TextContext, s: Structure, meetings: Candidate[], mentions: readonly TokenMention[]): Candidate[] {
  if (!meetings.some((m) => m.kind === 'phone call' && m.participants.size > 2)) return meetings;
  const told = separateCallsTold(ctx, s.sentenceOf, mentions);
  if (told.length === 0) return meetings;
  return meetings.flatMap((m) => {
    const calls = m.kind === 'phone call' ? splitCall(m.participants, mentions, told) : null;
    return calls ? calls.map((people) => ({ ...m, participants: new Set(people) })) : [m];
  });
}

/**
 * «الدوحة - قنا», «القاهرة: …»: the city a dateline opens the story with, where the agency
 * reports from; the place of the story's news when its sentences give none.
 */
function datelinePlace(ctx: TextContext, storyStart: number): string | null {
  const { tokens } = ctx;
  const start = tokens[storyStart];
  if (!start || start.skip) return null;
  const match = defaultPlaces().matchAt(tokens, storyStart)[0];
  if (!match || match.prefix !== 0) return null;
  const next = tokens[match.last + 1];
  if (!next || (next.gapBefore & (Gap.Dash | Gap.Stop)) === 0 || (next.gapBefore & Gap.Comma) !== 0) return null;
  return match.values[0]!.en;
}

/**
 * «دعا إلى عقد مؤتمر دولي», «يتطلع إلى لقاء»: a meeting noun after «إلى» (with or without a verbal
 * noun of holding between) is one aimed at, not one held; so is one after «على عقد» («واتفقا على عقد لقاء في
 * بودابست»: what was agreed on).
 */
function aimedAt(ctx: TextContext, i: number, first: number): boolean {
  const { tokens } = ctx;
  const before = i > first ? tokens[i - 1]!.text : '';
  if (TOWARD.has(before)) return true;
  return HOLDING.has(before) && i - 1 > first && (TOWARD.has(tokens[i - 2]!.text) || ON.has(tokens[i - 2]!.text));
}
const TOWARD = wordSet('إلى الى');
const ON = wordSet('على');
const HOLDING = wordSet('عقد إجراء اجراء تنظيم');

/** «للقاء», «لقمة», «بالتحضير»: words of purpose; a meeting noun after ل is one aimed at. */
function isIntent(token: Token): boolean {
  return wordFacts(token).intent;
}

/** What a word says to this stage, read once per word: each token is asked for every sentence pass. */
interface WordFacts {
  intent: boolean;
  /** «هامش»: the sidelines of an occasion. */
  sideline: boolean;
  attendance: boolean;
  /** A reading is a meeting noun, or (with at most و/ف before it) a meeting verb: most words are neither. */
  meeting: boolean;
  /**
   * The word passes the first test of one of meetingWord's rules that come before its look-ups («لنظيره», «الهاتف»,
   * «مجلس», «حل», «تصريحات»): a word neither this nor `meeting` is no meeting word, answered without those rules.
   */
  opensRule: boolean;
}

/** Facts by word: they depend on the word's text and readings only; each token is asked for every sentence pass. */
const facts = new WordMemo<WordFacts>((token) => ({
  sideline: SIDELINES.has(token.text),
  intent: token.stems.some((st) => INTENT.has(st.text) || (st.prefix > 0 && token.text.slice(0, st.prefix).endsWith('ل') && NOUNS.has(st.text))),
  attendance: ATTEND.has(token.text) || token.stems.some((st) => st.prefix <= 1 && ATTEND.has(st.text)),
  meeting: token.stems.some((st) => NOUNS.has(st.text) || (st.prefix <= 1 && (VERBS.has(st.text) || SPOKE.has(st.text) || CONVEYED.has(st.text))) || (st.prefix === 0 && SIGNED_IT.has(st.text))),
  opensRule:
    TO_COUNTERPART.has(token.text) ||
    BY_PHONE.has(token.text) ||
    COUNCIL_WORD.has(token.text) ||
    THE_COUNCIL.has(token.text) ||
    token.text === CREDENTIALS ||
    token.stems.some((st) => st.prefix <= 1 && GUEST_ARRIVED.has(st.text)) ||
    PRESS_REMARKS.has(token.stems.at(-1)?.text ?? '') ||
    TO_THE_PRESS.has(token.text) ||
    token.stems.some((st) => CEREMONY.has(st.text)),
}));

function wordFacts(token: Token): WordFacts {
  return facts.get(token);
}

/** A word of the future or of intention close before a meeting word (or right after it: «لقاء مرتقب»). */
function futureAround(ctx: TextContext, i: number, first: number, last: number): boolean {
  for (let j = Math.max(first, i - 6); j <= Math.min(last, i + 2); j++) {
    const text = ctx.tokens[j]!.text;
    if (FUTURE.has(text) || (text.length > 4 && FUTURE.has(text.slice(1)) && 'وف'.includes(text[0]!))) return true;
  }
  return false;
}

interface MeetingWord {
  token: number;
  kind: MeetingKind;
  reference: boolean;
  verb: boolean;
  /** Told as not yet happened, or as an earlier occasion. */
  future: boolean;
  earlier: boolean;
  /** «الاجتماع الأول»: the first of a series (see FIRST_AFTER). */
  firstOfSeries: boolean;
}

/** «تصريحات صحفية», «تصريح للصحفيين»: remarks to the press. */
const PRESS_REMARKS = wordSet('تصريحات تصريح');
const PRESS_REMARKS_OF = wordSet('صحفية صحافية صحفي صحافي للصحفيين للصحافيين');
/** «قال هيغسيث للصحفيين في البنتاغون، إلى جانب وزير الدفاع القطري …»: words to the press said beside someone. */
const TO_THE_PRESS = wordSet('للصحفيين للصحافيين للصحافة');
/**
 * «خلال مراسم حاشدة أقيمت في البنتاغون احتفاء بوزير الدفاع القطري»: a ceremony in someone's honour; «مراسم» alone is
 * any rite (a funeral, an inauguration).
 */
const CEREMONY = wordSet('مراسم مراسيم');
const IN_HONOUR = wordSet('احتفاء احتفاءا تكريما ترحيبا');
const HONOUR_REACH = 5;
/** Words after a press conference that say it was held with someone: «مشترك», «إلى جانب», «رفقة», «مع نظيره». */
const BESIDE = wordSet('جانب جانبه جانبها');
const TOWARD_BESIDE = wordSet('إلى الى');
const ALONGSIDE = wordSet('رفقة برفقة بمعية');
const WITH = wordSet('مع');
const TOGETHER_REACH = 8;

function heldTogether(ctx: TextContext, from: number, last: number, joint = true): boolean {
  const { tokens } = ctx;
  for (let j = from; j <= last && j < from + TOGETHER_REACH; j++) {
    const t = tokens[j]!;
    if (j > from && (t.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
    if ((joint && JOINT.has(t.text)) || ALONGSIDE.has(t.text)) return true;
    if (BESIDE.has(t.text) && TOWARD_BESIDE.has(tokens[j - 1]?.text ?? '')) return true;
    if (WITH.has(t.text) && COUNTERPART_WORDS.has(tokens[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/** «المكالمة مع …», «المكالمة الأولى مع …»: «مع» right after a meeting word, or after one adjective of it. */
function withAfter(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const gapless = (j: number) => tokens[j] !== undefined && (tokens[j]!.gapBefore & ~Gap.Space) === 0;
  if (gapless(i + 1) && WITH.has(tokens[i + 1]!.text)) return true;
  return gapless(i + 1) && tokens[i + 1]!.text.startsWith('ال') && gapless(i + 2) && WITH.has(tokens[i + 2]!.text);
}

function meetingWord(ctx: TextContext, i: number, last: number): Omit<MeetingWord, 'token' | 'future' | 'earlier' | 'firstOfSeries'> | null {
  const token = ctx.tokens[i]!;
  if (token.kind !== 'word' || token.skip) return null;
  // (Most words: every rule below needs one of these, and they are known by word.)
  const facts = wordFacts(token);
  if (!facts.meeting && !facts.opensRule) return null;
  const next = ctx.tokens[i + 1];
  const phone = next !== undefined && PHONE.has(next.text);
  // («أجرى، الاثنين، اتصالا عبر الفيديو بالملا برادر»: a contact by video is a call as one by phone is.)
  const byVideo = next?.text === 'عبر' && (VIRTUAL.has(ctx.tokens[i + 2]?.text ?? '') || (ctx.tokens[i + 2]?.text === 'تقنية' && VIRTUAL.has(ctx.tokens[i + 3]?.text ?? '')));
  // «أكد بلينكن لنظيره الروسي سيرغي لافروف، اليوم، أن …»: words said to one's counterpart tell a contact of the two.
  if (TO_COUNTERPART.has(token.text) && saidBefore(ctx, i)) return { kind: 'talks', reference: false, verb: false };
  // «أبدى ترامب، عبر الهاتف، لنظيره …»: by phone.
  if (BY_PHONE.has(token.text) && ctx.tokens[i - 1]?.text === 'عبر') return { kind: 'phone call', reference: false, verb: false };
  // «أسقط الفيتو الروسي في مجلس الأمن مشروع قرار …», «تبنى مجلس الأمن الدولي اليوم نصا …»: a vote of the Security
  // Council told as done is a sitting of it.
  if (councilVoteAt(ctx, i)) return { kind: 'meeting', reference: false, verb: false };
  if (token.text === CREDENTIALS && CREDENTIALS_OF.has(next?.text ?? '') && credentialsPresented(ctx, i)) return { kind: 'meeting', reference: false, verb: false };
  // «حلّ العاهل الأردني ضيفا على الرئيس الفرنسي»: a guest of someone is a visit («حلّ» alone is anything: a solution,
  // a dissolution), the guest named between them: «حلّ العاهل الأردني الملك عبد الله الثاني، اليوم الجمعة، ضيفا على …».
  if (token.stems.some((st) => st.prefix <= 1 && GUEST_ARRIVED.has(st.text)) && followedBy(ctx, i, last, GUEST_OF, GUEST_DISTANCE)) return { kind: 'visit', reference: false, verb: true };
  // «وفي تصريحات صحفية بقصر الإليزيه، حيث وقف إلى جانبه العاهل الأردني»: remarks to the press made side by side,
  // as a press conference held together is.
  // (Joint only right after them: «تصريح صحافي عقب حفل التوقيع على الإعلان المشترك» is one man's.)
  if (PRESS_REMARKS.has(token.stems.at(-1)?.text ?? '') && PRESS_REMARKS_OF.has(next?.text ?? '') && (JOINT.has(ctx.tokens[i + 2]?.text ?? '') || heldTogether(ctx, i + 2, last, false)))
    return { kind: 'meeting', reference: false, verb: false };
  if (TO_THE_PRESS.has(token.text) && heldTogether(ctx, i + 1, last, false)) return { kind: 'meeting', reference: false, verb: false };
  if (token.stems.some((st) => CEREMONY.has(st.text)) && followedBy(ctx, i, Math.min(last, i + HONOUR_REACH), IN_HONOUR, HONOUR_REACH)) return { kind: 'meeting', reference: false, verb: false };
  for (const stem of token.stems) {
    // No reading of most words is a meeting noun or verb: one look-up by word says so, for all of them.
    if (!facts.meeting) return null;
    const noun = NOUNS.get(stem.text);
    // «الدورة العادية الـ158 لمجلس الجامعة», «دورته الـ160»: a session is a meeting; «الدورة الرياضية», «دورة تدريبية» are not.
    if (noun?.session && !sessionAfter(ctx, i)) return null;
    // «جلسة مجلس الأمن», «جلسة طارئة لمجلس الأمن الدولي»: a sitting of the Security Council is a meeting of its
    // members' envoys; «جلسة مباحثات» has its own noun, and a cabinet's or a parliament's sitting is none.
    // «أجرى … جلسة عمل مع نظيره»: a working session of two is a meeting.
    if (noun?.council && !securityCouncilAfter(ctx, i) && !workingSession(ctx, i)) return null;
    if (noun) {
      // «أجرى اتصالا مطولا مع ويتكوف», «تلقى اتصالا من …»: a contact held or received is a call, with no word of the phone.
      // (Not «أجرى الاتصال في إطار …»: the call already told.)
      // («أنه أجرى المكالمة مع نظيره الروسي»: the call told as held with someone is one, told or not before.)
      if (noun.phoneOnly && !phone && token.text.startsWith('ال') && heldBefore(ctx, i) && withAfter(ctx, i)) return { kind: 'phone call', reference: true, verb: false };
      if (noun.phoneOnly && byVideo && !token.text.startsWith('ال')) return { kind: 'phone call', reference: false, verb: false };
      // «أن اتصاله برئيس السلطة الفلسطينية محمود عباس تطرق إلى …»: his call with someone, told by its owner.
      if (noun.phoneOnly && !phone && OWNED_CALL.test(token.text) && next !== undefined && (next.gapBefore & ~Gap.Space) === 0 && next.text.startsWith('ب') && next.text.length > 2)
        return { kind: 'phone call', reference: false, verb: false };
      if (noun.phoneOnly && !phone && (!heldBefore(ctx, i) || token.text.startsWith('ال'))) return null;
      if (noun.phoneOnly && !phone) return { kind: 'phone call', reference: false, verb: false };
      // «أكد أهمية انعقاد المؤتمر الوزاري»: a gathering talked about is no meeting told.
      if ((noun.kind === 'conference' || noun.kind === 'summit') && gatheringAsTopic(ctx, i)) return null;
      // «المؤتمر الوطني العشرين للحزب الشيوعي الصيني»: a party's congress is no meeting between states.
      if (noun.kind === 'conference' && partyCongress(ctx, i)) return null;
      if (noun.kind === 'conference' && next && PRESS.has(next.text)) {
        // «مؤتمر صحفي مشترك مع نظيره», «مؤتمر صحفي عقده في جنيف إلى جانب نظيره»: a press conference
        // held together is held by two who met.
        return heldTogether(ctx, i + 2, last) ? { kind: 'meeting', reference: false, verb: false } : null;
      }
      return { kind: phone ? 'phone call' : noun.kind, reference: noun.reference, verb: false };
    }
    if (stem.prefix > 1) continue;
    // «تحدث بايدن مع نظيره بوتين هاتفيا»: «تحدث» tells a meeting only with the phone word after it.
    if (stem.prefix <= 1 && SPOKE.has(stem.text) && phoneWithin(ctx, i + 1, Math.min(last, i + PHONE_DISTANCE))) return { kind: 'phone call', reference: false, verb: true };
    // «الاتفاق الذي وقّعه وزيرا الخارجية في القاهرة»: signed, told in a clause of what was signed.
    if (stem.prefix === 0 && SIGNED_IT.has(stem.text) && signedBefore(ctx, i)) return { kind: 'signing', reference: false, verb: true };
    const conveyed = CONVEYED.has(stem.text) && followedBy(ctx, i, last, PROTEST, PROTEST_DISTANCE) ? 'meeting' : undefined;
    const verb = VERBS.get(stem.text) ?? conveyed;
    if (!verb || !(stem.prefix === 0 || 'وف'.includes(token.text[0]!))) continue;
    if (verb === 'signing' && !followedBy(ctx, i, last, SIGNED, SIGNED_DISTANCE)) continue;
    if (verb === 'visit' && stem.text.startsWith('وصل') && !destinationAfter(ctx, i, last)) continue;
    // «تحادث الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترامب هاتفيا»: the word of the phone after the two named.
    const byPhone = phone || ((verb === 'talks' || verb === 'meeting') && phoneWithin(ctx, i + 2, Math.min(last, i + PHONE_DISTANCE)));
    return { kind: byPhone ? 'phone call' : verb, reference: false, verb: true };
  }
  return null;
}

/** Whether a word of presenting or receiving stands before the credentials at i, in their sentence. */
function credentialsPresented(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - PRESENTING_REACH; j--) {
    const t = tokens[j]!;
    if (t.stems.some((st) => st.prefix <= 1 && PRESENTING.has(st.text))) return true;
    if ((tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
  }
  return false;
}

/** «اتصاله», «اتصالها», «مكالمته»: a call with its owner's pronoun. */
const OWNED_CALL = /^(?:اتصال|مكالمت)(?:ه|ها|هما)$/u;
/** Words of intent whose object a later day dates: «عزمه», «نيته», «اعتزام». */
const INTENDING = wordSet('عزم عزمه عزمها عزمهم اعتزام اعتزامه اعتزامها نية نيته نيتها');

/** Whether a word of intent stands before the date at token `date` in a headline («ماكرون يجدد لعباس عزمه الاعتراف بدولة فلسطين الاثنين»). */
export function intendedDay(ctx: TextContext, date: number): boolean {
  return intendedBetween(ctx, -1, date);
}

/** Whether a word of intent stands between the meeting word at `word` and the date at `date` after it. */
function intendedBetween(ctx: TextContext, word: number, date: number): boolean {
  for (let j = word + 1; j < date; j++) if (ctx.tokens[j]!.stems.some((st) => INTENDING.has(st.text))) return true;
  return false;
}

/** «انعقاد», «عقد»: the holding of a gathering, after «أهمية». */
const CONVENING = wordSet('انعقاد عقد');
const IMPORTANCE = wordSet('أهمية بأهمية وأهمية');
const MAKING_SUCCEED = wordSet('إنجاح لإنجاح وإنجاح بإنجاح');
/** «للحزب», «الحزب»: a party, whose congress a conference word a few words before names. */
const PARTY = wordSet('للحزب الحزب');
const PARTY_REACH = 4;

function partyCongress(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i + 1; j < tokens.length && j <= i + PARTY_REACH; j++) {
    if ((tokens[j]!.gapBefore & ~Gap.Space) !== 0) return false;
    if (PARTY.has(tokens[j]!.text)) return true;
  }
  return false;
}

/** Whether the gathering at i is what words are about: «أهمية انعقاد المؤتمر», «أهمية عقد القمة». (One aimed at, «التحضير للقمة», is read as intent.) */
function gatheringAsTopic(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  if (!before || (tokens[i]!.gapBefore & ~Gap.Space) !== 0) return false;
  // «على إنجاح القمة الصينية العربية الأولى»: making it succeed is an aim (its success, «نجاح القمة», may be the one told).
  if (MAKING_SUCCEED.has(before.text)) return true;
  return CONVENING.has(before.text) && IMPORTANCE.has(tokens[i - 2]?.text ?? '') && (before.gapBefore & ~Gap.Space) === 0;
}

/** «جلسة عمل»: a sitting for work, held by those who meet (not a council's sitting). */
const WORK = wordSet('عمل');

function workingSession(ctx: TextContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next !== undefined && next.gapBefore === Gap.Space && WORK.has(next.text);
}

/** How far after «جلسة» the Security Council may be named («جلسة طارئة مغلقة لمجلس الأمن»). */
const COUNCIL_REACH = 4;
/** Where the Security Council sits when a report names no city. */
const COUNCIL_SEAT = 'New York';
/** «مجلس», «لمجلس», «بمجلس» before «الأمن». */
const COUNCIL_WORD = wordSet('مجلس لمجلس بمجلس');
const SECURITY = wordSet('الأمن');

/** Whether «مجلس الأمن» follows the sitting at i, in its clause. */
function securityCouncilAfter(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i + 1; j < tokens.length - 1 && j <= i + COUNCIL_REACH; j++) {
    if ((tokens[j]!.gapBefore & ~Gap.Space) !== 0) return false;
    if (securityCouncilAt(tokens, j)) return true;
  }
  return false;
}

/** Whether «مجلس الأمن» (with «لـ» or «بـ» on its first word) starts at token j. */
function securityCouncilAt(tokens: readonly Token[], j: number): boolean {
  return COUNCIL_WORD.has(tokens[j]!.text) && SECURITY.has(tokens[j + 1]?.text ?? '');
}

/** Whether the meeting word at i tells a sitting of the Security Council: «جلسة مجلس الأمن», or its vote taken. */
function councilSitting(ctx: TextContext, i: number): boolean {
  return securityCouncilAfter(ctx, i) || councilVoteAt(ctx, i);
}

/**
 * Words of a vote taken: the veto, past verbs of adopting or defeating a text, and the verbal nouns of adopting it
 * («ترحيبها بتبني مجلس الأمن، يوم الإثنين، قرارا …»).
 */
const VOTED = wordSet(
  'الفيتو فيتو النقض تبنى وتبنى تبنت اعتمد واعتمد اعتمدت أقر وأقر أقرت صادق وصادق صادقت أسقط وأسقط أسقطت أحبط وأحبط أحبطت أجهض وأجهض أجهضت ' +
    'تبني بتبني وتبني لتبني اعتماد باعتماد واعتماد إقرار بإقرار وإقرار',
);
/** How far from «مجلس الأمن» the vote may be told, in its sentence. */
const VOTE_REACH = 8;

/** «المجلس» alone: the Security Council once the story has named it. */
const THE_COUNCIL = wordSet('المجلس');
/** Per text: the token of its first «مجلس الأمن» (-1 when it names none), found once. */
const firstSecurityCouncil = new WeakMap<TextContext, number>();

function securityCouncilNamedBefore(ctx: TextContext, i: number): boolean {
  let first = firstSecurityCouncil.get(ctx);
  if (first === undefined) {
    const { tokens } = ctx;
    first = -1;
    for (let j = 0; j < tokens.length - 1 && first < 0; j++) if (securityCouncilAt(tokens, j)) first = j;
    firstSecurityCouncil.set(ctx, first);
  }
  return first >= 0 && first < i;
}

/**
 * Whether «مجلس الأمن» at i is told with a vote taken in its sentence; or «المجلس» after the story named the Security
 * Council («وكان المجلس قد اعتمد، مساء الإثنين، … قرارا …»).
 */
function councilVoteAt(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const named = securityCouncilAt(tokens, i);
  if (!named && !(THE_COUNCIL.has(tokens[i]!.text) && securityCouncilNamedBefore(ctx, i))) return false;
  for (let j = i - 1; j >= 0 && j >= i - VOTE_REACH; j--) {
    if (VOTED.has(tokens[j]!.text)) return true;
    if ((tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
  }
  for (let j = i + (named ? 2 : 1); j < tokens.length && j <= i + 1 + VOTE_REACH; j++) {
    if ((tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
    if (VOTED.has(tokens[j]!.text)) return true;
  }
  return false;
}

/** The people the story names who are envoys to the United Nations on its date (an ambassador's term «… to the United Nations»). */
function envoysToUn(ctx: TextContext, mentions: readonly TokenMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (out.has(m.id)) continue;
    const terms = ctx.k.people.get(m.id)?.terms ?? [];
    if (terms.some((t) => t.role === 'ambassador' && /United Nations/.test(t.title ?? '') && (!ctx.date || isActive(t, ctx.date)))) out.add(m.id);
  }
  return out;
}

/** What follows «الدورة» when it is a council's session: its rank, its number, or the council it belongs to. */
const SESSION_QUALIFIERS = wordSet(
  'العادية العادي الاستثنائية عادية استثنائية الطارئة طارئة الوزارية لمجلس للمجلس ' +
    // «الدورة الثالثة عشرة للاجتماع رفيع المستوى», «الدورة الرابعة للجنة المشتركة»: its rank written in words.
    'الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الحادية',
);

function sessionAfter(ctx: TextContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || (next.gapBefore & ~Gap.Space) !== 0) return false;
  // «الدورة الـ158», «الدورة 45»: a number (the «الـ» before digits is its own token or its prefix).
  return SESSION_QUALIFIERS.has(next.text) || next.kind === 'number' || /^(ال|الـ)?\d+$/u.test(next.text) || (next.text === 'ال' && ctx.tokens[i + 2]?.kind === 'number');
}

/** Verbs that hold or receive a contact: «أجرى اتصالا», «تلقى اتصالا». */
const HELD_CONTACT = wordSet('أجرى وأجرى أجرت وأجرت أجريا أجريت أجرينا يجري تلقى وتلقى تلقت وتلقت تلقيت');

/** Whether a verb of holding a contact stands a few words before i in its clause («أجرى وزير الخارجية … اتصالا»). */
function heldBefore(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - HELD_REACH; j--) {
    if (HELD_CONTACT.has(tokens[j]!.text)) return true;
    if ((tokens[j + 1]!.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return false;
  }
  return false;
}
/** How far before «اتصالا» its verb may stand, past the subject's title and name. */
const HELD_REACH = 10;

/** How far after a verb of talks its «هاتفيا» may come, past the two people and their titles. */
const PHONE_DISTANCE = 14;

function phoneWithin(ctx: TextContext, from: number, to: number): boolean {
  for (let j = from; j <= to && j < ctx.tokens.length; j++) {
    if ((ctx.tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
    if (PHONE.has(ctx.tokens[j]!.text)) return true;
  }
  return false;
}

/**
 * «زار بوتين الرياض», «وصل الرئيس إلى الرياض», «خلال زيارته إلى العاصمة التركية أنقرة»: the
 * first city after a word of visiting, written as its object or after «إلى», is where the visit
 * took place.
 */
function destinationAfter(ctx: TextContext, i: number, last: number): { token: number; en: string } | null {
  const { tokens } = ctx;
  let end = Math.min(last, i + VISIT_DISTANCE);
  // «أنهى زيارته إلى سلطنة عمان، متوجها إلى الدوحة»: where the visitor goes next is not where the visit was.
  for (let j = i + 1; j <= end; j++) if (tokens[j]!.stems.some((st) => st.prefix <= 1 && ONWARD.has(st.text))) end = j - 1;
  const toward = findPlaces(ctx, i + 1, end, defaultPlaces(), { toward: true })[0];
  if (toward) return { token: toward.first, en: toward.place.en };
  if (!tokens[i]!.stems.some((st) => st.prefix <= 1 && VISITED.has(st.text))) return null;
  for (let j = i + 1; j <= end; j++) {
    const match = defaultPlaces().matchAt(tokens, j)[0];
    if (match && match.last <= last && match.prefix === 0) return { token: j, en: match.values[0]!.en };
  }
  return null;
}

/** «استدعت الخارجية الروسية السفيرة الأمريكية», «استدعاء السفير»: a summons, held at the summoning ministry. */
const SUMMONED = wordSet('استدعى استدعت استدعاء');
const MINISTRY = wordSet('الخارجية وزارة');
/** How far after the word of summoning the ministry that summons is named. */
const SUMMONER_REACH = 10;

/**
 * Where a summons took place: the seat of the ministry that summoned («استدعت وزارة الخارجية الروسية …» in Moscow,
 * «استدعت الخارجية الأمريكية السفير الروسي» in Washington, «استدعت موسكو …»). An ambassador is summoned to the
 * ministry of the country he is posted to; the story rarely writes that city, and without it the reports of one
 * summons never meet.
 */
function summonerSeat(ctx: TextContext, i: number, last: number): { token: number; en: string } | null {
  const { tokens, k } = ctx;
  if (!tokens[i]!.stems.some((st) => st.prefix <= 1 && SUMMONED.has(st.text))) return null;
  const end = Math.min(last, i + SUMMONER_REACH);
  // «واشنطن استدعت السفير الروسي», «استدعت موسكو السفيرة»: the capital as the verb's subject.
  for (const j of [i - 1, i + 1]) {
    const seat = j >= 0 ? defaultPlaces().matchAt(tokens, j)[0] : undefined;
    if (seat && seat.prefix === 0) return { token: j, en: seat.values[0]!.en };
  }
  for (let j = i + 1; j <= end; j++) {
    // «سفيرة الولايات المتحدة لدى موسكو»: the city the ambassador is posted to.
    if (tokens[j - 1]!.text === 'لدي') {
      const posted = defaultPlaces().matchAt(tokens, j)[0];
      if (posted && posted.prefix === 0) return { token: j, en: posted.values[0]!.en };
    }
    if (!MINISTRY.has(tokens[j - 1]!.text)) continue;
    const adjective = k.countryAdjectives.matchAt(tokens, j, { clitics: false })[0];
    const capital = adjective ? capitalOf(adjective.values[0]!) : null;
    if (capital) return { token: j, en: capital.en };
  }
  return null;
}

/** Words of leaving for the next stop of a tour («متوجها إلى», «ويتوجه إلى», «قبل مغادرته إلى»). */
const ONWARD = wordSet('متوجها متوجهة متجها متجهة مغادرا مغادرة يتوجه يغادر يتجه توجهه مغادرته');
/** Verbs whose object is the place visited («زار موسكو»). */
const VISITED = wordSet('زار زارت');
/** Gulf copy writes a visitor’s honorifics and titles in full between the verb and the city. */
const VISIT_DISTANCE = 20;

/** One of `words` among the `distance` tokens after token i, within the sentence. */
function followedBy(ctx: TextContext, i: number, last: number, words: ReadonlySet<string>, distance: number): boolean {
  for (let j = i + 1; j <= Math.min(last, i + distance); j++) {
    const t = ctx.tokens[j]!;
    if (words.has(t.text) || t.stems.some((st) => words.has(st.text))) return true;
  }
  return false;
}

/** A word of the next occasion («القادمة», «المقبل», «سيلتقيان») just before token i. */
function futureBefore(ctx: TextContext, i: number, first: number): boolean {
  for (let j = Math.max(first, i - 3); j < i; j++) {
    const text = ctx.tokens[j]!.text;
    if (NEXT_AFTER.has(text) || FUTURE.has(text)) return true;
  }
  return false;
}

/** «منذ لقائهما», «القمة السابقة», «اللقاء المقبل»: how the words around a meeting word place it in time. */
const RELATIVE = wordSet('الذي التي');

/** The first token after a meeting word, its adjectives and its own relative word («الزيارة الرسمية التي …»). */
function ownClauseEnd(ctx: TextContext, word: number): number {
  let j = word + 1;
  while (j < ctx.tokens.length && ctx.tokens[j]!.text.startsWith('ال') && !RELATIVE.has(ctx.tokens[j]!.text) && j <= word + 3) j++;
  return RELATIVE.has(ctx.tokens[j]?.text ?? '') ? j + 1 : j;
}

/** Verbs of holding an occasion: a relative clause they open tells of the occasion itself. */
const HELD = wordSet('عقد عقدت انعقد انعقدت انطلق انطلقت اختتم اختتمت التأم التأمت أقيم أقيمت');
/** How far after a meeting word its own relative clause may open, past a complement («المؤتمر الدولي لدعم لبنان، الذي …»). */
const OWN_RELATIVE_REACH = 10;

/**
 * The first token after the meeting word's own relative word. Beside ownClauseEnd, a relative clause a few
 * words on whose verb holds or hosts an occasion is the occasion's own («قمة القاهرة للسلام التي انعقدت
 * اليوم السبت», «المؤتمر الدولي لدعم لبنان، الذي استضافته العاصمة الفرنسية أمس»): its day is the meeting's.
 */
function ownRelativeEnd(ctx: TextContext, word: number): number {
  const end = ownClauseEnd(ctx, word);
  if (end > word + 1 && RELATIVE.has(ctx.tokens[end - 1]?.text ?? '')) return end;
  for (let j = word + 1; j < ctx.tokens.length && j <= word + OWN_RELATIVE_REACH; j++) {
    const t = ctx.tokens[j]!;
    // «الاجتماع استكمالا للاجتماع التشاوري الذي …»: past another meeting noun, the clause is that one's.
    if ((t.gapBefore & Gap.Stop) !== 0 || wordFacts(t).meeting) break;
    if (!RELATIVE.has(t.text)) continue;
    const verb = ctx.tokens[j + 1]?.text ?? '';
    return HELD.has(verb) || HOSTED.has(verb) ? j + 1 : end;
  }
  return end;
}

/** Whether a relative word stands in tokens [from, to). */
function relativeBetween(ctx: TextContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (RELATIVE.has(ctx.tokens[j]!.text)) return true;
  return false;
}

/** «بعد نحو أسبوعين من المباحثات التي …», «منذ ثلاثة أشهر من …»: a span of time counted from the occasion. */
const DURATIONS = wordSet('يوم يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر عام عامين أعوام سنة سنتين سنوات عقد');
const SPAN_START = wordSet('بعد منذ');

function afterSpan(ctx: TextContext, i: number, first: number): boolean {
  const { tokens } = ctx;
  if (i - 1 < first || tokens[i - 1]!.text !== 'من') return false;
  let duration = false;
  for (let j = i - 2; j >= first && j >= i - 5; j--) {
    const token = tokens[j]!;
    if (DURATIONS.has(token.text)) duration = true;
    else if (SPAN_START.has(token.text)) return duration;
    if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
  }
  return false;
}

/** «اللقاء سينصب على …», «الاجتماع سيبحث …»: a verb in the future right after the occasion, its subject. */
function futureVerbAfter(ctx: TextContext, i: number, last: number): boolean {
  const next = i < last ? ctx.tokens[i + 1]! : null;
  return next !== null && (next.gapBefore & ~Gap.Space) === 0 && next.text.length >= 4 && FUTURE_VERB.test(next.text) && ctx.tokens[i]!.text.startsWith('ال');
}

function timeAround(ctx: TextContext, i: number, first: number, last: number): { future: boolean; earlier: boolean; firstOfSeries: boolean } {
  const { tokens } = ctx;
  const after = i < last ? tokens[i + 1]! : null;
  const before = i > first ? tokens[i - 1]! : null;
  // «القمة الخليجية السابقة»: an adjective of place or people may stand between.
  const after2 = i + 1 < last ? tokens[i + 2]! : null;
  const isAfter = (words: ReadonlySet<string>) =>
    (after !== null && words.has(after.text)) || (after2 !== null && after !== null && after.text.startsWith('ال') && words.has(after2.text));
  return {
    future: futureAround(ctx, i, first, last) || isAfter(NEXT_AFTER) || comesAfter(ctx, i, first, BEFORE) || futureVerbAfter(ctx, i, last),
    earlier:
      isAfter(EARLIER_AFTER) ||
      (before !== null && (SINCE.has(before.text) || FOLLOWING_UP.has(before.text))) ||
      // «منذ انعقاد القمة الخامسة عشرة للمنظمة في بانجول»: since its holding.
      (before !== null && CONVENING.has(before.text) && i - 2 >= first && SINCE.has(tokens[i - 2]!.text)) ||
      comesAfter(ctx, i, first) ||
      afterSpan(ctx, i, first) ||
      cameFrom(ctx, i, first) ||
      coincidesWith(ctx, i, first),
    firstOfSeries: isAfter(FIRST_AFTER),
  };
}

/** «في إطار متابعة مكالمة الرئيسين», «استكمالا للاجتماع التشاوري»: what is followed up is an earlier occasion. */
const FOLLOWING_UP = wordSet('متابعة لمتابعة ومتابعة استكمالا استكمال لاستكمال تنفيذا لتنفيذ');

/**
 * «وتأتي الزيارة بعد اتصال هاتفي …», «ويأتي اللقاء بعد أيام من قمة …», «وجاءت الجولة بعد اجتماع عقده …»,
 * «وتنعقد الجولة بعد ساعات من اجتماع …»: what the news comes after (or is held after) is an earlier occasion.
 */
const COMES = wordSet('يأتي تأتي ويأتي وتأتي');
/**
 * The same in the past or of a sitting, with the occasion of the news as the subject: «وجاءت الجولة بعد …»
 * («وجاء إعلان باقري كني بعد لقائه في دبي اليوم» tells what followed the meeting of the news: not this).
 */
const CAME_AFTER = wordSet('جاء جاءت وجاء وجاءت تنعقد ينعقد وتنعقد وينعقد انعقدت انعقد وانعقدت وانعقد');
const OCCASIONS = wordSet('الجولة الزيارة اللقاء الاجتماع المباحثات المحادثات القمة المفاوضات الجلسة المكالمة الاتصال جولة زيارة لقاء اجتماع مباحثات محادثات قمة مفاوضات مكالمة اتصال');
const AFTER = wordSet('بعد');
const COMES_REACH = 4;
/** How many words of a span of time may stand between «بعد» and the occasion it counts from. */
const AFTER_SPAN = 5;

function comesAfter(ctx: TextContext, i: number, first: number, words: ReadonlySet<string> = AFTER): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  // «بعد أيام من قمة», «بعد أقل من أسبوع على القمة»: a span of time between «بعد» and the occasion.
  // (With «قبل»: «وتأتي الزيارة قبل ساعات من استقبال ترامب …» tells an occasion still to come.)
  while (j > first && j >= i - AFTER_SPAN && !words.has(tokens[j]!.text)) j--;
  if (j < first || !words.has(tokens[j]!.text)) return false;
  for (let k = j - 1; k >= first && k >= j - COMES_REACH; k--) {
    if (COMES.has(tokens[k]!.text)) return true;
    if (CAME_AFTER.has(tokens[k]!.text) && words === AFTER && OCCASIONS.has(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * «ويتزامن اللقاء مع جولة يقوم بها وزير الخارجية الأميركي في المنطقة …»: what the news coincides with is another
 * occasion, told as its setting (with what «حيث» goes on to tell of it), not the news.
 */
function coincidesWith(ctx: TextContext, i: number, first: number): boolean {
  const { tokens } = ctx;
  // («مع» anywhere before it in the sentence: «… مع جولة يقوم بها …، استهلها اليوم من إسرائيل حيث التقى …».)
  for (let j = i - 1; j > first; j--) {
    if (!WITH.has(tokens[j]!.text)) continue;
    for (let k = j - 1; k >= first && k >= j - COMES_REACH; k--) if (COINCIDES.has(tokens[k]!.text)) return true;
  }
  return false;
}
const COINCIDES = wordSet('يتزامن تتزامن ويتزامن وتتزامن تزامن تزامنت وتزامن وتزامنت');

/** Whether «حيث» opens the clause of the verb at i, after the meeting word at `from` (a few words before the verb). */
function whereAfter(ctx: TextContext, from: number, i: number): boolean {
  for (let j = i - 1; j > from && j >= i - CAME_FROM_REACH; j--) if (ctx.tokens[j]!.text === 'حيث') return true;
  return false;
}

/** «ويأتي», «وتأتي»: the verb that places the occasion the sentence opens with within something larger. */
const COMES_WITHIN = new Set(['ياتي', 'وياتي', 'تاتي', 'وتاتي']);
const WITHIN_WORD = 'ضمن';
/** «إذ», «حيث»: what the sentence goes on to tell of the larger thing. */
const FOR_INSTANCE = new Set(['اذ', 'حيث']);

/**
 * Whether the sentence opens with «ويأتي» and the occasion it tells («ويأتي اتصال …»), places it «ضمن» something larger
 * (a campaign, a tour), and the meeting word at `i` follows «إذ» or «حيث» after that: one of the larger thing's other
 * occasions.
 */
function withinCampaign(ctx: TextContext, first: number, i: number): boolean {
  const { tokens } = ctx;
  if (!COMES_WITHIN.has(tokens[first]!.text)) return false;
  let within = false;
  for (let j = first + 1; j < i; j++) {
    if (tokens[j]!.text === WITHIN_WORD) within = true;
    else if (within && FOR_INSTANCE.has(tokens[j]!.text)) return true;
  }
  return false;
}

/**
 * «ووصل إلى بيروت آتيا من القاهرة، حيث التقى …»: the stop a traveller came from, told after «حيث»; so is the stop a
 * tour began with («ضمن جولة آسيوية استهلها بكوريا الجنوبية، حيث أجرى مباحثات …»).
 */
function cameFrom(ctx: TextContext, i: number, first: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= first && j >= i - CAME_FROM_REACH; j--) {
    if (tokens[j]!.text !== 'حيث') continue;
    for (let k = j - 1; k >= first && k >= j - 4; k--) {
      if (CAME.has(tokens[k]!.text) && tokens[k + 1]?.text === 'من') return true;
      if (BEGAN_TOUR.has(tokens[k]!.text)) return true;
    }
    return false;
  }
  return false;
}
const CAME = wordSet('آتيا قادما آتية قادمة');
/** «استهلها», «بدأها»: a verb whose object is the tour, its first stop after it. */
const BEGAN_TOUR = wordSet('استهلها واستهلها بدأها وبدأها افتتحها');
/** How far before the meeting word «حيث» may stand («حيث التقى الرئيس المصري …», «حيث أجرى أمس الأحد مباحثات …»). */
const CAME_FROM_REACH = 5;

/** The token right after «هامش»: the occasion beside which a meeting was held. */
function isOccasion(ctx: TextContext, i: number, first: number): boolean {
  return i > first && wordFacts(ctx.tokens[i - 1]!).sideline;
}

/**
 * How far (in characters) before or after a sentence a claim may start and still bear on its
 * meeting: a claim that starts before the sentence and runs into it (a long quotation), or the
 * words a speaker says about talks named just before them.
 */
const CLAIM_REACH = 2000;

function findCandidates(ctx: TextContext, s: Structure, mentions: readonly TokenMention[], claims: readonly Claim[]): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let m = 0;
  // Claims by start, walked with the sentences: each sentence looks only at the claims near it,
  // or a long page costs sentences × claims.
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  let c0 = 0;
  // The last day the text named, for «في اليوم نفسه».
  let lastDate: string | null = null;
  const collective = collectiveLeaders(ctx, mentions);
  for (let index = 0; index < s.sentences.length; index++) {
    const { first, last } = s.sentences[index]!;
    const dates = findDates(ctx, first, last, ctx.date);
    for (const d of dates) {
      if (d.sameDay) d.date = lastDate;
      else if (d.date && !d.future) lastDate = d.date;
    }
    const words: MeetingWord[] = [];
    let sideline = false;
    let attendance = false;
    for (let i = first; i <= last; i++) {
      // (What the word is to this stage, looked up once for the tests below.)
      const facts = wordFacts(tokens[i]!);
      if (facts.sideline) sideline = true;
      if (facts.attendance) attendance = true;
      // «للقاء نظيره», «لإجراء محادثات»: a meeting intended, not one that took place.
      if (facts.intent || (i > first && isIntent(tokens[i - 1]!))) continue;
      if (isOccasion(ctx, i, first)) continue;
      const word = meetingWord(ctx, i, last);
      if (word && !word.verb && aimedAt(ctx, i, first)) continue;
      if (!word) continue;
      const time = timeAround(ctx, i, first, last);
      // «… بعد يومين من اجتماع أوباما ببوتين في نيويورك، حيث بحث الرئيسان …»: what «حيث» goes on to tell is that earlier occasion.
      const prior = words.at(-1);
      if (word.verb && prior && (prior.earlier || prior.future) && whereAfter(ctx, prior.token, i)) Object.assign(time, { earlier: prior.earlier, future: prior.future });
      // «ويأتي اتصال أردوغان بأمير الكويت ضمن حراك دبلوماسي …، إذ بحث الرئيس التركي هاتفيا … مع سلطان عمان …»: what
      // «إذ» goes on to tell are the campaign's other occasions, not the one the sentence places within it.
      else if (!time.future && withinCampaign(ctx, first, i)) Object.assign(time, { earlier: true });
      words.push({ token: i, ...word, ...time });
    }
    while (m < mentions.length && mentions[m]!.first < first) m++;
    if ((words.length === 0 && !attendance) || isCaption(ctx, first)) continue;
    const people = peopleOf(ctx, s, mentions, m, first, last);
    if (words.length === 0) {
      // «وشارك في القمة أمير الكويت …»: people who attended what was told just before.
      if (people.length > 0) out.push(attendanceOf(index, people));
      continue;
    }
    const sentenceStart = ctx.norm.toOriginal[tokens[first]!.start]!;
    const sentenceEnd = ctx.norm.toOriginal[Math.max(tokens[last]!.end - 1, tokens[last]!.start)]! + 1;
    while (c0 < byStart.length && byStart[c0]!.start < sentenceStart - CLAIM_REACH) c0++;
    const near: Claim[] = [];
    for (let k = c0; k < byStart.length && byStart[k]!.start <= sentenceEnd + CLAIM_REACH; k++) {
      const c = byStart[k]!;
      if (c.end > sentenceStart - CLAIM_REACH) near.push(c);
    }
    // «أن يلتقيا في المرة القادمة بالعاصمة الروسية»: a place told of the next occasion is not this one's.
    // «قال مسؤول في البيت الأبيض»: where an official works is not where the meeting was.
    const places = findPlaces(ctx, first, last).filter((p) => !futureBefore(ctx, p.first, first) && !workplaceOf(ctx, p.first));
    // One candidate per sentence: the first word that tells a meeting that took place says what it is.
    // «وفي اللقاء الأخير بينهما بحثا …»: an earlier occasion named first is what the sentence is about.
    const firstWord = words[0]!;
    const aboutEarlier = firstWord.earlier && firstWord.reference;
    const told = aboutEarlier ? [] : words.filter((w) => !w.future && !w.earlier);
    const word = told.find((w) => !w.reference) ?? told[0] ?? words.find((w) => !w.reference) ?? words[0]!;
    // A call told beside another occasion is that occasion's kind only when it is no earlier one («ويأتي بعد اتصال هاتفي …»).
    const kind = words.find((w) => w.kind === 'phone call' && !w.earlier && !w.future)?.kind ?? word.kind;
    const nearest = <T extends { token: number }>(list: T[]) =>
      list.reduce<T | null>((best, x) => (!best || Math.abs(x.token - word.token) < Math.abs(best.token - word.token) ? x : best), null);
    // «أشاد الوزير، الخميس، بالاجتماع الذي عقده … أمس الأربعاء»: the date after the
    // meeting word is the meeting's; one before it is often the day of the statement.
    // «… في أول زيارة منذ الإطاحة بالأسد في الثامن من ديسمبر الماضي»: a date after «منذ» is a point the meeting is counted from.
    // «وعد بتسليم ردود خلال الأسبوع المقبل، وذلك في ختام محادثاته»: a day to come in another clause is the promise's, not the meeting's.
    // «إعلان 27 تشرين الثاني 2024», «اتفاق 10 مارس»: a date that names a document is the document's.
    // «أطلع الرئيس عباس، في اتصال هاتفي، على عزمه الاعتراف بدولة فلسطين يوم الاثنين المقبل»: a day to come after a word
    // of intent is what was intended, not the call.
    const own = dates.filter(
      (d) => !sinceBefore(ctx, d.token, first) && !(d.future && !sameClause(ctx, s, d.token, word.token)) && !namesDocument(ctx, d.token) && !(d.future && intendedBetween(ctx, word.token, d.token)),
    );
    // «… أرفع لقاء منذ قمة هلسنكي في تموز الماضي، ويأتي بعد اتصال هاتفي في الثالث من أيار»: a date after
    // another meeting word is that one's.
    const next = words.find((w) => w.token > word.token)?.token ?? Infinity;
    // «مكالمة … هنأه فيها على فوزه في الاقتراع الذي جرى الأحد»: a date in a relative clause of another noun is that noun's.
    const after = own.filter((d) => d.token > word.token && d.token < next && !relativeBetween(ctx, ownRelativeEnd(ctx, word.token), d.token));
    const date = nearest(after) ?? nearest(own.filter((d) => d.token < word.token)) ?? nearest(own.filter((d) => d.token > next));
    // «زار بوتين الرياض», «وصل إلى الرياض»: a visit's destination is where it happened.
    const destination = word.kind === 'visit' ? destinationAfter(ctx, word.token, last) : null;
    // «… بعد نحو أسبوعين من المباحثات التي أجراها الرئيسان في هلسنكي»: a place after an earlier or later occasion is its place.
    const other = words.find((w) => w.token > word.token && (w.earlier || w.future) && !word.earlier && !word.future);
    // «ويأتي الاجتماع استكمالا للاجتماع التشاوري الذي استضافته مدينة جدة»: a place in a relative clause of a later meeting word is that meeting's.
    const ownEnd = ownRelativeEnd(ctx, word.token);
    const ofLater = (at: number) => {
      for (let j = word.token + 1; j < at; j++) if (wordFacts(tokens[j]!).meeting) return relativeBetween(ctx, Math.max(j + 1, ownEnd), at);
      return false;
    };
    // «استدعت الخارجية الروسية السفيرة الأمريكية»: a summons is held at the ministry that summoned.
    // («جلسة لمجلس الأمن» with no city: the Council sits in New York.)
    const sitting = word.kind === 'meeting' && councilSitting(ctx, word.token);
    const seat = word.kind === 'meeting' ? (summonerSeat(ctx, word.token, last) ?? (places.length === 0 && sitting ? { token: word.token, en: COUNCIL_SEAT } : null)) : null;
    const place = destination ?? seat ?? nearest(places.filter((p) => (!other || p.first < other.token) && !ofLater(p.first)).map((p) => ({ token: p.first, en: p.place.en })));
    const future = word.future || date?.future === true;
    // «الاجتماع التشاوري الأول» is the news when the sentence dates it to the article's day or the day before.
    const recent = date?.date && ctx.date ? (daysBetween(date.date, ctx.date) ?? 99) : 99;
    const earlierInSeries = word.firstOfSeries && !(recent >= 0 && recent <= 1);
    // (A pluperfect of two days before is still the news a report of the next morning tells: «وكان الرئيس قد شرع، أول من أمس، في زيارة …».)
    const toldBefore = pluperfect(ctx, first, word.token);
    const background = aboutEarlier || word.earlier || earlierInSeries || (toldBefore && (!date?.date || recent > 2)) || date?.earlier === true;
    // «ويأتي اللقاء بعد اتصال هاتفي أجراه بوتين وترامب»: the names after an earlier or later occasion are its people.
    let participants = new Set(people.filter((p) => !other || p.first < other.token).map((p) => p.id));
    // «اتفق الدبيبة وإردوغان على … . وجاء الاتفاق في مكالمة هاتفية أجراها الطرفان اليوم»: «الطرفان» with nobody
    // named are the two the sentence before named.
    if (participants.size === 0 && index > 0 && (jointAgentAfter(ctx, word.token, last) || jointSubject(ctx, first, word.token))) {
      const before = s.sentences[index - 1]!;
      let k = m;
      while (k > 0 && mentions[k - 1]!.first >= before.first) k--;
      const pair = new Set(peopleOf(ctx, s, mentions, k, before.first, before.last).map((p) => p.id));
      if (pair.size === 2) participants = pair;
    }
    // «استعرض سموه ورئيس الوزراء العراقي اليوم العلاقات … . جاء ذلك خلال استقبال سموه …»: a sentence that tells the
    // occasion of the one before has its people and its day too.
    let carriedDate: string | null = null;
    if (index > 0 && occasionOfBefore(ctx, first, word.token)) {
      const before = s.sentences[index - 1]!;
      let k = m;
      while (k > 0 && mentions[k - 1]!.first >= before.first) k--;
      const union = new Set([...participants, ...peopleOf(ctx, s, mentions, k, before.first, before.last).map((p) => p.id)]);
      // («أشاد بوتين بالتعاون. وجاء ذلك في مكالمة أجراها الطرفان»: one person named is not the two of a meeting.)
      if (union.size >= 2) {
        participants = union;
        if (!date) carriedDate = findDates(ctx, before.first, before.last, ctx.date).find((d) => d.date && !d.future && !d.earlier)?.date ?? null;
      }
    }
    // «قادة مصر والأردن والسلطة الفلسطينية»: leaders named by their countries; «دعا الزعماء الثلاثة» after them: the same.
    for (const id of leadersOfSentence(ctx, collective, first, last)) participants.add(id);
    // A sitting of the Security Council: the envoys to the United Nations the story names spoke at it.
    if (sitting && !word.verb) for (const id of envoysToUn(ctx, mentions)) participants.add(id);
    // «وذكر أنه ناقش مع …»: the speaker of the words that tell the meeting took part in it.
    for (const speaker of speakersAround(ctx, near, word.token)) participants.add(speaker);
    for (const w of words) if (w.verb) for (const reporter of reportersAround(ctx, near, w.token, people)) participants.delete(reporter);
    if (word.reference) participants = withoutCommentators(ctx, participants, near, word.token);
    participants = withoutSpokespeople(ctx, participants);
    out.push({
      token: word.token,
      sentence: index,
      kind,
      reference: words.every((w) => w.reference),
      // «وحضر القمة …», «وشارك في الاجتماع …»: the occasion already told, and who attended it.
      attendance: attendance && words.every((w) => w.reference),
      participants,
      place: place?.en ?? null,
      date: future ? null : (date?.date ?? carriedDate),
      background: background && !future,
      future,
      sideline: sideline && !word.reference && word.kind !== 'summit',
      beforeLeaving: !word.reference && beforeLeavingAfter(ctx, word.token, last),
      remote: words.some((w) => remoteAfter(ctx, w.token, last)),
      namedCity: cityOfGathering(ctx, word)?.en ?? null,
      pluperfect: toldBefore,
    });
  }
  return out;
}

/**
 * «جاء ذلك خلال …», «وجاء ذلك لدى …», «وجاءت تصريحات لي خلال لقائه …»: the sentence opens by pointing back to the one
 * before (or to the words it told) as what it tells the occasion of.
 */
const CAME_THAT = wordSet('جاء وجاء جاءت وجاءت');
const THAT_WORD = wordSet('ذلك');
/** The words told before, as the subject of «جاءت»: «تصريحات لي», «تصريحاته», «كلمته». */
const WORDS_TOLD = wordSet('تصريحات تصريحاته تصريحاتها التصريحات كلمته كلمتها أقواله أقوالها');
const DURING = wordSet('خلال لدى أثناء في');
/** How many words of the speaker's name may stand between «تصريحات» and «خلال». */
const TOLD_BY_REACH = 2;

function occasionOfBefore(ctx: TextContext, first: number, word: number): boolean {
  const { tokens } = ctx;
  if (!CAME_THAT.has(tokens[first]?.text ?? '')) return false;
  if (THAT_WORD.has(tokens[first + 1]?.text ?? '')) return DURING.has(tokens[first + 2]?.text ?? '') && word <= first + 4;
  if (!WORDS_TOLD.has(tokens[first + 1]?.text ?? '')) return false;
  for (let j = first + 2; j <= first + 2 + TOLD_BY_REACH; j++) if (DURING.has(tokens[j]?.text ?? '')) return word <= j + 2;
  return false;
}

/** «الزعماء», «القادة» (also «الزعماء الثلاثة»): the leaders the story named by their countries before. */
const THE_LEADERS = wordSet('الزعماء القادة');

/**
 * The people of a phrase of leaders named by their countries in tokens [first, last], or, when the sentence says
 * «الزعماء»/«القادة» with none, of the last such phrase before it.
 */
function leadersOfSentence(ctx: TextContext, phrases: readonly LeadersPhrase[], first: number, last: number): string[] {
  if (phrases.length === 0) return [];
  const inside = phrases.filter((p) => p.first >= first && p.last <= last);
  if (inside.length > 0) return inside.flatMap((p) => p.people);
  for (let i = first; i <= last; i++) {
    if (!ctx.tokens[i]!.stems.some((st) => THE_LEADERS.has(st.text))) continue;
    const before = phrases.filter((p) => p.last < first).at(-1);
    return before ? before.people : [];
  }
  return [];
}

/**
 * The officials of tokens [first, last] who can take part in what the sentence tells, from mention `from` on. A name
 * inside a quotation is talked about, not met; «لزيارة مرتقبة للرئيس …», «تصريحات لبوتين»: a name after ل is someone
 * the talk is about or for. (But a statement quoted («وأفاد البيان بأن قطر "استضافت لقاء ثلاثيا ضم أمير دولة قطر …،
 * ورئيس رواندا …"») tells who met.)
 */
function peopleOf(ctx: TextContext, s: Structure, mentions: readonly TokenMention[], from: number, first: number, last: number): TokenMention[] {
  const people: TokenMention[] = [];
  for (let k = from; k < mentions.length && mentions[k]!.first <= last; k++) {
    const m = mentions[k]!;
    if (m.first < first) continue;
    if (s.insideQuotation(m.first, m.last) && !quotedStatement(ctx, s, m.first, first)) continue;
    if (afterLam(ctx, m) || underLeadership(ctx, m.first, first)) continue;
    // Who rules, sends greetings or is served, named by the title the mention leads with.
    const lead = leadOf(mentions, k);
    if (!ruleOf(ctx, lead) && !greetedOrSender(ctx, lead) && !servedBy(ctx, lead)) people.push(m);
  }
  return people;
}

/** How close after the meeting word the two must be to be the ones who held it («مكالمة هاتفية أجراها الطرفان»). */
const JOINT_AGENT_REACH = 4;

/**
 * «مكالمة هاتفية أجراها الطرفان», «اتصال جرى بين الجانبين»: the two hold the meeting the word tells (not «واتفق
 * الرئيسان خلال المكالمة على عقد لقاء …», where they agreed on another).
 */
function jointAgentAfter(ctx: TextContext, word: number, last: number): boolean {
  for (let i = word + 1; i <= Math.min(last, word + JOINT_AGENT_REACH); i++) if (TWO_SIDES.has(ctx.tokens[i]!.text)) return true;
  return false;
}

/** «وشدد الزعيمان، خلال مباحثات ثنائية في قصر بسمان، على …»: the two are the subject of the sentence's opening verb, before the meeting word. */
function jointSubject(ctx: TextContext, first: number, word: number): boolean {
  return word > first + 1 && TWO_SIDES.has(ctx.tokens[first + 1]!.text);
}

/**
 * «مؤتمر بروكسل», «مؤتمر باريس»: the city a conference is named by (where the story's news met, when nothing
 * else in it places it). Not a summit: «قمة جدة», «قمة نواكشوط» are most often
 * another summit than the one told (the last one, whose chair hands over; the next stop of a tour).
 */
function cityOfGathering(ctx: TextContext, word: MeetingWord): { token: number; en: string } | null {
  if (word.kind !== 'conference' || word.earlier || word.future) return null;
  const next = word.token + 1;
  const token = ctx.tokens[next];
  if (!token || (token.gapBefore & ~Gap.Space) !== 0) return null;
  const match = defaultPlaces().matchAt(ctx.tokens, next, { clitics: false })[0];
  return match ? { token: next, en: match.values[0]!.en } : null;
}

/** Words that say an occasion was held by video: «قمة افتراضية», «عبر تقنية الفيديو», «عبر الاتصال المرئي». */
const VIRTUAL = wordSet('افتراضية افتراضي الافتراضية الافتراضي الفيديو بالفيديو المرئي المرئية');
/** How far after the meeting word those words may come: «قمة عقداها عبر الفيديو». */
const REMOTE_REACH = 4;

/** Whether the meeting word at i is said to be held by video (or «عن بعد») in its own clause. */
function remoteAfter(ctx: TextContext, i: number, last: number): boolean {
  const { tokens } = ctx;
  for (let j = i + 1; j <= last && j <= i + REMOTE_REACH; j++) {
    const t = tokens[j]!;
    if ((t.gapBefore & ~Gap.Space) !== 0) return false;
    if (VIRTUAL.has(t.text)) return true;
    if (t.text === 'عن' && tokens[j + 1]?.text === 'بعد' && j + 1 <= last) return true;
  }
  return false;
}

/** People whose place of work may follow them: «مسؤول في البيت الأبيض», «مصدر في الكرملين». */
const WORKERS = wordSet('مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر متحدث متحدثة المتحدث مستشار مستشارة موظف موظفون دبلوماسي دبلوماسيون');

/** Whether the place at token i follows «في» after a word of someone who works there. */
function workplaceOf(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  if (!before) return false;
  // «في» on its own or as the clitic of the place («بالبيت الأبيض» is not this).
  const inWord = before.text === 'في' ? tokens[i - 2] : null;
  if (inWord !== null && inWord !== undefined && WORKERS.has(inWord.text)) return true;
  // «سفير المملكة في واشنطن», «السفير السعودي لدى الولايات المتحدة»: the city an envoy is posted to.
  if (before.text !== 'في' && before.text !== 'لدي') return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) if (tokens[j]!.stems.some((st) => st.prefix <= 1 && ENVOYS.has(st.text))) return true;
  return false;
}

/** Nouns of a statement whose quoted words tell the meeting («وأفاد البيان بأن …»). */
const STATEMENTS = wordSet('بيان البيان بيانا بيانها بيانه البلاغ بلاغ');
/** How far before the quotation the statement may be named. */
const STATEMENT_BEFORE_QUOTE = 8;

/** Whether the quotation holding token j, in the sentence that starts at `first`, is a statement's words. */
function quotedStatement(ctx: TextContext, s: Structure, j: number, first: number): boolean {
  const open = s.firstInQuote(j);
  if (open === null) return false;
  // (A quotation opened before the sentence `first` starts: no word of this sentence stands before it, none is read.)
  for (let k = open - 1; k >= first && k >= open - STATEMENT_BEFORE_QUOTE; k--) if (STATEMENTS.has(ctx.tokens[k]!.text)) return true;
  // («أشار المتحدث الرسمي باسم الرئاسة أحمد فهمي إلى أن "الرئيس تلقى اتصالا هاتفيا من …"»: a spokesperson's quoted
  // words tell the news as a statement does.)
  for (let k = open - 1; k >= first && k >= open - SPOKESPERSON_BEFORE_QUOTE; k--) if (SPOKESPERSON_WORDS.has(ctx.tokens[k]!.text)) return true;
  return false;
}
/** How far before the quotation a spokesperson may be named, with their title and name between («المتحدث الرسمي باسم الرئاسة المصرية أحمد فهمي، إلى أن "…"»). */
const SPOKESPERSON_BEFORE_QUOTE = 12;

/** Envoys posted to a city or a country («سفير … في/لدى …»). */
const ENVOYS = wordSet('سفير سفيرة السفير السفيرة سفيرا قنصل القنصل مندوب المندوب');

/** «منذ» (since) a few words before a date: the date is a point in time before the news. */
const SINCE_REACH = 12;

/**
 * Whether a date and a meeting word of a sentence are in one clause: no stop (: ; .) between
 * them, no «، وذلك» after the date, and both inside the same quotation or both outside any.
 */
function sameClause(ctx: TextContext, s: Structure, date: number, word: number): boolean {
  const [from, to] = date < word ? [date, word] : [word, date];
  if (s.quoteAt(ctx.tokens[from]!.start) !== s.quoteAt(ctx.tokens[to]!.start)) return false;
  for (let j = from + 1; j <= to; j++) {
    const t = ctx.tokens[j]!;
    if ((t.gapBefore & Gap.Stop) !== 0 || s.colonBefore(j)) return false;
    // «…، وذلك في ختام محادثاته» looks back to what it qualifies: a day before it is another clause's.
    if (date < word && t.text === 'وذلك' && (t.gapBefore & Gap.Comma) !== 0) return false;
  }
  return true;
}

function sinceBefore(ctx: TextContext, token: number, first: number): boolean {
  for (let j = token - 1; j >= first && j >= token - SINCE_REACH; j--) {
    const t = ctx.tokens[j]!;
    if (SINCE.has(t.text)) return true;
    if ((ctx.tokens[j + 1]!.gapBefore & (Gap.Comma | Gap.Stop)) !== 0) return false;
  }
  return false;
}

/** «بنظام بشار الأسد», «في عهد الرئيس …», «إدارة ترامب»: a name after the rule it gives its name to is no participant; nor is the late («الراحل»). */
const RULE_OF = wordSet('نظام عهد حكم إدارة');
/** «خطة ترامب», «تصريحات الرئيس الأمريكي …», «دعوة بوتين»: a name after what it proposed or said is talked about, not met. */
const SAID_BY = wordSet('خطة خطط مقترح مقترحات تصريحات دعوة دعوات مبادرة رؤية');
const SAID_BY_REACH = 4;
/** «وجاءت تصريحات وانغ في اتصال هاتفي أجراه مع …»: the statements came in the meeting told, so their author took part. */
const CAME_WITH = wordSet('جاء جاءت وجاء وجاءت');
function madeThere(tokens: readonly Token[], noun: number): boolean {
  return noun > 0 && CAME_WITH.has(tokens[noun - 1]!.text);
}

/** «أخيه الراحل الشيخ خليفة», «الفقيد …»: the late are named, never met. */
const LATE = wordSet('الراحل الراحلة الفقيد الفقيدة المغفور');

/** «بناء على توجيه خادم الحرمين», «نيابة عن الرئيس», «بتكليف من الملك»: who sent someone is not at the meeting. */
const SENT_BY = wordSet('توجيه توجيهات تكليف نيابة إنابة بالنيابة');
const SENT_BY_JOINERS = wordSet('عن من');
const SENT_BY_REACH = 5;

function ruleOf(ctx: TextContext, m: TokenMention): boolean {
  const { tokens } = ctx;
  const before = tokens[m.first - 1];
  if (before === undefined || before.kind !== 'word' || tokens[m.first]!.gapBefore !== Gap.Space) return false;
  if (before.stems.some((st) => RULE_OF.has(st.text)) || LATE.has(before.text)) return true;
  if (before.stems.some((st) => SAID_BY.has(st.text))) return !madeThere(tokens, m.first - 1);
  // «تصريحات الرئيس الأمريكي دونالد ترامب»: back over the title's words to what he said or proposed.
  for (let j = m.first - 1; j >= 0 && j >= m.first - SAID_BY_REACH; j--) {
    const token = tokens[j]!;
    if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) break;
    if (token.stems.some((st) => SAID_BY.has(st.text))) return !madeThere(tokens, j);
    if (!token.text.startsWith('ال')) break;
  }
  // «نيابة عن الرئيس الروسي فلاديمير بوتين»: back over «عن/من» and the title's words.
  for (let j = m.first - 1; j >= 0 && j >= m.first - SENT_BY_REACH; j--) {
    const token = tokens[j]!;
    if (token.stems.some((st) => SENT_BY.has(st.text))) return true;
    if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0 || !(SENT_BY_JOINERS.has(token.text) || token.text.startsWith('ال'))) return false;
  }
  return false;
}

/**
 * «… يجسد ما يربط البلدين من علاقات في ظل قيادة أمير البلاد الشيخ صباح الأحمد وأخيه الملك سلمان»:
 * the leaders under whose leadership (or patronage, or guidance) the two sides act are named, not met.
 * The phrase runs to the end of its clause.
 */
function underLeadership(ctx: TextContext, at: number, first: number): boolean {
  const { tokens } = ctx;
  for (let j = at - 1; j > first && j >= at - LEADERSHIP_REACH; j--) {
    if ((tokens[j + 1]!.gapBefore & (Gap.Comma | Gap.Stop | Gap.Newline)) !== 0) return false;
    if (UNDER.has(tokens[j - 1]!.text) && LEADERSHIP.has(tokens[j]!.text)) return true;
    // «وبتوجيهات سامية منهما ومن سمو ولي العهد …»: the guidance of someone is never their presence.
    if (tokens[j]!.stems.some((st) => GUIDANCE.has(st.text))) return true;
  }
  return false;
}

const UNDER = new Set(['ظل', 'وفي', 'تحت']);
const LEADERSHIP = wordSet('قيادة رعاية توجيهات قيادتي');
const GUIDANCE = wordSet('توجيهات بتوجيهات وبتوجيهات');
/** Words from the leadership word to the last name it governs («قيادة حضرة صاحب السمو أمير البلاد الشيخ … وأخيه خادم الحرمين الشريفين الملك …»). */
const LEADERSHIP_REACH = 24;

function attendanceOf(sentence: number, people: readonly TokenMention[]): Candidate {
  return {
    // No meeting word of its own: it can only join another.
    token: -1,
    sentence,
    kind: 'meeting',
    reference: true,
    attendance: true,
    participants: new Set(people.map((p) => p.id)),
    place: null,
    date: null,
    background: false,
    future: false,
    sideline: false,
    beforeLeaving: false,
    remote: false,
    namedCity: null,
    pluperfect: false,
  };
}

/** «لبوتين», «للرئيس بوتين»: ل on the name or on its title right before it. */
function afterLam(ctx: TextContext, m: TokenMention): boolean {
  if (m.clitic.includes('ل')) return !receivedAfter(ctx, m.first);
  const before = ctx.tokens[m.first - 1];
  return before !== undefined && before.kind === 'word' && before.text.startsWith('لل') && ctx.tokens[m.first]!.gapBefore === Gap.Space;
}

/** «خلال استقبال الرئيس السيسي لضيفه الفلسطيني»: after the verbal noun of a reception and its subject, «ل» marks the one received. */
function receivedAfter(ctx: TextContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - RECEPTION_REACH; j--) {
    const token = ctx.tokens[j]!;
    if (RECEPTION_NOUNS.has(token.text)) return true;
    if ((ctx.tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
  }
  return false;
}
const RECEPTION_NOUNS = new Set(['استقبال', 'واستقبال', 'لاستقبال', 'باستقبال'].map(normalizeKey));
/** How far after «استقبال» the one received may be named, past the host's title and name. */
const RECEPTION_REACH = 6;

/** Nouns of someone's service in construct with the one served: «كبير مستشاري رئيس الولايات المتحدة». */
const SERVICE_NOUNS = wordSet('مستشار مستشاري مستشارة مستشارو مبعوث مبعوثة مبعوثي ممثل ممثلة ممثلي مساعد مساعدة مساعدي');

/**
 * «مسعد بولس، كبير مستشاري رئيس الولايات المتحدة», «… مستشاري الرئيس الأمريكي دونالد ترامب»: the one served, named
 * in construct after a noun of service, is not at the meeting.
 */
function servedBy(ctx: TextContext, m: TokenMention): boolean {
  const first = titleStart(ctx, m);
  const before = ctx.tokens[first - 1];
  if (before === undefined || ctx.tokens[first]!.gapBefore !== Gap.Space || !SERVICE_NOUNS.has(before.text)) return false;
  if (first === m.first) return m.clitic === '';
  // «مبعوث الرئيس الأميركي توماس باراك»: a name after the title of the one served is the servant's own unless the
  // person named holds that title.
  const roles = new Set(ctx.k.titles.matchAt(ctx.tokens, first, { clitics: false }).flatMap((t) => t.values.map((d) => d.role)));
  return ctx.k.people.get(m.id)?.terms.some((term) => roles.has(term.role)) === true;
}

/**
 * Where the title written right before a mention's name starts («الرئيس الأمريكي دونالد ترامب»), its country and an
 * honorific between («من أمير الكويت الشيخ مشعل …»); the mention's first token when there is none.
 */
function titleStart(ctx: TextContext, m: TokenMention): number {
  for (let j = m.first - 1; j >= 0 && j >= m.first - 4; j--) {
    if (ctx.k.titles.matchAt(ctx.tokens, j, { clitics: false }).some((t) => t.last < m.first && m.first - 1 - t.last <= 2)) return j;
  }
  return m.first;
}

/** Greetings conveyed in someone's name: «ونقل إليه تحيات خادم الحرمين الشريفين». */
const GREETINGS = new Set(['تحيات', 'تحياته', 'تحية', 'تحيته', 'تهاني', 'تهانيه', 'تمنيات', 'تمنياته', 'تعازي'].map(normalizeKey));
/** Words of regard joined to greetings: «تحيات وتقدير الرئيس», «تحيات وتمنيات الملك». */
const REGARDS = new Set(['تقدير', 'تمنيات', 'تحيات', 'سلام', 'مودة', 'احترام', 'اعتزاز', 'تهاني'].map(normalizeKey));
/** How many words may stand between greetings and the one they are sent to («تحية مماثلة لأمير الكويت»). */
const GREETING_REACH = 3;
/** What is sent from someone absent: «رسالة خطية من الملك …», «برقية من الرئيس …». */
const SENT = new Set(['رسالة', 'رساله', 'رسالته', 'برقية', 'برقيه', 'خطية', 'خطيه', 'شفهية', 'شفهيه', 'مكتوبة', 'مكتوبه', 'رسمية', 'رسميه'].map(normalizeKey));

/** «خادم الحرمين الشريفين الملك سلمان»: a name right after its own title starts where the title does. */
function leadOf(mentions: readonly TokenMention[], k: number): TokenMention {
  let lead = mentions[k]!;
  for (let j = k - 1; j >= 0 && mentions[j]!.id === lead.id && mentions[j]!.last === lead.first - 1; j--) lead = mentions[j]!;
  return lead;
}

/**
 * «نقل إليه تحيات الملك», «حمّله تحياته إلى الملك», «سلمه رسالة خطية من الرئيس»: the one whose
 * greetings or letter are brought, or who is sent greetings, is not at the meeting.
 */
function greetedOrSender(ctx: TextContext, m: TokenMention): boolean {
  // «رسالة مكتوبة من الرئيس عبد الفتاح السيسي»: the sender's title may stand before the name the mention starts at.
  const start = titleStart(ctx, m);
  if (start !== m.first) return greetedOrSender(ctx, { ...m, first: start });
  const before = ctx.tokens[m.first - 1];
  if (!before || before.kind !== 'word') return false;
  if (GREETINGS.has(before.text)) return true;
  // «تحيات فخامة الرئيس رجب طيب أردوغان»: an honorific between the greetings and the sender's title.
  if (TITLE_HONORIFICS.has(before.text) && GREETINGS.has(ctx.tokens[m.first - 2]?.text ?? '')) return true;
  // «بنقل تحيات وتقدير الرئيس الأمريكي …»: a word of regard joined to the greetings.
  if (before.text.startsWith('و') && REGARDS.has(before.text.slice(1)) && GREETINGS.has(ctx.tokens[m.first - 2]?.text ?? '')) return true;
  // «تحيات أمير الكويت الشيخ مشعل …»: the greetings, then the sender's title, then the name.
  for (let k = 2; k <= GREETING_REACH + 1 && m.first - k >= 0; k++) {
    if (GREETINGS.has(ctx.tokens[m.first - k]!.text) && ctx.k.titles.matchAt(ctx.tokens, m.first - k + 1, { clitics: false }).length > 0) return true;
  }
  const twoBefore = ctx.tokens[m.first - 2];
  if (!twoBefore) return false;
  // «وحمّله تحياته إلى الملك»: greetings sent back to someone absent.
  if (before.text === 'الي' || before.text === 'إلى') return GREETINGS.has(twoBefore.text);
  // «حمّل الرئيس ضيفه تحية مماثلة لأمير الكويت»: greetings, a word or two, then «لـ» and the one they are for.
  if (m.clitic.endsWith('ل')) {
    for (let k = 1; k <= GREETING_REACH && m.first - k >= 0; k++) if (GREETINGS.has(ctx.tokens[m.first - k]!.text)) return true;
  }
  return before.text === 'من' && SENT.has(twoBefore.text);
}

/** «وكان الوزيران قد بحثا …», «سبق أن التقى»: the meeting word is told in the pluperfect. */
function pluperfect(ctx: TextContext, first: number, token: number): boolean {
  let auxiliary = false;
  for (let j = first; j < token; j++) {
    const text = ctx.tokens[j]!.text;
    if (ALREADY.has(text)) return true;
    if (AUXILIARIES.has(text)) auxiliary = true;
    else if (auxiliary && text === 'قد') return true;
  }
  // «وكانت أعمال القمة السعودية الأفريقية الأولى قد انطلقت اليوم»: the meeting word is the subject, between the
  // auxiliary and «قد».
  if (!auxiliary) return false;
  for (let j = token + 1; j < ctx.tokens.length && j <= token + SUBJECT_BEFORE_QAD; j++) {
    const t = ctx.tokens[j]!;
    if ((t.gapBefore & ~Gap.Space) !== 0) return false;
    if (t.text === 'قد') return true;
  }
  return false;
}

/** How many words of a meeting's name may stand between it and the «قد» of a pluperfect it is the subject of. */
const SUBJECT_BEFORE_QAD = 6;

/**
 * A photo caption: a line with no full stop that ends on a credit in brackets
 * («… خلال اجتماع سابق في أنقرة (رويترز)»). It tells what a picture shows, often an
 * archive one, not what the article reports.
 */
function isCaption(ctx: TextContext, first: number): boolean {
  const text = ctx.norm.text;
  const at = ctx.tokens[first]!.start;
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const line = text.slice(from, to).trim();
  return /\([^()\n]{2,40}\)$/.test(line) && !/[.!?؟:]/.test(line.slice(0, line.lastIndexOf('(')));
}

/**
 * «وذكر أنه ناقش مع …», «قال: "بحثت مع نظيري …"»: the speaker of words that begin by
 * telling a meeting, with no other subject, took part in it. «وذكر برايس أن الوزيرين
 * ناقشا …» names the ones who met: the speaker only reports.
 */
function speakersAround(ctx: TextContext, claims: readonly Claim[], token: number): string[] {
  const { tokens, norm } = ctx;
  const at = norm.toOriginal[tokens[token]!.start]!;
  return claims
    .filter((c) => {
      if (!c.speaker || c.start > at || at >= c.end) return false;
      const before = norm.original.slice(c.start, at).replace(/["«»“”]/g, ' ').trim().split(/\s+/).filter(Boolean);
      if (before.length === 0) return true;
      return before.length <= SELF_DISTANCE && SELF.has(normalizeKey(before[0]!));
    })
    .map((c) => c.speaker!);
}

/**
 * «وذكر برايس في بيان أن الوزيرين "ناقشا …"»: the speaker of words whose own verb of
 * meeting has another subject reports the meeting; named only outside those words, they
 * did not take part. (A noun, «خلال المحادثات», may be the speaker's own talks.)
 */
function reportersAround(ctx: TextContext, claims: readonly Claim[], token: number, people: readonly TokenMention[]): string[] {
  const { tokens, norm } = ctx;
  const at = norm.toOriginal[tokens[token]!.start]!;
  const self = new Set(speakersAround(ctx, claims, token));
  const out: string[] = [];
  for (const c of claims) {
    if (!c.speaker || self.has(c.speaker) || c.start > at || at >= c.end) continue;
    const inside = people.some((p) => p.id === c.speaker && norm.toOriginal[tokens[p.first]!.start]! >= c.start && norm.toOriginal[tokens[p.first]!.start]! < c.end);
    if (!inside) out.push(c.speaker);
  }
  return out;
}

/**
 * «وصرح المتحدث الرسمي باسم الرئاسة أحمد فهمي بأن الرئيس استقبل …»: a spokesperson tells the meeting and is
 * named in its sentence, but sits at no table: two spokespeople of one presidency would otherwise tie its
 * host's meetings of two days together. Kept when fewer than two others remain.
 */
function withoutSpokespeople(ctx: TextContext, participants: Set<string>): Set<string> {
  const spokespeople = [...participants].filter((id) => holdsOnly(ctx, id, SPOKESPERSON_ROLES));
  if (spokespeople.length === 0 || participants.size === spokespeople.length) return participants;
  // («صرح المتحدث باسم الرئاسة بأن الرئيس استقبل …»: a presidency's or a ministry's spokesperson tells the meeting of
  // one other person, not takes part; a movement's spokesperson who negotiates, as the Houthis' does, may.)
  const reporting = participants.size - spokespeople.length >= 2 ? spokespeople : spokespeople.filter((id) => holdsOnly(ctx, id, OFFICE_SPOKESPERSON_ROLES));
  return reporting.length === 0 ? participants : new Set([...participants].filter((id) => !reporting.includes(id)));
}

/** Whether the listed person holds an office on the article's date (any, undated) and every one of them is of `roles`. */
function holdsOnly(ctx: TextContext, id: string, roles: ReadonlySet<string>): boolean {
  const active = (ctx.k.people.get(id)?.terms ?? []).filter((t) => !ctx.date || isActive(t, ctx.date));
  return active.length > 0 && active.every((t) => roles.has(t.role));
}
/** A presidency's or a foreign ministry's spokesperson, who tells a meeting rather than negotiates. */
const OFFICE_SPOKESPERSON_ROLES: ReadonlySet<string> = new Set(['presidential-spokesperson', 'mfa-spokesperson']);

/** «أنه», «إنه», «أنها»: a report whose subject is the speaker. */
const SELF_DISTANCE = 5;
const SELF = wordSet('أنه إنه بأنه وأنه أنها إنها بأنها وأنها');

/**
 * «وصفت المتحدثة … المحادثات بأنها بناءة»: someone speaking about talks, when nobody
 * else is named, is commenting on them, not taking part.
 */
function withoutCommentators(ctx: TextContext, participants: Set<string>, claims: readonly Claim[], token: number): Set<string> {
  const at = ctx.norm.toOriginal[ctx.tokens[token]!.start]!;
  const original = ctx.norm.original;
  // The meeting word is what the speaker talks about: after the verb, before or at the start of the words.
  const about = (c: Claim) => {
    const verb = original.lastIndexOf(c.verb, c.start);
    return verb >= 0 && verb < at && (at < c.start || !/\s/.test(original.slice(c.start, at).trim()));
  };
  const commentators = new Set(claims.filter((c) => c.speaker && about(c)).map((c) => c.speaker!));
  const others = [...participants].filter((p) => !commentators.has(p));
  return others.length === 0 ? new Set() : participants;
}

/** When two sentences tell one occasion, the more telling word names its kind. */
const KIND_RANK: Record<MeetingKind, number> = { talks: 0, meeting: 1, conference: 2, visit: 3, signing: 4, summit: 5, 'phone call': 6 };

/**
 * Within one article: a call is never the same occasion as a face-to-face one, but talks
 * («بحث», «محادثات») may be either («وبحث الرئيسان خلال الاتصال …»).
 */
function kindsAgree(a: MeetingKind, b: MeetingKind): boolean {
  return a === b || a === 'talks' || b === 'talks' || (a !== 'phone call' && b !== 'phone call');
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

const mentionedOnly = (c: Candidate) => c.background || c.future;

/** Occasions of many that copy often tells before naming anyone at them. */
const GATHERINGS: ReadonlySet<MeetingKind> = new Set<MeetingKind>(['summit', 'conference']);

/**
 * «بحث ولي العهد مع رئيس وزراء تايلاند … على هامش القمة الخليجية مع آسيان. وتأتي مشاركة سريثا في قمة الرياض …»: a
 * meeting told on the sidelines, and the summit or conference the story names after it, are two occasions, even when
 * the gathering is only named again.
 */
function besideGathering(a: Candidate, b: Candidate): boolean {
  const [sideline, other] = a.sideline ? [a, b] : [b, a];
  return sideline.sideline && !other.sideline && GATHERINGS.has(other.kind);
}

function sameMeeting(a: Candidate, b: Candidate, reference: boolean): boolean {
  if (!kindsAgree(a.kind, b.kind)) return false;
  // A call has no place: one told at a place was held face to face.
  if ((a.kind === 'phone call') !== (b.kind === 'phone call') && !reference && (a.kind === 'phone call' ? b.place : a.place)) return false;
  // What only happened before, or is still to come, is not what the article reports.
  if (mentionedOnly(a) !== mentionedOnly(b) || a.future !== b.future) return false;
  // A meeting on the sidelines of a summit is not the summit, nor the summit named again after it.
  if ((!reference || besideGathering(a, b)) && a.sideline !== b.sideline) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  // A stop the traveller left afterwards is not the meeting told before it (only its own references join it).
  if (!reference && a.beforeLeaving !== b.beforeLeaving) return false;
  const shared = overlap(a.participants, b.participants);
  // «اتصل ماكرون ببوتين … كما اتصل بزيلينسكي»: two calls of one caller with two others are two calls.
  if (a.kind === 'phone call' && b.kind === 'phone call' && a.participants.size >= 2 && b.participants.size >= 2 && shared < 2) return false;
  if (a.place && b.place && a.place !== b.place && !((a.date === null || b.date === null) && shared > 0)) return false;
  if (reference) return shared > 0 || b.participants.size <= 1;
  // «اختتم القادة قمتهم التي استضافتها الكويت أمس» then «وأكد أمير الكويت في القمة …»: a summit or conference
  // told with nobody named is the one of its kind the story goes on to name people at (no other place or day).
  if ((a.participants.size === 0 || b.participants.size === 0) && a.kind === b.kind && GATHERINGS.has(a.kind) && (a.place === null || b.place === null || a.place === b.place)) return true;
  // One story's conference told with one person at it («وقال وزير الخارجية أمام المؤتمر …») is the one its other
  // sentences name people at, when neither gives it another place or day.
  if (a.kind === 'conference' && b.kind === 'conference' && Math.min(a.participants.size, b.participants.size) <= 1 && (a.place === null || b.place === null || a.place === b.place))
    return true;
  return shared > 0;
}

function absorb(into: Candidate, from: Candidate): void {
  for (const p of from.participants) into.participants.add(p);
  into.remote ||= from.remote;
  into.namedCity ??= from.namedCity;
  if (from.place && (!into.place || (from.date && !into.date))) into.place = from.place;
  into.date ??= from.date;
  if (KIND_RANK[from.kind] > KIND_RANK[into.kind]) into.kind = from.kind;
  into.sentence = Math.max(into.sentence, from.sentence);
}

/** How many sentences after a meeting a list of who attended may still be about it. */
const ATTENDANCE_REACH = 4;

/** The country a participant served at the story's date (any term when it has none, or none is active), or null. */
function countryAt(ctx: TextContext, id: string): string | null {
  const terms = ctx.k.people.get(id)?.terms ?? [];
  const active = terms.filter((t) => ctx.date && isActive(t, ctx.date));
  const countries = new Set((active.length > 0 ? active : terms).map((t) => t.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/**
 * «استهل الأمير يومه بمباحثات مع رئيس وزراء باكستان … وفي اليوم ذاته التقى الأمير رئيس وزراء فيتنام»: one host
 * with a guest of one country and a guest of another, neither of the host's country, is two meetings. (Not for
 * summits and conferences, where one table seats many countries.)
 */
function twoGuests(a: Candidate, b: Candidate, countryOf: (id: string) => string | null): boolean {
  if (GATHERINGS.has(a.kind) || GATHERINGS.has(b.kind)) return false;
  const onlyA = [...a.participants].filter((p) => !b.participants.has(p));
  const onlyB = [...b.participants].filter((p) => !a.participants.has(p));
  const shared = [...a.participants].filter((p) => b.participants.has(p));
  if (onlyA.length === 0 || onlyB.length === 0 || shared.length === 0) return false;
  const countries = (ids: string[]) => ids.map(countryOf);
  const [ca, cb, cs] = [countries(onlyA), countries(onlyB), countries(shared)];
  // An organisation's official sits with its members' (the GCC's secretary-general with the Saudi minister).
  if ([...ca, ...cb, ...cs].some((c) => c === null || ORGANISATIONS.has(c))) return false;
  // (Those of the shared side's own country come with it — ministers attending, a delegation — and say nothing of
  // whom it met: the Palestinian prime minister received in Cairo with his minister, then in Mecca by the Saudi one.)
  const [ra, rb] = [ca.filter((c) => !cs.includes(c)), cb.filter((c) => !cs.includes(c))];
  return ra.length > 0 && rb.length > 0 && !ra.some((c) => rb.includes(c));
}

/**
 * «التقى وزير الخارجية … نظيره السيراليوني … . وكانت أعمال القمة السعودية الأفريقية قد انطلقت اليوم في الرياض»: a
 * summit told in the pluperfect beside talks told as the news (or the other way round) is the occasion the talks were
 * held at, not the talks: one is a gathering, the other not, and only one is told as already done.
 */
function recalledGathering(a: Candidate, b: Candidate): boolean {
  return a.pluperfect !== b.pluperfect && GATHERINGS.has(a.kind) !== GATHERINGS.has(b.kind);
}

function merge(candidates: Candidate[], countryOf: (id: string) => string | null): Candidate[] {
  const meetings: Candidate[] = [];
  let latest: Candidate | null = null;
  for (const c of candidates) {
    if (c.attendance) {
      // «وشارك في القمة …»: attendance joins the face-to-face meeting told just before,
      // whoever it names (each outlet lists other leaders).
      if (latest && latest.kind !== 'phone call' && !mentionedOnly(latest) && c.sentence - latest.sentence <= ATTENDANCE_REACH && !recalledGathering(latest, c) && !besideGathering(latest, c)) {
        absorb(latest, c);
        continue;
      }
      if (c.participants.size === 0 || c.token === -1) continue;
    }
    const previous = meetings[meetings.length - 1];
    // «وعقب الجلسة وقع القادة البيان الختامي»: a meeting word with nobody named goes on telling
    // the occasion before it.
    if (c.participants.size === 0 && !c.reference && latest && !mentionedOnly(c) && sameMeeting(latest, c, true)) {
      absorb(latest, c);
      continue;
    }
    if (c.reference && previous && sameMeeting(previous, c, true) && !recalledGathering(previous, c)) {
      absorb(previous, c);
      latest = previous;
      continue;
    }
    const same = meetings.find((m) => sameMeeting(m, c, false) && !twoGuests(m, c, countryOf) && !recalledGathering(m, c));
    if (same) {
      absorb(same, c);
      latest = same;
    } else {
      latest = { ...c, participants: new Set(c.participants) };
      meetings.push(latest);
    }
  }
  return meetings;
}

/** Older than this before publication, a dated meeting is recalled, not reported: news is of the last days. */
const RECALLED_AFTER_DAYS = 10;

function finish(meetings: Candidate[], published: string, headlineDate: string | null, dateline: string | null = null): ArticleMeeting[] {
  const out: ArticleMeeting[] = [];
  const ids = new Set<string>();
  let headlineUsed = false;
  // The story's first meeting reported is its news (wire copy leads with it); one dated before
  // it is background the story gives («المحادثات التي احتضنتها الرياض في 18 فبراير»).
  // (A meeting with nobody known by name but with its place and day — «المحادثات التقنية في الرياض أمس» — leads too.)
  const main = meetings.find((m) => !mentionedOnly(m) && (m.participants.size > 0 || (m.place !== null && m.date !== null)));
  const mainDate = main ? (main.date ?? headlineDate ?? null) : null;
  for (const m of meetings) {
    const people = [...m.participants].sort();
    let date = m.date;
    let mentioned = mentionedOnly(m);
    if (!mentioned && date && published) {
      const age = daysBetween(date, published);
      if (age !== null && age > RECALLED_AFTER_DAYS) mentioned = true;
    }
    if (!mentioned && m !== main && date && mainDate && date < mainDate) mentioned = true;
    // «… والتقى صباح الأربعاء في الرياض …، قبل أن يتوجه إلى الدوحة», told after the news: an earlier stop.
    if (!mentioned && main && m !== main && m.beforeLeaving && m.sentence > main.sentence) mentioned = true;
    // «وكان الرئيس الأميركي قد أعلن صباح اليوم … في ختام مفاوضات استضافتها شرم الشيخ», told after the news in the
    // pluperfect: an occasion the story recalls beside its news, even of the same day.
    // (After the news as the story first tells it: the news may go on being told after the occasion recalled.)
    if (!mentioned && main && m !== main && m.pluperfect && m.token > main.token) mentioned = true;
    // The headline dates the first meeting reported when its sentences do not.
    if (!mentioned && !date && headlineDate && !headlineUsed) date = headlineDate;
    // The dateline places the story's news when its sentences do not (a call has no place).
    if (m === main && !m.place && m.namedCity) m.place = m.namedCity;
    if (m === main && !m.place && dateline && m.kind !== 'phone call') m.place = dateline;
    // A summit held by video has no place; a city one sentence gives is one side's (where a document was signed).
    if (m.remote) m.place = null;
    if (!mentioned) headlineUsed = true;
    const worth = people.length >= 2 || (people.length === 1 && (m.place || date)) || (m.place && date);
    if (!worth) continue;
    const base = articleMeetingId(m.kind, date, m.place, people);
    let id = mentioned ? `mentioned:${base}` : base;
    for (let n = 2; ids.has(id); n++) id = `${mentioned ? 'mentioned:' : ''}${base}#${n}`;
    ids.add(id);
    out.push({ id, kind: m.kind, participants: people, place: m.place, date, ...(mentioned ? { mentioned: true as const } : {}) });
  }
  return out;
}

/** A readable id, deterministic for one article: kind, date, place and participants. */
export function articleMeetingId(kind: MeetingKind, date: string | null, place: string | null, participants: readonly string[]): string {
  const slug = (place ?? 'unplaced').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${kind.replace(' ', '-')}:${date ?? 'undated'}:${slug}:${participantsKey(participants) || 'unnamed'}`;
}
