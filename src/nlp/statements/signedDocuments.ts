/**
 * «وقع الرئيسان مذكرة تفاهم حول خطة للتعاون الاستراتيجي الشامل», «وقعا إعلانا بشأن تعميق
 * الشراكة الاستراتيجية», «اعتماد خطة العمل المشتركة»: a document signed or adopted at the meeting
 * the article reports, when no knowledge entry took the words. Knowledge files cannot list every
 * memorandum and declaration of every visit, but a reader expects the one signed in the story to be
 * marked like any agreement.
 *
 * Run after the meetings stage: with exactly one meeting reported, a signing word (وقع، توقيع،
 * اعتماد، أبرم …, or one of reaching it: توصل إلى، أسفر عن، أثمر) followed within a few words by one document (a kind word in the singular and at
 * least two words that say what it is about) makes an agreement of that meeting, named by the
 * document's own words, with an `ar:` id of its kind and the meeting's place and date (so that the
 * reports of one signing give it one id). The documents listed after the first («، ومذكرة تفاهم في مجال …»,
 * «…، إضافة إلى البرنامج التنفيذي …») or singled out of several signed («شملت …», «من بينها …») are signed too; a
 * document's parties («بين وزارتي الخارجية في البلدين») belong to its name. A number of them («12 مذكرة تفاهم», «عدد من
 * الاتفاقيات ومذكرات التفاهم») is the meeting's package of documents, one agreement, only when the story names none of
 * them. Not a document: one signed in another year («الموقعة عام 2001»), one still to be signed («من المقرر
 * توقيع»), and words another agreement already holds.
 *
 * In: the agreements found, the meetings. Out: the agreements, the signed documents added.
 */
import { tokenSpan, type TextContext } from '../entities/context.ts';
import { contentWords, type AgreementInfo } from '../knowledge/knowledge.ts';
import { addDays, datedBefore } from '../entities/dates.ts';
import { defaultPlaces } from '../entities/places.ts';
import { normalizeKey } from '../text/normalize.ts';
import { VERB_WORDS, wordSet } from '../text/lexicon.ts';
import { isFunctionWord, lightStem } from '../text/stem.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { Agreement, ArticleMeeting, Span } from '../types.ts';
import { participantsKey } from '../text/participantsKey.ts';


/** Signing and adopting: past verbs and verbal nouns (after و/ف). */
const SIGNING = wordSet(
  'وقع وقعا وقعت وقعوا يوقعان توقيع التوقيع اعتماد اعتمد اعتمدا اعتمدت اعتمدوا أبرم أبرما أبرمت إبرام أقر أقرا أقرت أقروا إقرار تبنى تبني ' +
    // Reaching one: «توصل الجانبان إلى خطة لوقف …», «أسفر الاجتماع عن اتفاق على …», «يثمر هدنة في …».
    'توصل توصلا توصلت توصلوا التوصل أسفر أسفرت أثمر أثمرت يثمر تمخض تمخضت',
);
/** Words of the field a document covers, after «في»: «في مجال الطاقة», «في ميادين التعليم». */
const FIELDS = wordSet('مجال مجالات المجال المجالات قطاع قطاعات القطاع ميدان ميادين الميدان مجالي المجالين مجالين');
/** Stems every document of cooperation shares: they tell none apart. */
const COMMON_STEMS = new Set(
  // As written and as `lightStem` leaves them («للتعاون» is «تعا»), since both are compared with them.
  ['تعاون', 'مجال', 'بين', 'بلد', 'جانب', 'حكوم', 'شراك'].flatMap((w) => [normalizeKey(w), lightStem(normalizeKey(w))]),
);
/** A document, in the singular, by its kind word; with its English label. */
const KINDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['مذكرة', 'Memorandum'],
      ['اتفاقية', 'Agreement'],
      ['اتفاقيه', 'Agreement'],
      ['اتفاق', 'Agreement'],
      ['اتفاقا', 'Agreement'],
      ['إعلان', 'Declaration'],
      ['إعلانا', 'Declaration'],
      ['وثيقة', 'Document'],
      ['خطة', 'Plan'],
      ['بروتوكول', 'Protocol'],
      ['بروتوكولا', 'Protocol'],
      ['معاهدة', 'Treaty'],
      ['ميثاق', 'Charter'],
      ['هدنة', 'Truce'],
      // «خريطة طريق», «خارطة الطريق»: only with «طريق» after it (`documentAfter`).
      ['خريطة', 'Roadmap'],
      ['خارطة', 'Roadmap'],
      // «البرنامج التنفيذي للتعاون الثقافي»: only with «التنفيذي» after it (`documentAfter`).
      ['برنامج', 'Executive programme'],
    ] as const
  ).map(([ar, en]) => [normalizeKey(ar), en]),
);
/** Words between the signing word and the document: who signed, when, the preposition. */
const BEFORE_DOCUMENT = 5;
/** The most words of a document's name after its kind word. */
const MAX_NAME_WORDS = 10;
/** Words that end a document's name: the frame of the signing, the next item. */
const NAME_ENDS = wordSet('خلال أثناء اثناء عقب بعد قبل بحضور في ختام بين الجانبين الطرفين البلدين وذلك كما التي الذي الموقعة');
/** «من المقرر توقيع», «سيتم التوقيع»: a signing still to come. */
const FUTURE = wordSet('المقرر مقرر سيتم سيجري يعتزم يعتزمان المرتقب المنتظر سوف يتوقع ينتظر بهدف بغية سعيا لأجل');
const YEAR = /^(19|20)\d\d$/;
/** Numbers written as words: «أربع عشرة مذكرة تفاهم», «ثماني اتفاقيات» are several documents. */
const COUNTS = wordSet('ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية ثمان تسع تسعة عشر عشرة عشرات اثنتي اثني');
const ROADMAP_HEADS = wordSet('خريطة خارطة');
const ROAD = wordSet('طريق الطريق');
const PROGRAMME = normalizeKey('برنامج');
const EXECUTIVE = wordSet('تنفيذي التنفيذي');
/** Words that open what a document is about, as light stems: they tell no document from another. */
const ABOUT_STEMS = new Set(['بشأن', 'حول', 'تخص', 'يخص', 'تتعلق', 'يتعلق'].map((w) => lightStem(normalizeKey(w))));
/** The second words of two-word kinds, as light stems. */
const SECOND_KIND_WORDS = new Set(['تفاهم', 'طريق', 'أخرى', 'آخر', 'تنفيذي'].map((w) => lightStem(normalizeKey(w))));

