/**
 * «وأضاف المتحدث أن الرئيس أكد أهمية انعقاد المؤتمر الوزاري …», «وأكدا أهمية عقد القمة»: a gathering the words are
 * about is not the meeting told, nor its kind. From set 51's spokesman copy (the fix of «الرئيس» in relayed words made
 * the president the subject of such a sentence); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const reported = (text: string, published: string) =>
  analyze(text, { published }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, [...m.participants].sort()]);

describe('a gathering talked about', () => {
  it('«أكد أهمية انعقاد المؤتمر الوزاري» leaves the reception a meeting of its two', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الروسي سيرغي لافروف. وأكد الرئيس السيسي أهمية انعقاد المؤتمر الوزاري لمنتدى الشراكة بين روسيا وأفريقيا الذي تستضيفه مصر.';
    expect(reported(text, '2025-12-20')).toEqual([['meeting', ['abdel-fattah-el-sisi', 'sergey-lavrov']]]);
  });

  it('«وأكدا أهمية عقد القمة» likewise', () => {
    const text = 'الرياض - استقبل ولي العهد الأمير محمد بن سلمان اليوم وزير الخارجية الأمريكي ماركو روبيو، وأكدا أهمية عقد القمة الخليجية الأمريكية.';
    expect(reported(text, '2025-04-20')).toEqual([['meeting', ['marco-rubio', 'mohammed-bin-salman']]]);
  });
});
