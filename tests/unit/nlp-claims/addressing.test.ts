/**
 * «وأضاف مخاطبا الرئيس الإيراني: "…"»: the one addressed after «مخاطبا» is not the one speaking. From the thirty-fourth
 * held-out set (jn: Abdul-Mahdi in Tehran), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';
import { analyze } from '../../../src/nlp/analyze.ts';

describe('«مخاطبا X» after a verb of speech', () => {
  it('X is addressed; the one already speaking goes on', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في هلسنكي. وقال ترامب إن اللقاء جيد. وأضاف مخاطبا الرئيس الروسي: "نحن مستعدون للحوار".';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['donald-trump', 'donald-trump']);
  });
});

/**
 * «وقد قال خلال لقائه لافروف إن …»: the one named after «لقائه», «استقباله» is the one met, not the one speaking. From
 * the thirty-seventh held-out set (ki: Kerry in Moscow), after its first score; sentences of our own, read with the
 * knowledge files.
 */
describe('the one met after «خلال لقائه» does not speak', () => {
  it('«قال خلال لقائه لافروف إن …» is not Lavrov\'s', () => {
    const a = analyze('وصل المبعوث الرئاسي الأمريكي لشؤون المناخ جون كيري إلى موسكو. وقد قال خلال لقائه لافروف إن العمل المشترك على المناخ قد يفتح الباب أمام فرص أفضل.', { published: '2021-07-14' });
    const claim = a.claims.find((c) => c.text.includes('العمل المشترك'));
    expect(claim).toBeDefined();
    expect(claim!.speaker).not.toBe('sergey-lavrov');
  });
});

/**
 * «وكان كيري، الذي يزور العاصمة الروسية هذا الأسبوع، قد دعا …»: a relative clause between commas after the name, then
 * «قد» and the verb: the one the clause describes is the subject. From the thirty-seventh held-out set (ki), after its
 * first score; sentences of our own, read with the knowledge files.
 */
describe('the subject before a relative clause between commas and «قد»', () => {
  it('«وكان كيري، الذي يزور …، قد دعا لافروف إلى …» is Kerry\'s', () => {
    const a = analyze('وصل المبعوث الأمريكي جون كيري إلى موسكو. وكان كيري، الذي يزور العاصمة الروسية هذا الأسبوع، قد دعا لافروف إلى توسيع التعاون في المجال المناخي.', { published: '2021-07-14' });
    expect(a.claims.find((c) => c.text.includes('توسيع التعاون'))?.speaker).toBe('john-kerry');
  });
});