export function addSignedDocuments(ctx: TextContext, agreements: Agreement[], meetings: readonly ArticleMeeting[]): Agreement[] {
  const signing = signingMeeting(meetings.filter((m) => !m.mentioned));
  if (!signing) return agreements;
  const meeting: ArticleMeeting = signing;
  const { tokens } = ctx;
  const taken = agreements.flatMap((a) => a.mentions);
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const found = new Map<string, Agreement>();
  const linked = new Map<Agreement, Span[]>();
  const where = [meeting.place, meeting.date].filter(Boolean);
  const packages: Paper[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // «وقع البلدان ثماني اتفاقيات، في مقدمتها اتفاق إطاري …», «وشملت الوثائق الموقعة مذكرة تفاهم …»: the documents
    // singled out of those signed are signed too.
    const from = isSigning(tokens[i]!) ? i : singledOut(tokens, i);
    if (from < 0 || future(tokens, i) || ofAnotherPlace(ctx, i, meeting) || pastPerfect(tokens, i)) continue;
    // «وقع الجانبان ثماني مذكرات تفاهم», «توقيع عدد من الاتفاقيات ومذكرات التفاهم»: the documents of the visit, as one.
    const several = isSigning(tokens[i]!) ? packageAfter(tokens, i) : null;
    if (several) packages.push(several);
    // «التوقيع على اتفاقية للتعاون في مجال الرياضة، واتفاقية للتعاون الثقافي، ومذكرة تفاهم …»: the documents
    // coordinated after the first are signed too.
    const listed: Paper[] = [];
    for (let paper = documentAfter(tokens, from); paper; paper = isSigning(tokens[i]!) ? coordinatedDocument(tokens, paper) : nextListed(tokens, paper)) {
      i = Math.max(i, paper.last);
      listed.push(paper);
    }
    for (const paper of listed) addDocument(paper, listed.length > 1);
  }
  function addDocument(paper: Paper, oneOfSeveral = false): void {
    const span = tokenSpan(ctx, paper.first, paper.prefix, paper.last);
    if (overlaps(span) || datedBefore(ctx, paper.last, meeting.date)) return;
    // «إعلان الشراكة الاستراتيجية الشاملة» signed where the article also names «الإعلان المشترك» of the meeting: one declaration.
    // «الإعلان الموسوم بـ"نحو شراكة …"»: the document is the one whose title follows.
    const known =
      titledAfter(ctx, agreements, span) ?? knownDocument(ctx, agreements, span.text, paper.kindWord) ?? meetingDeclaration(agreements, meeting, paper.kindWord);
    if (known) {
      linked.set(known, [...(linked.get(known) ?? []), span]);
      return;
    }
    // «وقع الجانبان معاهدة للاستثمار الثنائي»: the document the knowledge lists for that day and those parties.
    const listed = listedDocument(ctx, meeting, span.text, paper.kindWord, oneOfSeveral);
    const id = listed ? listed.id : unlistedId(`ar:${paper.kindWord} ${where.join(' ') || participantsKey(meeting.participants)}`, span.text);
    const existing = found.get(id);
    if (existing) existing.mentions.push(span);
    else if (listed) found.set(id, { id, name: listed.ar, nameEn: listed.en, mentions: [span] });
    else
      found.set(id, {
        id,
        name: where.length > 0 ? `${span.text} (${where.join('، ')})` : span.text,
        nameEn: `${paper.kind} signed at the ${meeting.kind}${where.length > 0 ? ` (${where.join(', ')})` : ''}`,
        mentions: [span],
        meeting: meeting.id,
      });
  }
  /**
   * «مذكرة تفاهم للتعاون في مجال الطاقة، ومذكرة تفاهم في مجال الاستثمار»: two documents of one kind signed
   * at one meeting are two agreements. The first keeps the id of its kind, place and date (what the
   * other reports of the signing give it too); one about something else gets its own word in its id.
   */
  function unlistedId(base: string, text: string): string {
    const first = found.get(base);
    if (!first) return base;
    const own = ownStems(text);
    if (own.length === 0) return base;
    const ids = [base, ...[...found.keys()].filter((id) => id.startsWith(`${base} `))];
    for (const id of ids) {
      const theirs = new Set(found.get(id)!.mentions.flatMap((m) => ownStems(m.text)));
      if (theirs.size === 0 || own.some((w) => theirs.has(w))) return id;
    }
    return `${base} ${own[0]}`;
  }
  // The documents counted as one package only when the story names none of them: where it names them, they are
  // the agreements, and the count is only how many there were.
  if (found.size === 0 && linked.size === 0 && !agreements.some((a) => ofTheMeeting(ctx, a, meeting))) for (const paper of packages) addDocument(paper);
  if (found.size === 0 && linked.size === 0) return agreements;
  const withLinked = agreements.map((a) => (linked.has(a) ? { ...a, mentions: [...a.mentions, ...linked.get(a)!].sort((x, y) => x.start - y.start) } : a));
  return [...withLinked, ...found.values()];
}

/** Whether an agreement found is one the knowledge dates to the meeting's day (or the day after): signed there. */
function ofTheMeeting(ctx: TextContext, agreement: Agreement, meeting: ArticleMeeting): boolean {
  const date = ctx.k.agreements.get(agreement.id)?.date;
  return date !== undefined && meeting.date !== null && (date === meeting.date || date === addDays(meeting.date, 1));
}

