/**
 * Words of the normalised text, with the proclitics Arabic attaches to them.
 *
 * A name written «وبوتين», «لبومبيو» or «للرئيس» carries a conjunction (و ف),
 * a preposition (ب ك ل) or both in front of it; the article ال belongs to the word.
 * Stripping letters blindly would break names that begin with those letters
 * (لافروف، بولتون، باتروشيف، ليبيا, فيصل), so a token keeps every reading:
 * the whole word first, then each valid clitic split. Lookups try them all and
 * the knowledge decides which one is a name; a mention then starts after the clitic.
 */

/** What separates a token from the one before it (bit flags). */
export const Gap = {
  None: 0,
  Space: 1,
  Newline: 2,
  Quote: 4,
  Comma: 8,
  /** . ! ? ; : — the end of a clause. */
  Stop: 16,
  /** Brackets, slashes and any other symbol. */
  Other: 32,
  /** A hyphen or dash (normalised to -). */
  Dash: 64,
} as const;

export type TokenKind = 'word' | 'number' | 'latin';

/** One reading of a token: the word without its first `prefix` characters (and with ال restored after ل+ال). */
export interface Stem {
  readonly text: string;
  /** How many normalised characters of the token the clitics take. */
  readonly prefix: number;
}

export interface Token {
  readonly index: number;
  /** The normalised word. */
  readonly text: string;
  /**
   * The word's number: every token of one word has it, so that a fact about the word alone is
   * remembered in an array by number (`WordMemo`) rather than a Map by text.
   */
  readonly word: number;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Gap flags of the characters between the previous token (or the start) and this one. */
  readonly gapBefore: number;
  /** The whole word first, then its clitic readings. */
  readonly stems: readonly Stem[];
  /** Inside a line that is not part of the story (read-also links, cookie notices). */
  skip: boolean;
}

const ALEF = 'ا';

/** Proclitic sequences that may stand alone before a quote or a digit («بـ"…"», «و 3»). */
const CLITIC_ONLY = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);

export function isCliticOnly(word: string): boolean {
  return CLITIC_ONLY.has(word);
}

/** Shortest word a clitic may leave behind: «بان» must not read as ب + «ان». */
const MIN_STEM = 3;

/** A word of the texts read, numbered (`Token.word`), with its readings. */
interface Word {
  readonly id: number;
  /** The word itself: every token of it shares this one string. */
  readonly text: string;
  readonly stems: readonly Stem[];
}

/**
 * The words read so far, by text: a story repeats its words, and every page repeats the
 * language's, so most tokens share their word's (read-only) readings and number instead of
 * allocating them. Bounded like the other word memos: past VOCABULARY_LIMIT words the numbering
 * starts over, from the next number up, and memos by number (`WordMemo`) forget what they held.
 *
 * The table is an open-addressing hash of the words' code units, computed while the tokenizer
 * reads them: a word seen before is found without cutting its text out of the page (no string
 * made, none hashed again); only a new word's text is sliced and kept.
 */
export const VOCABULARY_LIMIT = 50_000;
/** Slots of the hash table: a power of two, at least twice VOCABULARY_LIMIT. */
const TABLE_SIZE = 1 << 17;
const TABLE_MASK = TABLE_SIZE - 1;
/** Index + 1 in `entries` of the word in each slot (0: empty). */
const table = new Int32Array(TABLE_SIZE);
const entries: Word[] = [];
let nextWordNumber = 0;
let firstNumber = 0;

/** The number of the first word of the current numbering: tokens numbered below it were read before it started over. */
export function firstWordNumber(): number {
  return firstNumber;
}

