/**
 * «وبيّن الشرع أن …», «وبين أن …»: copy drops the shadda, and «بين» (he explained) is then written as the preposition
 * «بين» (between). It reports speech only where it opens its sentence with «أن» a few words after it — past its
 * subject and a frame — and nowhere else, so «بين البلدين» never cuts anyone's words. From the real corpus (about a
 * hundred claims over 90 reports whose «وبيّن» opened no claim), sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const claims = (text: string) => analyze(text, { published: '2025-01-12' }).claims;
const VISIT = 'استقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان في دمشق.';

describe('«بين» as a verb of speech', () => {
  it('opens a claim at the head of its sentence, with or without a shadda', () => {
    const found = claims(`${VISIT}\nوبيّن الشرع أن الأيام القادمة ستشهد الإعلان عن وزارة الدفاع.\nوبين الوزير التركي، في تصريح للصحفيين، أن بلاده مستعدة للمساعدة.`);
    expect(found.find((c) => c.text.includes('وزارة الدفاع'))?.speaker).toBe('ahmed-al-sharaa');
    expect(found.find((c) => c.text.includes('مستعدة للمساعدة'))?.speaker).toBe('hakan-fidan');
  });

  it('goes on with the last speaker when no subject follows it', () => {
    const found = claims(`${VISIT}\nوقال الشرع إن سوريا تريد علاقات متوازنة.\nوبين أن المباحثات تناولت إعادة الإعمار.`);
    expect(found.find((c) => c.text.includes('إعادة الإعمار'))?.speaker).toBe('ahmed-al-sharaa');
  });

  it('is the preposition inside a sentence, and keeps the words around it whole', () => {
    const found = claims(`${VISIT}\nوأكد فيدان أن العلاقات بين البلدين وبين الشعبين ستتعزز.`);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain('وبين الشعبين ستتعزز');
  });

  it('is the preposition at a sentence head when another verb of speech comes before «أن»', () => {
    const found = claims(`${VISIT}\nوبين البلدين علاقات تاريخية، وقال فيدان إن التعاون سيتعزز.`);
    expect(found.map((c) => c.verb)).toEqual(['وقال']);
    expect(found[0]!.speaker).toBe('hakan-fidan');
  });
});