/** Words that give a document's title after it: «الموسوم بـ», «المعنون», «بعنوان», «تحت عنوان». */
const TITLED = /(?:(?:ال)?(?:موسوم|معنون)[ةه]?\s*(?:بـ?)?|(?:ب|تحت\s+)عنوان)[\s،,«»"“”'‘’:ـ]*$/u;

/** The agreement found whose title follows the document's kind word: «الإعلان الموسوم بـ"نحو شراكة مبتكرة"». */
function titledAfter(ctx: TextContext, agreements: readonly Agreement[], span: Span): Agreement | null {
  const original = ctx.norm.original;
  for (const a of agreements)
    for (const m of a.mentions)
      if (m.start >= span.end && m.start - span.end <= 20 && TITLED.test(span.text + original.slice(span.end, m.start))) return a;
  return null;
}

/**
 * The meeting the article reports, where documents were signed: the one reported, or of several told of one
 * visit (the reception at the airport, the talks, the signing: one place, days at most one apart) the one with
 * most people at the table. None when the article reports meetings of different places or days.
 */
function signingMeeting(all: readonly ArticleMeeting[]): ArticleMeeting | null {
  // Nothing is signed over the phone: «اتفاق يقضي باستئناف العلاقات» in the report of a call is an earlier one.
  const reported = all.filter((m) => m.kind !== 'phone call');
  if (reported.length === 1) return reported[0]!;
  if (reported.length === 0) return null;
  const places = new Set(reported.map((m) => m.place).filter((p) => p !== null));
  const dates = reported.map((m) => m.date).filter((d): d is string => d !== null).sort();
  if (places.size > 1) return null;
  if (dates.length > 1 && dates[0] !== dates.at(-1) && addDays(dates[0]!, 1) !== dates.at(-1)) return null;
  return [...reported].sort((a, b) => b.participants.length - a.participants.length)[0]!;
}

function isSigning(token: Token): boolean {
  if (token.skip || token.kind !== 'word') return false;
  return signingWords.get(token);
}

/** Whether a word is a verb of signing, also after «و»/«ف» (by word: every token is asked). */
const signingWords = new WordMemo<boolean>(
  (token) => SIGNING.has(token.text) || (/^[وف]/.test(token.text) && token.text.length > 3 && SIGNING.has(token.text.slice(1))),
);

/** «للفترة من 2024», «للأعوام من 2024»: a period a document covers. */
const PERIODS = wordSet('للفترة الفترة للأعوام الأعوام للسنوات السنوات للأعوام');
const PERIOD_WORDS = wordSet('من بين');

/** Adjectives of relation that say how a text was made, not which document it is: «إعلانا رسميا». */
const NOT_DESCRIBING = wordSet('رسمي رسميا رسميه رئاسي رئاسيا صحفي صحفيا صحافي صحافيا إعلامي إعلاميا');

/** Words that open what a document is about: «مذكرة تفاهم حول …», «إعلانا بشأن …», «اتفاقية للتعاون …». */
const ABOUT = wordSet(
  'بشأن حول حيال لتعزيز لتعميق لتطوير للتعاون للشراكة في تعاون شراكة تفاهم عمل تخص يخص تتعلق يتعلق تختص يختص تعنى يعنى ' +
    // «اتفاقية إنشاء مجلس …», «اتفاقية تقضي بإنشاء …», «اتفاقية إقامة الشراكة …»: what it sets up.
    'إنشاء بإنشاء لإنشاء تأسيس بتأسيس لتأسيس إقامة بإقامة لإقامة تقضي يقضي',
);

/**
 * Whether the word after a kind word starts its description: a word of what it is about
 * («حول», «تعاون»), or a definite adjective or genitive («الاستراتيجية»). A verb or a predicate
 * («سيكون», «خطوة») is not.
 */
function describes(token: Token | undefined, next?: Token): boolean {
  if (!token || token.kind !== 'word' || (token.gapBefore & ~Gap.Space) !== 0) return false;
  if (ABOUT.has(token.text)) return true;
  // «اتفاق إطاري للتمويل», «اتفاقا إطاريا»: an indefinite adjective of relation says which document it is (not «رسمي»).
  // (Only with what it is for after it: «وثيقة ثلاثية حملت اسم …» does not say which document it is)
  if (relationAdjective(token)) return next !== undefined && (describesPurpose(next) || relationAdjective(next) || PARTIES_FOLLOW.has(next.text));
  return describesPurpose(token);
}

/** «أمنية», «إطاري», «مشتركة», «معدلة»: an indefinite adjective of relation or a participle of revision (not «رسمي»). */
function relationAdjective(token: Token): boolean {
  if (token.kind !== 'word' || (token.gapBefore & ~Gap.Space) !== 0) return false;
  if (REVISED.has(token.text)) return true;
  return /(ي|يا|يه)$/.test(token.text) && token.text.length >= 5 && !isFunctionWord(token.text) && !NOT_DESCRIBING.has(token.text);
}

/** «اتفاقية معدلة لتجنب الازدواج الضريبي»: a revised or new version of a document («معدلة», «جديدة»). */
const REVISED = wordSet('معدلة معدلا جديدة جديدا محدثة');

/** «… أمنية بين العراق وإيران», «… أمنية مع لاريجاني»: the parties after a document's adjective. */
const PARTIES_FOLLOW = wordSet('بين مع');

/** A word of what a document is for: «حول», «تعاون», a definite word, a verbal noun after «لـ». */
function describesPurpose(token: Token): boolean {
  if (token.kind !== 'word' || (token.gapBefore & ~Gap.Space) !== 0) return false;
  if (ABOUT.has(token.text)) return true;
  // («إلى» is written الى: a particle, not a definite word.)
  if (token.text.startsWith('ال') && !isFunctionWord(token.text)) return true;
  // «خطة لوقف الأعمال القتالية», «اتفاق لخفض التصعيد»: a verbal noun after «لـ» says what it is for.
  // («لحل الأزمة»: three letters are enough when the word is no particle such as «لها», «لدى».)
  if (!token.text.startsWith('ل') || token.text.startsWith('ال') || isFunctionWord(token.text)) return false;
  return token.text.length === 3 || token.stems.some((st) => st.prefix === 1 && !st.text.startsWith('ال'));
}

/** A verb ends a document's name: «اتفاقية التعاون سيمنح …», «الإعلان يفتح …», «… وقّعه الرئيسان». */
function saysSomething(token: Token): boolean {
  // «اتفاق شراكة … وقّعه الرئيسان»: the signing told after the document ends its name too.
  return VERB_WORDS.has(token.text) || (/^(سي|ست|سن)/.test(token.text) && token.text.length >= 5) || /^وقع/.test(token.text) || isSigning(token);
}

/** The content words of a text by light stem, without the kind words that every agreement shares. */
function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeKey(text).split(' ')) {
    // («برنامج», «بروتوكول» start with the letter of the clitic ب: asked as written too.)
    if (!word || isFunctionWord(word) || KINDS.has(word.replace(/^(و|ب|ل)?(ال)?/, '')) || KINDS.has(word.replace(/^(و)?(ال)?/, ''))) continue;
    out.add(lightStem(word));
  }
  return out;
}

