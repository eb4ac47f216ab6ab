/**
 * Dates written in a sentence, resolved against the publication date: «أمس», «اليوم»,
 * «الثلاثاء» / «يوم الثلاثاء» (the most recent Tuesday on or before publication),
 * «أمس الثلاثاء», and written dates «14 مايو/أيار 2019», «29 أغسطس/ آب» (the year of
 * publication when none is written). «غدا» and «المقبل» mark what has not happened yet.
 */
import type { TextContext } from './context.ts';
import { HOSTED } from './places.ts';
import { normalizeKey } from '../text/normalize.ts';
import { Gap, type Token } from '../text/tokens.ts';
import { WordMemo } from '../text/wordMemo.ts';

export interface FoundDate {
  /** The token the expression starts at. */
  token: number;
  /** ISO date, or null for a vague past («الأسبوع الماضي») or a reference to a day already named. */
  date: string | null;
  future: boolean;
  /** A vague time before the news («قبل أيام», «الشهر الماضي», «في يوليو/تموز 2021»): another occasion. */
  earlier?: boolean;
  /** «في اليوم نفسه»: the day the text named last. */
  sameDay?: boolean;
  /** A day and month written without a year («في 27 نوفمبر»), read in the article's year (or the year before when «الماضي» follows). */
  yearless?: true;
  /** For a day written with its month: the token that ends it (the month, its other name, the year or «الماضي»). */
  end?: number;
}

const key = (w: string) => normalizeKey(w);
const WEEKDAYS = new Map<string, number>(
  [
    ['الأحد', 0],
    ['الاثنين', 1],
    ['الإثنين', 1],
    ['الثلاثاء', 2],
    ['الأربعاء', 3],
    ['الخميس', 4],
    ['الجمعة', 5],
    ['السبت', 6],
  ].map(([w, d]) => [key(w as string), d as number]),
);
/** Whether a (normalised) word names a day of the week («الاثنين», «الإثنين»). */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word);
}

/**
 * Gregorian month names as Egyptian/Gulf and Levantine/Iraqi copy write them, and as the Maghreb's
 * agencies do: Morocco's MAP («ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر») and Algeria's and Tunisia's
 * APS and TAP, from the French («جانفي، فيفري، أفريل، جوان، جويلية، أوت»).
 */
const MONTHS = new Map<string, number>();
const TWO_WORD_MONTHS = new Map<string, Map<string, number>>();
[
  ['يناير كانون_الثاني جانفي', 1],
  ['فبراير شباط فيفري', 2],
  ['مارس آذار', 3],
  ['أبريل إبريل ابريل نيسان أفريل', 4],
  ['مايو أيار ماي', 5],
  ['يونيو يونيه حزيران جوان', 6],
  ['يوليو يوليه تموز يوليوز جويلية', 7],
  ['أغسطس اغسطس آب غشت أوت', 8],
  ['سبتمبر أيلول شتنبر', 9],
  ['أكتوبر تشرين_الأول', 10],
  ['نوفمبر تشرين_الثاني نونبر', 11],
  ['ديسمبر كانون_الأول دجنبر', 12],
].forEach(([names, month]) => {
  for (const name of (names as string).split(' ')) {
    const [head, ordinal] = name.split('_');
    if (ordinal === undefined) MONTHS.set(key(head!), month as number);
    else {
      // «كانون» and «تشرين» are two months each: the ordinal after them says which.
      const byOrdinal = TWO_WORD_MONTHS.get(key(head!)) ?? new Map<string, number>();
      byOrdinal.set(key(ordinal), month as number);
      TWO_WORD_MONTHS.set(key(head!), byOrdinal);
    }
  }
});

/** Whether a word is a month's name or the first word of one («كانون», «تشرين»). */
export function isMonthWord(word: string): boolean {
  return MONTHS.has(word) || TWO_WORD_MONTHS.has(word);
}

/**
 * The month written at token j and the index past it: «يناير», «كانون الثاني» (the ordinal read with its
 * head: «كانون الثاني» is January, «كانون الأول» December), «مايو/أيار», «كانون الثاني/يناير». Null when no month is
 * there or «كانون» stands without its ordinal.
 */
