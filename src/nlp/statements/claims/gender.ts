/**
 * Grammatical gender in claims: Arabic verbs and participles agree with their subject, so «وأطلعت»,
 * «مؤكدة» have a woman (or a country, a ministry, a statement) as subject, «وأكد», «مؤكدا» a man.
 * The claims stage uses it where a woman's title is the subject of a feminine verb («أطلعت رئيسة
 * البعثة الوزير المصري على …»: the minister named after it is the object, not the speaker).
 *
 * A person's gender is read from the story's own titles of them: a mention, or the word before it,
 * that is a title's head in the feminine («الممثلة الخاصة …», «السيدة هيل تينوكو») or the masculine
 * («الوزير المصري»). Nothing is known of a person named by name alone.
 *
 * In: the tokens, the mentions. Out: a gender per person, the gender a verb shows.
 */
import type { TokenMention } from '../mentionIndex.ts';
import { Gap, type Token } from '../../text/tokens.ts';
import { wordSet } from '../../text/lexicon.ts';

export type Gender = 'f' | 'm';

/** Heads of titles and forms of address in the feminine, with and without the article. */
const FEMININE_HEADS = wordSet(
  'وزيرة الوزيرة رئيسة الرئيسة الممثلة ممثلة المبعوثة مبعوثة السفيرة سفيرة المتحدثة متحدثة المستشارة مستشارة نائبة ' +
    'مساعدة الأمينة أمينة المديرة مديرة الملكة ملكة السيدة السيدات المفوضة مفوضة المندوبة مندوبة المنسقة منسقة الأميرة الشيخة',
);
/** Their masculine forms. */
const MASCULINE_HEADS = wordSet(
  'وزير الوزير رئيس الرئيس الممثل ممثل المبعوث مبعوث السفير سفير المتحدث متحدث المستشار مستشار نائب مساعد الأمين أمين ' +
    'المدير مدير الملك ملك السيد المفوض مفوض المندوب مندوب المنسق منسق الأمير الشيخ العاهل السلطان',
);

/**
 * The gender a word shows when it is a title's head or a form of address, else null; with «لـ» it is the title of the
 * one served («الممثلة الخاصة للأمين العام»), not of the person named, and shows nothing.
 */
export function headGender(token: Token | undefined): Gender | null {
  if (!token) return null;
  for (const stem of token.stems) {
    if (stem.prefix > 0 && token.text.startsWith('ل')) continue;
    if (FEMININE_HEADS.has(stem.text)) return 'f';
    if (MASCULINE_HEADS.has(stem.text)) return 'm';
  }
  return null;
}

/** How many words before a name its title may begin («الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا …»). */
const TITLE_REACH = 10;

/**
 * The gender the story's titles give each person: the head of a mention that is a title, or of the title written
 * right before a name (nothing but spaces between, no one else's mention); null where none is written, or both are.
 */
export function gendersOf(tokens: readonly Token[], mentions: readonly TokenMention[]): ReadonlyMap<string, Gender | null> {
  const owner = new Map<number, string>();
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) owner.set(t, m.id);
  const out = new Map<string, Gender | null>();
  for (const m of mentions) {
    let g = m.clitic === '' ? headGender(tokens[m.first]) : null;
    for (let j = m.first - 1; g === null && j >= 0 && j >= m.first - TITLE_REACH; j--) {
      if (tokens[j + 1]!.gapBefore !== Gap.Space || (owner.has(j) && owner.get(j) !== m.id)) break;
      g = headGender(tokens[j]);
      // «نائبة وزير الخارجية ويندي شيرمان»: the title in construct is the first head's, the deputy's.
      for (let k = j - 1; g !== null && k >= 0 && tokens[k + 1]!.gapBefore === Gap.Space; k--) {
        const before = headGender(tokens[k]);
        if (before === null) break;
        g = before;
      }
    }
    if (g === null) continue;
    out.set(m.id, out.has(m.id) && out.get(m.id) !== g ? null : g);
  }
  return out;
}

/**
 * The gender a speech verb shows: a participle in «ة» («مؤكدة»), a past verb in «ت» («اعتبرت», «وأضافت») are
 * feminine; «وتابع», «مؤكدا» masculine. The dual and plural («أكدا», «مؤكدين») show none (null). With the verb's
 * lemma (normalised), a past verb that is the lemma itself is masculine though its root ends in «ت» («ولفت»).
 */
export function feminineVerb(word: string, participle: boolean, lemma?: string): boolean | null {
  if (/(?:ان|ين|وا|ا)$/.test(word) && !participle) return null;
  if (participle) return /(?:ين|ان)$/.test(word) ? null : word.endsWith('ه');
  if (lemma !== undefined && (word === lemma || (/^[وف]/.test(word) && word.slice(1) === lemma))) return false;
  return word.endsWith('ت');
}
