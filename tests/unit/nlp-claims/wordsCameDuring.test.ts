/**
 * «وجاءت تصريحات لي خلال لقائه ولي عهد الكويت …»: a sentence that tells during which meeting the words told before
 * came takes the people of the sentence before, as «جاء ذلك خلال …» does. From set 50's nj07; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

describe('the words told before, and the meeting they came in', () => {
  it('«وجاءت تصريحاته خلال لقائه …» is a meeting of the one who spoke and the one he met', () => {
    const text =
      'كوالالمبور - أبدى رئيس مجلس الدولة الصيني لي تشيانغ اليوم استعداد بلاده للتعاون مع الكويت. ' +
      'وجاءت تصريحاته خلال لقائه ولي عهد الكويت الشيخ صباح خالد الحمد الصباح على هامش القمة.';
    const reported = analyze(text, { published: '2025-05-26' }).meetings.filter((m) => !m.mentioned);
    expect(reported[0]?.participants).toEqual(['li-qiang', 'sabah-al-khalid-al-hamad-al-sabah']);
  });
});
