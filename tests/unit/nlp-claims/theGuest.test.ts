/**
 * «وتابع الضيف أن …», «وأضاف الضيف العربي»: «الضيف» with no nationality after it is the one the story tells as
 * received (the second named after «استقبل», the host first; the one after «يستقبل» when the host stands before it),
 * or the one who arrived. From the null speakers of the real corpus (Omani, Lebanese and Emirati reports of
 * receptions, «ونقل الضيف إلى جلالته …»), after set 72's day; sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const speakers = (text: string) => analyze(text, { published: '2022-05-12' }).claims.map((c) => c.speaker);
const received = 'استقبل الرئيس عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الروسي سيرغي لافروف.\n';

describe('«الضيف» as a subject', () => {
  it('is the one received, the host named first', () => {
    expect(speakers(`${received}وتابع الضيف أن بلاده تدعم الحوار بين الأطراف كافة.`)).toEqual(['sergey-lavrov']);
  });

  it('is the one after «يستقبل» when the host stands before it (a headline’s order)', () => {
    const text = 'الرئيس السيسي يستقبل وزير الخارجية الروسي سيرغي لافروف\n\nوأكد الضيف أن موسكو حريصة على تطوير العلاقات.';
    expect(speakers(text)).toEqual(['sergey-lavrov']);
  });

  it('is the one who arrived, when the story tells no reception', () => {
    const text = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة اليوم في زيارة تستغرق يومين.\nوقال الضيف إن المحادثات ستتناول الأوضاع في المنطقة.';
    expect(speakers(text)).toEqual(['sergey-lavrov']);
  });

  it('is the one who ends or begins a visit («أنهى …، يوم الاثنين، زيارة إلى …»)', () => {
    const text =
      'أنهى وزير الخارجية الروسي سيرغي لافروف، يوم الاثنين، زيارة إلى القاهرة استغرقت يومين، التقى خلالها الرئيس عبد الفتاح السيسي.\nوتابع الضيف أن بلاده تدعم الحوار بين الأطراف كافة.';
    expect(speakers(text)).toEqual(['sergey-lavrov']);
  });

  it('is nobody in «والد الضيف»: the host’s words after it stay his', () => {
    const text = `${received}وبعث الرئيس بتحياته إلى والد الضيف، قائلا إن العلاقات بين البلدين متينة.`;
    const a = analyze(text, { published: '2022-05-12' });
    expect(a.claims.map((c) => c.speaker)).toEqual(['abdel-fattah-el-sisi']);
    expect(a.officials.find((o) => o.id === 'sergey-lavrov')!.mentions.map((m) => m.text)).not.toContain('الضيف');
  });

  it('is nobody in a story that tells neither a reception nor an arrival', () => {
    expect(speakers('وبحث الرئيس السيسي مع وزير الخارجية الروسي سيرغي لافروف الأوضاع.\nوتابع الضيف أن بلاده تدعم الحوار.')).toEqual([null]);
  });
});
