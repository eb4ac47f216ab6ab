/**
 * A traveller's two stops in one story, a forum as a gathering, and the joint statement of a story that reports
 * several meetings: constructions of set 47's ml03 and set 48's mt batch. Sentences of our own, with the shipped
 * knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const meetings = (text: string, published: string) =>
  analyze(text, { published }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, m.place, m.participants.join(' ')]);
const statements = (text: string, published: string) => analyze(text, { published }).agreements.filter((a) => a.id.startsWith('ar:')).map((a) => a.id);

describe('a guest received by one host with his own minister, then by another host elsewhere', () => {
  it('the Palestinian prime minister in Cairo, then in Mecca: two meetings, the Egyptians not at the second', () => {
    const text =
      'استقبل الرئيس المصري عبد الفتاح السيسي، أمس الإثنين، رئيس الوزراء الفلسطيني محمد مصطفى والوفد المرافق له الذي يضم وزير التخطيط وائل زقوت. ' +
      'وحضر اللقاء رئيس الوزراء مصطفى مدبولي ووزير الخارجية سامح شكري. وأكد السيسي دعم مصر للشعب الفلسطيني. ' +
      'وفي وقت لاحق، توجه مصطفى إلى السعودية، حيث التقى مساء أمس في مكة المكرمة وزير الخارجية السعودي الأمير فيصل بن فرحان.';
    expect(meetings(text, '2024-04-09')).toEqual([
      ['meeting', null, 'abdel-fattah-el-sisi mohammad-mustafa mostafa-madbouly sameh-shoukry wael-zakout'],
      ['meeting', 'Mecca', 'faisal-bin-farhan mohammad-mustafa'],
    ]);
  });
});

describe('a forum', () => {
  it('«كلمة أمام منتدى الاستثمار السعودي الأمريكي بحضور ولي العهد» is a gathering the story reports', () => {
    const text =
      'الرياض - ألقى الرئيس الأمريكي دونالد ترامب اليوم كلمة أمام منتدى الاستثمار السعودي الأمريكي بحضور ولي العهد الأمير محمد بن سلمان. ' +
      'وقال ترامب إن الرياض أصبحت مركزا للأعمال.';
    expect(meetings(text, '2025-05-13')).toEqual([['conference', 'Riyadh', 'donald-trump mohammed-bin-salman']]);
  });
});

describe('the joint statement of a story of several meetings', () => {
  it('is the statement of the first reported, when it seats two countries and none is listed', () => {
    const text =
      'استقبل الرئيس الجيبوتي إسماعيل عمر جيله اليوم في جيبوتي الرئيس الصومالي حسن شيخ محمود. ' +
      'وأكد البلدان في البيان المشترك عزمهما على تعزيز التعاون الأمني. ' +
      'وفي وقت لاحق اليوم، التقى الرئيس الصومالي في نيروبي الرئيس الكيني وليام روتو.';
    expect(statements(text, '2025-01-11')).toEqual(['ar:البيان المشترك 2025-01-11']);
  });

  it('is nothing new when the knowledge lists a statement of the same two countries before (it may be that one, recalled)', () => {
    const text =
      'استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس التركي رجب طيب أردوغان. ' +
      'وأكد البلدان في البيان المشترك عزمهما على تعزيز التعاون. ' +
      'وفي وقت لاحق اليوم، التقى الرئيس التركي في القاهرة رئيس الوزراء الليبي عبد الحميد الدبيبة.';
    expect(statements(text, '2024-09-20')).toEqual([]);
  });
});
