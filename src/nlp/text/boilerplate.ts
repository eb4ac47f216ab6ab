/**
 * Lines that a page or a saved .txt carries but that are not the story: «اقرأ أيضا»
 * links to other articles, related-articles headers, cookie notices, share bars,
 * "back to top" buttons. A name inside them is not a name the article reports.
 * Detected on the normalised text by general patterns, never by a site's wording.
 */
import { normalize } from './normalize.ts';
import type { Token } from './tokens.ts';

export interface Range {
  start: number;
  end: number;
}

/** Phrases that open a block of links to other articles; the rest of the line is the link. */
const READ_ALSO =
  /(?:اقرا|طالع|شاهد|اقرئي)\s*(?:ايضا|كذلك|المزيد|اكثر)|(?:مقالات|مواضيع|اخبار|قصص|تقارير)\s+(?:ذات صله|متعلقه|مشابهه|مرتبطه|اخري)|ذات صله\s*:|قد يهمك(?:\s+ايضا)?|الاكثر قراءه|المزيد من الاخبار|اخبار متعلقه/g;

/** Notices and page furniture, recognised anywhere in a short line. */
const FURNITURE =
  /ملفات? تعريف الارتباط|ملفات الكوكيز|الكوكيز|\bcookies?\b|سياسه الخصوصيه|جميع الحقوق محفوظه|حقوق النشر محفوظه|زر الذهاب الي الاعلي|العوده الي الاعلي|شارك (?:هذا )?(?:المقال|الخبر)|انقر هنا|اشترك في النشره|تابعونا علي|حمل تطبيق/g;

/** A line longer than this is prose that happens to mention cookies, not a notice. */
const MAX_FURNITURE_LINE = 400;

function lineBounds(text: string, at: number): Range {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline === -1 ? text.length : newline };
}

/** Whether only spaces, quotes, bullets or dashes stand between the line start and `at`. */
function opensLine(text: string, line: Range, at: number): boolean {
  return /^[\s"'\-–•*>|:.()[\]]*$/.test(text.slice(line.start, at));
}

/** Ranges of the normalised text that are not story. */
export function boilerplateRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(READ_ALSO)) {
    const at = match.index;
    const line = lineBounds(text, at);
    // At the start of a line the whole line is a link; inside a line, only what follows the phrase.
    ranges.push(opensLine(text, line, at) ? line : { start: at, end: line.end });
  }
  for (const match of text.matchAll(FURNITURE)) {
    const line = lineBounds(text, match.index);
    if (line.end - line.start <= MAX_FURNITURE_LINE) ranges.push(line);
  }
  ranges.sort((a, b) => a.start - b.start);
  return ranges;
}

/** Marks the tokens inside boilerplate ranges so that no lookup matches them. */
export function markBoilerplate(tokens: Token[], ranges: readonly Range[]): void {
  if (ranges.length === 0) return;
  let r = 0;
  for (const token of tokens) {
    while (r < ranges.length && ranges[r]!.end <= token.start) r++;
    const range = ranges[r];
    if (!range) break;
    if (token.start >= range.start && token.end <= range.end) token.skip = true;
  }
}

/**
 * Whether a whole line is site furniture or a related link (a cookie notice, «اقرأ أيضا …»):
 * such a line is never an article's title.
 */
export function isBoilerplateLine(line: string): boolean {
  const text = normalize(line).text.trim();
  if (text === '') return true;
  return boilerplateRanges(text).some((r) => r.start <= 0 && r.end >= text.length);
}