/** Words of a document's description that tell it from others of its kind: not «تعاون», «مجال», «تفاهم». */
function ownStems(text: string): string[] {
  return [...contentStems(text)].filter((w) => !COMMON_STEMS.has(w) && !SECOND_KIND_WORDS.has(w) && !ABOUT_STEMS.has(w));
}

/**
 * «اتفاق شراكة استراتيجية شاملة وقّعه الرئيسان» where the article names the treaty too: the
 * agreement found whose words the document's description shares (two words, half of them).
 */
function knownDocument(ctx: TextContext, agreements: readonly Agreement[], text: string, kindWord: string): Agreement | null {
  const words = contentStems(text);
  if (words.size === 0) return null;
  for (const a of agreements) {
    if (a.id.startsWith('ar:')) continue;
    // «مذكرة تفاهم تخص إعادة الإعمار» is not the framework agreement of «النفط مقابل الإعمار»: a document of another kind.
    if (!ofKind(ctx, a, kindWord)) continue;
    const theirs = contentStems([a.name, ctx.k.agreements.get(a.id)?.ar ?? '', ...a.mentions.map((m) => m.text)].join(' '));
    let shared = 0;
    for (const w of words) if (theirs.has(w)) shared++;
    if (shared >= 2 && shared * 2 >= words.size) return a;
    // «الاتفاقية الإطارية مع تركيا» where the article names «الاتفاقية الإطارية للتعاون في مجال المياه»: every word of
    // its own but the places is the agreement's.
    const own = [...words].filter((w) => !ctx.k.agreementPlaceWords.has(w) && !COMMON_STEMS.has(w));
    if (own.length > 0 && shared > 0 && own.every((w) => theirs.has(w))) return a;
    // «اتفاق حول الحديدة وتبادل الأسرى» where the article names «اتفاق ستوكهولم» (also «اتفاق الحديدة»): the place the
    // agreement's own names give is enough.
    if (sharesPlace(ctx, text, a)) return a;
  }
  return null;
}

/**
 * The one knowledge entry signed on the meeting's day (or the day after, as reports date it) between
 * countries at its table that shares a word of what the document is about («معاهدة للاستثمار الثنائي»
 * → the India–UAE bilateral investment treaty of that day). Null when none or two fit.
 */
function listedDocument(ctx: TextContext, meeting: ArticleMeeting, text: string, kindWord: string, oneOfSeveral: boolean): AgreementInfo | null {
  const day = meeting.date ?? ctx.date;
  if (!day) return null;
  const days = [day, addDays(day, 1), addDays(day, -1)];
  const table = new Set(meeting.participants.flatMap((id) => ctx.k.people.get(id)?.terms.map((term) => term.country) ?? []));
  // «تفاهم» of «مذكرة تفاهم» is the kind, not what the memorandum is about: where the story lists several documents,
  // it tells none of them apart («ومذكرة تفاهم في مجال العمل» is not the day's one listed memorandum, of industry).
  const words = [...contentStems(text)].filter((w) => !(oneOfSeveral && SECOND_KIND_WORDS.has(w)));
  const fitting: { info: AgreementInfo; own: number }[] = [];
  for (const info of ctx.k.agreements.values()) {
    // A document of many parties (the India–Middle East–Europe corridor) is signed by those at this table among others.
    const atTable = info.parties.filter((c) => table.has(c)).length;
    if (!info.date || !days.includes(info.date) || info.parties.length < 2 || (info.parties.length > 2 ? atTable < 2 : atTable < info.parties.length)) continue;
    // «البرنامج التنفيذي للتعاون الثقافي» is not the memorandum of that day. (Only for programmes: reports call a
    // memorandum an agreement, a partnership agreement a declaration.)
    if (kindWord === PROGRAMME && !namesOfKind([info.ar], kindWord)) continue;
    // The vocabulary is the knowledge's content words; stemmed again as the text's words are, and kept as they are
    // too («اقتصادي» stemmed again loses its last letter and would miss the text's).
    const vocabulary = ctx.k.agreementVocabulary.get(info.id);
    const theirs = vocabulary ? new Set([...vocabulary, ...contentStems([...vocabulary].join(' '))]) : contentStems(info.ar);
    const shared = words.filter((w) => theirs.has(w));
    if (shared.length > 0) fitting.push({ info, own: shared.filter((w) => !COMMON_STEMS.has(w)).length });
  }
  if (fitting.length === 1) return fitting[0]!.info;
  // «اتفاقية للتعاون في مجال الرياضة» beside the cultural agreement of the same day: the one that shares a word
  // of its own, not only «التعاون».
  const best = Math.max(0, ...fitting.map((f) => f.own));
  const top = fitting.filter((f) => f.own === best);
  return best > 0 && top.length === 1 ? top[0]!.info : null;
}

/** The joint declaration the meeting already has (its statement made an agreement of it), for a declaration signed there. */
function meetingDeclaration(agreements: readonly Agreement[], meeting: ArticleMeeting, kindWord: string): Agreement | null {
  if (!DECLARATIONS.has(kindWord)) return null;
  const ofMeeting = agreements.filter((a) => a.meeting === meeting.id && a.id.startsWith('ar:') && a.mentions.some((m) => /(^|\s)(ال)?إعلان/.test(m.text)));
  return ofMeeting.length === 1 ? ofMeeting[0]! : null;
}

