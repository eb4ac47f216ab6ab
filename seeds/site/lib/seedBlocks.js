// Reads a seed article (.txt) into the parts a news page is made of. The seed files are
// copies of real pages, so besides the story they carry page furniture: a cookie notice,
// "اقرأ أيضا" links, "المصدر:" lines, agency initials, a back-to-top button label, a view
// counter, photo captions, a trailing date. Each becomes the page element it came from.

/**
 * @typedef {{ kind: 'paragraph' | 'subheading' | 'readAlso' | 'spacer' | 'initials' | 'source' | 'counter' | 'dateLine', text: string }} BodyBlock
 * @typedef {{ captionEn: string, caption: string }} Figure
 * @typedef {{
 *   headline: string,
 *   kicker: string | null,
 *   cookie: string | null,
 *   figure: Figure | null,
 *   body: BodyBlock[],
 *   relatedHeading: string | null,
 *   backToTop: string | null,
 * }} SeedParts
 * @typedef {{ line: number } | { text: string }} LineRef
 * @typedef {{ headline: LineRef, kicker?: LineRef, figure?: { captionLines: [number, number] } }} SeedLayout
 */

const COOKIE = /تعريف الارتباط|cookie/i;
/** "اقرأ أيضا: …" / "إقرأ أيضاً" with or without the linked headline. */
const READ_ALSO = /^[اإ]قرأ\s+أيضا[ًٌ]?\s*[:：]?\s*(.*)$/u;
const RELATED_HEADING = /^مقالات ذات صلة$/u;
const BACK_TO_TOP = /^زر الذهاب إلى الأعلى$/u;
const SOURCE = /^المصدر\s*:/u;
/** Agency or editor initials in brackets, e.g. "(ي ح)". */
const INITIALS = /^\([\u0621-\u064A\s]{1,9}\)$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS_ONLY = /^[\d\s]+$/;
const NBSP_ONLY = /^[\u00A0\s]+$/;
/** A line that ends a sentence or a quotation is prose, not a crosshead. */
const SENTENCE_END = /[.!?؟:…»"”)]$/u;
const SUBHEADING_MAX = 90;

/** @param {LineRef} ref @param {string[]} lines */
function resolve(ref, lines) {
  if ('text' in ref) return ref.text;
  const line = lines[ref.line - 1];
  if (line === undefined) throw new Error(`seed layout names line ${ref.line}, which does not exist`);
  return line.trim();
}

/**
 * @param {string} text the seed file
 * @param {SeedLayout} layout which lines are the headline, kicker and photo captions
 * @returns {SeedParts}
 */
export function seedParts(text, layout) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  /** @type {Set<number>} 1-based lines used by the layout */
  const taken = new Set();
  const headline = resolve(layout.headline, lines);
  if ('line' in layout.headline) taken.add(layout.headline.line);
  let kicker = null;
  if (layout.kicker) {
    kicker = resolve(layout.kicker, lines);
    if ('line' in layout.kicker) taken.add(layout.kicker.line);
  }
  let figure = null;
  if (layout.figure) {
    const [en, ar] = layout.figure.captionLines;
    figure = { captionEn: resolve({ line: en }, lines), caption: resolve({ line: ar }, lines) };
    taken.add(en).add(ar);
  }

  /** @type {SeedParts} */
  const parts = { headline, kicker, cookie: null, figure, body: [], relatedHeading: null, backToTop: null };
  lines.forEach((rawLine, index) => {
    if (taken.has(index + 1)) return;
    if (rawLine === '') return;
    if (NBSP_ONLY.test(rawLine)) {
      parts.body.push({ kind: 'spacer', text: '' });
      return;
    }
    const line = rawLine.trim();
    if (line === '') return;
    const readAlso = READ_ALSO.exec(line);
    if (COOKIE.test(line)) parts.cookie = line;
    else if (readAlso && readAlso[1]) parts.body.push({ kind: 'readAlso', text: readAlso[1] });
    else if (readAlso || RELATED_HEADING.test(line)) parts.relatedHeading = line;
    else if (BACK_TO_TOP.test(line)) parts.backToTop = line;
    else if (SOURCE.test(line)) parts.body.push({ kind: 'source', text: line });
    else if (INITIALS.test(line)) parts.body.push({ kind: 'initials', text: line });
    else if (ISO_DATE.test(line)) parts.body.push({ kind: 'dateLine', text: line });
    else if (DIGITS_ONLY.test(line)) parts.body.push({ kind: 'counter', text: line });
    else if (line.length <= SUBHEADING_MAX && !SENTENCE_END.test(line)) parts.body.push({ kind: 'subheading', text: line });
    else parts.body.push({ kind: 'paragraph', text: line });
  });
  return parts;
}
