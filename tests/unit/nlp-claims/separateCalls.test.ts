/**
 * Two calls told in one sentence («اتصالين هاتفيين منفصلين»), the sides of each, and a past told the Maghrebi way
 * («شهر ديسمبر الفارط»). Sentences of our own, in the constructions of real wire copy.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import { splitCall } from '../../../src/nlp/statements/separateCalls.ts';

const TWO_CALLS = [
  'السوداني يبحث مع ولي العهد السعودي والرئيس الإماراتي أوضاع المنطقة',
  '',
  'بغداد - بحث رئيس الوزراء العراقي محمد شياع السوداني، الثلاثاء، مع ولي العهد السعودي الأمير محمد بن سلمان، والرئيس الإماراتي الشيخ محمد بن زايد آل نهيان، تطورات المنطقة.',
  '',
  'جاء ذلك في اتصالين هاتفيين منفصلين، بحسب بيانين لمكتب رئيس الوزراء.',
  '',
  'وفي الاتصال الأول، ناقش السوداني وابن سلمان العلاقات الثنائية بين البلدين.',
  '',
  'وشدد الجانبان على مواصلة التنسيق بشأن أمن المنطقة واستقرارها.',
  '',
  'وفي الاتصال الثاني، بحث السوداني مع الرئيس الإماراتي سبل تعزيز التعاون الاقتصادي.',
  '',
  'وأكد الجانبان أهمية العمل العربي المشترك حيال الأحداث الجارية.',
].join('\n');

describe('two calls told in one sentence', () => {
  const a = analyze(TWO_CALLS, { published: '2025-05-06' });

  it('are two calls, each of the one on both with one other, not one call of three', () => {
    const calls = a.meetings.filter((m) => !m.mentioned && m.kind === 'phone call').map((m) => [...m.participants].sort());
    expect(calls).toEqual([
      ['mohammed-bin-salman', 'mohammed-shia-al-sudani'],
      ['mohamed-bin-zayed', 'mohammed-shia-al-sudani'],
    ]);
  });

  it('«وأكد الجانبان» after the paragraph that tells the second call are the two of that call', () => {
    const joint = a.claims.find((c) => c.text.includes('أهمية العمل العربي المشترك'));
    expect([...(joint?.speakers ?? [])].sort()).toEqual(['mohamed-bin-zayed', 'mohammed-shia-al-sudani']);
    const first = a.claims.find((c) => c.text.includes('مواصلة التنسيق'));
    expect([...(first?.speakers ?? [])].sort()).toEqual(['mohammed-bin-salman', 'mohammed-shia-al-sudani']);
  });

  it('but two calls told of another pair («بعد مكالمتين أجراهما أوستن مع شويجو») do not split the call of three', () => {
    const people = new Set(['mark-milley', 'valery-gerasimov', 'tony-radakin']);
    const mentions = [...people].map((id, k) => ({ id, first: k, last: k, clitic: '' }));
    const ofAnotherPair = [{ calls: 2, people: new Set(['lloyd-austin', 'sergei-shoigu']) }];
    expect(splitCall(people, mentions, ofAnotherPair)).toBeNull();
    const ofTheseThree = [{ calls: 2, people: new Set<string>() }];
    expect(splitCall(people, mentions, ofTheseThree)).toEqual([
      ['mark-milley', 'valery-gerasimov'],
      ['mark-milley', 'tony-radakin'],
    ]);
  });
});

describe('«الفارط»: the Maghrebi «الماضي»', () => {
  it('talks «خلال محادثاتهما بالجزائر شهر ديسمبر الفارط» are recalled, and «اتفق الطرفان» are the two at the table', () => {
    const text = [
      'الجزائر - استقبل وزير الشؤون الخارجية أحمد عطاف، اليوم، وزير العلاقات الدولية والتعاون لجنوب إفريقيا رونالد لامولا.',
      '',
      'وأوضح بيان للوزارة أن اللقاء تناول الشراكة بين البلدين، بما يتوافق مع الأهداف التي رسمها الرئيس عبد المجيد تبون وأخوه الرئيس سيريل رامافوزا، خلال محادثاتهما بالجزائر شهر ديسمبر الفارط.',
      '',
      'وفي هذا الصدد، اتفق الطرفان على عقد الدورة الأولى لآلية التقييم والمتابعة.',
    ].join('\n');
    const a = analyze(text, { published: '2025-07-31' });
    const talks = a.meetings.find((m) => m.participants.includes('cyril-ramaphosa'));
    expect(talks?.mentioned).toBe(true);
    const agreed = a.claims.find((c) => c.text.includes('الدورة الأولى'));
    expect([...(agreed?.speakers ?? [])].sort()).toEqual(['ahmed-attaf', 'ronald-lamola']);
  });
});