const DECLARATIONS = wordSet('إعلان إعلانا');
/** «نوايا»: the second word of a declaration of intent. */
const INTENT = wordSet('نوايا النوايا');

/** Kind words that name one kind of document (normalised, without the article). */
const KIND_GROUPS: readonly ReadonlySet<string>[] = [
  wordSet('اتفاق اتفاقا اتفاقية'),
  wordSet('مذكرة'),
  wordSet('إعلان إعلانا'),
  wordSet('بروتوكول بروتوكولا'),
  wordSet('خريطة خارطة'),
  wordSet('برنامج'),
];

/** Whether an agreement's own names or mentions are of the document's kind (kinds of no group: any). */
function ofKind(ctx: TextContext, a: Agreement, kindWord: string): boolean {
  return namesOfKind([ctx.k.agreements.get(a.id)?.ar ?? '', a.name, ...a.mentions.map((m) => m.text)], kindWord);
}

/** Whether one of the names has a kind word of the document's kind (kinds of no group: any). */
function namesOfKind(names: readonly string[], kindWord: string): boolean {
  const group = KIND_GROUPS.find((g) => g.has(kindWord));
  if (!group) return true;
  return normalizeKey(names.join(' '))
    .split(' ')
    .some((w) => group.has(w.replace(/^(و|ف|ب|ل)?(ال)?/, '')) || group.has(w.replace(/^(ال)/, '')));
}

/** Whether a document's words name a place that one of the agreement's own names gives. */
function sharesPlace(ctx: TextContext, text: string, a: Agreement): boolean {
  const names = ctx.k.agreementVocabulary.get(a.id);
  if (!names) return false;
  for (const word of contentWords(normalizeKey(text).split(' '))) if (ctx.k.agreementPlaceWords.has(word) && names.has(word)) return true;
  return false;
}

const RELATIVES = wordSet('الذي التي اللذين اللتين اللذان اللتان الذين');
/** How far before the relative word the place of its antecedent may be named. */
const ANTECEDENT_WORDS = 4;

/**
 * «استكمالا لاجتماعي فيينا اللذين أقرا خريطة طريق»: what a meeting elsewhere adopted, told in a
 * relative clause, was not signed at the meeting the article reports.
 */
function ofAnotherPlace(ctx: TextContext, i: number, meeting: ArticleMeeting): boolean {
  if (i === 0 || !RELATIVES.has(ctx.tokens[i - 1]!.text)) return false;
  const places = defaultPlaces();
  for (let j = Math.max(0, i - 1 - ANTECEDENT_WORDS); j < i - 1; j++) {
    const place = places.matchAt(ctx.tokens, j)[0]?.values[0];
    if (place && place.en !== meeting.place) return true;
  }
  return false;
}

/** «كان», «كانت»: with «قد» before a verb, what had happened before the story. */
const HAD = wordSet('كان وكان كانت وكانت كانا وكانا كانوا وكانوا');
/** How far before «قد» its «كان» may stand («وكان الرئيس الأمريكي باراك أوباما ونظيره الروسي … قد وقعا»). */
const HAD_DISTANCE = 14;

/** «وكان أوباما وميدفيديف قد وقعا المعاهدة في براغ …»: a signing before the story, not at its meeting. */
function pastPerfect(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== 'قد') return false;
  for (let j = i - 2; j >= 0 && i - j <= HAD_DISTANCE; j--) {
    if ((tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
    if (HAD.has(tokens[j]!.text)) return true;
  }
  return false;
}

function future(tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (FUTURE.has(tokens[j]!.text)) return true;
  // «لإبرام اتفاق», «للتوصل إلى هدنة»: a signing aimed at; «من أجل التوصل», «فرص إبرام هدنة»: one sought or doubted.
  if (AIMED.test(tokens[i]!.text)) return true;
  if (SOUGHT.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === 'اجل' && tokens[i - 2]?.text === 'من')) return true;
  // «الجهود الرامية إلى إبرام اتفاق», «المساعي الهادفة إلى التوصل إلى هدنة»: what efforts aim at.
  if (tokens[i - 1]?.text === 'الي' && AIMING.has(tokens[i - 2]?.text ?? '')) return true;
  // «في حال عدم التوصل إلى اتفاق»: a document not reached.
  return NOT_REACHED.has(tokens[i - 1]?.text ?? '');
}

const NOT_REACHED = wordSet('عدم');
/** A signing word with the ل of purpose: «لإبرام», «للتوصل», «لتوقيع». */
const AIMED = /^ل(ل|ا|ت)/u;
/** Words before a signing sought, hoped or doubted: «فرص إبرام هدنة», «إمكانية التوصل». */
const SOUGHT = wordSet('فرص فرصة فرصه إمكانية امكانيه إمكان احتمال احتمالات جهود مساعي محاولة محاولات');
/** Participles of aiming, and verbs of calling for, before «إلى» and a signing: «الرامية إلى إبرام», «داعية إلى التوصل». */
const AIMING = wordSet('الرامية الرامي الهادفة الهادف الساعية الساعي سعيا داعيا داعية دعا دعت يدعو تدعو مطالبا مطالبة');
const DRAFTING = wordSet('رسم وضع صياغة إعداد بلورة');

