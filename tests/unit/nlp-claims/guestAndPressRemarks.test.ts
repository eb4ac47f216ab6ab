/**
 * Meetings told without a meeting word of their own: «حلّ العاهل الأردني … ضيفا على الرئيس الفرنسي» (came as his
 * guest), and remarks to the press made side by side («في تصريحات صحفية بقصر الإليزيه، حيث وقف إلى جانبه …»).
 * From set 51's nl (the king in Paris); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const reported = (text: string, published: string) =>
  analyze(text, { published }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, [...m.participants].sort()]);

describe('a guest of someone', () => {
  it('«حلّ … ضيفا على …», the guest named between, is a visit of the two', () => {
    const text = 'باريس - حلّ العاهل الأردني الملك عبد الله الثاني، اليوم الجمعة، ضيفا على الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.';
    expect(reported(text, '2024-02-16')).toEqual([['visit', ['abdullah-ii-of-jordan', 'emmanuel-macron']]]);
  });

  it('«حلّ» without «ضيفا» (a solution, a dissolution) is no meeting', () => {
    const text = 'باريس - قال الرئيس الفرنسي إيمانويل ماكرون إن حل الدولتين هو السبيل الوحيد، وإن الملك عبد الله الثاني يشاطره الرأي.';
    expect(reported(text, '2024-02-16')).toEqual([]);
  });
});

describe('remarks to the press made side by side', () => {
  it('«في تصريحات صحفية …، حيث وقف إلى جانبه …» is a meeting of the two', () => {
    const text =
      'باريس - حذر الرئيس الفرنسي إيمانويل ماكرون اليوم من هجوم على رفح. وفي تصريحات صحفية بقصر الإليزيه، حيث وقف إلى جانبه العاهل الأردني الملك عبد الله الثاني، قال ماكرون إن الهجوم سيكون منعطفا.';
    expect(reported(text, '2024-02-16')).toEqual([['meeting', ['abdullah-ii-of-jordan', 'emmanuel-macron']]]);
  });

  it('one man’s remarks after a signing of a joint document are not held together', () => {
    const text =
      'الرباط - وقال كبير مستشاري البيت الأبيض جاريد كوشنر، في تصريح صحافي عقب حفل التوقيع على الإعلان المشترك، إنه ممتن للملك محمد السادس.';
    expect(reported(text, '2020-12-22').filter(([kind]) => kind === 'meeting')).toEqual([]);
  });
});
