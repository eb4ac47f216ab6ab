/**
 * «نقل سمو ولي العهد إلى أمير الكويت تحيات جلالة الملك عبدالله الثاني»: the one whose greetings are carried is not at
 * the meeting, an honorific («جلالة», «فخامة») standing between the greetings and the title; so the two sides that
 * «وأكد الجانبان» gives words to are the crown prince and the emir, not the king. From the real corpus (sw01), found
 * while reading set 79's tx11 (whose sender, «تحيات فخامة الرئيس رجب طيب أردوغان، رئيس الجمهورية التركية», still
 * reaches the table another way: not mended); sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

describe('greetings carried in the name of an honoured sender', () => {
  const text =
    'التقى سمو الأمير الحسين بن عبدالله الثاني، ولي العهد، اليوم الأحد، أخاه سمو الشيخ مشعل الأحمد الجابر الصباح، أمير دولة الكويت، في قصر بيان. وخلال اللقاء، نقل سمو ولي العهد إلى أمير الكويت تحيات جلالة الملك عبدالله الثاني إلى أخيه أمير دولة الكويت. وأكد الجانبان ضرورة توحيد الجهود العربية.';
  const found = analyze(text, { published: '2024-12-15' });

  it('leaves the sender out of the meeting', () => {
    expect(found.meetings.find((m) => !m.mentioned)?.participants).not.toContain('abdullah-ii-of-jordan');
  });

  it('gives the two sides’ words to the two at the table', () => {
    expect(found.claims.find((c) => c.text.includes('توحيد الجهود'))?.speakers?.slice().sort()).toEqual(['hussein-bin-abdullah', 'mishal-al-ahmad-al-jaber-al-sabah']);
  });
});