/** A document coordinated right after `paper` («…، واتفاقية للتعاون الثقافي», «…، وأخرى للتعاون الفني»). */
function coordinatedDocument(tokens: readonly Token[], paper: Paper): Paper | null {
  const { last } = paper;
  const next = tokens[last + 1];
  if (!next || (next.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return null;
  // «…، إضافة إلى مذكرة تفاهم …», «… بين البلدين، فضلا عن البرنامج التنفيذي …»: the next document, its kind word
  // right after the connector (a few words of the first one's parties may come before it).
  for (let j = last + 1; j <= last + 1 + TAIL_WORDS && j < tokens.length; j++) {
    const besides = besidesAt(tokens, j);
    if (besides > 0) return isKindWord(tokens[j + besides]) ? documentAfter(tokens, j + besides - 1) : null;
    if (j > last + 1 && (tokens[j]!.gapBefore & ~Gap.Space) !== 0) break;
    if (tokens[j]!.kind !== 'word' || saysSomething(tokens[j]!)) break;
  }
  if (!next.text.startsWith('و')) return null;
  // «وأخرى للتعاون في المجالات الاقتصادية»: another of the same kind.
  if (ANOTHER.has(next.text)) {
    const named = nameAfter(tokens, last + 1);
    return named ? { ...paper, first: last + 1, prefix: 1, last: named.last } : null;
  }
  if (!next.stems.some((st) => st.prefix > 0 && KINDS.has(st.text.replace(/^ال/, '')))) return null;
  return documentAfter(tokens, last);
}

/**
 * In a list of what was signed, the next document joined by «و» a few words on, past the rest of the
 * first one's description («الخطة الخمسية … للأعوام من 2024 إلى 2028 ومذكرة تفاهم بشأن …»).
 */
function nextListed(tokens: readonly Token[], paper: Paper): Paper | null {
  const near = coordinatedDocument(tokens, paper);
  if (near) return near;
  for (let j = paper.last + 1; j <= paper.last + LIST_GAP && j < tokens.length; j++) {
    const t = tokens[j]!;
    if ((t.gapBefore & (Gap.Stop | Gap.Newline)) !== 0 || saysSomething(t)) return null;
    if (t.text.startsWith('و') && t.stems.some((st) => st.prefix > 0 && KINDS.has(st.text.replace(/^ال/, '')))) return documentAfter(tokens, j - 1);
  }
  return null;
}

/** Words of a document's parties («بين البلدين») that may come between it and a connector of addition. */
const TAIL_WORDS = 3;

/** «إضافة إلى», «بالإضافة إلى», «فضلا عن», «إلى جانب» (normalised): what adds another item to a list. */
const BESIDES: readonly (readonly string[])[] = ['إضافة إلى', 'بالإضافة إلى', 'فضلا عن', 'إلى جانب'].map((p) => normalizeKey(p).split(' '));

/** The number of words of a connector of addition at i, or 0. */
function besidesAt(tokens: readonly Token[], i: number): number {
  for (const words of BESIDES) if (words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || (tokens[i + k]!.gapBefore & ~Gap.Space) === 0))) return words.length;
  return 0;
}

/** Whether a word is a document's kind word, after its clitics and article («مذكرة», «والاتفاقية», «البرنامج»). */
function isKindWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.stems.some((st) => KINDS.has(st.text.replace(/^ال/, '')));
}

/** How many words of a listed document's description may come before the next one. */
const LIST_GAP = 12;

/** «وأخرى», «وأخرى»: another document of the kind just named. */
const ANOTHER = wordSet('وأخرى واخرى وآخر');
/** Words that single out some of the documents signed: «في مقدمتها», «من بينها», «أبرزها», «منها». */
const SINGLED_OUT = wordSet('مقدمتها بينها أبرزها ابرزها منها');
/** Verbs that list what the documents signed include: «وشملت الوثائق الموقعة …». */
const INCLUDING = wordSet('شملت وشملت تضمنت وتضمنت تتضمن وتتضمن تشمل وتشمل ضمت وضمت');
/** Documents in the plural: «ثماني اتفاقيات», «الوثائق الموقعة». */
const DOCUMENTS = wordSet('اتفاقيات الاتفاقيات اتفاقات الاتفاقات مذكرات المذكرات وثائق الوثائق مذكرتي مذكرتين اتفاقيتين اتفاقيتي');
/** How far before «من بينها» the documents may be told, and how far before them their signing. */
const SINGLED_REACH = 16;
const SIGNING_REACH = 25;

/**
 * The token after which documents singled out of those signed are named, or -1: «… ثماني اتفاقيات ومذكرات
 * تفاهم، في مقدمتها …» (a signing word and the documents a few words before), «وشملت الوثائق الموقعة، إلى
 * جانب الاتفاق الإطاري، …» (an aside between commas is passed over).
 */
