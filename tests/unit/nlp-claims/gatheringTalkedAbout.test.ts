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

  it('«وأكدا أهمية عقد القمة» likewise (a guard: this «عقد» form was read so before the rule too)', () => {
    const text = 'الرياض - استقبل ولي العهد الأمير محمد بن سلمان اليوم وزير الخارجية الأمريكي ماركو روبيو، وأكدا أهمية عقد القمة الخليجية الأمريكية.';
    expect(reported(text, '2025-04-20')).toEqual([['meeting', ['marco-rubio', 'mohammed-bin-salman']]]);
  });

  it('«العمل على إنجاح القمة الصينية العربية» is an aim, and «بنجاح أعمال المؤتمر الوطني … للحزب» a party’s congress: the meeting stays one of two', () => {
    const text =
      'الرياض - التقى الرئيس الصيني شي جين بينغ اليوم في الرياض مع الرئيس المصري عبد الفتاح السيسي. وقال شي إن بلاده تتطلع إلى العمل مع مصر على إنجاح القمة الصينية العربية الأولى، فيما أعرب السيسي عن تهنئته بنجاح أعمال المؤتمر الوطني العشرين للحزب الشيوعي الصيني.';
    expect(reported(text, '2022-12-08')).toEqual([['meeting', ['abdel-fattah-el-sisi', 'xi-jinping']]]);
  });
});

describe('a gathering «منذ انعقاد …»', () => {
  it('is an earlier occasion, not the visit told', () => {
    const text =
      'الرباط - استقبل الملك محمد السادس وزير الخارجية الغامبي مامادو تانغارا اليوم. وتتولى غامبيا رئاسة منظمة التعاون الإسلامي منذ انعقاد القمة الخامسة عشرة للمنظمة في بانجول.';
    expect(reported(text, '2025-01-15').map(([kind]) => kind)).not.toContain('summit');
  });
});

