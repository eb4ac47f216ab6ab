/**
 * Words of a claim reduced for comparison across sources: normalised, without clitics,
 * the article and common suffixes, function words dropped; numbers read whether written
 * in digits, in words (أربع ساعات) or as a dual (ساعتين = 2 ساعة). A light stemmer, not
 * a morphological analyser: enough to see that «اتفقتا على سبل للمضي قدما» and
 * «اتفقتا على سبل المضي قدماً» say the same thing.
 */
import { normalizeKey } from './normalize.ts';

export interface NumberFact {
  value: number;
  /** Stem of the counted noun («ساع»), or '' when none follows. */
  unit: string;
}

export interface ClaimWords {
  stems: Set<string>;
  numbers: NumberFact[];
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(normalizeKey));

const FUNCTION_WORDS = set(`
في من إلى على عن مع أن إن أنه إنه أنها إنها كان كانت قد لقد لم لن لا ما هل بل ثم أو أم حتى إذا لو كما
الذي التي الذين هذا هذه ذلك تلك هو هي هم هما نحن أنا عند بعد قبل خلال منذ حول بين حيث لدى دون غير
كل بعض جميع أي ليس إلا لكن ولكن أما وقد وهو وهي فقط أيضا جدا يكون تكون عبر وفق بشأن نحو
`);

/** Prepositions, pronouns, particles and auxiliaries: no content of their own. */
export function isFunctionWord(normalized: string): boolean {
  return FUNCTION_WORDS.has(normalized) || FUNCTION_WORDS.has(stripPrefixes(normalized));
}

/** The value of a number written in digits or in words (أربع، ثلاثة), or undefined. */
export function numberValue(normalized: string): number | undefined {
  if (/^\d+([.,]\d+)?$/.test(normalized)) return Number(normalized.replace(',', '.'));
  return NUMBER_WORDS.get(stripPrefixes(normalized));
}

const NUMBER_WORDS = new Map<string, number>();
[
  ['واحد واحدة', 1],
  ['اثنان اثنين اثنتان اثنتين', 2],
  ['ثلاث ثلاثة', 3],
  ['أربع أربعة', 4],
  ['خمس خمسة', 5],
  ['ست ستة', 6],
  ['سبع سبعة', 7],
  ['ثمان ثماني ثمانية', 8],
  ['تسع تسعة', 9],
  ['عشر عشرة', 10],
  ['عشرون عشرين', 20],
  ['ثلاثون ثلاثين', 30],
  ['أربعون أربعين', 40],
  ['خمسون خمسين', 50],
  ['مئة مائة', 100],
  ['ألف', 1000],
  ['مليون', 1_000_000],
].forEach(([words, value]) => {
  for (const w of (words as string).split(' ')) NUMBER_WORDS.set(normalizeKey(w), value as number);
});

/** Nouns counted as a dual on their own (يومين، عامين): the ones that end in ة are found by their ending. */
const DUAL_BASES = set('يوم شهر عام أسبوع اسبوع قرن جانب طرف بلد');

function stripPrefixes(word: string): string {
  let w = word;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 4) w = w.slice(1);
  // ب ك ل only before the article (بالـ، كالـ، للـ): «بناءة», «لجنة» begin with those letters.
  if (w[0] === 'ل' && w[1] === 'ل' && w.length > 4) w = 'ا' + w.slice(1);
  else if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && w.startsWith('ال', 1) && w.length > 4) w = w.slice(1);
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  return w;
}

const SUFFIXES = ['هما', 'كما', 'تين', 'تان', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'نا', 'ه', 'ي', 'ا'];

