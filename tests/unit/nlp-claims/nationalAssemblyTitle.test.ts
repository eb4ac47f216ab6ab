/**
 * «رئيس الجمعية الوطنية» (Korea's, France's, Vietnam's), «رئيس مجلس الأعيان» (Jordan's senate), «رئيس مجلس المستشارين»
 * (Morocco's upper house) are titles of a parliament's speaker, and «رئيس البعثة الأممية» of a UN envoy: a story's speech by one of them whom no file lists is
 * that unknown speaker's, never the last person who spoke. From set 75 (sz10, Bahrain's crown prince receiving Korea's
 * speaker), after its first score; sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const lead = 'استقبل ولي العهد البحريني الأمير سلمان بن حمد آل خليفة رئيس الجمعية الوطنية الكورية في قصر الرفاع. وأكد ولي العهد أن العلاقات بين البلدين متطورة. ';

describe('the speaker of a national assembly', () => {
  it('speaks for himself, not for the host who spoke before him', () => {
    const said = analyze(`${lead}وأكد رئيس الجمعية الوطنية الكورية أن زيارته تأتي في إطار العلاقات الوثيقة.`, { published: '2021-02-15' }).claims;
    expect(said.find((c) => c.text.includes('زيارته تأتي'))?.speaker).not.toBe('salman-bin-hamad-al-khalifa');
  });

  it('and, with the listed name after it, is that listed speaker (one person, not two)', () => {
    const found = analyze('وأكد رئيس الجمعية الوطنية الفرنسية فرنسوا دو روجي أن فرنسا تدعم لبنان.', { published: '2018-03-10' }).officials;
    expect(found.map((o) => o.id)).toEqual(['francois-de-rugy']);
  });
});

describe('the head of a UN mission', () => {
  it('is the UN envoy the story names, not the host who spoke before him', () => {
    const text =
      'بحث رئيس المجلس الرئاسي الليبي محمد المنفي مع المبعوث الأممي عبدالله باتيلي تداعيات الاشتباكات. ونوه المنفي إلى أن القيادات حريصة على الانتخابات. ' +
      'وأشار رئيس البعثة الأممية إلى أنه رحب خلال الاجتماع بتنسيق المنفي مع البعثة.';
    const said = analyze(text, { published: '2023-08-20' }).claims;
    expect(said.find((c) => c.text.includes('بتنسيق المنفي'))?.speaker).toBe('abdoulaye-bathily');
  });
});
