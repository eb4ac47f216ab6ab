/**
 * The consonant skeleton of a transliterated name, to meet spellings nobody listed.
 *
 * Arabic renders foreign sounds several ways: g as غ, ج or ق (سيرغي/سيرجي), k as ك or ق
 * (نيكولاي/نيقولاي), and writes or drops long vowels (ديمتري/دميتري, بيسكوف/بسكوف).
 * The skeleton keeps the first letter, folds those letter groups and drops the
 * long vowels after it. It is used only for full names of two or more words whose
 * skeleton no other person shares, so a single common word can never match.
 */

const FOLD: Record<string, string> = {
  غ: 'ك',
  ج: 'ك',
  ق: 'ك',
  گ: 'ك',
  ط: 'ت',
  ص: 'س',
  ث: 'س',
  ض: 'د',
  ظ: 'ز',
  ذ: 'ز',
  پ: 'ب',
  چ: 'ش',
  ڤ: 'ف',
};

const DROPPED = new Set(['ا', 'و', 'ي', 'ء', 'ئ', 'ؤ']);

/** Skeletons already made: the same words recur on every page (a pure function's memo, bounded). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function skeletonWord(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const skeleton = makeSkeleton(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, skeleton);
  return skeleton;
}

function makeSkeleton(word: string): string {
  if (word.length === 0) return word;
  const first = word[0]!;
  let out = FOLD[first] ?? (first === 'ؤ' ? 'و' : first === 'ئ' ? 'ي' : first);
  let previous = out;
  for (let i = 1; i < word.length; i++) {
    const ch = word[i]!;
    if (DROPPED.has(ch)) continue;
    const folded = FOLD[ch] ?? ch;
    if (folded === previous) continue; // doubled consonants (shadda was dropped; some sites double letters)
    out += folded;
    previous = folded;
  }
  // «الأنصاري» has the letters of «الناصر» once its vowels go: the «ي» that ends an Arabic family name of the article
  // is its nisba, a letter of the name («الناصري» is another family's), not a vowel a transliteration writes or drops.
  if (word.length > 4 && word.startsWith('ال') && word.endsWith('ي')) out += 'ي';
  return out;
}
