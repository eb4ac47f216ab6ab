/**
 * Officials of one article: names, titles and references resolved into people.
 *
 * Order of reasoning (each step uses what the previous ones established):
 * 1. full names of known people (exact or skeleton spelling);
 * 2. titles: the name after a title (or before it: «كريم خان مستشار الرئيس الإيراني»)
 *    gets the title as evidence; an unlisted name next to a specific title becomes a
 *    person of its own (`ar:` id);
 * 3. short forms (surnames): kept for people named in full somewhere in the article,
 *    for distinctive people (heads of state named bare), or right after a fitting title;
 *    one-letter typos only for people already present;
 * 4. references: a title with no name (الوزير، الرئيس الروسي، المتحدث الأميركي) or
 *    «نظيره الأمريكي» points to the last person before it who fits, else to the one
 *    person who held that office on the article's date.
 */
import { tokenSpan, type TextContext } from './context.ts';
import type { NameHit, Person, Term } from '../knowledge/knowledge.ts';
import { findNameCandidates, type NameCandidate } from './names.ts';
import { normalizeKey } from '../text/normalize.ts';
import { skeletonWord } from '../text/skeleton.ts';
import { appositionNameEnd, endsClause, hasArticle, isNameWord, readNameBackward, readNameForward, type NameWords } from './personalName.ts';
import { wordSet, ADDRESSED_WORDS, CONSORTS, PRESIDENT_WORDS, DOCTOR_ABBREVIATION, NAME_LIKE_PARTICLES, HONORIFICS as HONORIFIC_WORDS, NAME_JOINERS as NAME_JOINER_WORDS, STOP_WORDS, VERB_WORDS } from '../text/lexicon.ts';
import { countryOnDate, fitsRole, heldBefore, isActive, reignsByTitle, roleAtDate, roleLabel, soleHolder, type TitleEvidence, ROYAL_COUNTRIES } from '../knowledge/terms.ts';
import { findTitles, honoredTitleWords, NAME_GAP, writtenBefore, type TitleMatch } from './titles.ts';
import { Gap, gapAfter, type Stem, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';
import type { Official, Span } from '../types.ts';
import { lowerBound } from '../text/lowerBound.ts';

interface Mention extends Span {
  /** Token index of the mention's first word, for ordering references. */
  token: number;
  /** Whether the mention writes the name in full. */
  full: boolean;
}

/** A title's words, to find it written again (TitleMatch's tokens read once). */
interface TitlePhrase {
  /** Its first word as written, clitics and all. */
  first: string;
  /** Its first word without the clitics. */
  head: string;
  /** The words after the first, joined by spaces. */
  rest: string;
  /** How many words. */
  length: number;
}

interface Entity {
  id: string;
  person: Person | null;
  /** For a person found by title only: the name as written. */
  writtenName: string;
  terms: readonly Term[];
  evidence: TitleEvidence[];
  mentions: Mention[];
  /** Start offsets of the mentions, to add each only once. */
  starts: Set<number>;
  /** Whether some mention writes the name in full. */
  namedInFull: boolean;
}

/** «ابن» and «بن», as normalised: a short form «ابن سلمان» names someone by their father. */
const IBN = 'ابن';
const BIN = 'بن';
/** «علي», the given name, as normalised: also the preposition «على». */
const ALI = 'علي';

/** Inserts a mention into a timeline kept in token order. */
function insertSorted(timeline: { token: number; entity: Entity }[], item: { token: number; entity: Entity }): void {
  timeline.splice(lowerBound(timeline, (t) => t.token <= item.token), 0, item);
}

function sameEvidence(a: TitleEvidence, b: TitleEvidence): boolean {
  return a.country === b.country && a.former === b.former && a.en === b.en && a.roles.join() === b.roles.join();
}

function pushEvidence(entity: Entity, evidence: TitleEvidence): void {
  if (!entity.evidence.some((e) => sameEvidence(e, evidence))) entity.evidence.push(evidence);
}

/** Prepositions after which words name a place, not a person («في», «إلى», «قرب»). */
/** Words that make a title a deputy's: «نائب», «نائبة». */
const DEPUTY_WORDS: ReadonlySet<string> = new Set(['نائب', 'نائبه']);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'الي', 'نحو', 'عبر', 'قرب', 'داخل', 'خارج', 'امام']);

/** Nouns of an office that serves another: «وكيل الأمين العام», «مساعد الرئيس». */
/** Epithets written after a ruler's title: «الملك المعظم», «أمير البلاد المفدى». */
const EPITHETS = new Set(['المعظم', 'المفدى', 'المفدي'].map(normalizeKey));
/** «الوزير الضيف», «الرئيس الزائر»: the visitor among the holders of a title, not another office. */
const GUEST_WORDS = new Set(['الضيف', 'الزائر'].map(normalizeKey));
/** How far after the word of the one addressed («أخاه الرئيس التركي رجب طيب أردوغان») that person's name may start. */
const ADDRESSED_REACH = 6;
/** Offices held in someone's service: the name after such a title may be the one served («مبعوث الرئيس بوتين»). */
const SERVING_ROLES = new Set(['envoy', 'presidential-aide', 'ambassador']);
const SUBORDINATES = new Set(
  [
    ...['وكيل', 'نائب', 'مساعد', 'مستشار', 'مبعوث', 'ممثل', 'مدير', 'مكتب', 'ناطق', 'متحدث', 'باسم', 'كبير', 'رئيس'],
    // Their duals and plurals in construct: «ونائبي رئيس الإقليم جعفر شيخ مصطفى ومصطفى سيد قادر» are the deputies.
    ...['نائبي', 'نائبا', 'نواب', 'وكيلي', 'وكيلا', 'وكلاء', 'مساعدي', 'مساعدا', 'مبعوثي', 'ممثلي', 'ممثلا'],
  ].map(normalizeKey),
);

/** «الرئيس», «رئيس»: the title of a president, which a king or a supreme leader does not bear. */
/** The index of the first token after the text's first line (its headline, when it opens with one). */
function firstLineEnd(tokens: readonly Token[]): number {
  let end = 1;
  while (end < tokens.length && (tokens[end]!.gapBefore & Gap.Newline) === 0) end++;
  return Math.min(end, tokens.length);
}

/** «عبد الله الثاني», «محمد السادس»: ordinals of a king's name, which a son's lineage repeats. */
const REGNAL_ORDINALS = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'].map(normalizeKey));
/** «من أنقرة», «في دمشق»: where a headline's speaker speaks from, between the name and the colon. */
const HEADLINE_PLACE_WORDS = new Set(['من', 'في']);
/** Words that open the occasion of a headline's words before its colon («بري بعد لقاء هوكشتاين: …», «… عقب محادثاته …: …»). */
const HEADLINE_OCCASION_WORDS = new Set(['بعد', 'عقب', 'اثر', 'خلال', 'قبيل'].map(normalizeKey));
/** Institutions and places named after a person: «معهد», «جامعة», «مطار», «جائزة», «متحف» … */
const NAMED_AFTER = new Set(
  'معهد جامعة مطار جائزة مستشفى مدينة مركز مؤسسة أكاديمية كلية مدرسة مسجد ميناء ملعب شارع قاعة قاعدة جسر صندوق كرسي مخيم متحف مكتبة'.split(' ').map(normalizeKey),
);
/** Titles that stand between such an institution and the name: «معهد الأمير سعود الفيصل», «مطار الملك خالد». */
const NAMESAKE_TITLES = new Set(['الامير', 'الملك', 'الشيخ', 'السلطان', 'الرئيس', 'الشهيد', 'الامام'].map(normalizeKey));

/** Words that open a place's name before a word that is also a family name: «(قاعدة) عين الأسد», «(مخيم) عين الحلوة». */
const PLACE_NAME_WORDS = new Set(['عين', 'بئر', 'جبل', 'وادي', 'تل'].map(normalizeKey));

/** Whether the name that starts at token `first` (with no clitic of its own) is in construct with an institution named after it. */
function namesAnInstitution(ctx: TextContext, first: number, prefix: number): boolean {
  if (prefix !== 0) return false;
  const { tokens } = ctx;
  let j = first - 1;
  if (j >= 0 && NAMESAKE_TITLES.has(tokens[j]!.text) && (tokens[j + 1]!.gapBefore & ~Gap.Space) === 0) j--;
  // «قاعدة عين الأسد»: a place word of the name between the institution and it («عين» alone may be the verb «عيّن»).
  if (j > 0 && PLACE_NAME_WORDS.has(tokens[j]?.text ?? '') && (tokens[j]!.gapBefore & ~Gap.Space) === 0 && (tokens[j + 1]!.gapBefore & ~Gap.Space) === 0) {
    if (tokens[j - 1]!.stems.some((st) => NAMED_AFTER.has(st.text))) return true;
  }
  const head = tokens[j];
  if (!head || (tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
  return head.stems.some((st) => NAMED_AFTER.has(st.text));
}

/** Words after which a family name opens a clause: «وكان السوداني قد التقى», «فيما السوداني …», «أن السراج وحفتر أكدا». */
const CLAUSE_OPENERS = new Set(['كان', 'وكان', 'قد', 'فيما', 'بينما', 'لكن', 'ولكن', 'حيث', ...['أن', 'إن', 'بأن', 'وأن', 'لأن', 'أما', 'وأما'].map(normalizeKey)]);
/** Words of rank before a family name («الرئيس الشرع», «القائد الشرع»): the name there is the person's, not an adjective. */
const RANKS_BEFORE_NAME = new Set(['الرئيس', 'القائد', 'الوزير', 'السفير', 'المستشار', 'الزعيم'].map(normalizeKey));
/** «سمو», «صاحب السمو», «جلالة»: honorifics said only of royal houses and their princes and sheikhs. */
const ROYAL_HONORIFICS = new Set(['سمو', 'السمو', 'جلاله', 'الجلاله'].map(normalizeKey));
/** Whether a word is one of serving another («نائب», «وممثل»), after «و»/«ف». */
function servingWord(token: Token): boolean {
  return SUBORDINATES.has(token.text.replace(/^[وف](?=.{3})/, ''));
}

/** «الأمير», «أمير» and «البلاد» of «أمير البلاد» (normalised). */
const THE_EMIR = normalizeKey('الأمير');
const EMIR = normalizeKey('أمير');
const THE_COUNTRY = new Set([normalizeKey('البلاد')]);
/** Words that open a list of those who attended («وحضر اللقاء …», «بحضور …», «كما شارك فيه …»), not the parties. */
const ATTENDING = wordSet('حضر وحضر حضره وحضره حضرها وحضرها بحضور وبحضور شارك وشارك بمشاركة وبمشاركة');

/** «حضرة صاحب السمو»: the words of honour before the emir's title. */
const EMIR_HONORIFICS = new Set(['حضرة', 'صاحب', 'لحضرة'].map(normalizeKey));
/** Royal titles by which Gulf and Levantine copy names a royal by the given name alone: «الأمير مشعل», «الشيخ تميم», «الملك عبد الله». */
const ROYAL_TITLES = new Set(['الامير', 'الاميره', 'الشيخ', 'الشيخه', 'الملك', 'السلطان'].map(normalizeKey));
/** The reading of a word that is a royal title, if any (by word: every token is asked). */
const royalTitleStem = new WordMemo<Stem | null>((token) => token.stems.find((st) => ROYAL_TITLES.has(st.text)) ?? null);
/** By word: the reading of a word that is «الأمير» or «أمير», if any (resolveTheEmir asks it of every token). */
const emirStem = new WordMemo<Stem | null>((token) => token.stems.find((st) => st.text === THE_EMIR || st.text === EMIR) ?? null);
/** «وزير الخارجية بالإنابة»: a qualifier that makes the title an acting one. */
const ACTING_QUALIFIERS = new Set(['بالوكاله', 'بالنيابه', 'بالانابه']);
/** «القائم بأعمال وزير الخارجية»: the words before a title that make it an acting one. */
const ACTING_HEAD = ['القائم', 'باعمال'].map(normalizeKey);
/** How far before a name an acting title's «القائم بأعمال» may stand («القائم بأعمال وزير الخارجية الإيراني علي …»). */
const ACTING_REACH = 7;
/** How many words of portfolio and country may follow a second office before its holder's name. */
const JOINED_OFFICE_WORDS = 5;
/** «الشيخ د.أحمد»: the abbreviation of doctor between an honorific and the name. */
const DOCTOR: ReadonlySet<string> = new Set([DOCTOR_ABBREVIATION]);
/** First words of a given name of two words: «عبد الله», «أبو بكر». */
const COMPOUND_GIVEN = new Set(['عبد', 'ابو']);
/** «بن», «ابن»: the word before a father's name in a full name («محمد بن سلمان»), which the press keeps as a short form («ابن سلمان»). */
const PATRONYMIC: ReadonlySet<string> = new Set(['بن', 'ابن']);
/** «ونظيره», «ونظيرته»: a counterpart joined to the one before. */
const JOINED_COUNTERPART = wordSet('ونظيره ونظيرته');
/** «الضيف» as a subject, with the clitics it takes before a verb's subject. */
const THE_GUEST = wordSet('الضيف والضيف');
/** «منصب», «مهام», «حقيبة» (and «منصبي» of two offices): the office named after them, not its holder. */
const OFFICE_NOUNS = wordSet('منصب منصبي مهام حقيبة');
/** Nouns in construct with «الضيف» that are not the guest: his kin, his party, his honour, his visit. */
const GUEST_OWNERS = wordSet('والد والدة نجل ابن ابنة زوجة عقيلة شقيق أسرة عائلة وفد مرافقي برفقة شرف زيارة كلمة');
/** A word of receiving («استقبل», «استقبال»): its subject the host, its object the guest. */
const RECEIVING = wordSet('استقبل واستقبل يستقبل ويستقبل استقبال واستقبال باستقبال لاستقبال');
/** A word of arriving or visiting («وصل», «زار»): its subject the guest. */
const ARRIVING = wordSet('وصل ووصل يصل ويصل زار وزار يزور ويزور');
/** Verbs of ending or beginning a visit, whose subject is the visitor when «زيارة» follows («أنهى … زيارة …»). */
const VISIT_BOUNDS = wordSet('أنهى وأنهى اختتم واختتم يختتم ويختتم بدأ وبدأ يبدأ ويبدأ استهل واستهل');
const VISIT_NOUNS = wordSet('زيارة زيارته زيارتها');
/** How far after its verb «زيارة» may stand (the visitor, his title and the day between commas). */
const VISIT_REACH = 16;
/** How many words after a word of arriving its subject is named (titles and honorifics before the name). */
const ARRIVAL_SUBJECT_REACH = 6;
/** Honorifics of a head of state before a bare title: «جلالة الملك», «السيد الرئيس», «فخامة الرئيس». */
const HONOURED = new Set(['جلاله', 'وجلاله', 'لجلاله', 'السيد', 'فخامه', 'وفخامه', 'لفخامه']);
/** «سمو»: said of a crown prince, as «جلالة» of a king. */
const HIGHNESS = new Set(['سمو', 'وسمو', 'لسمو']);
/** «الوزير», «المسؤول» + a nationality: a descriptor more than a title that introduces someone new. */
const BARE_HEADS: ReadonlySet<string> = new Set(['الوزير', 'المسؤول', 'الدبلوماسي'].map(normalizeKey));

/** Words of a monarch's title, and the labels a head of state who holds them reigns under. */
const MONARCH_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['الملك', 'ملك', 'العاهل', 'الملكه', 'ملكه'].map((w) => [normalizeKey(w), new Set(['King', 'Queen'])] as const),
  ...['السلطان', 'سلطان'].map((w) => [normalizeKey(w), new Set(['Sultan'])] as const),
]);