function singledOut(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  if (token.skip || token.kind !== 'word') return -1;
  // «مراسم توقيع سبع اتفاقيات ومذكرات تفاهم شملت …», «… إلى جانب خطة …».
  const besides = token.text === 'جانب' && tokens[i - 1]?.text === 'الي';
  if (SINGLED_OUT.has(token.text) || INCLUDING.has(token.text) || besides) {
    // The documents a few words before, and their signing before them in the sentence.
    let documents = -1;
    for (let j = i - 1; j >= 0 && j >= i - SINGLED_REACH && documents < 0; j--) {
      if ((tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
      if (DOCUMENTS.has(tokens[j]!.text) || /^(و|ب)?(ال)?(اتفاقيات|اتفاقات|مذكرات)$/.test(tokens[j]!.text)) documents = j;
    }
    if (documents >= 0 && tokens[documents + 1]?.text === normalizeKey('الموقعة')) return i;
    for (let j = documents - 1; documents >= 0 && j >= 0 && j >= documents - SIGNING_REACH; j--) {
      if ((tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
      if (isSigning(tokens[j]!)) return i;
    }
    if (!INCLUDING.has(token.text)) return -1;
  }
  if (!INCLUDING.has(token.text)) return -1;
  const noun = tokens[i + 1];
  const signed = tokens[i + 2];
  if (!noun || !signed || !DOCUMENTS.has(noun.text) || signed.text !== normalizeKey('الموقعة')) return -1;
  // «، إلى جانب الاتفاق الإطاري،»: an aside between commas before the documents.
  const after = tokens[i + 3];
  if (after && (after.gapBefore & Gap.Comma) !== 0 && (after.text === 'الي' || after.text === 'اضافه')) {
    for (let j = i + 4; j <= i + 10 && j < tokens.length; j++) if ((tokens[j]!.gapBefore & Gap.Comma) !== 0) return j - 1;
    return -1;
  }
  return i + 2;
}

/**
 * The words that name a document after its kind word (ending at `kindLast`): they must describe it
 * (not say something of it: «الإعلان سيكون …»), two words at least, and no year of another signing
 * after them («الموقعة عام 2001»). Null when there is no such name.
 */
function nameAfter(tokens: readonly Token[], kindLast: number): { last: number } | null {
  const sides = partiesBefore(tokens, kindLast);
  // «ومذكرة تفاهم بين غرفة قطر والرابطة النيجيرية لغرف التجارة،»: parties that run to the clause's end are its name.
  if (sides === 0) {
    const parties = partiesToClauseEnd(tokens, kindLast + 1);
    if (parties > 0) return { last: parties };
  }
  if (!describes(tokens[kindLast + 1 + sides], tokens[kindLast + 2 + sides])) return null;
  let last = kindLast;
  let named = 0;
  const opening = kindLast + 1 + sides;
  for (let k = kindLast + 1; k <= kindLast + MAX_NAME_WORDS + sides && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k < opening) continue;
    // «خطة للتعاون للفترة من 2024 إلى 2028», «… للأعوام 2023 - 2025»: the years of its period end its name; they are
    // not another year's signing.
    if (t.kind === 'number' && YEAR.test(t.text)) {
      const period = PERIOD_WORDS.has(tokens[k - 1]?.text ?? '') && PERIODS.has(tokens[k - 2]?.text ?? '') ? k - 2 : PERIODS.has(tokens[k - 1]?.text ?? '') ? k - 1 : -1;
      if (period >= 0) return period - 1 > kindLast + 1 + sides ? { last: period - 1 } : null;
    }
    // «هدنة في ريف حلب»: the word that opens the description is part of it, even «في».
    // «اتفاقية للتعاون في مجال الرياضة»: «في» before the field of the document goes on with its name.
    // «مذكرة تفاهم للتعاون بين وزارتي الداخلية في البلدين»: the parties of a document its one word of purpose
    // does not yet tell apart are its name.
    if (named === 1 && t.text === 'بين') {
      const parties = partiesToClauseEnd(tokens, k);
      if (parties > 0) return { last: parties };
    }
    const ends = NAME_ENDS.has(t.text) && !(k === opening && ABOUT.has(t.text)) && !(t.text === 'في' && FIELDS.has(tokens[k + 1]?.text ?? ''));
    if ((t.gapBefore & ~Gap.Space) !== 0 || t.kind !== 'word' || ends || t.skip || saysSomething(t)) {
      if (t.kind === 'number' && YEAR.test(t.text)) return null;
      break;
    }
    last = k;
    named++;
  }
  // «مذكرة تفاهم أمنية بين العراق وإيران»: one adjective, then the parties.
  if (named === 1 && relationAdjective(tokens[last]!) && PARTIES_FOLLOW.has(tokens[last + 1]?.text ?? '')) return { last };
  if (named < 2) return null;
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) if (tokens[k]!.kind === 'number' && YEAR.test(tokens[k]!.text)) return null;
  return { last };
}

/** How many words the parties of a document may take between «بين» and what it is about. */
const PARTY_WORDS = 8;

/**
 * «مذكرة تفاهم بين البلدين بشأن …», «مذكرة تفاهم بين وزارتي الخارجية في البلدين بشأن …», «… بين المصرفين
 * المركزيين في مجال …»: the words from «بين» to what the document is about (a word of ABOUT other than «في»,
 * or «في مجال»), or 0 when «بين» opens no parties before such a word (no comma, no stop, no verb between).
 */
function partiesBefore(tokens: readonly Token[], kindLast: number): number {
  if (tokens[kindLast + 1]?.text !== 'بين') return 0;
  for (let k = kindLast + 2; k <= kindLast + 1 + PARTY_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.gapBefore & ~Gap.Space) !== 0 || t.kind !== 'word' || saysSomething(t)) return 0;
    const about = t.text === 'في' ? FIELDS.has(tokens[k + 1]?.text ?? '') : ABOUT.has(t.text) && !PARTIES_FOLLOW.has(t.text);
    if (about && k > kindLast + 2) return k - kindLast - 1;
  }
  return 0;
}

/** Parties that tell no document apart: «بين البلدين», «بين حكومتي البلدين». */
const BOTH_SIDES = wordSet('البلدين الجانبين الطرفين البلدان الجانبان الطرفان الدولتين حكومتي حكومتا');

/**
 * «بين غرفة قطر والرابطة النيجيرية لغرف التجارة،», «بين وزارتي الداخلية في البلدين.»: the parties after «بين» at i
 * when they run, two to ten words and no verb among them, to a comma or the sentence's end, and name more than
 * «the two countries» (nor open with them): the last of their words, else 0.
 */
function partiesToClauseEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== 'بين') return 0;
  // «بين البلدين لتنسيق الجهود»: parties that open with the two countries are none, whatever follows.
  if (BOTH_SIDES.has(tokens[i + 1]?.text ?? '')) return 0;
  let own = false;
  for (let k = i + 1; k <= i + MAX_NAME_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.gapBefore & ~Gap.Space) !== 0 || t.kind !== 'word' || t.skip || saysSomething(t)) return 0;
    // «اتفاق بين بغداد وباريس منذ عقود»: the frame of a time or an occasion is no party.
    if ((NAME_ENDS.has(t.text) && t.text !== 'في' && !BOTH_SIDES.has(t.text)) || t.text === 'منذ') return 0;
    if (!BOTH_SIDES.has(t.text) && !isFunctionWord(t.text)) own = true;
    const next = tokens[k + 1];
    if (!next || (next.gapBefore & (Gap.Comma | Gap.Stop | Gap.Newline)) !== 0) return own && k > i + 1 ? k : 0;
  }
  return 0;
}

interface Paper {
  first: number;
  prefix: number;
  last: number;
  kind: string;
  kindWord: string;
}

