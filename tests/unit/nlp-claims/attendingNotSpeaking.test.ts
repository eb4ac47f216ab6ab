/**
 * A bare title when two holders of that office are in the story, one of them only listed among those who attended
 * («وحضر اللقاء عن الجانب المصري رئيس الوزراء …»): the title is the guest the story is about, not the attendee named
 * last; and a presidency's spokesman does not make the host's prime minister the one he speaks of. From set 47's
 * ml03 (a Palestinian prime minister in Cairo); sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

const QATARI_PM = 'mohammed-bin-abdulrahman-al-thani';

describe('a title last bound to someone who only attended', () => {
  it('«وحضر اللقاء رئيس مجلس الوزراء مصطفى مدبولي» does not make him the «رئيس مجلس الوزراء» who speaks next', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني. ' +
      'وحضر اللقاء رئيس مجلس الوزراء مصطفى مدبولي ووزير الخارجية بدر عبد العاطي. ' +
      'وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس رحب بضيفه. ' +
      'ونقل رئيس مجلس الوزراء إلى الرئيس تحيات أمير قطر، مثمنا الجهود المصرية. ' +
      'وأكد رئيس مجلس الوزراء أن الدوحة ستواصل العمل مع القاهرة.';
    expect(who(text, '2024-06-10')).toEqual([
      ['abdel-fattah-el-sisi', 'بضيفه'],
      [QATARI_PM, 'تحيات أمير قطر'],
      [QATARI_PM, 'الجهود المصرية'],
      [QATARI_PM, 'الدوحة ستواصل العمل'],
    ]);
    const officials = analyze(text, { published: '2024-06-10' }).officials;
    expect(officials.find((o) => o.id === 'mostafa-madbouly')?.mentions.map((m) => m.text)).toEqual(['مصطفى مدبولي']);
  });

  it('the attendee stays the title’s person when nobody else of that office is a party', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني. ' +
      'وحضر اللقاء رئيس مجلس الوزراء مصطفى مدبولي. وأكد رئيس مجلس الوزراء أن الحكومة ستواصل العمل مع الدوحة.';
    expect(who(text, '2022-06-10')).toEqual([['mostafa-madbouly', 'الحكومة ستواصل العمل']]);
  });
});

describe('a presidency’s spokesman and the prime ministers of his story', () => {
  it('after «وقال المتحدث باسم الرئاسة المصرية …», «رئيس مجلس الوزراء» is not Egypt’s prime minister for being his country’s', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني. ' +
      'وحضر اللقاء رئيس مجلس الوزراء مصطفى مدبولي. ' +
      'وقال المتحدث باسم الرئاسة المصرية أحمد فهمي إن الجانبين بحثا التطورات في غزة. ' +
      'ونقل رئيس مجلس الوزراء إلى الرئيس تحيات أمير قطر، مثمنا الجهود المصرية.';
    expect(who(text, '2024-06-10')).toEqual([
      ['ahmed-fahmy', 'الجانبين بحثا التطورات'],
      [QATARI_PM, 'تحيات أمير قطر'],
      [QATARI_PM, 'الجهود المصرية'],
    ]);
  });
});
