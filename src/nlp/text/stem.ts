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