function monthAt(tokens: readonly Token[], j: number): { month: number; end: number } | null {
  const one = (at: number): { month: number; end: number } | null => {
    const text = tokens[at]?.text ?? '';
    const byOrdinal = TWO_WORD_MONTHS.get(text);
    if (byOrdinal) {
      const month = byOrdinal.get(tokens[at + 1]?.text ?? '');
      return month === undefined ? null : { month, end: at + 2 };
    }
    const month = MONTHS.get(text);
    return month === undefined ? null : { month, end: at + 1 };
  };
  const first = one(j);
  if (!first) return null;
  // «مايو/أيار»: the other name of the same month after it.
  const other = isMonthWord(tokens[first.end]?.text ?? '') ? one(first.end) : null;
  return other ? { month: first.month, end: other.end } : first;
}
const YESTERDAY = new Set(['امس', 'البارحه'].map(key));
const TODAY = key('اليوم');
const TOMORROW = new Set(['غدا', 'غد', 'غدًا'].map(key));
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه'].map(key));
/** «المقرر الأربعاء», «المرتقبة الخميس»: the weekday after them is a day to come. */
const SCHEDULED = new Set(['المقرر', 'المقرره', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه'].map(key));
const LAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفارط', 'الفارطه'].map(key));
/** «اليوم نفسه», «نفس اليوم», «اليوم ذاته». */
const SAME = new Set(['نفسه', 'ذاته', 'نفس', 'ذات'].map(key));
/** «قبل أيام», «قبل أسبوعين»: units of a span back from the news. */
const SPANS = new Set(['ايام', 'يومين', 'اسبوع', 'اسبوعين', 'اسابيع', 'شهر', 'شهرين', 'اشهر', 'شهور', 'عام', 'عامين', 'اعوام', 'سنه', 'سنتين', 'سنوات'].map(key));
const BEFORE = key('قبل');
const SINCE = key('منذ');
/** What a date after «منذ» is made of besides numbers: month names, «عام», «الماضي». */
const SINCE_WORDS: ReadonlySet<string> = new Set([
  ...['عام', 'العام', 'سنة', 'مطلع', 'بداية', 'أواخر', 'الماضي', 'الماضية', 'الأول', 'الثاني'].map(key),
  ...MONTHS.keys(),
  ...TWO_WORD_MONTHS.keys(),
]);

function iso(ms: number): string {
  let day = isoDays.get(ms);
  if (day === undefined) {
    if (isoDays.size >= 10_000) isoDays.clear();
    day = new Date(ms).toISOString().slice(0, 10);
    isoDays.set(ms, day);
  }
  return day;
}

/** iso's answers: the same few days (an article's date and those around it) are asked again and again. */
const isoDays = new Map<number, string>();

function parse(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}

const DAY = 86_400_000;

export function addDays(date: string, days: number): string | null {
  const ms = parse(date);
  return ms === null ? null : iso(ms + days * DAY);
}

/** Days from a to b (b - a), or null when either is not a date. */
export function daysBetween(a: string, b: string): number | null {
  const x = parse(a.slice(0, 10));
  const y = parse(b.slice(0, 10));
  return x === null || y === null ? null : Math.round((y - x) / DAY);
}

/** The most recent `weekday` (0 = Sunday) on or before `published`. */
function lastWeekday(published: string, weekday: number): string | null {
  const ms = parse(published);
  if (ms === null) return null;
  const back = (new Date(ms).getUTCDay() - weekday + 7) % 7;
  return iso(ms - back * DAY);
}

/** The nearest following weekday, strictly after `published`. */
function nextWeekday(published: string, weekday: number): string | null {
  const ms = parse(published);
  if (ms === null) return null;
  const ahead = (weekday - new Date(ms).getUTCDay() + 7) % 7 || 7;
  return iso(ms + ahead * DAY);
}

/** Date expressions in tokens [first, last]; `published` is `YYYY-MM-DD` or ''. */
/**
 * `ordinals`: also days written as ordinal words («في العاشر من مارس»). Only where a document's clause is read: in
 * the telling of a meeting such days are mostly other occasions', and the meetings stage does not yet tell them apart.
 */
export function findDates(ctx: TextContext, first: number, last: number, published: string, ordinals = false): FoundDate[] {
  const { tokens } = ctx;
  const found: FoundDate[] = [];
  const word = (i: number) => (i >= first && i <= last ? (tokens[i]?.text ?? '') : '');
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (token.skip || !datesWords.get(token)) continue;
    const text = stemOf(token);
    if (text === SINCE) {
      // «منذ 7 أكتوبر/تشرين الأول الماضي», «منذ عام 2010»: the day something began, not the day of an event told.
      while (i + 1 <= last && (tokens[i + 1]!.kind === 'number' || SINCE_WORDS.has(tokens[i + 1]!.text))) i++;
      continue;
    }
    if (text === TODAY && (SAME.has(word(i + 1)) || SAME.has(word(i - 1)))) {
      // «في اليوم نفسه»: the day already named, not the day of publication.
      found.push({ token: i, date: null, future: false, sameDay: true });
      if (SAME.has(word(i + 1))) i++;
    } else if (text === BEFORE && SPANS.has(word(i + 1))) {
      found.push({ token: i, date: null, future: false, earlier: true });
      i++;
    } else if (YESTERDAY.has(text)) {
      // «أول من أمس», «أول أمس»: the day before yesterday.
      const dayBefore = (word(i - 1) === 'من' && word(i - 2) === 'اول') || word(i - 1) === 'اول';
      // «أمس الثلاثاء»: the weekday only confirms the day.
      if (WEEKDAYS.has(word(i + 1))) i++;
      found.push({ token: i, date: published ? addDays(published, dayBefore ? -2 : -1) : null, future: false });
    } else if (text === TODAY && !afterName(ctx, i)) {
      if (WEEKDAYS.has(word(i + 1))) i++;
      found.push({ token: i, date: published || null, future: false });
    } else if (TOMORROW.has(text)) {
      found.push({ token: i, date: published ? addDays(published, 1) : null, future: true });
    } else if (WEEKDAYS.has(text)) {
      const weekday = WEEKDAYS.get(text)!;
      // «مؤتمر برلين، المقرر الأربعاء»: a day something is scheduled for is to come.
      const future = NEXT.has(word(i + 1)) || SCHEDULED.has(word(i - 1));
      const past = LAST.has(word(i + 1));
      const date = !published ? null : future ? nextWeekday(published, weekday) : past ? lastWeekday(addDays(published, -1)!, weekday) : lastWeekday(published, weekday);
      found.push({ token: i, date, future });
    } else if (token.kind === 'number' && +token.text >= 1 && +token.text <= 31) {
      const written = writtenDate(ctx, i, last, published);
      if (written) found.push(written);
    } else if (ordinals && ORDINAL_UNITS.has(text)) {
      const written = ordinalDate(ctx, i, last, published);
      if (written) found.push(written);
    } else if (PERIODS.has(text) && (NEXT.has(word(i + 1)) || LAST.has(word(i + 1)))) {
      found.push({ token: i, date: null, future: NEXT.has(word(i + 1)), earlier: LAST.has(word(i + 1)) });
    } else if (isMonthWord(text) && !(i > first && (tokens[i - 1]!.kind === 'number' || isMonthWord(tokens[i - 1]!.text) || (monthAt(tokens, i - 2)?.end ?? 0) > i))) {
      // (Not the other name of a month just read: «14 يناير/كانون الثاني 2021», «27 تشرين الثاني/نوفمبر».)
      // «في يوليو/تموز الماضي», «في ديسمبر/كانون الأول 2021»: a month with no day.
      const month = monthOnly(ctx, i, last, published);
      if (month) found.push(month);
      if (isMonthWord(word(i + 1))) i++;
    }
  }
  return found;
}

/** The word without a leading و/ف/ب (وأمس، بالأمس is rare; «واليوم»). */
/** The words that may start a date expression (after و/ف): every branch of findDates needs one. */
const PERIODS = new Set(['الاسبوع', 'الشهر', 'العام']);

/** Whether a token may start a date expression, by word: most words cannot, and every sentence is read for dates. */
const datesWords = new WordMemo<boolean>((token) => {
  const text = stemOf(token);
  return (
    token.kind === 'number' ||
    text === SINCE ||
    text === TODAY ||
    text === BEFORE ||
    YESTERDAY.has(text) ||
    TOMORROW.has(text) ||
    WEEKDAYS.has(text) ||
    PERIODS.has(text) ||
    isMonthWord(text) ||
    ORDINAL_UNITS.has(text)
  );
});

function stemOf(token: Token): string {
  const t = token.text;
  return (t[0] === 'و' || t[0] === 'ف') && t.length > 3 ? t.slice(1) : t;
}

/**
 * «موقع روسيا اليوم»: «اليوم» right after a country's name that is not a location
 * («في موسكو اليوم» is a date) names a channel.
 */
function afterName(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const start = i - back;
    const match = ctx.k.countryNames.matchAt(tokens, start).find((m) => m.last === i - 1);
    if (!match) continue;
    const clitic = tokens[start]!.text.slice(0, match.prefix);
    const before = tokens[start - 1]?.text ?? '';
    // «في موسكو اليوم», «احتضنتها الرياض اليوم»: a place, then the day.
    return !clitic.includes('ب') && !LOCATIVE.has(before) && !HOSTED.has(before);
  }
  return false;
}