/** A light stem: prefixes off, then one common suffix when enough of the word is left. */
export function lightStem(word: string): string {
  let w = stripPrefixes(word);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** A dual noun read as two of its singular: ساعتين → ساعه, يومين → يوم. */
function dualOf(word: string): string | null {
  const w = stripPrefixes(word);
  for (const ending of ['تين', 'تان']) if (w.endsWith(ending) && w.length >= 5) return w.slice(0, -3) + 'ه';
  for (const ending of ['ين', 'ان']) if (w.endsWith(ending) && DUAL_BASES.has(w.slice(0, -2))) return w.slice(0, -2);
  return null;
}

export function claimWords(text: string): ClaimWords {
  const words = typeof text === 'string' ? normalizeKey(text.slice(0, 20_000)).split(' ').filter(Boolean) : [];
  const stems = new Set<string>();
  const numbers: NumberFact[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const bare = stripPrefixes(word);
    const value = /^\d+([.,]\d+)?$/.test(word) ? Number(word.replace(',', '.')) : NUMBER_WORDS.get(bare);
    if (value !== undefined) {
      const next = words[i + 1];
      numbers.push({ value, unit: next && !FUNCTION_WORDS.has(next) ? unitStem(next) : '' });
      continue;
    }
    const dual = dualOf(word);
    if (dual && !FUNCTION_WORDS.has(word)) numbers.push({ value: 2, unit: unitStem(dual) });
    if (FUNCTION_WORDS.has(word) || FUNCTION_WORDS.has(bare)) continue;
    const stem = dual ? unitStem(dual) : lightStem(word);
    if (stem.length >= 2) stems.add(stem);
  }
  return { stems, numbers };
}

/** The stem a counted noun is compared by: singular and plural of «ساعة/ساعات» agree. */
function unitStem(word: string): string {
  let w = stripPrefixes(word);
  if (w.endsWith('ات') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ه') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * A word's consonant skeleton: the long vowels ا و ي after its first letter dropped, and a
 * final ي (the nisba) or ه. «الصراحة» and «صريحة» both give صرح, «العمق» and «عميقة» عمق,
 * «روسيا» and «الروسية» روس. Coarse on purpose: two claims are compared by several such words.
 */
export function skeleton(stem: string): string {
  let w = stem;
  while (w.length > 3 && (w.endsWith('ي') || w.endsWith('ه'))) w = w.slice(0, -1);
  return w[0] + w.slice(1).replace(/[اوي]/g, '');
}

/**
 * The keys a word is compared by across sources: its light stem, and the skeletons of the stem
 * with and without the prefix of a verb or a derived noun (سـ of the future; يـ تـ نـ أ of the
 * imperfect; مـ of a participle; است of the tenth form): «ستواصلان» and «مواصلة» meet on وصل,
 * «أوثق» and «وثيق» on وثق. Skeletons shorter than three letters are left out: too many words share them.
 */
export function wordKeys(word: string): string[] {
  const token = normalizeKey(word);
  // «وزيري» is not «و» + «زيري», «لتنشيط» is «ل» + «تنشيط»: a leading و ف ل ب is tried both ways.
  const bases = [token];
  if (/^[وفلب]/.test(token) && token.length >= 4) bases.push(token.slice(1));
  // «استضافتها»: the ta of a noun before a pronoun is its ta marbuta.
  for (const b of [...bases]) {
    const m = /^(.{3,})ت(ها|هم|هما|ه|كم|نا)$/.exec(b);
    if (m) bases.push(m[1]!);
  }
  const variants: string[] = [];
  for (const b of bases) {
    const stems = b === token ? [lightStem(b), suffixStem(stripArticle(b))] : [suffixStem(stripArticle(b))];
    for (const stem of stems) {
      variants.push(stem);
      if (/^س[يتنا]/.test(stem) && stem.length >= 5) variants.push(stem.slice(1));
    }
  }
  for (const v of [...variants]) {
    if (v.startsWith('است') && v.length >= 6) variants.push(v.slice(3));
    if (/^[يتنام]/.test(v) && v.length >= 4) variants.push(v.slice(1));
    // A weak verb of three letters (يقع، تقع) is known by what follows its prefix.
    if (/^[يتن]/.test(v) && v.length === 3) variants.push(`v:${v.slice(1)}`);
  }
  const keys = new Set([variants[0]!]);
  for (const v of variants) {
    if (v.startsWith('v:')) {
      keys.add(v);
      continue;
    }
    const s = skeleton(v);
    if (s.length >= 3) keys.add(s);
  }
  return [...keys];
}

function stripArticle(word: string): string {
  if (word.startsWith('ال') && word.length > 4) return word.slice(2);
  return word;
}

function suffixStem(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  return word;
}
