/**
 * Statements told with a noun of speech («تقدم بالشكر», «قدم التعازي», «جدد عزمه») and with
 * the frame of the statement between the verb and its preposition («رحب في كلمته بـ…»).
 * Sentences of our own, in the constructions of Gulf, Levantine and Egyptian agency copy.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { compileKnowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import { testSource } from '../nlp/fixtures/knowledge.ts';

const knowledge = compileKnowledge(testSource);
const claims = (text: string) =>
  analyzeWith(text, { published: '2023-02-08' }, knowledge).claims.map((c) => [c.speaker, c.text]);

describe('a verb with a noun of speech', () => {
  it('«تقدم بالشكر», «وجه الشكر», «قدم له خلال الاتصال التعازي»: the words start at the noun', () => {
    expect(
      claims(
        'أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا بالرئيس بشار الأسد.\n' +
          'وقدم السيسي له خلال الاتصال التعازي في ضحايا الهزة الأرضية.\n' +
          'وتقدم الأسد بالشكر إلى الشعب المصري على وقفته.\n' +
          'ووجه وزير الخارجية التركي مولود جاويش أوغلو الشكر لمصر على قافلة الإغاثة.',
      ),
    ).toEqual([
      ['abdel-fattah-el-sisi', 'التعازي في ضحايا الهزة الأرضية'],
      ['bashar-al-assad', 'بالشكر إلى الشعب المصري على وقفته'],
      ['mevlut-cavusoglu', 'الشكر لمصر على قافلة الإغاثة'],
    ]);
  });

  it('«جدد عزمه», «أبدى استعداده»: a stance renewed is a statement, after the frame too', () => {
    expect(
      claims(
        'تلقى الرئيس إبراهيم رئيسي اتصالا من الرئيس عبد الفتاح السيسي.\n' +
          'وجدد رئيسي خلال المكالمة عزمه على تطوير العلاقات بين البلدين.\n' +
          'وأبدى السيسي استعداد بلاده لاستضافة جولة جديدة من الحوار.',
      ),
    ).toEqual([
      ['ebrahim-raisi', 'عزمه على تطوير العلاقات بين البلدين'],
      ['abdel-fattah-el-sisi', 'استعداد بلاده لاستضافة جولة جديدة من الحوار'],
    ]);
  });

  it('without a noun of speech, the same verbs are ordinary verbs and never cut the words of a claim', () => {
    expect(
      claims(
        'وصل الرئيس بشار الأسد إلى القاهرة.\n' +
          'وقدم الوزير خطة جديدة للتعاون في مجال الطاقة.\n' +
          'وأكد الأسد أن مصر قدمت مساعدات كبيرة للمتضررين من الزلزال.',
      ),
    ).toEqual([['bashar-al-assad', 'مصر قدمت مساعدات كبيرة للمتضررين من الزلزال']]);
  });
});

describe('«مجددا» as a verb of speech and as «again»', () => {
  it('«…، مجددا التزام بلاده بـ…» is a second statement; «أكد مجددا أن …» one statement', () => {
    expect(
      claims(
        'وصل الرئيس إبراهيم رئيسي إلى القاهرة.\n' +
          'وقال رئيسي إن بلاده مستعدة للحوار، مجددا التزام طهران بأمن المنطقة.\n' +
          'وأكد رئيسي مجددا أن الحل السياسي هو الطريق.',
      ),
    ).toEqual([
      ['ebrahim-raisi', 'بلاده مستعدة للحوار'],
      ['ebrahim-raisi', 'التزام طهران بأمن المنطقة'],
      ['ebrahim-raisi', 'الحل السياسي هو الطريق'],
    ]);
  });
});

describe('thanks and greetings', () => {
  it('«شكر X نظيره على …»: the one thanked and the reason are what was said; «نقل تحيات …» is a statement, «نقل دعوة» is not', () => {
    expect(
      claims(
        'أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا بالرئيس بشار الأسد.\n' +
          'وشكر الأسد نظيره المصري على مبادرته الكريمة.\n' +
          'ونقل السيسي إلى الأسد تحيات الشعب المصري وتمنياته.\n' +
          'ونقل السيسي دعوة لزيارة القاهرة.',
      ),
    ).toEqual([
      ['bashar-al-assad', 'نظيره المصري على مبادرته الكريمة'],
      ['abdel-fattah-el-sisi', 'تحيات الشعب المصري وتمنياته'],
    ]);
  });

  it('«أبديا استعدادا»: a noun of speech in the accusative, both sides’ words', () => {
    const found = analyzeWith(
      'التقى الرئيس عبد الفتاح السيسي الرئيس إبراهيم رئيسي في القاهرة.\nوأبدى الجانبان استعدادا للبحث عن مواقف مشتركة.',
      { published: '2023-02-08' },
      knowledge,
    ).claims;
    expect(found.map((c) => [c.speakers, c.text])).toEqual([[['abdel-fattah-el-sisi', 'ebrahim-raisi'], 'استعدادا للبحث عن مواقف مشتركة']]);
  });
});

describe('the frame between a verb and its preposition', () => {
  it('«رحب … في كلمته بـ…», «طالب … في كلمته الافتتاحية بـ…», «شدد … خلال اللقاء على …»', () => {
    expect(
      claims(
        'افتتح ولي العهد السعودي الأمير محمد بن سلمان القمة في الرياض.\n' +
          'وطالب الأمير محمد بن سلمان في كلمته الافتتاحية بوقف العمليات العسكرية فورا.\n' +
          'ورحب الرئيس بشار الأسد في كلمته بعودة سوريا إلى مقعدها.\n' +
          'وشدد الرئيس عبد الفتاح السيسي خلال اللقاء على ضرورة الحل السياسي.',
      ),
    ).toEqual([
      ['mohammed-bin-salman', 'بوقف العمليات العسكرية فورا'],
      ['bashar-al-assad', 'بعودة سوريا إلى مقعدها'],
      ['abdel-fattah-el-sisi', 'ضرورة الحل السياسي'],
    ]);
  });
});

describe('«أبدى موافقته», «أبدى تحفظه»', () => {
  it('consent and reservation are what was said, from the noun on', () => {
    expect(claims('ودعا الرئيس عبد الفتاح السيسي نظيره السوري إلى زيارة القاهرة.\nوأبدى الرئيس بشار الأسد موافقته على تلبية الدعوة.')).toContainEqual([
      'bashar-al-assad',
      'موافقته على تلبية الدعوة',
    ]);
    expect(claims('وأبدى الرئيس بشار الأسد تحفظه على بعض بنود المبادرة.')).toEqual([['bashar-al-assad', 'تحفظه على بعض بنود المبادرة']]);
  });
});

describe('support renewed, and a confirmation repeated', () => {
  it('«وجدد الأسد تأييده لـ…», «وأعاد السيسي تأكيد التزام مصر بـ…»: the words start at the noun', () => {
    expect(
      claims(
        'أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا بالرئيس بشار الأسد.\n' +
          'وجدد الأسد تأييده لحل سياسي شامل للأزمة.\n' +
          'وأعاد السيسي تأكيد التزام مصر بدعم استقرار المنطقة.',
      ),
    ).toEqual([
      ['bashar-al-assad', 'تأييده لحل سياسي شامل للأزمة'],
      ['abdel-fattah-el-sisi', 'تأكيد التزام مصر بدعم استقرار المنطقة'],
    ]);
  });
});
