/**
 * Normalisation of Arabic text for matching, with a map back to the original.
 *
 * Wire copy spells one name many ways (أوشاكوف/اوشاكوف, الروسي/الروسى, قُدُماً/قدما,
 * «ستارت 3»/"ستارت 3", ٢٢٥٤/2254). Matching runs on the normalised text; every
 * normalised character remembers the original UTF-16 index it came from, so a
 * match found in the normalised text becomes a span of the exact original characters.
 *
 * What changes:
 * - removed: harakat and Quranic marks, superscript alef, tatweel, zero-width and
 *   bidi control characters, soft hyphen;
 * - folded: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian/Urdu letter forms → Arabic ones,
 *   Arabic-Indic and Persian digits → ASCII, every kind of quotation mark → ",
 *   Arabic comma/semicolon/question mark → ASCII, dashes → -, exotic spaces → space,
 *   ASCII capitals → small letters;
 * - expanded: Arabic presentation forms (ﻻ, ﺑ …) → their NFKC letters.
 * Nothing is ever inserted between characters, so the map is monotonic.
 */

export interface Normalized {
  /** The text given to `normalize`. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the index in `original` of the character that produced `text[i]`;
   * `toOriginal[text.length] === original.length`.
   */
  readonly toOriginal: Uint32Array;
}

/** What happens to one code unit, when it is not replaced by another (replacements are ≥ 0). */
const Fold = { Keep: -1, Drop: -2, Expand: -3 } as const;

/** Characters a reader never sees as letters of their own: dropped, and absorbed into a span's end. */
export function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, hamza above/below marks
    code === 0x0670 || // superscript alef
    code === 0x0640 || // tatweel
    (code >= 0x0610 && code <= 0x061a) || // honorifics and small marks
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed)
  );
}

function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff ||
    code === 0x061c || // Arabic letter mark
    code === 0x00ad // soft hyphen
  );
}

/** The replacement code unit, or a Fold action. */
function fold(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20; // A-Z → a-z
    if (code === 0x27 || code === 0x60) return 0x22; // ' ` → "
    return Fold.Keep;
  }
  if (code >= 0x0600 && code <= 0x06ff) {
    switch (code) {
      case 0x0622: // آ
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0671: // ٱ
      case 0x0672:
      case 0x0673:
        return 0x0627; // ا
      case 0x0649: // ى
      case 0x06cc: // Persian yeh
      case 0x06d0:
        return 0x064a; // ي
      case 0x0629: // ة
      case 0x06c1: // heh goal
      case 0x06d5: // ae
      case 0x06be: // heh doachashmee
        return 0x0647; // ه
      case 0x06a9: // keheh
        return 0x0643; // ك
      case 0x060c:
        return 0x2c; // ، → ,
      case 0x061b:
        return 0x3b; // ؛ → ;
      case 0x061f:
        return 0x3f; // ؟ → ?
      case 0x066a:
        return 0x25; // ٪ → %
      case 0x066b:
        return 0x2e; // decimal separator
      case 0x066c:
        return 0x2c; // thousands separator
      case 0x06d4:
        return 0x2e; // full stop
    }
    if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
    if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
    if (isArabicMark(code)) return Fold.Drop;
    return Fold.Keep;
  }
  switch (code) {
    case 0x00a0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return 0x20;
    case 0x00ab: // «
    case 0x00bb: // »
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0x2032: // ′
    case 0x2033: // ″
    case 0x2035:
    case 0x2036: // ‶
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0x00b4: // ´
    case 0x301d:
    case 0x301e:
    case 0xff02: // ＂
      return 0x22;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d;
    case 0x2026:
      return 0x2e; // … → .
  }
  if (code >= 0x2000 && code <= 0x200a) return 0x20;
  if (isInvisible(code)) return Fold.Drop;
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return Fold.Expand;
  return Fold.Keep;
}

/**
 * `fold` of every code unit below FOLD_TABLE_SIZE (the Basic Latin and Arabic blocks, where
 * almost every character of an Arabic page lies), read from an array instead of branches.
 */
const FOLD_TABLE_SIZE = 0x0700;
const FOLD_TABLE = new Int32Array(FOLD_TABLE_SIZE);
for (let code = 0; code < FOLD_TABLE_SIZE; code++) FOLD_TABLE[code] = fold(code);

/** Normalises `original` and keeps the offset map. Linear in the length; never throws on a string. */
export function normalize(original: string): Normalized {
  const length = original.length;
  // Only presentation-form expansion can lengthen the text (ﻻ → لا): the buffers grow when it does.
  let out = new Uint16Array(length + 16);
  let map = new Uint32Array(length + 17);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    const action = code < FOLD_TABLE_SIZE ? FOLD_TABLE[code]! : fold(code);
    if (action >= 0) {
      // A kept or replaced character: one out per one in, and an expansion leaves room for the rest.
      out[n] = action;
      map[n++] = i;
    } else if (action === Fold.Keep) {
      out[n] = code;
      map[n++] = i;
    } else if (action === Fold.Expand) {
      const expanded = String.fromCharCode(code).normalize('NFKC');
      // Room for the expansion and for the rest of the text at one character out per one in.
      const needed = n + expanded.length + (length - i) + 1;
      if (needed > out.length) {
        const bigger = new Uint16Array(Math.max(out.length * 2, needed));
        bigger.set(out);
        out = bigger;
        const biggerMap = new Uint32Array(out.length + 1);
        biggerMap.set(map);
        map = biggerMap;
      }
      for (let k = 0; k < expanded.length; k++) {
        const c = expanded.charCodeAt(k);
        const again = fold(c);
        if (again === Fold.Drop || again === Fold.Expand) continue;
        out[n] = again >= 0 ? again : c;
        map[n++] = i;
      }
    }
    // Fold.Drop: nothing.
  }
  map[n] = length;
  return { original, text: decode(out, n), toOriginal: map.subarray(0, n + 1) };
}

/** Builds a string from UTF-16 code units without a per-character concatenation. */
function decode(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let result = '';
  for (let i = 0; i < length; i += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return result;
}

/**
 * The original span of the normalised range [start, end): from the first kept
 * character to the last, plus the diacritics and tatweel written after it
 * (so that «بومبيوُ» is highlighted whole, but a following space or quote is not).
 */
export function originalRange(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const map = norm.toOriginal;
  const from = map[start] ?? norm.original.length;
  if (end <= start) return { start: from, end: from };
  let to = (map[end - 1] ?? norm.original.length - 1) + 1;
  const limit = map[end] ?? norm.original.length;
  while (to < limit && isArabicMark(norm.original.charCodeAt(to))) to++;
  return { start: from, end: to };
}

/**
 * The matching key of a short string from the knowledge files or the tests:
 * normalised, with runs of spaces and punctuation between words reduced to one space.
 */
export function normalizeKey(value: string): string {
  // Names and words are normalised again and again (a person's name for each candidate that
  // may be them): short values are remembered; long texts are not, to bound the memory.
  if (value.length > KEY_MEMO_MAX_LENGTH) return makeKey(value);
  let key = keyMemo.get(value);
  if (key === undefined) {
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    key = makeKey(value);
    keyMemo.set(value, key);
  }
  return key;
}

const keyMemo = new Map<string, string>();
const KEY_MEMO_LIMIT = 20_000;
const KEY_MEMO_MAX_LENGTH = 200;

function makeKey(value: string): string {
  return normalize(value)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