const LOCATIVE = new Set(['في', 'فى', 'من', 'الي', 'داخل'].map(key));

/**
 * Months written with their year and no day in tokens [first, last] («في مارس 2021», «في آذار/مارس
 * 2023», «في أيلول الماضي» before the article's date), as «YYYY-MM», with the token that ends each: what a
 * description of an agreement dates it by.
 */
export function monthsWritten(ctx: TextContext, first: number, last: number): { month: string; last: number }[] {
  const { tokens } = ctx;
  const out: { month: string; last: number }[] = [];
  for (let i = first; i <= last && i < tokens.length; i++) {
    const written = monthAt(tokens, i);
    if (!written || tokens[i - 1]?.kind === 'number') continue;
    const { month } = written;
    const j = written.end;
    const year = tokens[j];
    // «في أيلول الماضي»: the last such month before the article.
    if (year && j <= last + 1 && LAST.has(year.text) && ctx.date) {
      const current = +ctx.date.slice(5, 7);
      const y = +ctx.date.slice(0, 4) - (month < current ? 0 : 1);
      out.push({ month: `${y}-${String(month).padStart(2, '0')}`, last: j });
      i = j;
      continue;
    }
    if (j > last + 1 || !year || year.kind !== 'number' || !/^(19|20)\d\d$/.test(year.text)) continue;
    out.push({ month: `${year.text}-${String(month).padStart(2, '0')}`, last: j });
    i = j;
  }
  return out;
}

