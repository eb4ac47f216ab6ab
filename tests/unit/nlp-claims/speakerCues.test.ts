/**
 * Cues to the speaker that the fourth held-out batch of real reports showed were misread:
 * a descriptor put in apposition with a name, «سموه» after a president's words, a family name
 * of three letters, a dual verb with no subject, and greetings brought from someone absent.
 * Sentences of our own, in the constructions of real wire copy.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import { testOfficials } from '../nlp/fixtures/knowledge.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const extra: OfficialEntry[] = [
  { id: 'abdullah-ii', en: 'King Abdullah II', ar: ['الملك عبدالله الثاني'], terms: [{ role: 'head-of-state', country: 'JO', from: '1999-02-07', to: null, title: 'King' }] },
  { id: 'sameh-shoukry', en: 'Sameh Shoukry', ar: ['سامح شكري'], short: ['شكري'], terms: [{ role: 'foreign-minister', country: 'EG', from: '2014-06-17', to: '2024-07-03' }] },
  { id: 'wang-yi', en: 'Wang Yi', ar: ['وانغ يي'], terms: [{ role: 'foreign-minister', country: 'CN', from: '2023-07-25', to: null }] },
  { id: 'joseph-aoun', en: 'Joseph Aoun', ar: ['جوزاف عون', 'الرئيس عون'], terms: [{ role: 'head-of-state', country: 'LB', from: '2025-01-09', to: null }] },
  { id: 'salman-bin-abdulaziz', en: 'King Salman', ar: ['الملك سلمان بن عبدالعزيز', 'خادم الحرمين الشريفين'], terms: [{ role: 'head-of-state', country: 'SA', from: '2015-01-23', to: null, title: 'King' }] },
];
const knowledge = knowledgeWithDescriptors([...testOfficials.map((o) => (o.id === 'mohammed-bin-salman' ? { ...o, terms: [...o.terms, { role: 'head-of-government', country: 'SA', from: '2022-09-27', to: null }] } : o)), ...extra]);
const analyse = (text: string) => analyzeWith(text, { published: '2025-03-04' }, knowledge);
const who = (text: string) => analyse(text).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

describe('speaker cues of real copy', () => {
  it('a descriptor named in apposition a few words on is that person, not the one named before', () => {
    expect(
      who(
        'وكان الرئيس الروسي فلاديمير بوتين قد رحب بالحوار مع واشنطن.\n' +
          'وقال المسؤول الروسي الأبرز في هذا الملف، وزير الخارجية سيرغي لافروف، إن الجولة ستبحث عمل السفارتين.',
      ).at(-1),
    ).toEqual(['sergey-lavrov', 'الجولة ستبحث عمل']);
  });

  it('«سموه» after a president’s words is the prince of the story, never the president', () => {
    expect(
      who(
        'أجرى ولي العهد الأمير محمد بن سلمان اتصالا هاتفيا بالرئيس الروسي فلاديمير بوتين.\n' +
          'وأعرب بوتين عن شكره للمملكة على مواقفها.\n' +
          'وشدد سموه خلال الاتصال على أهمية الحلول السياسية.',
      ).map(([speaker]) => speaker),
    ).toEqual(['vladimir-putin', 'mohammed-bin-salman']);
  });

  it('«وكتب سمو الأمير المفدى، في تغريدة، أن …»: an honorific and a descriptor after an ordinary verb are the dignitary writing', () => {
    expect(
      analyzeWith(
        'وصل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح إلى الرياض.\nوكتب سمو الأمير المفدى، في تغريدة على حسابه الرسمي، أن الزيارة تعزز الأخوة بين البلدين.',
        { published: '2024-03-01' },
        knowledge,
      ).claims.map((c) => [c.speaker, c.text]),
    ).toEqual([['mishal-al-ahmad', 'الزيارة تعزز الأخوة بين البلدين']]);
  });

  it('a family name of three letters right after a verb is the person named in full before', () => {
    expect(
      who(
        'استقبل ولي العهد الأمير محمد بن سلمان الرئيس اللبناني جوزاف عون في الرياض.\n' +
          'وفي برقية بعث بها إلى ولي العهد عقب مغادرته، أعرب عون عن امتنانه لحسن الاستقبال.',
      ),
    ).toEqual([['joseph-aoun', 'امتنانه لحسن الاستقبال']]);
  });

  it('a dual verb with no subject of its own («وعقد الجانبان … وأكدا») is both sides of the meeting', () => {
    const claims = analyse(
      'استقبل ولي العهد الأمير محمد بن سلمان الرئيس اللبناني جوزاف عون في قصر اليمامة بالرياض، ونقل إليه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.\n' +
        'وعقد الجانبان جلسة مباحثات رسمية، وأكدا أن لبنان جزء من محيطه العربي.',
    ).claims;
    // (The greetings brought from the king are the crown prince's first words: «نقل تحيات …» is a statement.)
    expect(claims.map((c) => c.speakers ?? c.speaker)).toEqual(['mohammed-bin-salman', ['mohammed-bin-salman', 'joseph-aoun']]);
  });

  it('«الوزيران أكدا» are the two ministers at the table, not the president who received one of them', () => {
    const claims = analyzeWith(
      'استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الصيني وانغ يي بحضور وزير الخارجية سامح شكري في القاهرة أمس.\n' +
        'وعقد وزير الخارجية سامح شكري مباحثات مع نظيره الصيني وانغ يي، وأفاد بيان بأن الوزيرين أكدا عمق الشراكة بين البلدين.',
      { published: '2024-01-15' },
      knowledge,
    ).claims.filter((c) => c.speakers);
    // In the order the text names them: Wang Yi first.
    expect(claims.map((c) => c.speakers)).toEqual([['wang-yi', 'sameh-shoukry']]);
  });

  it('two people joined by «و» after one verb speak together: «شدد جلالة الملك … وفخامة الرئيس …»', () => {
    const claims = analyse(
      'شدد ولي العهد الأمير محمد بن سلمان وفخامة الرئيس اللبناني جوزاف عون، في اتصال هاتفي، على أهمية التنسيق.\n' +
        'وقال الأمير محمد بن سلمان والعالم يتابع إن المملكة تدعم لبنان.',
    ).claims;
    expect(claims.map((c) => c.speakers ?? c.speaker)).toEqual([['mohammed-bin-salman', 'joseph-aoun'], 'mohammed-bin-salman']);
  });

  it('a plural participle speaks for both sides; «نبه الزعيمان إلى»; «جدد الرئيس، حسب البيان، دعمه …»', () => {
    const claims = analyse(
      'أجرى ولي العهد الأمير محمد بن سلمان اتصالا هاتفيا بالرئيس اللبناني جوزاف عون.\n' +
        'وبحث الجانبان تطورات المنطقة، مؤكدين أهمية التنسيق العربي.\n' +
        'ونبه الزعيمان إلى خطورة التصعيد في الجنوب.\n' +
        'وجدد الرئيس اللبناني، حسب البيان، تمسكه بالحوار مع المملكة.',
    ).claims;
    expect(claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      [['mohammed-bin-salman', 'joseph-aoun'], 'أهمية التنسيق'],
      [['mohammed-bin-salman', 'joseph-aoun'], 'خطورة التصعيد'],
      ['joseph-aoun', 'تمسكه بالحوار'],
    ]);
  });

  it('«واعتبر العاهلان», «ورأى الملكان»: joint words of the two kings', () => {
    const claims = analyse(
      'أجرى الملك عبدالله الثاني اتصالا هاتفيا بالملك سلمان بن عبدالعزيز.\nواعتبر العاهلان أن التصعيد يهدد الاستقرار. ورأى الملكان أن الحوار هو السبيل.',
    ).claims;
    expect(claims.map((c) => c.speakers)).toEqual([
      ['abdullah-ii', 'salman-bin-abdulaziz'],
      ['abdullah-ii', 'salman-bin-abdulaziz'],
    ]);
  });

  it('the one whose greetings are brought, or who is sent a letter’s greetings, is no participant of the meeting', () => {
    const meetings = analyse(
      'استقبل ولي العهد الأمير محمد بن سلمان الرئيس اللبناني جوزاف عون في الرياض أمس، ونقل إليه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، فيما حمّله الرئيس عون تحياته إلى خادم الحرمين الشريفين.',
    ).meetings;
    expect(meetings[0]!.participants).toEqual(['joseph-aoun', 'mohammed-bin-salman']);
  });
});