/** One step of the words' hash (FNV-1a on UTF-16 code units). */
const HASH_START = 0x811c9dc5 | 0;
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The word whose text is text[start, end) (hashed to `hash`), added when new. */
function wordAt(text: string, start: number, end: number, hash: number, kind: TokenKind): Word {
  const length = end - start;
  let slot = hash & TABLE_MASK;
  for (;;) {
    const e = table[slot]!;
    if (e === 0) break;
    const word = entries[e - 1]!;
    const known = word.text;
    if (known.length === length) {
      let k = 0;
      while (k < length && known.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return word;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
  if (entries.length >= VOCABULARY_LIMIT) {
    table.fill(0);
    entries.length = 0;
    firstNumber = nextWordNumber;
    slot = hash & TABLE_MASK;
  }
  const own = start === 0 && end === text.length ? text : text.slice(start, end);
  // A text is made of one kind of character, so its kind is the same wherever it occurs.
  const word: Word = { id: nextWordNumber++, text: own, stems: kind === 'word' ? makeCliticStems(own) : [{ text: own, prefix: 0 }] };
  entries.push(word);
  table[slot] = entries.length;
  return word;
}

function wordOf(text: string, kind: TokenKind): Word {
  let hash = HASH_START;
  for (let k = 0; k < text.length; k++) hash = hashStep(hash, text.charCodeAt(k));
  return wordAt(text, 0, text.length, hash, kind);
}

/** The readings of a word: itself, then without و/ف, then without a following ب/ك/ل (ل+ال → ال). */
export function cliticStems(word: string): readonly Stem[] {
  return wordOf(word, 'word').stems;
}

function makeCliticStems(word: string): readonly Stem[] {
  const stems: Stem[] = [{ text: word, prefix: 0 }];
  let offset = 0;
  const first = word[0];
  if ((first === 'و' || first === 'ف') && word.length - 1 >= MIN_STEM) {
    offset = 1;
    stems.push({ text: word.slice(1), prefix: 1 });
  }
  const prep = word[offset];
  if ((prep === 'ب' || prep === 'ك' || prep === 'ل') && word.length - offset - 1 >= MIN_STEM) {
    const rest = word.slice(offset + 1);
    // ل before the article swallows its alef: للرئيس = ل + الرئيس; but للافروف = ل + لافروف.
    if (prep === 'ل' && rest[0] === 'ل') stems.push({ text: ALEF + rest, prefix: offset + 1 });
    stems.push({ text: rest, prefix: offset + 1 });
  }
  return stems;
}

function charClass(code: number): TokenKind | null {
  if (code >= 0x30 && code <= 0x39) return 'number';
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 'latin';
  if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3))
    return 'word';
  return null;
}

/** The class of each code unit below CLASS_TABLE_SIZE (above it, none): 0 none, else 1 + its index in KINDS. */
const KINDS: readonly TokenKind[] = ['word', 'number', 'latin'];
const CLASS_TABLE_SIZE = 0x0700;
const CLASS_TABLE = new Uint8Array(CLASS_TABLE_SIZE);
for (let code = 0; code < CLASS_TABLE_SIZE; code++) {
  const kind = charClass(code);
  CLASS_TABLE[code] = kind === null ? 0 : 1 + KINDS.indexOf(kind);
}

function classOf(code: number): number {
  return code < CLASS_TABLE_SIZE ? CLASS_TABLE[code]! : 0;
}

function gapFlag(code: number): number {
  switch (code) {
    case 0x20:
    case 0x09:
      return Gap.Space;
    case 0x0a:
    case 0x0d:
    case 0x0b:
    case 0x0c:
    case 0x2028:
    case 0x2029:
      return Gap.Newline;
    case 0x22:
      return Gap.Quote;
    case 0x2c:
      return Gap.Comma;
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x3b:
    case 0x3a:
      return Gap.Stop;
    case 0x2d:
      return Gap.Dash;
    default:
      return Gap.Other;
  }
}

/** One-letter abbreviations of titles written with a full stop: «د.» (doctor), «م.» (engineer). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['د', 'م']);

/**
 * Latin initials as Arabic copy spells them, normalised («إس.» S., «جي.» J., «إف.» F.): «إس. جايشانكار», «جون إف.
 * كينيدي». Their full stop ends no sentence when the name goes on on the same line. None of them ends an Arabic
 * sentence («في», «أن» and «أو» are particles).
 */
const INITIALS: ReadonlySet<string> = new Set(['اس', 'جي', 'ام', 'بي', 'دي', 'تي', 'كي', 'اف', 'اتش', 'ايه', 'جيه', 'كيه', 'سي', 'ار', 'في', 'ان', 'او', 'يو', 'دبليو', 'اكس', 'زد', 'ال']);

/** Splits normalised text into words, numbers and Latin words; letters and digits never share a token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gap = 0;
  /** Whether the only stop in the gap is a full stop (what an abbreviation leaves). */
  let periodOnly = true;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const first = text.charCodeAt(i);
    const cls = classOf(first);
    if (cls === 0) {
      const flag = gapFlag(first);
      gap |= flag;
      if (flag === Gap.Stop && first !== 0x2e) periodOnly = false;
      i++;
      continue;
    }
    const kind = KINDS[cls - 1]!;
    // «الشيخ د.أحمد ناصر المحمد», «م. محمد»: the full stop of a one-letter title abbreviation ends no sentence.
    if ((gap & Gap.Stop) !== 0 && periodOnly && tokens.length > 0) {
      const before = tokens[tokens.length - 1]!.text;
      if (ABBREVIATIONS.has(before) || ((gap & Gap.Newline) === 0 && INITIALS.has(before))) gap = (gap & ~Gap.Stop) | Gap.Space;
    }
    periodOnly = true;
    const start = i;
    let hash = hashStep(HASH_START, first);
    i++;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (classOf(code) !== cls) break;
      hash = hashStep(hash, code);
      i++;
    }
    const word = wordAt(text, start, i, hash, kind);
    tokens.push({
      index: tokens.length,
      text: word.text,
      word: word.id,
      start,
      end: i,
      kind,
      gapBefore: gap,
      stems: word.stems,
      skip: false,
    });
    gap = 0;
  }
  return tokens;
}

/** The gap flags after token `i` (before the next token, or to the end of the text). */
export function gapAfter(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  return next ? next.gapBefore : Gap.Stop;
}
