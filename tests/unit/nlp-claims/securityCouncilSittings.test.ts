/**
 * The Security Council's sittings as meetings: «جلسة مجلس الأمن», a vote told as taken («أسقط الفيتو الروسي في مجلس
 * الأمن مشروع قرار …», «تبنى مجلس الأمن الدولي نصا …»), in New York unless the sentence names a city, with the envoys
 * to the United Nations the story names at it. A cabinet's sitting and a resolution only cited are none. From set
 * 50's ne batch (and the lu and lc batches before it); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const meetings = (text: string, published: string) =>
  analyze(text, { published }).meetings.filter((m) => !m.mentioned).map((m) => [m.place, m.date, m.participants.join(' ')]);

describe('a sitting of the Security Council', () => {
  it('«جلسة مجلس الأمن الدولي» is a meeting in New York of the envoys who spoke', () => {
    const text =
      'شهدت جلسة مجلس الأمن الدولي التي انعقدت اليوم للتصويت على مشروع القرار مواجهة حادة. ' +
      'وقالت المندوبة الأمريكية ليندا توماس غرينفيلد إن روسيا معزولة. ورد المندوب الروسي فاسيلي نيبينزيا بأن المشروع معاد لبلاده.';
    expect(meetings(text, '2022-02-25')).toEqual([['New York', '2022-02-25', 'linda-thomas-greenfield vassily-nebenzia']]);
  });

  it('a veto told as cast in the Council is one too', () => {
    const text =
      'أسقط الفيتو الروسي، مساء الجمعة، في مجلس الأمن الدولي مشروع قرار أمريكيا. وقالت السفيرة الأمريكية لدى الأمم المتحدة ليندا توماس غرينفيلد إن الفيتو لم يفاجئها.';
    expect(meetings(text, '2022-02-26')).toEqual([['New York', '2022-02-25', 'linda-thomas-greenfield']]);
  });

  it('its adoption told as a verbal noun («رحبت … بتبني مجلس الأمن، يوم الإثنين، قرارا …»), and «المجلس» once the story named it', () => {
    const adopted = 'رحبت الإمارات بتبني مجلس الأمن الدولي، يوم الإثنين، قرارا يمدد العقوبات. وقالت المندوبة الإماراتية لانا نسيبة إن القرار يحمي الملاحة.';
    expect(meetings(adopted, '2022-03-01')).toEqual([['New York', '2022-02-28', 'lana-nusseibeh']]);
    const council = 'توالت اليوم بيانات الترحيب بقرار مجلس الأمن الدولي بشأن اليمن. وكان المجلس قد اعتمد، مساء الإثنين، قرارا يمدد العقوبات.';
    expect(meetings(council, '2022-03-01')).toEqual([['New York', '2022-02-28', '']]);
    // «المجلس» with no Security Council named before it is any council.
    expect(meetings('وكان المجلس قد اعتمد، مساء الإثنين، قرارا بزيادة الرواتب.', '2022-03-01')).toEqual([]);
  });

  it('a cabinet’s sitting and a resolution only cited are no meeting', () => {
    expect(meetings('وعقد مجلس الوزراء جلسته الأسبوعية اليوم في الرياض برئاسة ولي العهد الأمير محمد بن سلمان.', '2024-05-07')).toEqual([]);
    expect(meetings('وأكد وزير الخارجية أيمن الصفدي أهمية تنفيذ قرار مجلس الأمن 2254.', '2024-05-07')).toEqual([]);
  });
});