/** Roles that a bare reference resolves through (preferred for an unknown person's label). */
const CATCH_ALL_ROLES = ['minister', 'spokesperson'];
/** How far after a descriptor («المسؤول الروسي») the name it introduces may stand, with a qualifier and a comma between. */
const APPOSITION_WORDS = 8;
/** «أن», «إن»: the clause after them is what was said, no apposition. */
const THAT_WORDS = new Set(['أن', 'إن', 'بأن', 'وأن'].map(normalizeKey));

/** Nouns of what is said, with the article, that open the words right after a speaker's bare title («وأكد الوزير الحاجة إلى …»). */
const SAID_NOUNS = wordSet('الحاجة الضرورة الأهمية الحرص الدعم الموقف الرفض الالتزام التمسك الاستعداد الرغبة العزم التضامن الترحيب القلق الإدانة التنديد الشكر التقدير الأمل التطلع');

/** How many words after a namesake's full name a bare family name still means them. */
const JUST_NAMED = 30;

export function recognizeOfficials(ctx: TextContext): Official[] {
  const state = new Recognition(ctx);
  state.run();
  return state.officials();
}

/** The last word of a name written in full (of two words at least, three letters or more, no particle): its family name. */
function lastNameWord(words: readonly string[]): string[] {
  const last = words[words.length - 1]!;
  return words.length >= 2 && last.length >= 3 && !STOP_WORDS.has(last) ? [last] : [];
}

class Recognition {
  private readonly entities = new Map<string, Entity>();
  private readonly candidates: NameCandidate[];
  private readonly candidateAt = new Map<number, NameCandidate>();
  private readonly candidateEndingAt = new Map<number, NameCandidate>();
  /** Candidates already turned into mentions. */
  private readonly used = new Set<NameCandidate>();
  /** The entity whose mention starts at a token. */
  private readonly entityAtToken = new Map<number, Entity>();
  /** Token indexes covered by accepted mentions (for overlap checks). */
  private readonly covered = new Set<number>();
  private readonly titles: TitleMatch[];
  private readonly bareTitles: TitleMatch[] = [];

  constructor(private readonly ctx: TextContext) {
    // «معهد الأمير سعود الفيصل», «جامعة حمد بن خليفة»: a name in construct with an institution or a place is
    // what bears the name, not the person.
    this.candidates = findNameCandidates(ctx).filter((c) => !namesAnInstitution(ctx, c.first, c.prefix));
    for (const c of this.candidates) {
      this.candidateAt.set(c.first, c);
      this.candidateEndingAt.set(c.last, c);
    }
    this.titles = findTitles(ctx);
  }

  run(): void {
    this.acceptFullNames();
    const unresolved: TitleMatch[] = [];
    for (const title of this.titles) {
      let current: TitleMatch | null = this.effectiveTitle(title);
      let nameEnd = this.resolveNameAfter(current);
      if (nameEnd < 0) unresolved.push(title);
      // «وزيرا خارجية … الروسي سيرغي لافروف والتركي مولود جاويش أوغلو»: the title goes on for the next name.
      while (nameEnd >= 0 && (current = this.coordinatedTitle(current, nameEnd)) !== null) nameEnd = this.resolveNameAfter(current);
    }
    this.acceptShortForms();
    for (const title of unresolved) if (!this.resolveNameBefore(title)) this.bareTitles.push(title);
    this.acceptUnknownSurnames();
    this.acceptDefiniteSurnames();
    this.acceptCompoundSurnames();
    this.acceptTitledSurnames();
    this.acceptHeadlineSpeakers();
    this.acceptRoyalGivenNames();
    this.resolveReferences();
    this.resolveDescriptors();
    this.resolveTheGuest();
    this.resolveTheEmir();
  }

  // 1. Full names -----------------------------------------------------------------------------------

  private acceptFullNames(): void {
    for (const c of this.candidates) {
      if (c.evidence === 'typo' || this.someoneElse(c, true)) continue;
      const full = c.hits.filter((h) => h.kind === 'full').map((h) => h.person);
      const person = this.pickPerson(full);
      if (person) this.accept(c, person, true);
    }
  }

  /**
   * A listed name that stands for someone else who shares it: after a word of no office
   * («القاضي محمد بن سلمان», «اللاعب علي عبد الله صالح», «رجل الأعمال …»); a full name going on
   * with a family name the official does not bear («محمد بن سلمان العتيبي»); a family name after a
   * first name that is not the official's («بهاء الحريري»).
   */
  private someoneElse(c: NameCandidate, full: boolean): boolean {
    const { tokens, k } = this.ctx;
    // «وأكد الإمام الخامنئي» after «علي الخامنئي»: a short form of someone the story already named in
    // full is that person after an honorific word too (Iranian copy's «الإمام» for its leader).
    const namedBefore = !full && c.hits.some((h) => this.entities.get(h.person.id)?.namedInFull === true);
    for (let back = 1; back <= 2 && !namedBefore; back++) {
      const start = c.first - back;
      if (start < 0) break;
      const match = k.notOffices.matchAt(tokens, start)[0];
      if (match && match.last === c.first - 1 && (tokens[c.first]!.gapBefore & ~Gap.Space) === 0) return true;
    }
    const after = tokens[c.last + 1];
    if ((full || c.last > c.first) && after && (after.gapBefore & ~Gap.Space) === 0 && after.kind === 'word' && /^ال.{2,}ي$/.test(after.text)) {
      const known = k.countryAdjectives.matchAt(tokens, c.last + 1, { clitics: false }).length > 0 || k.titles.matchAt(tokens, c.last + 1, { clitics: false }).length > 0;
      // («الأمير الحسين بن عبد الله الثاني»: a regnal ordinal of the father's name is no family name; nor is a noun
      // written with «ى», which normalises to the «ي» of a family name: «الملك سلمان بن عبدالعزيز المستشفى».)
      if (!known && !STOP_WORDS.has(after.text) && !REGNAL_ORDINALS.has(after.text) && !(c.evidence === 'exact' && this.writtenWithMaqsura(after))) return true;
    }
    if (!full && c.prefix === 0) {
      const before = tokens[c.first - 1];
      // Only a known first name before the family name makes it another person's: «جمعت لافروف»,
      // «ورد ترامب» are verbs, «هاتف بوتين ترامب» two people.
      const candidateBefore = c.first > 0 && this.coveredByCandidate()[c.first - 1] === 1;
      const firstName = before !== undefined && (this.givenNameAt(c.first - 1) || this.aliAfterGivenName(c.first - 1));
      if (before && firstName && !candidateBefore && (tokens[c.first]!.gapBefore & ~Gap.Space) === 0) {
        const own = c.hits.some((h) => normalizeKey(h.person.ar).split(' ')[0] === before.text);
        if (!own) return true;
      }
    }
    return false;
  }

  /** Whether the token at i is a known given name, and no function word or verb that is also one. */
  private givenNameAt(i: number): boolean {
    const token = this.ctx.tokens[i];
    return token !== undefined && !STOP_WORDS.has(token.text) && token.stems.some((st) => st.prefix === 0 && this.ctx.k.givenNames.has(st.text));
  }

  /**
   * «السفير أحمد علي شريف»: «علي» written with «ي» right after a given name is the father's name of a chain, not the
   * preposition «على» (which normalises to the same word, and which the page writes with «ى»).
   */
  private aliAfterGivenName(i: number): boolean {
    const token = this.ctx.tokens[i];
    return token?.text === ALI && !this.writtenWithMaqsura(token) && (token.gapBefore & ~Gap.Space) === 0 && this.givenNameAt(i - 1);
  }

  private candidateCover: Uint8Array | null = null;

  /** Which tokens some name candidate covers (made once: asked for every short form). */
  private coveredByCandidate(): Uint8Array {
    if (!this.candidateCover) {
      this.candidateCover = new Uint8Array(this.ctx.tokens.length);
      for (const o of this.candidates) this.candidateCover.fill(1, o.first, o.last + 1);
    }
    return this.candidateCover;
  }

  /**
   * Among people sharing a name: the one the story also names by a name only they bear («رئيس الحكومة المكلف نواف سلام
   * … رحب الرئيس سلام»: not Tammam Salam, whose alias «الرئيس سلام» is too), else the one in office on the date, else
   * the first listed.
   */
  private pickPerson(people: readonly Person[]): Person | null {
    if (people.length <= 1) return people[0] ?? null;
    const named = people.filter((p) => this.namedByOwnName().has(p));
    if (named.length === 1) return named[0]!;
    const inOffice = people.filter((p) => fitsRole(p.terms, this.ctx.date, p.terms.map((t) => t.role), null));
    return inOffice[0] ?? people[0]!;
  }

  /** The people some full name of the story names and no one else (made when first asked). */
  private ownNames: Set<Person> | null = null;
  private namedByOwnName(): Set<Person> {
    if (this.ownNames) return this.ownNames;
    this.ownNames = new Set();
    for (const c of this.candidates) {
      if (c.evidence === 'typo') continue;
      const full = new Set(c.hits.filter((h) => h.kind === 'full').map((h) => h.person));
      if (full.size === 1 && !this.someoneElse(c, true)) this.ownNames.add([...full][0]!);
    }
    return this.ownNames;
  }

  /** Whether the word as the page writes it ends with «ى» (المستشفى), not with the «ي» of a family name (العتيبي). */
  private writtenWithMaqsura(token: Token): boolean {
    const { norm } = this.ctx;
    const end = norm.toOriginal[Math.max(token.end - 1, token.start)];
    return end !== undefined && norm.original[end] === 'ى';
  }

  // 2. Titles ---------------------------------------------------------------------------------------

  /**
   * The name right after a title: a known person who fits, or a name nobody listed.
   * Returns the name's last token, or -1 when no name follows.
   */
  /**
   * «وزير الخارجية صاحب السمو الأمير فيصل بن فرحان»: a listed name that starts with one of the honorifics
   * between the title and the name («الأمير فيصل بن فرحان») and runs on into the name.
   */
  private candidateOverHonorifics(title: TitleMatch): NameCandidate | undefined {
    // (Only one that covers the whole name written after the honorifics: «الشيخ محمد بن زايد» is not all of
    // «الشيخ محمد بن زايد آل نهيان».)
    const written = readNameForward(this.ctx, title.nameStart, 1);
    for (let j = title.last + 1; j < title.nameStart; j++) {
      const c = this.candidateAt.get(j);
      if (c && c.last >= title.nameStart && (!written || c.last >= written.last)) return c;
    }
    return undefined;
  }

  private resolveNameAfter(title: TitleMatch): number {
    const start = this.ctx.tokens[title.nameStart];
    if (!start) return -1;
    // «المتحدث باسم الخارجية الصينية، وانغ ون بين،»: a name in apposition, between commas.
    const apposition = (start.gapBefore & Gap.Comma) !== 0;
    if ((start.gapBefore & ~(NAME_GAP | Gap.Comma)) !== 0) return -1;
    const evidence = this.evidenceOf(title);
    const known = this.candidateAt.get(title.nameStart) ?? this.candidateOverHonorifics(title);
    // «بحضور سمو ولي العهد والشيخ فهد اليوسف»: a name joined by «و» is the next person, not the title's;
    // «ولي العهد السعودي لترامب: …»: one after «لـ» is the one addressed; «لقاء الوزير الأول الجزائري بقيس سعيد»: one
    // after «بـ» is the one met.
    if (known && known.prefix > 0 && /^[ولب]/.test(start.text)) return -1;
    if (known && this.someoneElse(known, known.hits.some((h) => h.kind === 'full'))) return -1;
    // «ونائبي رئيس الإقليم جعفر شيخ مصطفى»: after a deputy's or aide's word in construct the name is the deputy's,
    // who does not hold the office; the name is still read, the title not given to it.
    if (known && this.titleFitsCandidate(title, known) && (!apposition || known.hits.some((h) => h.kind === 'full'))) {
      if (this.servesAnother(title)) return -1;
      this.attach(known, title, evidence);
      return known.last;
    }
    // «وهنأ الأمين العام الخليجي صالح بنجاح العراق»: the word after the title is the family name of someone the story
    // named in full, and the next word opens with a preposition: that person, the sentence's object, not the first
    // word of a stranger's name (but «السفير السعودي علي جعفر», with «دفع الله الحاج علي» named, is a name).
    if (!apposition && this.familyNameOfNamed(title.nameStart) && this.prepositionOn(title.nameStart + 1)) return -1;
    // «مستشار وزير الخارجية السعودي الأمير يزيد …»: the name is the adviser's, who does not hold the office.
    if (this.introducesStrangers(title) && !this.afterConsort(title) && !this.servesAnother(title)) {
      // The name must close its clause part: «… خلوصي أكار إن», «… خلوصي أكار،», not «… يبدأ جولة خليجية».
      let words = readNameForward(this.ctx, title.nameStart, title.honorific ? 1 : 2);
      if (words !== null && apposition && (gapAfter(this.ctx.tokens, words.last) & Gap.Comma) === 0) {
        const end = appositionNameEnd(this.ctx, words.last);
        if (end > 0) words = { first: words.first, last: end };
      }
      // «أمير قطر وعبد المهدي يبحثان …»: a name joined by «و» to the title is the second person, not its holder.
      if (words !== null && this.joinedByAnd(words)) return -1;
      const closed =
        words !== null &&
        (endsClause(this.ctx, words.last) || this.endsGivenName(words)) &&
        (!apposition || (gapAfter(this.ctx.tokens, words.last) & Gap.Comma) !== 0);
      // A title that names no country (ولي العهد، وزير الخارجية) is often followed by the
      // sentence's object («افتتح وزير الخارجية أعمال الدورة»): only a known first name opens a name there.
      // «أشاد وزير الخارجية الأمريكي بدور المملكة», «وطالب الوزير الروسي برفع …», «وأكد الوزير
      // الإيراني حينها ثقته»: words that open with a preposition or carry a pronoun are the sentence
      // going on, not a name, unless a known first name opens them.
      // («وزيرة العلاقات الخارجية لجمهورية غواتيمالا، خوانا مارتينيث لوبيث،»: words set off by two commas after the
      // title are its holder's name, whoever the list says held the office that day; not after a title that is itself
      // set off after a name: «هاجمت مريم الصادق المهدي، وزيرة الخارجية السودانية، موقف أديس أبابا،».)
      const setOff = apposition && closed && !this.appositionToName(title);
      const phrase =
        words !== null &&
        (this.looksLikePhrase(title.nameStart) || (!setOff && this.heldByAnother(title, words)) || this.constructOfTwo(words)) &&
        !this.opensWithGivenName(words);
      // «الوزير الروسي برفع فوري …», «الوزير الأميركي أراد إيصال …»: a bare head noun with its nationality
      // mostly refers back to someone named; a stranger after it must open with a known first name.
      const bare = title.last - title.first <= 1 && BARE_HEADS.has(this.ctx.tokens[title.first]!.stems.at(-1)?.text ?? '');
      const plausible =
        words !== null && !phrase && (bare ? this.opensWithGivenName(words) : title.country !== null || title.honorific || title.rank === true || this.opensWithGivenName(words));
      if (words && closed && plausible && this.resolveWrittenName(words, title, evidence)) return words.last;
    }
    if (apposition) return -1;
    // «مبعوث الرئيس الروسي فلاديمير بوتين»: the one served, named after an office in his service, does not hold it.
    if (known && known.hits.some((h) => h.kind === 'full') && !this.serves(title, known)) {
      // A full name after a title that does not fit its known offices: still that person.
      this.attach(known, title, evidence);
      return known.last;
    }
    return -1;
  }