/** Kind words of several documents: the plural and the dual (normalised, without the article). */
const PACKAGE_KINDS = wordSet('مذكرات اتفاقيات اتفاقات وثائق بروتوكولات مذكرتي مذكرتا اتفاقيتين اتفاقيتي اتفاقيتان');
/** Singular kind words that count documents only after a number («12 مذكرة تفاهم», «15 اتفاقية», «20 اتفاقا»). */
const COUNTED_KINDS = wordSet('مذكرة اتفاقية اتفاق اتفاقا وثيقة بروتوكول بروتوكولا');
/** Words that say «a number of»: «عدد من», «عدة», «جملة من», «حزمة من», «مجموعة من», «سلسلة من». */
const SOME = wordSet('عدد عدة جملة حزمة مجموعة سلسلة');
/** The second word of a kind in the plural, or of a document of cooperation: «مذكرات تفاهم», «وثائق التعاون», «برامج تنفيذية». */
const PACKAGE_SECOND = wordSet('تفاهم التفاهم تعاون التعاون تنفيذية التنفيذية النوايا نوايا');
/** What else a package holds, joined by «و»: «اتفاقيات ومذكرات تفاهم», «مذكرات تفاهم وبرامج تنفيذية». */
const PACKAGE_MORE = wordSet('مذكرات اتفاقيات اتفاقات برامج بروتوكولات عقود وثائق المذكرات الاتفاقيات البرامج العقود');

/**
 * Several documents signed as one package: a number, «عدد من», «عدة» (or a dual) and a kind word in the plural right
 * after the signing word («وقع البلدان 8 مذكرات تفاهم», «توقيع عدد من اتفاقيات التعاون ومذكرات التفاهم»). The
 * reports of a visit count its documents, seldom name them; a reader wants the signing marked all the same.
 */
function packageAfter(tokens: readonly Token[], i: number): Paper | null {
  for (let j = i + 1; j <= i + BEFORE_DOCUMENT && j < tokens.length; j++) {
    const token = tokens[j]!;
    if ((token.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return null;
    const counted = token.kind === 'number' || COUNTS.has(token.text);
    const some = SOME.has(token.text);
    const dual = token.stems.some((st) => PACKAGE_KINDS.has(st.text.replace(/^ال/, '')) && /(تي|تا|تين|تان)$/.test(st.text));
    if (!counted && !some && !dual) {
      // A document named in the singular: that is `documentAfter`'s.
      if (token.stems.some((st) => KINDS.has(st.text.replace(/^ال/, '')))) return null;
      continue;
    }
    // «وقع 2019 مذكرة …» is a year, not a count.
    if (token.kind === 'number' && YEAR.test(token.text)) return null;
    let k = dual ? j : j + 1;
    if (some && tokens[k]?.text === 'من') k++;
    // «ثماني عشرة», «اثنتي عشرة»: a count in two words.
    if (counted && COUNTS.has(tokens[k]?.text ?? '')) k++;
    const kind = tokens[k];
    if (!kind || (kind.gapBefore & ~Gap.Space) !== 0) return null;
    const bare = kind.stems.map((st) => st.text.replace(/^ال/, ''));
    if (!bare.some((w) => PACKAGE_KINDS.has(w) || (counted && COUNTED_KINDS.has(w)))) return null;
    let last = k;
    for (;;) {
      const next = tokens[last + 1];
      if (!next || (next.gapBefore & ~Gap.Space) !== 0) break;
      if (PACKAGE_SECOND.has(next.text)) last++;
      else if (next.text.startsWith('و') && PACKAGE_MORE.has(next.text.slice(1))) last++;
      else break;
    }
    return { first: j, prefix: 0, last, kind: 'Documents', kindWord: normalizeKey('وثائق') };
  }
  return null;
}

/** The document signed right after the signing word at i: its kind word, the end of its name. */
function documentAfter(tokens: readonly Token[], i: number): Paper | null {
  for (let j = i + 1; j <= i + BEFORE_DOCUMENT && j < tokens.length; j++) {
    const token = tokens[j]!;
    if ((token.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return null;
    // A number of them is no one document: «12 مذكرة تفاهم», «عدد من الاتفاقيات».
    if (token.kind === 'number' || token.text === 'عدد' || COUNTS.has(token.text)) return null;
    // «أسفرت عن رسم خارطة طريق», «اتفقا على وضع خطة»: a document to be drawn up is not one signed.
    if (DRAFTING.has(token.text)) return null;
    // «مذكرة», «بالإعلان», «الاتفاقية»: the kind word after its clitics and article.
    const stem = token.stems.find((s) => KINDS.has(s.text.replace(/^ال/, '')));
    if (!stem) continue;
    const kindWord = stem.text.replace(/^ال/, '');
    const prefix = stem.prefix;
    let last = j;
    // «مذكرة تفاهم», «خريطة طريق»: the second word of a two-word kind («خريطة» alone is a map).
    if (kindWord === normalizeKey('مذكرة') && tokens[j + 1]?.text.endsWith(normalizeKey('تفاهم'))) last = j + 1;
    if (ROADMAP_HEADS.has(kindWord)) {
      if (!ROAD.has(tokens[j + 1]?.text ?? '')) continue;
      last = j + 1;
    }
    // «برنامج تنفيذي», «البرنامج التنفيذي»: an executive programme; any other programme is none.
    if (kindWord === PROGRAMME) {
      if (!EXECUTIVE.has(tokens[j + 1]?.text ?? '')) continue;
      last = j + 1;
    }
    // «إعلان نوايا مشترك», «إعلان النوايا»: a declaration of intent says which document it is by its second word.
    const intent = DECLARATIONS.has(kindWord) && INTENT.has(tokens[j + 1]?.text ?? '') && (tokens[j + 1]!.gapBefore & ~Gap.Space) === 0;
    if (intent) last = j + 1;
    const named = nameAfter(tokens, last);
    if (!named && !intent) return null;
    if (named) last = named.last;
    else if (relationAdjective(tokens[last + 1] ?? tokens[last]!) && tokens[last + 1]) last++;
    return { first: j, prefix, last, kind: KINDS.get(kindWord)!, kindWord };
  }
  return null;
}