/** A month named without a day: earlier than publication when its month is, future when «المقبل». */
function monthOnly(ctx: TextContext, i: number, last: number, published: string): FoundDate | null {
  const { tokens } = ctx;
  const written = monthAt(tokens, i);
  if (!written) return null;
  const { month } = written;
  const j = written.end;
  const next = tokens[j];
  const current = published ? +published.slice(5, 7) : NaN;
  const year = published ? +published.slice(0, 4) : NaN;
  if (next && j <= last && LAST.has(next.text)) return { token: i, date: null, future: false, earlier: true };
  if (next && j <= last && NEXT.has(next.text)) return { token: i, date: null, future: true };
  if (next && j <= last && next.kind === 'number' && /^\d{4}$/.test(next.text) && Number.isFinite(year)) {
    const written = +next.text;
    const before = written < year || (written === year && month < current);
    return before ? { token: i, date: null, future: false, earlier: true } : null;
  }
  return null;
}

/** «14 مايو/أيار 2019», «26 و27 أغسطس/آب الجاري». */
function writtenDate(ctx: TextContext, i: number, last: number, published: string): FoundDate | null {
  const { tokens } = ctx;
  let j = i + 1;
  // «26 و27 أغسطس»: a second day number.
  if (tokens[j]?.text === 'و' && tokens[j + 1]?.kind === 'number') j += 2;
  else if (tokens[j]?.kind === 'number' && (tokens[j]!.gapBefore & 64) !== 0) j += 1; // 26-27
  return dayOfMonth(ctx, i, +tokens[i]!.text, j, last, published);
}