  /**
   * Whether the word at `i` is the family name (the last word, not a father's name after «بن») of a listed person the
   * story has named in full, who holds no office the title before it names.
   */
  private familyNameOfNamed(i: number): boolean {
    const word = this.ctx.tokens[i]!;
    const bearers = word.stems.some((st) => st.prefix > 0) ? [] : (this.ctx.k.familyNames.get(word.text) ?? []);
    return bearers.some((p) => {
      if (this.entities.get(p.id)?.namedInFull !== true) return false;
      const words = normalizeKey(p.ar).split(' ');
      return words.length >= 2 && words.at(-1) === word.text && words.at(-2) !== 'بن' && words.at(-2) !== 'ابن';
    });
  }

  /** Whether the word at `i` opens with «بـ» or «لـ» before a word of three letters or more that is no listed family name («بنجاح»). */
  private prepositionOn(i: number): boolean {
    const token = this.ctx.tokens[i];
    if (!token || token.kind !== 'word' || (token.gapBefore & ~Gap.Space) !== 0 || this.ctx.k.familyNames.has(token.text)) return false;
    return /^[بل]/.test(token.text) && token.stems.some((st) => st.prefix === 1 && st.text.length >= 3);
  }

  /** «عقيلة الرئيس التركي أمينة أردوغان»: the title is of the one whose consort or child is named after it. */
  private afterConsort(title: TitleMatch): boolean {
    const before = this.ctx.tokens[title.first - 1];
    return before !== undefined && (this.ctx.tokens[title.first]!.gapBefore & ~Gap.Space) === 0 && before.stems.some((st) => CONSORTS.has(st.text));
  }

  /** Whether the title follows a listed name across a comma, in apposition to it («مريم الصادق المهدي، وزيرة الخارجية …»). */
  private appositionToName(title: TitleMatch): boolean {
    return (this.ctx.tokens[title.first]!.gapBefore & Gap.Comma) !== 0 && this.candidateEndingAt.has(title.first - 1);
  }

  /**
   * «ما إذا كان الرئيس الروسي سيغير سلوكه»: a title with its country names the one person who held
   * that office on the date; words after it that do not end with that person's family name (a
   * spelling of theirs) are the sentence going on, not a stranger in the office.
   */
  private heldByAnother(title: TitleMatch, words: NameWords): boolean {
    if (title.former || title.country === null || this.ctx.date === '') return false;
    // («الرئيس الكونغولي»: the office in each country the adjective may name has its one holder, none of them named.)
    for (const country of [title.country, ...(title.otherCountries ?? [])]) {
      const holder = soleHolder(this.ctx.k, title.defs.map((d) => d.role), country, this.ctx.date);
      if (!holder) return false;
      const family = normalizeKey(holder.ar).split(' ').at(-1) ?? '';
      for (let j = words.first; j <= words.last; j++) if (this.ctx.tokens[j]!.stems.some((st) => st.text === family)) return false;
    }
    return true;
  }

  /**
   * «بدور المملكة», «برفع فوري», «حينها ثقته»: a preposition on the first word, or a pronoun on it,
   * makes the words after a title the rest of the sentence, not a name.
   */
  private looksLikePhrase(start: number): boolean {
    const token = this.ctx.tokens[start];
    if (!token) return false;
    const word = token.text;
    // «بدور المملكة»: a preposition on a noun in construct with a definite word (a name such as
    // «بيار-أوليفييه» is not followed by one).
    const next = this.ctx.tokens[start + 1];
    const construct = next !== undefined && (next.gapBefore & ~Gap.Space) === 0 && next.text.startsWith('ال');
    // «الرئيس الصومالي يحتفي برسوّ سفينة»: a verb of the present with its object after a preposition (not «يوسف بن …»).
    const verbWithObject = /^[يت]/.test(word) && word.length >= 4 && next !== undefined && /^[بل]/.test(next.text) && !NAME_JOINER_WORDS.has(next.text);
    return (/^[بل]/.test(word) && construct) || /(ها|ته|تها|هم|هما)$/.test(word) || verbWithObject;
  }

  /**
   * «رئيس وزراء جورجيا آفاق التعاون»: two words, the second with the article, read as a noun in construct (the
   * sentence's object), not a name, unless an honorific stands before them («… السيد خالد المومني») or a known first
   * name opens them (checked by the caller).
   */
  private constructOfTwo(words: NameWords): boolean {
    // («علي العشيري»: «علي», which the name reader took as a given name and not «على», opens a name.)
    const { tokens } = this.ctx;
    const honored = words.first > 0 && HONORIFIC_WORDS.has(tokens[words.first - 1]!.text);
    return !honored && words.last === words.first + 1 && tokens[words.last]!.text.startsWith('ال') && !NAME_LIKE_PARTICLES.has(tokens[words.first]!.text);
  }

  /**
   * «نظيره التركي» takes the office of the person named before it; with that office it
   * reads like any title, and may introduce a name nobody listed.
   */
  private effectiveTitle(title: TitleMatch): TitleMatch {
    if (!title.counterpart || title.country === null) return title;
    const antecedent = this.lastBefore(title.first, () => true);
    const role = antecedent ? roleAtDate(this.ctx.k, antecedent.terms, this.ctx.date, antecedent.evidence) : null;
    if (!role) return title;
    return { ...title, counterpart: false, defs: [{ role: role.role, country: null, en: null, needsGenitive: false }] };
  }

