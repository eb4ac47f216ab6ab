/**
 * «الاحترام الكامل لاتفاق وقف إطلاق النار» in a story of Lebanon's prime minister at the Elysée that names the war in
 * Iran in passing: the Israeli–Lebanese ceasefire, whose name «… بين حزب الله وإسرائيل» names Israel after «و» and a
 * party of which (Lebanon) has an official in the story, not the later Israeli–Iranian one. From set 77 (tp01, tp03);
 * on the real corpus seven reports gain the right agreement or lose a wrong one, two DRC stories gain a wrong one.
 * Sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const agreements = (text: string) => analyze(text, { published: '2025-07-24' }).agreements.map((a) => a.id);

describe('a bare ceasefire in a story of one of its parties', () => {
  it('is the ceasefire of the party with an official in the story', () => {
    const text =
      'يستقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الحكومة اللبنانية نواف سلام في الإليزيه. وبحسب الإليزيه، سيبحث الجانبان الاحترام الكامل لاتفاق وقف إطلاق النار، مع التشديد على انسحاب القوات الإسرائيلية من لبنان. وسيتناولان تداعيات الحرب في إيران.';
    const found = agreements(text);
    expect(found).toContain('lebanon-israel-ceasefire-2024');
    expect(found).not.toContain('iran-israel-ceasefire-2025');
  });
});
