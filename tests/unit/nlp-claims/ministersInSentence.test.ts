/**
 * «وعلى هامش الزيارة، جمع لقاء بين وزير الخارجية التونسي … ونظيره الجزائري …، أكد خلاله الوزيران …»: «الوزيران» are
 * the two ministers the sentence of the words names, in a story whose news is the leaders'. From the real corpus
 * (a report of the Algerian prime minister in Tunis, rq03), after set 72's day; sentences of our own, with the
 * shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const text =
  'زيارة\n\nاستقبل الرئيس عبد الفتاح السيسي في القاهرة اليوم الأمير محمد بن سلمان ولي العهد السعودي، وبحثا العلاقات الثنائية.\n' +
  'وعلى هامش الزيارة، جمع لقاء بين وزير الخارجية المصري بدر عبد العاطي ونظيره السعودي الأمير فيصل بن فرحان، أكد خلاله الوزيران أهمية تكثيف التنسيق بين البلدين.';

describe('«الوزيران» in a sentence that names two ministers', () => {
  it('are those two, not the leaders of the story’s news', () => {
    const said = analyze(text, { published: '2025-05-12' }).claims.find((c) => c.text.startsWith('أهمية تكثيف'))!;
    expect(said.speakers).toEqual(['badr-abdelatty', 'faisal-bin-farhan']);
  });
});
