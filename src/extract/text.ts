/**
 * Small text helpers shared by detection and story extraction.
 * DOM-free: they work on strings only, so they run the same on a live page and in Node.
 */

/** Node types as numbers: Node.ELEMENT_NODE etc. are globals that linkedom in Node does not define. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
/** NodeFilter.SHOW_TEXT, for the same reason. */
export const SHOW_TEXT = 0x4;

/** Arabic-script letters: the Arabic block's letters and the presentation forms some old sites still use. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06fc) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/**
 * Letters of the other scripts a page may be written in, by block (Latin with diacritics,
 * Greek, Cyrillic, Armenian, Hebrew, the Indic and South-East Asian scripts, kana, CJK, Hangul).
 * A table rather than /\p{L}/u: the content script calls this once per page, cold, and compiling
 * that Unicode property class alone cost milliseconds in Chromium, more than the whole check may.
 */
function isOtherLetter(code: number): boolean {
  return (
    (code >= 0x00c0 && code <= 0x024f && code !== 0x00d7 && code !== 0x00f7) ||
    (code >= 0x0370 && code <= 0x058f) ||
    (code >= 0x05d0 && code <= 0x05ea) ||
    (code >= 0x0900 && code <= 0x0dff) ||
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1000 && code <= 0x10ff) ||
    (code >= 0x1e00 && code <= 0x1fff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

/** Counts Arabic letters and all letters in `text` (digits, punctuation and spaces are not letters). */
export function countLetters(text: string): { arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII: only a–z and A–Z are letters. Checked first because it is the common case on non-Arabic pages.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
    } else if (isArabicLetter(code)) {
      arabic++;
      letters++;
    } else if (isOtherLetter(code)) {
      letters++;
    }
  }
  return { arabic, letters };
}

/** Collapses runs of white space to one space and trims: the form in which texts are compared. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A comparison key for short labels (headings, phrases): white space collapsed, Arabic
 * diacritics and tatweel removed, alef and yeh forms unified, so «اقرأ أيضاً» = «إقرأ ايضا».
 */
export function labelKey(text: string): string {
  return normalizeSpace(text)
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .toLowerCase();
}

/** Number of words (runs of non-space characters). */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