  /** «… سيرغي لافروف والتركي مولود جاويش أوغلو»: و + a nationality right after a titled name continues the title. */
  private coordinatedTitle(title: TitleMatch, nameEnd: number): TitleMatch | null {
    const { tokens, k } = this.ctx;
    const next = tokens[nameEnd + 1];
    if (!next || next.skip || (next.gapBefore & ~Gap.Space) !== 0 || !next.text.startsWith('و')) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, nameEnd + 1).find((m) => m.prefix === 1);
    if (!adjective || adjective.values[0] === title.country) return null;
    return {
      ...title,
      first: nameEnd + 1,
      prefix: 1,
      last: adjective.last,
      country: adjective.values[0]!,
      generic: false,
      honorific: false,
      nameStart: adjective.last + 1,
    };
  }

  /** «كريم خان مستشار الرئيس الإيراني»: the name right before a title that no name follows. */
  private resolveNameBefore(title: TitleMatch): boolean {
    const at = this.ctx.tokens[title.first];
    if (!at || title.prefix !== 0 || title.counterpart || (at.gapBefore & ~(Gap.Space | Gap.Comma)) !== 0) return false;
    const evidence = this.evidenceOf(title);
    const known = this.candidateEndingAt.get(title.first - 1);
    // («بيتر هانسن راسموسن، وزير الخارجية الدنماركي»: a listed short form (Anders Fogh Rasmussen's «راسموسن») of
    // someone the story never named ends the name of a stranger, whose apposition is read below.)
    const roles = title.defs.map((d) => d.role);
    const fitting = known !== undefined && known.hits.some((h) => fitsRole(h.person.terms, '', roles, title.country));
    const strangerEnding = known !== undefined && !fitting && !this.used.has(known) && !known.hits.some((h) => h.kind === 'full') && known.first > 0 && isNameWord(this.ctx, this.ctx.tokens[known.first - 1]!, 0);
    if (known && !strangerEnding) {
      // Before a title, only a person who held it: «التقى بوتين وزير الخارجية …» names two people.
      if (!fitting) return false;
      this.attach(known, title, evidence);
      return true;
    }
    // An unlisted name before a title: only as an apposition the clause then goes on from
    // («كريم خان مستشار الرئيس الإيراني في بيان»), with a country in the title.
    if (!this.introducesStrangers(title) || title.country === null || !endsClause(this.ctx, title.last)) return false;
    const words = readNameBackward(this.ctx, title.first - 1, 2);
    // «استقبل الرئيس في قصر الشعب المبعوث الأمريكي»: after a preposition of place the words are a place.
    const before = words ? this.ctx.tokens[words.first - 1] : undefined;
    if (before && PLACE_PREPOSITIONS.has(before.text)) return false;
    // «مراسم استقبال رسمية لسمو ولي العهد», «مأدبة على شرف فخامة الرئيس», «بحضور نائبي رئيس الإقليم»: the words
    // before a title are mostly the sentence going on; a stranger's name there opens with a known first name,
    // or is two plain words («يوري أوشاكوف مساعد الرئيس»): no honorific, preposition, particle or feminine noun.
    // («أشاد بيتر هانسن راسموسن، وزير الخارجية الدنماركي، بالجهود …»: a title set off by commas after a verb's subject
    // is an apposition, and the words before it are a name however foreign: no given name need be known.)
    if (words !== null && !this.opensWithGivenName(words) && !this.plainTwoWords(words) && !this.commaApposition(words, title)) return false;
    return words !== null && this.resolveWrittenName(words, title, evidence);
  }

  /** A name right after a verb, then a title with its country between commas («قال X Y، وزير الخارجية الدنماركي، إن …»). */
  private commaApposition(words: NameWords, title: TitleMatch): boolean {
    const { tokens } = this.ctx;
    if ((tokens[title.first]!.gapBefore & Gap.Comma) === 0 || (gapAfter(tokens, title.last) & Gap.Comma) === 0) return false;
    const verb = tokens[words.first - 1];
    if (!verb || (tokens[words.first]!.gapBefore & ~Gap.Space) !== 0 || !VERB_WORDS.has(verb.text.replace(/^[وف](?=.{3})/, ''))) return false;
    for (let j = words.first; j <= words.last; j++) {
      const w = tokens[j]!.text;
      if (STOP_WORDS.has(w) || HONORIFIC_WORDS.has(w) || HONOURED.has(w) || w.startsWith('ال')) return false;
    }
    return true;
  }

  /** Whether a name read after a title opens with a first name some listed person bears (ميخائيل، علي). */
  /** Two words that could be a first and a family name: none an honorific, a particle, a word after ب/ل, or a noun in ة. */
  private plainTwoWords(words: NameWords): boolean {
    if (words.last - words.first !== 1) return false;
    for (let j = words.first; j <= words.last; j++) {
      const w = this.ctx.tokens[j]!.text;
      if (STOP_WORDS.has(w) || HONORIFIC_WORDS.has(w) || HONOURED.has(w) || /^(ل|ب)?(سمو|فخام|جلال|معالي)/.test(w) || /^[بل]/.test(w) || w.endsWith('ه')) return false;
    }
    return true;
  }

  /** Whether a name opens with «و» before a word that opens names by itself («وعبد المهدي», «وعلي لاريجاني»). */
  private joinedByAnd(words: NameWords): boolean {
    const first = this.ctx.tokens[words.first]!;
    return first.text.startsWith('و') && first.stems.some((s) => s.prefix > 0 && s.text !== first.text && (this.ctx.k.givenNames.has(s.text) || s.text === 'عبد'));
  }

  private opensWithGivenName(words: NameWords): boolean {
    const first = this.ctx.tokens[words.first]!;
    // «وطالب رئيس الوزراء الإسباني بسلام حقيقي»: «سلام» is a first name, but not after the preposition «بـ» or «لـ».
    return first.stems.some((s) => this.ctx.k.givenNames.has(s.text) && !(s.prefix > 0 && /^[بل]/.test(first.text)));
  }

  /**
   * A name of two plain words that opens with a known first name also ends where the clause
   * goes on with its object or a second name: «وصف … ماريا كوزلوفا الاجتماع بأنه …»
   * (a family name with the article never comes third), «… عادل النور وجمال حامد».
   */
  private endsGivenName(words: NameWords): boolean {
    const { tokens } = this.ctx;
    if (words.last === words.first || !this.opensWithGivenName(words)) return false;
    const next = tokens[words.last + 1];
    if (!next || (next.gapBefore & ~Gap.Space) !== 0 || next.kind !== 'word') return false;
    if (next.text.startsWith('و') && isNameWord(this.ctx, next, 0)) return true;
    return words.last === words.first + 1 && !hasArticle(this.ctx, tokens[words.last]!) && hasArticle(this.ctx, next);
  }

  /** A title specific enough to introduce a person nobody listed (not «الوزير» alone, not «نظيره»). */
  private introducesStrangers(title: TitleMatch): boolean {
    return !title.generic && !title.counterpart && title.defs.length > 0;
  }

  private evidenceOf(title: TitleMatch): TitleEvidence {
    return {
      roles: title.defs.map((d) => d.role),
      country: title.country,
      former: title.former,
      en: title.defs.length === 1 ? (title.defs[0]!.en ?? null) : null,
    };
  }

  /** Whether a known name after (or before) a title may be the title's holder. */
  private titleFitsCandidate(title: TitleMatch, candidate: NameCandidate): boolean {
    // «نظيره سيرغي لافروف»: the name says who. A family name alone or a misspelt one («نظيره سلفا كير» is
    // not «تيميبري سيلفا»), only for someone in office on the article's date.
    if (title.counterpart) {
      const inOffice = (h: NameHit) => fitsRole(h.person.terms, this.ctx.date, h.person.terms.map((term) => term.role), null);
      return candidate.hits.some((h) => inOffice(h) || (h.kind === 'full' && candidate.evidence !== 'typo'));
    }
    const roles = title.defs.map((d) => d.role);
    return candidate.hits.some((h) => fitsRole(h.person.terms, '', roles, title.country) || (!this.serves(title, candidate) && this.hasFullMention(h.person.id)));
  }

  /**
   * Whether the name after a title is the one the office serves, not its holder: «مبعوث بوتين», «مستشار ترامب»
   * (one indefinite word in construct with the name), «مبعوث الرئيس الروسي فلاديمير بوتين» (an office held in
   * someone's service), when the named person does not hold that office.
   */
  private serves(title: TitleMatch, candidate: NameCandidate): boolean {
    const roles = title.defs.map((d) => d.role);
    if (candidate.hits.some((h) => fitsRole(h.person.terms, '', roles, title.country))) return false;
    const construct = title.first === title.last && candidate.first === title.last + 1 && !hasArticle(this.ctx, this.ctx.tokens[title.first]!);
    return construct || (roles.length > 0 && roles.every((r) => SERVING_ROLES.has(r)));
  }

  private attach(candidate: NameCandidate, title: TitleMatch, evidence: TitleEvidence): void {
    if (!this.used.has(candidate)) {
      const roles = title.defs.map((d) => d.role);
      const fitting = candidate.hits.filter((h) => fitsRole(h.person.terms, '', roles, title.country));
      const hits = fitting.length > 0 ? fitting : candidate.hits;
      const inArticle = hits.filter((h) => this.entities.has(h.person.id));
      const person = this.pickPerson((inArticle.length > 0 ? inArticle : hits).map((h) => h.person));
      if (!person) return;
      this.accept(candidate, person, candidate.hits.some((h) => h.kind === 'full'));
    }
    this.addEvidence(candidate, evidence);
  }

  private addEvidence(candidate: NameCandidate, evidence: TitleEvidence): void {
    const entity = this.entityAtToken.get(candidate.first);
    // One piece of evidence per title wording is enough (an article may repeat a title a hundred times).
    if (entity) pushEvidence(entity, evidence);
  }

  /**
   * A name read next to a title. When its last word is the surname of a known person
   * who fits the title (a first name spelled in a way nobody listed), it is that person;
   * otherwise it is a person of its own.
   */
  private resolveWrittenName(words: NameWords, title: TitleMatch, evidence: TitleEvidence): boolean {
    for (let t = words.first; t <= words.last; t++) {
      if (this.covered.has(t)) return false;
    }
    const roles = title.defs.map((d) => d.role);
    const tail = this.candidateEndingAt.get(words.last);
    if (tail && tail.first > words.first) {
      // «الأمير يزيد بن محمد بن فرحان» is not Faisal bin Farhan: a lineage («بن …») before the family
      // name with another first name is another member of the family.
      const written = this.ctx.tokens[words.first]!.text;
      const lineage = this.ctx.tokens.slice(words.first, tail.first).some((tk) => tk.text === 'بن' || tk.text === 'ابن');
      const person = tail.hits
        .map((h) => h.person)
        .find((p) => fitsRole(p.terms, '', roles, title.country) && !(lineage && normalizeKey(p.ar).split(' ')[0] !== written));
      if (person) {
        this.used.add(tail);
        this.addMention(this.entityFor(person), words.first, 0, words.last, true);
        pushEvidence(this.entityFor(person), evidence);
        return true;
      }
    }
    // «وضع رئيس الوزراء الفلسطيني الشيخ تميم في صورة …»: the one word after the title and its honorific is the first
    // name of someone the story already named in full, who holds another office: the title's holder is the subject
    // and that person the object, not a namesake of theirs in the title's office.
    if (words.first === words.last && this.firstNameOfNamed(this.ctx.tokens[words.first]!.text)) return false;
    // A first name spelled as nobody listed (جوزاف for جوزيف) with the family name and the
    // office on the article's date of one listed person.
    // «وزير الخارجية الدكتور علي يوسف» for «علي يوسف الشريف»: the first words of one listed person's
    // full name, who holds the office on the article's date («وزير الخارجية السابق علي يوسف»: who had left it).
    const namesake = this.namesakeInOffice(words, roles, title.country) ?? this.fullNameStartingWith(words, roles, title.country, title.former);
    if (namesake) {
      this.addMention(this.entityFor(namesake), words.first, 0, words.last, true);
      pushEvidence(this.entityFor(namesake), evidence);
      return true;
    }
    const span = tokenSpan(this.ctx, words.first, 0, words.last);
    const id = `ar:${normalizeKey(span.text)}`;
    let entity = this.entities.get(id);
    if (!entity) {
      const def = title.defs.find((d) => CATCH_ALL_ROLES.includes(d.role)) ?? title.defs[0]!;
      const country = title.country ?? '';
      const label = def.en ?? roleLabel(this.ctx.k, def.role, country, null);
      const term: Term = { role: def.role, country, from: '', to: '', title: title.former ? `Former ${label}` : label };
      entity = { id, person: null, writtenName: span.text, terms: [term], evidence: [], mentions: [], starts: new Set(), namedInFull: false };
      this.entities.set(id, entity);
    }
    pushEvidence(entity, evidence);
    this.addMention(entity, words.first, 0, words.last, true);
    // Words inside the name that a knowledge file knows as someone's surname are not that someone.
    for (let t = words.first; t <= words.last; t++) {
      const inner = this.candidateAt.get(t);
      if (inner) this.used.add(inner);
    }
    return true;
  }

  /** Whether a word is the first name of a listed person the story has named. */
  private firstNameOfNamed(word: string): boolean {
    for (const entity of this.entities.values()) {
      if (entity.person && entity.mentions.length > 0 && normalizeKey(entity.person.ar).split(' ')[0] === word) return true;
    }
    return false;
  }

  /** The one listed person whose (first) full name opens with the two or more words read, holding the title's office on the date. */
  private fullNameStartingWith(words: NameWords, roles: readonly string[], country: string | null, former: boolean): Person | null {
    const { k, date, tokens } = this.ctx;
    if (date === '' || words.last === words.first) return null;
    const written = tokens.slice(words.first, words.last + 1).map((t) => t.text).join(' ');
    const fitting = new Map<string, Person>();
    for (const person of k.people.values()) {
      if (!(former ? heldBefore(person.terms, date, roles, country) : fitsRole(person.terms, date, roles, country))) continue;
      if (normalizeKey(person.ar).startsWith(`${written} `)) fitting.set(person.id, person);
    }
    return fitting.size === 1 ? [...fitting.values()][0]! : null;
  }

  /** The one listed person with the name's last word as family name, holding the title's office (with its country) on the date. */
  private namesakeInOffice(words: NameWords, roles: readonly string[], country: string | null): Person | null {
    const { k, date, tokens } = this.ctx;
    if (country === null || date === '' || words.last === words.first) return null;
    const bearers = k.familyNames.get(tokens[words.last]!.text) ?? [];
    // «جوزاف» for «جوزيف» is one first name spelled two ways; «ني جيان» is not «لي جيان»: the first names must
    // share their consonants.
    const written = skeletonWord(tokens[words.first]!.text);
    const holders = bearers.filter((p) => fitsRole(p.terms, date, roles, country) && skeletonWord(normalizeKey(p.ar).split(' ')[0]!) === written);
    if (holders.length !== 1) return null;
    // «الأمير يزيد بن محمد بن فرحان»: a lineage with another first name is another member of the family.
    const lineage = tokens.slice(words.first, words.last).some((tk) => tk.text === 'بن' || tk.text === 'ابن');
    return lineage && normalizeKey(holders[0]!.ar).split(' ')[0] !== tokens[words.first]!.text ? null : holders[0]!;
  }

  // 3. Short forms ----------------------------------------------------------------------------------

  private acceptShortForms(): void {
    // Exact short forms first: a head of state named bare makes their typos acceptable afterwards.
    for (const pass of ['exact', 'typo'] as const) {
      for (const c of this.candidates) {
        if (this.used.has(c) || (pass === 'exact') !== (c.evidence !== 'typo')) continue;
        if (this.overlapsCovered(c.first, c.last) || this.someoneElse(c, false)) continue;
        // (One person may be hit twice: a one-word name listed both as a name and as a short form, «سلفاكير».)
        const people = [...new Set(c.hits.map((h) => h.person))];
        // «نظيرها الإيطالي أنطونيو تياني … أما تياني فشدد»: the last word of a name the story wrote in full (here a
        // spelling of Tajani's) is that person, not a listed namesake whose short form the word is (Niger's Tiani).
        // («خالد بن سلمان … استقبال "ابن سلمان"»: a short form of the kind «ابن سلمان» is the one the story named in full
        // with that father's name, not the crown prince it names nowhere.)
        const writtenBy = pass !== 'exact' ? undefined : c.first === c.last ? this.lastWordsWritten().get(this.firstWordOf(c)) : this.sonOfWritten(c);
        if (writtenBy?.person && !people.includes(writtenBy.person)) {
          this.accept(c, writtenBy.person, false);
          continue;
        }
        const present = people.filter((p) => this.entities.has(p.id));
        // «عبد الأمير الشمري … السفير عبد العزيز الشمري … وكان الشمري»: a family name that two people of the story
        // bear (listed as a short form or not) is one of them named before it; none named before (a headline's
        // «رئيسي للأسد»), the first the story names, its lead.
        const rivals = pass === 'exact' && c.first === c.last ? this.namesakesPresent(c, present) : present;
        if (rivals.length > 1) {
          const chosen = this.namesakeMeant(rivals, c.first);
          if (chosen) this.accept(c, chosen, false);
          continue;
        }
        if (present.length === 1) {
          this.accept(c, present[0]!, false);
          continue;
        }
        // «السفير الأمريكي جون سوليفان … وغادر سوليفان»: the one person the story named in full with this family
        // name, not a namesake in office whose short form it is and whom the story never names.
        if (present.length === 0 && rivals.length === 1) {
          this.accept(c, rivals[0]!, false);
          continue;
        }
        if (pass === 'typo' || present.length > 1) continue;
        // «رئيس الوزراء الأيرلندي سيمون هاريس … أبلغ هاريس»: the family name of a stranger the story named by title is
        // theirs (read below), not a listed namesake's whom the story never names in full.
        if (c.first === c.last && this.strangerSurnames().has(this.firstWordOf(c))) continue;
        const distinctive = people.filter(
          (p) => p.shortAlone === 'always' || (p.shortAlone === 'in-sole-office' && this.holdsSoleOffice(p)),
        );
        const inOffice = distinctive.filter((p) => fitsRole(p.terms, this.ctx.date, p.terms.map((t) => t.role), null));
        const chosen = inOffice.length === 1 ? inOffice[0]! : distinctive.length === 1 ? distinctive[0]! : null;
        if (chosen) this.accept(c, chosen, false);
      }
    }
  }

  /** The listed people the story named in full, by the last word of their name as written (made when first asked). */
  private lastWords: Map<string, Entity | null> | null = null;
  private lastWordsWritten(): Map<string, Entity | null> {
    return (this.lastWords ??= this.byFullNameWords(lastNameWord));
  }

  /** The people the story named in full by each «بن X» of their names (made when first asked). */
  private fathersNames: Map<string, Entity | null> | null = null;

  /** For a candidate «ابن X» / «بن X», the one person the story named in full with «بن X» in their name, if any. */
  private sonOfWritten(c: NameCandidate): Entity | null | undefined {
    if (c.last !== c.first + 1) return undefined;
    const son = this.firstWordOf(c);
    if (son !== IBN && son !== BIN) return undefined;
    this.fathersNames ??= this.byFullNameWords((words) => words.flatMap((w, i) => (w === BIN && i > 0 && words[i + 1] ? [`${BIN} ${words[i + 1]}`] : [])));
    return this.fathersNames.get(`${BIN} ${this.ctx.tokens[c.last]!.text}`);
  }

  /** The candidate's first word without the clitics it was read past ('' when no reading has them). */
  private firstWordOf(c: NameCandidate): string {
    return this.ctx.tokens[c.first]!.stems.find((st) => st.prefix === c.prefix)?.text ?? '';
  }

  /** `present` and the other people of the story whose full name ends with the candidate's word. */
  private namesakesPresent(c: NameCandidate, present: readonly Person[]): Person[] {
    const word = this.firstWordOf(c);
    const bearers = word === '' ? [] : (this.ctx.k.familyNames.get(word) ?? []);
    return [...new Set([...present, ...bearers.filter((p) => this.entities.get(p.id)?.namedInFull === true)])];
  }

  /** Of `people`, the one the story names first, or null when it names none. */
  private firstNamed(people: readonly Person[]): Person | null {
    let first: Person | null = null;
    let at = Infinity;
    for (const p of people)
      for (const m of this.entities.get(p.id)?.mentions ?? [])
        if (m.token < at) {
          at = m.token;
          first = p;
        }
    return first;
  }

  /**
   * Of namesakes named before token `token` (in full, by title or by the short form): the one just named (within a
   * sentence or two: «… السفير عبد العزيز الشمري. وقال الشمري»), else the one the story has named most so far, its
   * protagonist (a namesake listed once among others is not who «وكان الشمري» paragraphs later means); null when two
   * are named as often. None named before it (a headline's «رئيسي للأسد»): the first the story names, its lead.
   */
  private namesakeMeant(people: readonly Person[], token: number): Person | null {
    let nearest: Person | null = null;
    let at = -1;
    const counts = new Map<Person, number>();
    for (const p of people) {
      const before = (this.entities.get(p.id)?.mentions ?? []).filter((m) => m.token < token);
      if (before.length === 0) continue;
      counts.set(p, before.length);
      for (const m of before)
        if (m.token > at) {
          at = m.token;
          nearest = p;
        }
    }
    if (counts.size === 0) return this.firstNamed(people);
    if (nearest && token - at <= JUST_NAMED) return nearest;
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    return ranked.length > 1 && ranked[0]![1] === ranked[1]![1] ? null : ranked[0]![0];
  }

  /**
   * In office on the article's date in a role with one holder per country (a sitting
   * foreign minister, a Kremlin spokesman): their surname alone names them.
   */
  private holdsSoleOffice(person: Person): boolean {
    const { date, k } = this.ctx;
    return date !== '' && person.terms.some((t) => k.roles.get(t.role)?.unique === true && t.from !== '' && isActive(t, date));
  }

  private overlapsCovered(first: number, last: number): boolean {
    for (let t = first; t <= last; t++) if (this.covered.has(t)) return true;
    return false;
  }

  /** The people found by title whom no file lists, by the last word of their name (زاخاروفا). */
  private strangerSurnames(): Map<string, Entity> {
    const surnames = new Map<string, Entity>();
    for (const entity of this.entities.values()) {
      if (entity.person) continue;
      const words = normalizeKey(entity.writtenName).split(' ');
      const last = words[words.length - 1]!;
      if (words.length >= 2 && last.length >= 4 && !last.startsWith('ال') && !STOP_WORDS.has(last)) surnames.set(last, entity);
    }
    return surnames;
  }

  /** Later mentions of a person found by title by the last word of their name (زاخاروفا). */
  private acceptUnknownSurnames(): void {
    const surnames = this.strangerSurnames();
    if (surnames.size === 0) return;
    const { tokens } = this.ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (this.covered.has(i)) continue;
      const token = tokens[i]!;
      if (token.skip || token.kind !== 'word') continue;
      for (const stem of token.stems) {
        const entity = surnames.get(stem.text);
        if (entity) {
          this.addMention(entity, i, stem.prefix, i, false);
          break;
        }
      }
    }
  }

  /**
   * The listed people the story named in full, by the short forms `keysOf` takes from the words (normalised) of each
   * full mention `include` keeps, in the order first met; null for a short form two people share.
   */
  private byFullNameWords(keysOf: (words: readonly string[]) => readonly string[], include: (m: Mention) => boolean = () => true): Map<string, Entity | null> {
    const out = new Map<string, Entity | null>();
    for (const entity of this.entities.values()) {
      if (!entity.person) continue;
      for (const m of entity.mentions) {
        if (!m.full || !include(m)) continue;
        for (const key of keysOf(normalizeKey(m.text).split(' '))) out.set(key, out.has(key) && out.get(key) !== entity ? null : entity);
      }
    }
    return out;
  }

  /**
   * «الرئيس السنغالي باسيرو ديوماي فاي … وأعرب الرئيس فاي عن …»: a title followed by the last word of the
   * name of someone the story named in full, who fits the title, is that person, though no knowledge file
   * lists the word alone (too short or too common to be safe anywhere else). Only right after a title,
   * and only when one person of the story ends their name with the word.
   */
  private acceptTitledSurnames(): void {
    const { tokens, date } = this.ctx;
    // (Made again rather than taken from lastWordsWritten: names read before titles since then count too.)
    const byLastWord = this.byFullNameWords(lastNameWord);
    if (byLastWord.size === 0) return;
    for (const title of this.titles) {
      if (title.counterpart || title.former) continue;
      const i = title.last + 1;
      const token = tokens[i];
      if (!token || token.kind !== 'word' || this.covered.has(i) || (token.gapBefore & ~Gap.Space) !== 0) continue;
      const entity = byLastWord.get(token.text);
      if (!entity || !entity.person) continue;
      // («الرئيس فاي» and not «الرئيس فاي ديوماي …»: a longer name after the title is someone else's to read.)
      const after = tokens[i + 1];
      if (after && (after.gapBefore & ~Gap.Space) === 0 && isNameWord(this.ctx, after, 1)) continue;
      const mention = entity.mentions.find((m) => m.full);
      if (!mention || mention.token > i) continue;
      if (!fitsRole(entity.person.terms, date, title.defs.map((d) => d.role), title.country)) continue;
      this.addMention(entity, i, 0, i, false);
    }
  }

  /**
   * «محمد شياع السوداني … وأشار السوداني»: a family name that is also an adjective (السوداني،
   * العبادي), for a person the story named in full, where it opens a clause (after a verb, a
   * comma, «كان»/«قد»), and only when the story never uses the word as an adjective (after a noun:
   * «الجيش السوداني»). Knowledge files cannot list such words as short forms. Five letters with the
   * article are enough («إن الشرع أكد», «أن الأسد»); four are too many common words.
   */
  private acceptDefiniteSurnames(): void {
    const { tokens } = this.ctx;
    const byWord = this.byFullNameWords((words) => {
      const last = words[words.length - 1]!;
      return words.length >= 2 && last.startsWith('ال') && last.length >= 5 ? [last] : [];
    });
    // The first line of a story that opens with its headline: headlines name people by family name
    // before the story names them in full («من أبوظبي.. السراج وحفتر يتفقان …», then «فايز السراج»).
    const headlineEnd = firstLineEnd(tokens);
    for (const [word, entity] of byWord) {
      if (!entity) continue;
      const from = Math.min(...entity.mentions.filter((m) => m.full).map((m) => m.token));
      const at: number[] = [];
      let adjective = false;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.text !== word || this.covered.has(i)) continue;
        const before = tokens[i - 1];
        const opens = !before || (tokens[i]!.gapBefore & ~Gap.Space) !== 0 || VERB_WORDS.has(before.text.replace(/^[وف](?=.{3})/, '')) || CLAUSE_OPENERS.has(before.text);
        // («الرئيس الشرع», «القائد الشرع»: after a word of rank the word is the family name, and opens no adjective; not a
        // nationality, «الرئيس السوداني» being Sudan's president. After an honorific, «الأمير الحسين», it is a given name.)
        if (!opens && RANKS_BEFORE_NAME.has(before.text) && this.ctx.k.countryAdjectives.matchAt(tokens, i, { clitics: false }).length === 0) {
          if (i > from) at.push(i);
          continue;
        }
        // «الجيش السوداني», «بالجيش السوداني»: after a definite noun the word is an adjective.
        if (!opens && before.stems.some((st) => st.text.startsWith('ال'))) adjective = true;
        else if (opens && (i > from || (i < headlineEnd && from >= headlineEnd))) at.push(i);
      }
      if (adjective) continue;
      for (const i of at) this.addMention(entity, i, 0, i, false);
    }
  }

  /**
   * «عباس: فرصة حل الدولتين …», «ميقاتي في دمشق... والشرع: …», «عباس لبوتين: …»: in the headline, a word that opens
   * a part of it before a colon (or before «لـ» and the one addressed, then a colon) is the speaker of what
   * follows, so the family name of one person the story names in full is that person there, though the word is
   * also an ordinary one (عباس، رئيسي، عون، الشرع) that no knowledge file can list as a short form.
   */
  private acceptHeadlineSpeakers(): void {
    const { tokens } = this.ctx;
    const headlineEnd = firstLineEnd(tokens);
    if (headlineEnd >= tokens.length) return;
    const byWord = this.byFullNameWords(
      (words) => (words.length >= 2 && words[words.length - 1]!.length >= 3 ? [words[words.length - 1]!] : []),
      (m) => m.token >= headlineEnd,
    );
    for (let i = 0; i < headlineEnd; i++) {
      if (this.covered.has(i) || this.mentionStartsAt(i)) continue;
      const token = tokens[i]!;
      // The word opens the headline or a part of it («… .. والشرع: …»).
      if (i > 0 && (token.gapBefore & (Gap.Stop | Gap.Dash)) === 0) continue;
      const prefix = token.text.startsWith('و') && i > 0 ? 1 : 0;
      const entity = byWord.get(token.text.slice(prefix));
      if (!entity) continue;
      // («رئيسي من أنقرة: …»: or a place before the colon.)
      const placed = HEADLINE_PLACE_WORDS.has(tokens[i + 1]?.text ?? '') && (this.colonAfter(i + 2) || this.colonAfter(i + 3));
      // («بري بعد لقاء هوكشتاين: …»: or the occasion before the colon.)
      const framed = HEADLINE_OCCASION_WORDS.has(tokens[i + 1]?.text ?? '') && [2, 3, 4, 5].some((d) => this.colonAfter(i + d));
      if (this.colonAfter(i) || placed || framed || (this.mentionStartsAt(i + 1) && tokens[i + 1]!.text.startsWith('ل') && this.colonAfter(this.mentionEnd(i + 1))))
        this.addMention(entity, i, prefix, i, false);
    }
  }

  /** Whether a colon follows token i. */
  private colonAfter(i: number): boolean {
    const { tokens, norm } = this.ctx;
    const next = tokens[i + 1];
    if (!next || (next.gapBefore & Gap.Stop) === 0) return false;
    return norm.text.slice(tokens[i]!.end, next.start).includes(':');
  }

  /** The last token of the mention that starts at token i (i when none does). */
  private mentionEnd(i: number): number {
    const { tokens, norm } = this.ctx;
    for (const e of this.entities.values())
      for (const m of e.mentions) {
        if (m.token !== i) continue;
        let last = i;
        while (last + 1 < tokens.length && norm.toOriginal[tokens[last + 1]!.start]! < m.end) last++;
        return last;
      }
    return i;
  }

  /**
   * «عادل عبد المهدي … وقال عبد المهدي»: a family name of two words («عبد …», «أبو …») alone, later
   * in the story, is the one person named in full with it; not after a given name («محمد عبد المهدي»
   * is someone else), and nobody when two people named in full share it.
   */
  private acceptCompoundSurnames(): void {
    const { tokens, k } = this.ctx;
    const bySurname = this.byFullNameWords((words) => {
      const surnames: string[] = [];
      if (words.length >= 3 && COMPOUND_GIVEN.has(words.at(-2)!)) surnames.push(words.slice(-2).join(' '));
      // «محمد بن زايد آل نهيان … وشدد "بن زايد"»: the father's name after the given name, as the press shortens it.
      const bin = words.findIndex((w, j) => j > 0 && j + 1 < words.length && PATRONYMIC.has(w));
      if (bin > 0) surnames.push(`بن ${words[bin + 1]}`);
      return surnames;
    });
    if (bySurname.size === 0) return;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (this.covered.has(i) || this.covered.has(i + 1)) continue;
      const head = tokens[i]!;
      const second = tokens[i + 1]!;
      if (head.skip || head.kind !== 'word' || (second.gapBefore & ~Gap.Space) !== 0) continue;
      const stem = head.stems.find((st) => COMPOUND_GIVEN.has(st.text) || PATRONYMIC.has(st.text));
      const entity = stem ? bySurname.get(`${PATRONYMIC.has(stem.text) ? 'بن' : stem.text} ${second.text}`) : undefined;
      if (!stem || !entity) continue;
      const before = tokens[i - 1];
      if (stem.prefix === 0 && before && (head.gapBefore & ~Gap.Space) === 0 && before.stems.some((st) => st.prefix === 0 && k.givenNames.has(st.text))) continue;
      // «وأكد هزاع بن زايد»: after a word that reads as a name and is no verb, «بن» goes on someone else's full name.
      if (PATRONYMIC.has(stem.text) && stem.prefix === 0 && before && (head.gapBefore & ~Gap.Space) === 0 && isNameWord(this.ctx, before, 0) && !before.stems.some((st) => VERB_WORDS.has(st.text))) continue;
      if (entity.mentions.every((m) => m.token > i)) continue;
      this.addMention(entity, i, stem.prefix, i + 1, false);
      i++;
    }
  }

  /**
   * «الشيخ مشعل الأحمد الجابر الصباح … وجدد الأمير مشعل الترحيب»: after a royal title, the given
   * name alone is the royal the story named in full with it; when two people named in full share
   * it («الشيخ محمد بن زايد», «الشيخ محمد بن راشد»), nobody. A name that goes on («الأمير مشعل بن
   * عبد الله») is another person's.
   */
  private acceptRoyalGivenNames(): void {
    const { tokens } = this.ctx;
    const byGiven = new Map<string, Entity | null>();
    for (const entity of this.entities.values()) {
      if (!entity.person || !entity.namedInFull) continue;
      for (const m of entity.mentions) {
        if (!m.full) continue;
        const words = normalizeKey(m.text).split(' ');
        while (words.length > 0 && (ROYAL_TITLES.has(words[0]!) || HONORIFIC_WORDS.has(words[0]!))) words.shift();
        if (words.length < 2) continue;
        const given = COMPOUND_GIVEN.has(words[0]!) ? `${words[0]} ${words[1]}` : words[0]!;
        if (given.length < 3) continue;
        byGiven.set(given, byGiven.has(given) && byGiven.get(given) !== entity ? null : entity);
      }
    }
    if (byGiven.size === 0) return;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const title = tokens[i]!;
      if (title.skip || title.kind !== 'word') continue;
      // (The word's royal reading first, by word: most have none, and need no look-up of what is covered.)
      const stem = royalTitleStem.get(title);
      if (!stem || this.covered.has(i) || this.covered.has(i + 1)) continue;
      const first = tokens[i + 1]!;
      if ((first.gapBefore & ~Gap.Space) !== 0) continue;
      const compound = COMPOUND_GIVEN.has(first.text) && tokens[i + 2] !== undefined && (tokens[i + 2]!.gapBefore & ~Gap.Space) === 0;
      const last = compound ? i + 2 : i + 1;
      const entity = byGiven.get(compound ? `${first.text} ${tokens[i + 2]!.text}` : first.text);
      if (!entity || this.covered.has(last)) continue;
      const next = tokens[last + 1];
      // («وأبدى الأمير محمد وميلوني …»: another person joined by «و», named already, does not make the name go on.)
      const joined = next !== undefined && next.text.startsWith('و') && this.mentionStartsAt(last + 1);
      if (next && (next.gapBefore & ~Gap.Space) === 0 && !joined && (NAME_JOINER_WORDS.has(next.text) || this.coveredByCandidate()[last + 1] === 1)) continue;
      this.addMention(entity, i, stem.prefix, last, false);
    }
  }

  // 4. References -----------------------------------------------------------------------------------

  private resolveReferences(): void {
    for (const title of this.bareTitles) {
      if (title.former || this.overlapsCovered(title.first, title.last) || this.modifiedGeneric(title) || this.servesAnother(title) || this.guestOfMany(title) || this.namesAnOffice(title)) continue;
      let target = title.counterpart
        ? this.counterpartOf(title)
        : (this.namedRightAfter(title) ?? this.familyNameAsCountry(title) ?? this.quotedFirstName(title) ?? this.joinedOffice(title) ?? this.introducedAs(title) ?? this.relayingPresident(title) ?? this.holderOf(title));
      // «ووضع الرئيس أخاه الرئيس أردوغان …», «وأطلع الرئيس نظيره التركي …»: the title is not the one it addresses.
      const addressed = target ? this.addressedAfter(title) : null;
      const roles = title.defs.map((d) => d.role);
      if (addressed && (addressed === target || (typeof addressed === 'string' && this.entityFits(target!, roles, addressed)))) {
        target = this.lastBefore(title.first, (e) => e !== addressed && (typeof addressed !== 'string' || !this.entityFits(e, roles, addressed)) && this.entityFits(e, roles, title.country));
      }
      // «وأكد وزير الخارجية ونظيره المصري …»: the one joined to his counterpart of a country is not of that country.
      const partner = this.counterpartCountryAfter(title);
      if (target && partner && title.country === null && this.entityFits(target, roles, partner)) {
        target = this.lastBefore(title.first, (e) => !this.entityFits(e, roles, partner) && this.entityFits(e, roles, null));
      }
      if (target) this.addMention(target, title.first, title.prefix, title.last, false);
    }
  }

  /**
   * «من جانبه، اعتبر الرئيس سعيّد أن …»: a title right before a family name the story accepted only once it was read
   * whole (a short form) is that person's, when it fits them, not another holder named last.
   */
  private namedRightAfter(title: TitleMatch): Entity | null {
    const next = this.ctx.tokens[title.last + 1];
    // («وأكد جلالة الملك والشيخ محمد بن زايد …»: a name joined by «و» is the next person, not the title's.)
    if (!next || (next.gapBefore & ~Gap.Space) !== 0 || next.text.startsWith('و')) return null;
    const roles = title.defs.map((d) => d.role);
    for (const e of this.entities.values()) if (e.mentions.some((m) => m.token === title.last + 1) && this.entityFits(e, roles, title.country)) return e;
    return null;
  }

  /**
   * «وأكد الرئيس السوداني خلال الاتصال …» after «محمد شياع السوداني» was named in full, in a story that names no
   * official of Sudan: the word that reads as the country's adjective is that person's family name («President
   * al-Sudani», as Syrian copy calls Iraq's prime minister), when the title fits them (a president's for a head of
   * government too).
   */
  private familyNameAsCountry(title: TitleMatch): Entity | null {
    if (title.country === null || title.last === title.first) return null;
    const word = this.ctx.tokens[title.last]!.text;
    const roles = title.defs.map((d) => d.role);
    const wider = roles.includes('head-of-state') ? [...roles, 'head-of-government'] : roles;
    let found: Entity | null = null;
    for (const e of this.entities.values()) {
      if (!e.person) continue;
      if (countryOnDate(e.terms, this.ctx.date) === title.country) return null;
      const family = e.person.ar.split(' ').at(-1) ?? '';
      if (e.namedInFull && normalizeKey(family) === word && e.mentions.some((m) => m.full && m.token < title.first) && this.entityFits(e, wider, null)) found = e;
    }
    return found;
  }

  /** «… ونظيره المصري»: the country of a counterpart joined by «و» right after the title, or null. */
  private counterpartCountryAfter(title: TitleMatch): string | null {
    const { tokens, k } = this.ctx;
    const next = tokens[title.last + 1];
    if (!next || (next.gapBefore & ~Gap.Space) !== 0 || !JOINED_COUNTERPART.has(next.text)) return null;
    const adjective = k.countryAdjectives.matchAt(tokens, title.last + 2, { clitics: false })[0];
    return adjective && (tokens[title.last + 2]!.gapBefore & ~Gap.Space) === 0 ? adjective.values[0]! : null;
  }

  /**
   * «وأوضح السفير بسام راضي أن اللقاء … حيث أكد الرئيس حرص مصر …»: a bare head of state's title, with no
   * country, in a sentence where a presidency's spokesperson is named before it is the words he relays of his own
   * president, though another president was named last. The one person of the story who is that president.
   */
  private relayingPresident(title: TitleMatch): Entity | null {
    const roles = title.defs.map((d) => d.role);
    if (title.country !== null || !roles.includes('head-of-state')) return null;
    const { tokens } = this.ctx;
    let start = title.first;
    while (start > 0 && (tokens[start]!.gapBefore & (Gap.Stop | Gap.Newline)) === 0) start--;
    const countries = new Set<string>();
    for (const e of this.entities.values()) {
      if (!e.mentions.some((m) => m.token >= start && m.token < title.first)) continue;
      for (const t of e.terms) if (t.role === 'presidential-spokesperson' && isActive(t, this.ctx.date)) countries.add(t.country);
    }
    if (countries.size !== 1) return null;
    const [country] = countries;
    const presidents = [...this.entities.values()].filter((e) => e.mentions.some((m) => m.token < title.first) && this.entityFits(e, ['head-of-state'], country!));
    return presidents.length === 1 ? presidents[0]! : null;
  }

  /**
   * «وقال الرئيس "لي" خلال القمة» after «الرئيس الكوري "لي جيه ميونغ"»: a title and one quoted word, the first word of
   * one person's name written in full before (a Korean or Chinese family name comes first), are that person.
   */
  private quotedFirstName(title: TitleMatch): Entity | null {
    const { tokens } = this.ctx;
    const word = tokens[title.last + 1];
    if (!word || word.kind !== 'word' || (word.gapBefore & Gap.Quote) === 0 || (word.gapBefore & ~(Gap.Space | Gap.Quote)) !== 0) return null;
    const after = tokens[title.last + 2];
    if (after && (after.gapBefore & Gap.Quote) === 0) return null;
    return this.soleNamedBefore(title.first, (m) => {
      const words = normalizeKey(m.text).split(' ');
      return m.full && words.length >= 2 && words[0] === word.text;
    });
  }

  /** The one entity with a mention before token `before` that passes `test`; null when none or several do. */
  private soleNamedBefore(before: number, test: (m: Mention) => boolean): Entity | null {
    const found = new Set<Entity>();
    for (const e of this.entities.values()) for (const m of e.mentions) if (m.token < before && test(m)) found.add(e);
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * «السيد الرئيس» after «تلقى السيد الرئيس عبد الفتاح السيسي اتصالاً من السيد محمود عباس، رئيس دولة فلسطين»: an
   * honorific and a title with no name stand for the one person the story introduced with those very words before
   * his name (the Egyptian presidency's «السيد الرئيس» is its own president, though another president spoke last).
   */
  private introducedAs(title: TitleMatch): Entity | null {
    const { tokens } = this.ctx;
    const words = title.prefix > 0 ? null : honoredTitleWords(tokens, title.first, title.last);
    if (!words) return null;
    // («وأكد جلالة الملك والشيخ محمد بن زايد»: a second person joined by «و» is not the title's own name.)
    return this.soleNamedBefore(title.first, (m) => !(tokens[m.token]!.text.startsWith('و') && !m.text.startsWith('و')) && writtenBefore(tokens, m.token, words));
  }

  /**
   * The one a title addresses after a word of counterpart, host or guest: the person named a few words on («الرئيس
   * أخاه الرئيس أردوغان»), or the country of «نظيره التركي» (its code); else null.
   */
  private addressedAfter(title: TitleMatch): Entity | string | null {
    const { tokens } = this.ctx;
    const next = tokens[title.last + 1];
    if (!next || (next.gapBefore & ~Gap.Space) !== 0 || !ADDRESSED_WORDS.has(next.text)) return null;
    const country = this.ctx.k.countryAdjectives.matchAt(tokens, title.last + 2, { clitics: false })[0];
    if (country && (tokens[title.last + 2]!.gapBefore & ~Gap.Space) === 0) return country.values[0]!;
    for (let k = title.last + 2; k <= title.last + ADDRESSED_REACH && k < tokens.length; k++) {
      if ((tokens[k]!.gapBefore & (Gap.Stop | Gap.Newline | Gap.Comma)) !== 0) return null;
      for (const e of this.entities.values()) if (e.mentions.some((m) => m.token === k)) return e;
    }
    return null;
  }

  /**
   * «وقال المسؤول الروسي», «وأضاف الدبلوماسي الأمريكي»: a descriptor and a nationality stand for
   * the one person of that country (and fitting rank) named before; when two fit, for nobody.
   */
  private resolveDescriptors(): void {
    const { tokens } = this.ctx;
    const anyRole = [...this.ctx.k.roles.keys()];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.ctx.k.descriptors.matchAt(tokens, i)[0];
      if (!match || match.prefix > 1) continue;
      const adjective = this.ctx.k.countryAdjectives.matchAt(tokens, match.last + 1, { clitics: false })[0];
      if (!adjective || (tokens[match.last + 1]!.gapBefore & ~Gap.Space) !== 0) continue;
      const last = adjective.last;
      if (this.overlapsCovered(i, last) || this.servedBy(i)) continue;
      // «المسؤول الروسي فلان»: a name after it is introduced, not referred to.
      const next = tokens[last + 1];
      if (next && (next.gapBefore & ~Gap.Space) === 0 && this.mentionStartsAt(last + 1)) continue;
      const roles = match.values[0] ?? anyRole;
      const country = adjective.values[0]!;
      // «المسؤول الروسي الأبرز في الملف، وزير الخارجية سيرغي لافروف،»: named in apposition a few words on.
      if (this.namedInApposition(last, roles, country)) continue;
      const fitting = new Set<Entity>();
      const later = new Set<Entity>();
      for (const { token, entity } of this.timeline()) {
        if (this.entityFits(entity, roles, country)) (token < i ? fitting : later).add(entity);
      }
      // «أكد المفاوض الروسي …» in the lead, the name given a paragraph on: the one who fits, named after it.
      if (fitting.size === 1) this.addMention([...fitting][0]!, i, match.prefix, last, false);
      else if (fitting.size === 0 && later.size === 1) this.addMention([...later][0]!, i, match.prefix, last, false);
    }
  }

  /**
   * «وتابع الضيف أن …», «بينما أكد الضيف …», «وأضاف الضيف العربي»: «الضيف» with no nationality of a country after it
   * (and no name or title) is the one the story tells as received: the second person named after its first word of
   * receiving («استقبل الرئيس … الرئيس …», the host first), else the first named after a word of arriving or visiting
   * («وصل الرئيس … إلى …», «أنهى الأمير …، يوم الاثنين، زيارة …»). A story that tells none of these, or names fewer in
   * that sentence, gives it to nobody.
   */
  private resolveTheGuest(): void {
    const { tokens, k } = this.ctx;
    let guest: Entity | null | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.skip || !THE_GUEST.has(token.text) || this.overlapsCovered(i, i)) continue;
      // «والد الضيف», «على شرف الضيف», «وفد الضيف»: a noun in construct with it speaks of someone or something else.
      const before = tokens[i - 1];
      if (before && (token.gapBefore & ~Gap.Space) === 0 && before.stems.some((st) => GUEST_OWNERS.has(st.text))) continue;
      const next = tokens[i + 1];
      const adjoined = next !== undefined && (next.gapBefore & ~Gap.Space) === 0;
      // «الضيف الروسي» is resolveDescriptors' own; «الضيف الرئيس …», «الضيف فلان» name who it is.
      if (adjoined && (k.countryAdjectives.matchAt(tokens, i + 1, { clitics: false }).length > 0 || this.mentionStartsAt(i + 1) || k.titles.matchAt(tokens, i + 1, { clitics: false }).length > 0)) continue;
      if (guest === undefined) guest = this.receivedGuest();
      if (guest) this.addMention(guest, i, 0, i, false);
    }
  }

  /** The story's guest: who its first reception receives, or who its first arrival or visit brings (see resolveTheGuest). */
  private receivedGuest(): Entity | null {
    const { tokens } = this.ctx;
    const timeline = this.timeline();
    for (let i = 0; i < tokens.length; i++) {
      // (Whole words only: «وكان في استقباله …» names the hosts after it, not the guest.)
      const text = tokens[i]!.text;
      const receives = RECEIVING.has(text);
      // «أنهى الأمير …، ولي العهد السعودي، يوم الاثنين، زيارة تاريخية إلى باكستان»: who ends or begins a visit arrived.
      const arrives = !receives && (ARRIVING.has(text) || (VISIT_BOUNDS.has(text) && this.visitAfter(i)));
      if (!receives && !arrives) continue;
      const named: Entity[] = [];
      for (let at = lowerBound(timeline, (e) => e.token <= i); at < timeline.length; at++) {
        const { token, entity } = timeline[at]!;
        if (this.sentenceBreakBetween(i, token)) break;
        // «… الذي وصل إليه الضيف برفقة رئيس الوزراء»: the one who arrived is its subject, right after the word.
        if (arrives && named.length === 0 && (token - i > ARRIVAL_SUBJECT_REACH || this.guestBetween(i, token))) break;
        if (!named.includes(entity)) named.push(entity);
        if (named.length === 2) break;
      }
      // «السلطان يستقبل وزير الخارجية الروسي» (a headline's order): the host named before the word, the guest after it.
      const start = lowerBound(timeline, (e) => e.token < i);
      const hostBefore = start > 0 && !this.sentenceBreakBetween(timeline[start - 1]!.token, i);
      const guest = receives && !hostBefore ? named[1] : named[0];
      if (guest) return guest;
    }
    return null;
  }

  /** Whether «زيارة» (or «زيارته») follows token i within its sentence, a few words on. */
  private visitAfter(i: number): boolean {
    const { tokens } = this.ctx;
    for (let j = i + 1; j < tokens.length && j <= i + VISIT_REACH; j++) {
      if ((tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
      if (tokens[j]!.stems.some((st) => VISIT_NOUNS.has(st.text))) return true;
    }
    return false;
  }

  /** Whether «الضيف» stands between tokens a and b. */
  private guestBetween(a: number, b: number): boolean {
    for (let j = a + 1; j < b; j++) if (THE_GUEST.has(this.ctx.tokens[j]!.text)) return true;
    return false;
  }

  /** Whether a full stop or a line break stands between tokens a and b. */
  private sentenceBreakBetween(a: number, b: number): boolean {
    for (let j = a + 1; j <= b; j++) if ((this.ctx.tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return true;
    return false;
  }

  /**
   * «وهنأ سمو الأمير الرئيس بايدن …», «سمو أمير البلاد»: in Kuwaiti and Qatari copy the emir is «سمو الأمير» with no
   * name, and «أمير البلاد» is the emir of the agency's own country. Either is the one emir (a head of state reigning
   * as Emir at the story's date) the story names; with none or two named, nobody. «سمو الأمير فيصل بن فرحان» is
   * a name's title, read before this.
   */
  private resolveTheEmir(): void {
    const { tokens } = this.ctx;
    // The story's one emir, looked for at the first emir's word only (undefined until then).
    let emir: Entity | null | undefined;
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.skip || token.kind !== 'word') continue;
      const stem = emirStem.get(token);
      if (!stem || this.covered.has(i)) continue;
      const next = tokens[i + 1];
      const adjoined = next !== undefined && (next.gapBefore & ~Gap.Space) === 0;
      // «أمير البلاد»: the emir of the country the agency writes from.
      const ofTheCountry = stem.text === EMIR && adjoined && THE_COUNTRY.has(next.text);
      // «سمو الأمير»: a royal honorific before, no name after (a name after was read as the title of that name).
      const honoured = stem.text === THE_EMIR && stem.prefix === 0 && ROYAL_HONORIFICS.has(tokens[i - 1]!.text) && !(adjoined && this.coveredByCandidate()[i + 1] === 1);
      if (!ofTheCountry && !honoured) continue;
      const last = ofTheCountry ? i + 1 : i;
      if (this.overlapsCovered(i, last) || this.servedBy(i)) continue;
      if (emir === undefined) emir = this.soleEmir();
      if (emir) this.addMention(emir, i, stem.prefix, last, false);
    }
  }

  /**
   * «ممثل حضرة صاحب السمو أمير البلاد», «نائب سمو الأمير»: the emir as the one served, past the honorifics before
   * his title; the story is about the one who serves him (as `servesAnother` for a title).
   */
  private servedBy(i: number): boolean {
    const { tokens } = this.ctx;
    let j = i - 1;
    while (j >= 0 && (ROYAL_HONORIFICS.has(tokens[j]!.text) || HONORIFIC_WORDS.has(tokens[j]!.text) || EMIR_HONORIFICS.has(tokens[j]!.text))) j--;
    return j >= 0 && j < i - 1 && servingWord(tokens[j]!);
  }

  /** The one person named who reigns as Emir at the story's date (at any date when it has none), or null. */
  private soleEmir(): Entity | null {
    const date = this.ctx.date;
    const emirs = [...this.entities.values()].filter(
      (e) => e.person && e.terms.some((t) => t.role === 'head-of-state' && t.title === 'Emir' && (date === '' || isActive(t, date))),
    );
    if (emirs.length !== 1) return null;
    // «صاحب السمو الملكي الأمير محمد بن سلمان» named too: «سمو الأمير» may be that prince as well (no guess).
    const { tokens } = this.ctx;
    const prince = (m: Mention) => tokens[m.token]?.stems.some((st) => st.text === THE_EMIR) === true;
    const princes = [...this.entities.values()].filter((e) => e !== emirs[0] && e.person && e.mentions.some(prince));
    return princes.length === 0 ? emirs[0]! : null;
  }

  /** Whether a person fitting the descriptor is named within a few words after it, in the same clause. */
  private namedInApposition(last: number, roles: readonly string[], country: string): boolean {
    const { tokens } = this.ctx;
    for (let k = last + 1; k <= last + APPOSITION_WORDS && k < tokens.length; k++) {
      const token = tokens[k]!;
      if ((token.gapBefore & (Gap.Stop | Gap.Newline | Gap.Quote)) !== 0 || THAT_WORDS.has(token.text)) return false;
      for (const e of this.entities.values()) if (e.mentions.some((m) => m.token === k)) return this.entityFits(e, roles, country);
    }
    return false;
  }

  private mentionStartsAt(token: number): boolean {
    for (const e of this.entities.values()) if (e.mentions.some((m) => m.token === token)) return true;
    return false;
  }

  /**
   * «وكيل الأمين العام», «نائب الرئيس», «مستشار الرئيس»: a title in construct after a noun of
   * office names someone else, who serves the holder.
   */
  private servesAnother(title: TitleMatch): boolean {
    if (title.prefix > 0) return false;
    const before = this.ctx.tokens[title.first - 1];
    return before !== undefined && (this.ctx.tokens[title.first]!.gapBefore & ~Gap.Space) === 0 && servingWord(before);
  }

  /**
   * «الرئيس التنفيذي», «الوزير المفوض»: a one-word title followed by a definite word
   * that is not a country is a different office, not a reference to a person named before.
   */
  private modifiedGeneric(title: TitleMatch): boolean {
    if (!title.generic) return false;
    const next = this.ctx.tokens[title.last + 1];
    // «الملك المعظم», «الأمير المفدى»: an epithet of the holder, not another office.
    // («وأكد الوزير الحاجة الملحة إلى …», «الضرورة», «الأهمية»: a noun of what is said, the verb's object, is no office.)
    return next !== undefined && (next.gapBefore & ~Gap.Space) === 0 && next.text.startsWith('ال') && !STOP_WORDS.has(next.text) && !EPITHETS.has(next.text) && !GUEST_WORDS.has(next.text) && !SAID_NOUNS.has(next.text);
  }

  /**
   * «ويعمل دي مايو، الذي شغل في السابق منصب وزير الخارجية الإيطالي، …», «تسلم مهام الأمين العام»: a title after
   * «منصب» or «مهام» names the office someone held or took, not the one who holds it on the story's date.
   */
  private namesAnOffice(title: TitleMatch): boolean {
    const before = this.ctx.tokens[title.first - 1];
    return before !== undefined && (this.ctx.tokens[title.first]!.gapBefore & ~Gap.Space) === 0 && before.stems.some((st) => OFFICE_NOUNS.has(st.text));
  }

  /** «الوزير الضيف» with the title's one holder in the story; with two (host and guest), nobody. */
  private guestOfMany(title: TitleMatch): boolean {
    const next = this.ctx.tokens[title.last + 1];
    if (!next || !GUEST_WORDS.has(next.text)) return false;
    const roles = title.defs.map((d) => d.role);
    return [...this.entities.values()].filter((e) => this.entityFits(e, roles, title.country)).length !== 1;
  }

  /** Of two holders of the title the story named before it, the only one never named with a country: the agency's own. */
  private homeHolder(title: TitleMatch, roles: readonly string[], exclude: ((e: Entity) => boolean) | null): Entity | null {
    const fitting = [...this.entities.values()].filter((e) => this.entityFits(e, roles, null) && !(exclude && exclude(e)) && e.mentions.some((m) => m.token < title.first));
    const home = fitting.filter((e) => !this.namedWithCountry(e));
    return fitting.length >= 2 && home.length === 1 ? home[0]! : null;
  }

  /** «نظيره الأمريكي»: the person of the given country in the office of the person named just before. */
  private counterpartOf(title: TitleMatch): Entity | null {
    if (title.country === null) return null;
    const antecedent = this.lastBefore(title.first, () => true);
    if (!antecedent) return null;
    const role = roleAtDate(this.ctx.k, antecedent.terms, this.ctx.date, antecedent.evidence);
    if (!role) return null;
    // «رئيس مجلس الوزراء وزير الخارجية … ونظيره الفيتنامي» in a story that names Vietnam's prime minister: of one
    // holding two offices, the counterpart the story already named in either of them.
    const offices = this.ctx.date ? [...new Set(antecedent.terms.filter((t) => isActive(t, this.ctx.date)).map((t) => t.role))] : [];
    if (offices.length > 1) {
      const named = [...this.entities.values()].filter((e) => e !== antecedent && e.person && e.mentions.some((m) => m.token < title.first) && this.entityFits(e, offices, title.country));
      if (named.length === 1) return named[0]!;
    }
    return this.findHolder(title.first, [role.role], title.country, false, antecedent);
  }

  private holderOf(title: TitleMatch): Entity | null {
    const roles = title.defs.map((d) => d.role);
    // «الرئيس الإيراني» is the president, not the Supreme Leader named just before; «الرئيس» is no king.
    // «رئيس مجلس السيادة», «خادم الحرمين الشريفين», «المرشد الأعلى»: a head of state's title with its own label
    // is only someone who holds that office by that name (other offices' labels name a family of posts).
    const labels = title.defs.every((d) => d.en !== null && d.role === 'head-of-state') ? new Set(title.defs.map((d) => d.en!)) : null;
    const word = this.ctx.tokens[title.first]!.stems.find((st) => st.prefix === title.prefix)?.text ?? '';
    const president = labels === null && PRESIDENT_WORDS.has(word);
    // «جلالة الملك», «العاهل»: a king, never the president named before; «السلطان» a sultan.
    const reign = labels === null ? MONARCH_WORDS.get(word) : undefined;
    const held = labels ?? reign ?? null;
    // «وأكد سمو وزير الخارجية …» after the Chinese minister spoke: a royal honorific before the title is only said
    // of someone of a royal house's country.
    const royal = title.country === null && ROYAL_HONORIFICS.has(this.ctx.tokens[title.first - 1]?.text ?? '');
    const notRoyal = (e: Entity) => royal && !e.terms.some((term) => ROYAL_COUNTRIES.has(term.country));
    // «نائب رئيس مجلس الوزراء وزير الخارجية»: two offices in a row, with no «و», are one person's; whoever is meant
    // holds both (the deputy prime minister who is foreign minister, not the one who is defence minister).
    // (Both without a country: «أبلغ رئيس الحكومة الرئيس الفرنسي أن …» is two people, the one telling and the one told.)
    const hats =
      title.country !== null
        ? []
        : this.titles.filter((t) => t !== title && !t.generic && !t.counterpart && t.country === null && t.prefix === 0 && (t.first === title.last + 1 || t.last === title.first - 1));
    const oneHat = (e: Entity) => hats.some((t) => !this.entityFits(e, t.defs.map((d) => d.role), t.country));
    const excludeTitle = president || held || hats.length > 0 ? (e: Entity) => (president && this.reignsByOtherTitle(e)) || (held !== null && !this.heldAs(e, roles, held)) || oneHat(e) : null;
    const exclude = excludeTitle || royal ? (e: Entity) => (excludeTitle !== null && excludeTitle(e)) || notRoyal(e) : null;
    // «رئيس الجمهورية، السيد عبد المجيد تبون … وأوضح رئيس الجمهورية»: the title the story bound to a name stays that person's.
    const apposed = title.country === null && (this.ctx.tokens[title.last + 1]?.gapBefore ?? 0) & Gap.Comma ? this.nameAfter(title.last) : null;
    if (apposed && this.entityFits(apposed, roles, null) && !(exclude && exclude(apposed))) return apposed;
    // «سمو ولي العهد» in KUNA copy that calls its guest «ولي العهد السعودي» and names him with his offices after his name:
    // the agency's own crown prince, whichever of the two the story bound the title to last.
    const before = this.ctx.tokens[title.first - 1]?.text ?? '';
    if (HIGHNESS.has(before) && roles.includes('crown-prince') && title.country === null) {
      const home = this.homeHolder(title, roles, exclude);
      if (home) return home;
    }
    const bound = title.country === null ? this.boundEarlier(title) : null;
    if (bound && this.entityFits(bound, roles, null) && !(exclude && exclude(bound))) return this.principalOver(bound, title, roles, exclude) ?? bound;
    // «جلالة الملك» in a story that calls the other king «العاهل الأردني»: the agency's own king.
    // «السيد الرئيس» likewise in the presidency's copy that calls its guest «الرئيس التركي».
    // «سمو وزير الخارجية» in SPA copy that calls the Qatari minister «وزير الخارجية القطري»: the agency's own prince.
    if ((((reign || president) && HONOURED.has(before)) || royal) && title.country === null) {
      const home = this.homeHolder(title, roles, exclude);
      if (home) return home;
    }
    // «الممثلة الخاصة» is the special representative, never her deputy (whose term reads «Deputy …»): a title
    // with no «نائب» in it does not name someone who holds the office only as a deputy.
    // «وزير الخارجية بالإنابة», «القائم بأعمال وزير الخارجية» after the acting minister was introduced so: him,
    // not the other country's minister named last.
    if (this.actingTitle(title.first, title.last)) {
      const acting = [...this.entities.values()].filter((e) => this.entityFits(e, roles, title.country) && !(exclude && exclude(e)) && this.introducedActing(e, title.first));
      if (acting.length === 1) return acting[0]!;
    }
    const deputyTitle = this.ctx.tokens.slice(title.first, title.last + 1).some((t) => t.stems.some((st) => DEPUTY_WORDS.has(st.text)));
    const unfit = deputyTitle ? exclude : (e: Entity) => (exclude !== null && exclude(e)) || this.onlyDeputy(e, roles);
    const counterpart = this.samePortfolio(title, roles, unfit);
    if (counterpart) return counterpart;
    if (title.otherCountries) return this.findHolder(title.first, roles, title.country, title.former, null, unfit, labels !== null, title.otherCountries);
    return this.findHolder(title.first, roles, title.country, title.former, null, unfit, labels !== null) ?? this.namedBelowHeadline(title, roles, unfit);
  }

  /**
   * «من جهته، جدد الوزير الكويتي …» in a story of the Moroccan foreign minister's talks in Kuwait that also names
   * Kuwait's defence minister: a minister's title of one country, with several of its ministers named before, is the
   * one whose portfolio the other countries' ministers of the story hold (the counterpart), when that is one portfolio
   * and one person.
   */
  private samePortfolio(title: TitleMatch, roles: readonly string[], unfit: ((e: Entity) => boolean) | null): Entity | null {
    if (title.country === null || roles.length < 2) return null;
    const date = this.ctx.date;
    const named = [...this.entities.values()].filter((e) => e.mentions.some((m) => m.token < title.first) && !(unfit && unfit(e)));
    const own = named.filter((e) => this.entityFits(e, roles, title.country));
    if (own.length < 2) return null;
    // (The other country's ministers anywhere in the story: «… في مؤتمر صحفي مع وزير الخارجية التركي» told after the
    // title makes two portfolios of the other side, and nobody is chosen.)
    const portfolios = new Set<string>();
    for (const e of this.entities.values()) {
      if (own.includes(e) || (unfit && unfit(e))) continue;
      for (const role of roles) if (fitsRole(e.terms, date, [role], null) && !fitsRole(e.terms, date, [role], title.country)) portfolios.add(role);
    }
    if (portfolios.size !== 1) return null;
    const [portfolio] = portfolios;
    const holders = own.filter((e) => fitsRole(e.terms, date, [portfolio!], title.country));
    return holders.length === 1 ? holders[0]! : null;
  }

  /** Whether the title from `first` to `last` is an acting one: «… بالإنابة» in it, or «القائم بأعمال» right before it. */
  private actingTitle(first: number, last: number): boolean {
    const { tokens } = this.ctx;
    for (let t = first; t <= last; t++) if (ACTING_QUALIFIERS.has(tokens[t]!.text)) return true;
    const head = tokens[first]!.stems.some((st) => st.prefix === 0) && (tokens[first]!.gapBefore & ~Gap.Space) === 0;
    return head && this.actingHeadEndsAt(first - 1);
  }

  /** Whether «القائم بأعمال» ends at token t. */
  private actingHeadEndsAt(t: number): boolean {
    const { tokens } = this.ctx;
    return tokens[t]?.text === ACTING_HEAD[1] && tokens[t - 1]?.stems.some((st) => st.text === ACTING_HEAD[0]) === true;
  }

  /** Whether a mention of the entity before token `before` carries an acting title (after it, or «القائم بأعمال …» before it). */
  private introducedActing(e: Entity, before: number): boolean {
    const { tokens } = this.ctx;
    return e.mentions.some((m) => {
      if (m.token >= before) return false;
      for (let t = m.token; t > m.token - ACTING_REACH && t > 0; t--) {
        if ((tokens[t]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
        if (this.actingHeadEndsAt(t)) return true;
      }
      return false;
    });
  }

  /**
   * «وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الكويتي، الشيخ د.أحمد ناصر المحمد»: a title joined by «و» to a
   * second that names its holder is that holder's first office, not a reference to someone named before.
   */
  private joinedOffice(title: TitleMatch): Entity | null {
    const second = this.titles.find((t) => t.first === title.last + 1 && t.prefix === 1 && !t.generic && !t.counterpart);
    if (!second || (this.ctx.tokens[second.first]!.gapBefore & ~Gap.Space) !== 0 || !this.ctx.tokens[second.first]!.text.startsWith('و')) return null;
    // Its portfolio and country («لشؤون مجلس الوزراء الكويتي») may stand before the comma and the name.
    const { tokens } = this.ctx;
    let end = second.last;
    while (end + 1 < tokens.length && end < second.last + JOINED_OFFICE_WORDS && (tokens[end + 1]!.gapBefore & ~Gap.Space) === 0) end++;
    const named = this.nameAfter(end);
    return named && this.entityFits(named, title.defs.map((d) => d.role), title.country) ? named : null;
  }

  /**
   * «وزير الخارجية: افتتاح قنصلية المملكة …» as a headline, then «… وزير الخارجية عبداللطيف الزياني …» below: a bare
   * title in the first line, with nobody before it, is the first person the story names who fits it.
   */
  private namedBelowHeadline(title: TitleMatch, roles: readonly string[], unfit: ((e: Entity) => boolean) | null): Entity | null {
    if (title.former || title.country !== null) return null;
    // (Named below the headline: «رئيس الجمهورية: محادثاتي مع الرئيس بوتين …» is not Putin.)
    const body = firstLineEnd(this.ctx.tokens);
    if (title.last >= body) return null;
    let best: { entity: Entity; token: number } | null = null;
    for (const entity of this.entities.values()) {
      if ((unfit && unfit(entity)) || !this.entityFits(entity, roles, null)) continue;
      const first = Math.min(...entity.mentions.map((m) => m.token));
      if (first < body) continue;
      if (!best || first < best.token) best = { entity, token: first };
    }
    return best?.entity ?? null;
  }

  /** Whether a known person holds `roles` on the article's date only as a deputy (every such term's label says «Deputy»). */
  private onlyDeputy(e: Entity, roles: readonly string[]): boolean {
    if (!e.person || !this.ctx.date) return false;
    const held = e.terms.filter((t) => roles.includes(t.role) && isActive(t, this.ctx.date));
    return held.length > 0 && held.every((t) => /^deputy\b/i.test(t.title ?? ''));
  }

  /**
   * The person an earlier occurrence of the same title phrase was bound to: the name right after
   * it (after a comma and an honorific at most). Only a title of two words or more: «الرئيس»
   * alone names many.
   */
  private boundEarlier(title: TitleMatch): Entity | null {
    const phrase = this.phraseOf(title);
    if (phrase.length < 2) return null;
    for (let start = title.first - phrase.length; start >= 0; start--) {
      // («ندوة صحفية لرئيس الجمهورية قيس سعيّد» binds «رئيس الجمهورية» too: the earlier one's clitics are set aside,
      // its name then right after it, no honorific or title between: «والمستشار الدبلوماسي لرئيس الحكومة السفير
      // بطرس عساكر» is the adviser named.)
      const written = this.phraseWrittenAt(phrase, start);
      if (!written) continue;
      const clitic = written === 'clitic';
      const named = clitic ? this.nameRightAfter(start + phrase.length - 1) : this.nameAfter(start + phrase.length - 1);
      // (And, after a clitic, only one who held the office by the knowledge, not by what the story gave them.)
      if (named && clitic && !(named.person && fitsRole(named.terms, this.ctx.date, title.defs.map((d) => d.role), null))) continue;
      if (named) return named;
    }
    return null;
  }

  /**
   * «وحضر اللقاء عن الجانب المصري رئيس الوزراء مصطفى مدبولي» in a story of the Palestinian prime minister's visit,
   * then «نقل رئيس الوزراء إلى الرئيس المصري تحيات …»: a title last bound to someone who was only listed among those
   * attending is the one other person of that office the story named as a party, when there is exactly one.
   */
  private principalOver(bound: Entity, title: TitleMatch, roles: readonly string[], exclude: ((e: Entity) => boolean) | null): Entity | null {
    if (!this.onlyAttending(bound, title.first)) return null;
    const parties = [...this.entities.values()].filter(
      (e) => e !== bound && e.person && this.entityFits(e, roles, null) && !(exclude && exclude(e)) && e.mentions.some((m) => m.token < title.first) && !this.onlyAttending(e, title.first),
    );
    // (One the story already called so is meant before one of that office only named: «… وولي عهده الأمير محمد بن
    // سلمان» does not make a second prime minister of a story that calls its guest «رئيس الوزراء» throughout.)
    const calledSo = parties.filter((e) => this.calledByTitle(e, title));
    if (calledSo.length === 1) return calledSo[0]!;
    return parties.length === 1 ? parties[0]! : null;
  }

  /** Whether a mention of the entity before the title is the same title phrase («برئيس الوزراء» for «رئيس الوزراء»). */
  private calledByTitle(e: Entity, title: TitleMatch): boolean {
    const { tokens } = this.ctx;
    const phrase = this.phraseOf(title);
    return e.mentions.some(
      (m) => m.token < title.first && this.phraseWrittenAt(phrase, m.token, true) !== null && (tokens[m.token + phrase.length]?.start ?? Infinity) >= m.end,
    );
  }

  /** A title's words as written: its first word with and without its clitics, the words after it, how many. */
  private phraseOf(title: TitleMatch): TitlePhrase {
    const { tokens } = this.ctx;
    const first = tokens[title.first]!.text;
    const length = title.last - title.first + 1;
    return { first, head: first.slice(title.prefix), rest: this.wordsAfter(title.first, length), length };
  }

  /** The words of tokens (from, from + length), as one string. */
  private wordsAfter(from: number, length: number): string {
    return this.ctx.tokens.slice(from + 1, from + length).map((t) => t.text).join(' ');
  }

  /**
   * Whether the title phrase is written at token `start`: as it is ('same'), or with other clitics on its first word
   * ('clitic': «لرئيس الجمهورية» for «رئيس الجمهورية»); null when not. `stemOnly`: the first word is to be read by its
   * stems alone, as it is written or not.
   */
  private phraseWrittenAt(phrase: TitlePhrase, start: number, stemOnly = false): 'same' | 'clitic' | null {
    const word = this.ctx.tokens[start]!;
    const hasHead = word.stems.some((st) => st.text === phrase.head);
    const clitic = word.text !== phrase.head && word.text !== phrase.first;
    if (stemOnly ? !hasHead : clitic && !hasHead) return null;
    if (this.wordsAfter(start, phrase.length) !== phrase.rest) return null;
    return clitic ? 'clitic' : 'same';
  }

  /** Whether every mention of the entity before token `before` stands in a sentence of attendance («وحضر اللقاء …», «بحضور …»). */
  private onlyAttending(e: Entity, before: number): boolean {
    const { tokens } = this.ctx;
    const earlier = e.mentions.filter((m) => m.token < before);
    return (
      earlier.length > 0 &&
      earlier.every((m) => {
        for (let t = m.token - 1; t >= 0; t--) {
          if (ATTENDING.has(tokens[t]!.text)) return true;
          if ((tokens[t]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
        }
        return false;
      })
    );
  }

  /** The known person whose name starts at the token right after j, in the same sentence. */
  private nameRightAfter(j: number): Entity | null {
    const { tokens, k } = this.ctx;
    const next = tokens[j + 1];
    // (A name, not another title or an honorific opening the next person's mention: «… السفير بطرس عساكر».)
    if (!next || (next.gapBefore & ~Gap.Space) !== 0 || HONORIFIC_WORDS.has(next.text) || k.titles.matchAt(tokens, j + 1).length > 0) return null;
    return this.personAt(j + 1);
  }

  /** The known person one of whose mentions starts at token k. */
  private personAt(k: number): Entity | null {
    for (const e of this.entities.values()) if (e.person && e.mentions.some((m) => m.token === k)) return e;
    return null;
  }

  /** The known person named right after token j, or after a comma and an honorific («رئيس الجمهورية، السيد عبد المجيد تبون»). */
  private nameAfter(j: number): Entity | null {
    const { tokens } = this.ctx;
    let k = j + 1;
    while (k < tokens.length && k <= j + 3 && (HONOURED.has(tokens[k]!.text) || HONORIFIC_WORDS.has(tokens[k]!.text) || DOCTOR.has(tokens[k]!.text)) && (tokens[k]!.gapBefore & (Gap.Stop | Gap.Newline)) === 0) k++;
    if (k >= tokens.length || (tokens[k]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return null;
    // («وزير الخارجية الشيخ سالم العبدالله»: a listed name may take in the honorific, its mention opening there.)
    for (let h = j + 1; h < k; h++) {
      const honoured = this.personAt(h);
      if (honoured) return honoured;
    }
    return this.personAt(k);
  }

  /** Whether the text names this person with a title and their country («العاهل الأردني»). */
  private namedWithCountry(e: Entity): boolean {
    if (e.evidence.some((ev) => ev.country !== null)) return true;
    const { tokens, k } = this.ctx;
    return e.mentions.some((m) => {
      for (let t = m.token; t < tokens.length && tokens[t]!.start < m.end; t++) if (k.countryAdjectives.matchAt(tokens, t, { clitics: false }).length > 0) return true;
      return false;
    });
  }

  /** Whether a known person held one of `roles` under one of these labels (a term's title, else the role's name in its country). */
  private heldAs(e: Entity, roles: readonly string[], labels: ReadonlySet<string>): boolean {
    if (!e.person) return true;
    return e.terms.some((t) => roles.includes(t.role) && labels.has(roleLabel(this.ctx.k, t.role, t.country, t.title)));
  }

  /**
   * A head of state whose office on the date has another name than president (king, emir, sultan, supreme leader).
   * (A president's title that says of what — «President of Brazil», «Interim President», «Chairman of the Presidential
   * Leadership Council», whom Yemeni copy calls «الرئيس» — is still a president's.)
   */
  private reignsByOtherTitle(e: Entity): boolean {
    return reignsByTitle(e.terms, this.ctx.date);
  }

  /**
   * The person a reference means: the last one named before it who fits; with a
   * country, also one named later, else the sole holder of the office on the date. With the other countries an
   * adjective may name («الرئيس الكونغولي»: either Congo), the one named in any of them, and no unnamed holder.
   */
  private findHolder(
    at: number,
    roles: readonly string[],
    country: string | null,
    former: boolean,
    exclude: Entity | null,
    unfit: ((e: Entity) => boolean) | null = null,
    labelled = false,
    otherCountries: readonly string[] = [],
  ): Entity | null {
    const fits = (e: Entity) => e !== exclude && !(unfit && unfit(e)) && (this.entityFits(e, roles, country) || otherCountries.some((c) => this.entityFits(e, roles, c)));
    const before = this.lastBefore(at, fits);
    if (before) return before;
    if (country === null) return null;
    const later = [...this.entities.values()].filter(fits);
    if (later.length === 1) return later[0]!;
    // («الرئيس الكونغولي»: of either Congo, no holder the story does not name.)
    if (later.length > 1 || former || otherCountries.length > 0) return null;
    const person = soleHolder(this.ctx.k, roles, country, this.ctx.date);
    if (!person || (exclude && exclude.id === person.id)) return null;
    // («البابا الأمريكي»: a title with its own label is only the one who holds the office by that name, not the
    // country's president.)
    if (labelled && unfit && unfit(this.entities.get(person.id) ?? newEntity(person))) return null;
    return this.entityFor(person);
  }

  /** Whether an entity may be meant by a reference to `roles` in `country`: by its offices on the date, or by a current title in the text. */
  private entityFits(entity: Entity, roles: readonly string[], country: string | null): boolean {
    const current = entity.evidence.filter((e) => !e.former);
    // A person known only as a former holder («وزير الخارجية الأسبق هنري كيسنجر») is not who «الوزير» means now.
    if (!entity.person) return current.length > 0 && fitsRole(entity.terms, '', roles, country);
    if (fitsRole(entity.terms, this.ctx.date, roles, country)) return true;
    return current.some((e) => e.roles.some((r) => roles.includes(r)) && (country === null || e.country === country));
  }

  /** The entity with the latest mention before token `at` among those that pass `test`. */
  private lastBefore(at: number, test: (e: Entity) => boolean): Entity | null {
    const timeline = this.timeline();
    // Binary search for the last mention before `at`, then walk back to one that passes.
    const lo = lowerBound(timeline, (t) => t.token < at);
    const tested = new Map<Entity, boolean>();
    for (let i = lo - 1; i >= 0; i--) {
      const entity = timeline[i]!.entity;
      let ok = tested.get(entity);
      if (ok === undefined) {
        ok = test(entity);
        tested.set(entity, ok);
        if (tested.size === this.entities.size && ![...tested.values()].some(Boolean)) return null;
      }
      if (ok) return entity;
    }
    return null;
  }

  private timelineCache: { token: number; entity: Entity }[] | null = null;

  /** Every mention in text order (built when references start; names are all known by then). */
  private timeline(): { token: number; entity: Entity }[] {
    if (!this.timelineCache) {
      const all: { token: number; entity: Entity }[] = [];
      for (const entity of this.entities.values()) for (const m of entity.mentions) all.push({ token: m.token, entity });
      all.sort((a, b) => a.token - b.token);
      this.timelineCache = all;
    }
    return this.timelineCache;
  }

  // Bookkeeping -------------------------------------------------------------------------------------

  private hasFullMention(id: string): boolean {
    return this.entities.get(id)?.namedInFull ?? false;
  }

  private entityFor(person: Person): Entity {
    let entity = this.entities.get(person.id);
    if (!entity) {
      entity = newEntity(person);
      this.entities.set(person.id, entity);
    }
    return entity;
  }

  private accept(candidate: NameCandidate, person: Person, full: boolean): void {
    this.used.add(candidate);
    this.addMention(this.entityFor(person), candidate.first, candidate.prefix, candidate.last, full);
  }

  private addMention(entity: Entity, first: number, prefix: number, last: number, full: boolean): void {
    const span = tokenSpan(this.ctx, first, prefix, last);
    if (entity.starts.has(span.start)) return;
    entity.starts.add(span.start);
    // Written out (in the span's key order) rather than spread: a spread with keys after it is slow.
    entity.mentions.push({ start: span.start, end: span.end, text: span.text, token: first, full });
    if (full) entity.namedInFull = true;
    this.entityAtToken.set(first, entity);
    if (this.timelineCache) insertSorted(this.timelineCache, { token: first, entity });
    for (let t = first; t <= last; t++) this.covered.add(t);
  }

  officials(): Official[] {
    const { k, date } = this.ctx;
    const out: Official[] = [];
    for (const entity of this.entities.values()) {
      if (entity.mentions.length === 0) continue;
      const mentions = [...entity.mentions].sort((a, b) => a.start - b.start);
      const role = roleAtDate(k, entity.terms, entity.person ? date : '', entity.evidence);
      const firstFull = mentions.find((m) => m.full);
      out.push({
        id: entity.id,
        name: firstFull?.text ?? (entity.person ? entity.person.ar : entity.writtenName),
        nameEn: entity.person?.en ?? '',
        role: role?.en ?? '',
        country: role ? (k.countries.get(role.country)?.en ?? role.country) : '',
        ...(role?.ar ? { roleAr: role.ar } : {}),
        ...(role && k.countries.get(role.country)?.ar ? { countryAr: k.countries.get(role.country)!.ar } : {}),
        ...(role?.years && entity.person ? { roleYears: role.years } : {}),
        mentions: mentions.map(({ start, end, text }) => ({ start, end, text })),
      });
    }
    out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    return out;
  }
}

/** A listed person as an entity not yet mentioned. */
function newEntity(person: Person): Entity {
  return { id: person.id, person, writtenName: '', terms: person.terms, evidence: [], mentions: [], starts: new Set(), namedInFull: false };
}
