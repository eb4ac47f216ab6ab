/**
 * A family name that is also an ordinary word («الشرع») names the person the story named in full where it opens a
 * clause, now also after «أما» («أما الشرع فقال …») and after a word of rank («الرئيس الشرع», «القائد الشرع»), which
 * no longer makes the story read the word as an adjective everywhere. Not a nationality after a rank («الرئيس
 * السوداني» is Sudan's president, not al-Sudani). From the real corpus (dk02, dk03, ah11: 23 claims gained, none
 * lost); sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const lead = 'استقبل الرئيس السوري أحمد الشرع رئيس الحكومة اللبنانية نجيب ميقاتي في دمشق. وقال ميقاتي إن العلاقات تاريخية. ';
const speakerOf = (text: string, words: string, published = '2025-01-11') => analyze(text, { published }).claims.find((c) => c.text.includes(words))?.speaker;

describe('a family name that is also a word', () => {
  it('after «أما», opening the clause', () => {
    expect(speakerOf(`${lead}أما الشرع فقال إن أمورا كثيرة لا تزال عالقة.`, 'أمورا كثيرة')).toBe('ahmed-al-sharaa');
  });

  it('after a word of rank, and elsewhere in the story too', () => {
    const text = `${lead}وأكد القائد الشرع أن سوريا لجميع أبنائها. وأفادت الرئاسة في بيان بأن الشرع شدد على أهمية الحوار.`;
    expect(speakerOf(text, 'سوريا لجميع أبنائها')).toBe('ahmed-al-sharaa');
    expect(speakerOf(text, 'أهمية الحوار')).toBe('ahmed-al-sharaa');
  });

  it('not a nationality after a rank', () => {
    const text =
      'أجرى رئيس الوزراء العراقي محمد شياع السوداني اتصالا هاتفيا بنظيره الأردني. واستقبل الرئيس السوداني عبد الفتاح البرهان وفدا أمميا، وأكد الرئيس السوداني أن الحرب ستنتهي قريبا.';
    expect(speakerOf(text, 'الحرب ستنتهي', '2024-05-02')).not.toBe('mohammed-shia-al-sudani');
  });
});