/** Ordinal words of the days of a month («العاشر», «الحادي عشر», «الثاني والعشرين»), by their first word. */
const ORDINAL_UNITS = new Map(
  [['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30]].map(
    ([w, n]) => [key(w as string), n as number],
  ),
);
const ORDINAL_TENS = new Map([['عشر', 10], ['والعشرين', 20], ['والثلاثين', 30]].map(([w, n]) => [key(w as string), n as number]));

/** «في العاشر من مارس», «في الحادي عشر من يناير 2024», «الثاني والعشرين من الشهر» (no month: no date). */
function ordinalDate(ctx: TextContext, i: number, last: number, published: string): FoundDate | null {
  const { tokens } = ctx;
  let day = ORDINAL_UNITS.get(tokens[i]!.text);
  if (day === undefined) return null;
  let j = i + 1;
  const tens = ORDINAL_TENS.get(tokens[j]?.text ?? '');
  if (tens !== undefined && day < 10) {
    day += tens;
    j++;
  }
  if (tokens[j]?.text !== 'من' || j >= last) return null;
  return dayOfMonth(ctx, i, day, j + 1, last, published);
}

/** The date of `day` and the month written at token j (then its other name, a year or «من العام الماضي»). */
function dayOfMonth(ctx: TextContext, i: number, day: number, j: number, last: number, published: string): FoundDate | null {
  const { tokens } = ctx;
  const written = monthAt(tokens, j);
  if (!written || j > last) return null;
  const { month } = written;
  j = written.end;
  let year = published ? +published.slice(0, 4) : NaN;
  const next = tokens[j];
  const yearWritten = next?.kind === 'number' && /^\d{4}$/.test(next.text);
  if (yearWritten) year = +next!.text;
  // «في 27 نوفمبر من العام الماضي»: the year before the article's.
  else if (next?.text === 'من' && tokens[j + 1]?.text === 'العام' && LAST.has(tokens[j + 2]?.text ?? '')) year -= 1;
  if (!Number.isFinite(year)) return null;
  let date = dayIn(year, month, day);
  // «في 27 نوفمبر الماضي» in a February article: the last such day before it, in the year before.
  if (!yearWritten && published && date > published && LAST.has(next?.text ?? '')) date = dayIn(year - 1, month, day);
  if (parse(date) === null) return null;
  const end = yearWritten || LAST.has(next?.text ?? '') ? j : j - 1;
  return { token: i, date, future: published !== '' && date > published, end, ...(yearWritten ? {} : { yearless: true as const }) };
}

function dayIn(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day written without its year that would fall after the article («الاتفاق الذي تم التوصل إليه
 * في 27 تشرين الثاني» in a February article), read where only the past fits (a document reached or
 * signed): the same day of the year before. Any other date is returned as it is.
 */
export function inThePast(d: FoundDate, published: string): FoundDate {
  if (!d.yearless || !d.future || !d.date || !published) return d;
  const date = dayIn(+d.date.slice(0, 4) - 1, +d.date.slice(5, 7), +d.date.slice(8, 10));
  return parse(date) === null ? d : { ...d, date, future: false };
}

/** Participles of issuing and signing right after a document: «الصادر», «الموقع», «المبرم», «المعتمد». */
const ISSUED = new Set(['الصادر', 'الصادره', 'الموقع', 'الموقعه', 'المبرم', 'المبرمه', 'المعتمد', 'المعتمده'].map(key));
const RELATIVE = new Set(['الذي', 'التي'].map(key));
/** «الذي صدر», «التي وقعها البلدان», «الذي أبرم», «التي اعتمدت». */
const ISSUING_VERBS = /^(صدر|صدرت|وقع|وقعت|وقعه|وقعها|وقعاه|وقعاها|ابرم|ابرمت|ابرمه|ابرمها|اعتمد|اعتمدت|اعتمده|اعتمدها)$/u;
/** How far after a document its clause may date it («الإعلان المشترك الصادر في السابع من أبريل الماضي»). */
const DATING_CLAUSE = 8;

/**
 * «خارطة الطريق المنبثقة عن الإعلان المشترك الصادر في أبريل الماضي»: whether the clause right after token
 * `last` dates what it follows before the news, or on another day than `day` (the reported meeting's).
 */
export function datedBefore(ctx: TextContext, last: number, day: string | null): boolean {
  const { tokens } = ctx;
  // Only a clause that tells when it was issued or signed («الصادر في», «الموقع في», «الذي وقع في»): «تدخل حيز
  // التنفيذ الاثنين» is when it starts, not when it was made.
  const first = tokens[last + 1]?.text ?? '';
  const issued = ISSUED.has(first) || ISSUING_VERBS.test(first) || (RELATIVE.has(first) && ISSUING_VERBS.test(tokens[last + 2]?.text ?? ''));
  let end = last;
  while (end + 1 < tokens.length && end + 1 <= last + DATING_CLAUSE && (tokens[end + 1]!.gapBefore & (Gap.Stop | Gap.Newline | Gap.Comma)) === 0) end++;
  if (end === last) return false;
  // Else a date written with its year, before the meeting's day («… بينهما في 20 فبراير 1992»).
  const withYear = (d: FoundDate) => tokens.slice(d.token, end + 1).some((t) => t.kind === 'number' && /^\d{4}$/.test(t.text));
  return findDates(ctx, last + 1, end, ctx.date, true).some((d) =>
    issued ? d.earlier === true || (d.date !== null && day !== null && d.date !== day && !d.future) : d.date !== null && day !== null && d.date < day && withYear(d),
  );
}
