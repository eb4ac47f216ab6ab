/**
 * Words quoted after a colon are their speaker's, whoever they tell of: a light verb inside them with someone else as
 * its subject («"قدم المبعوث الخاص ويتكوف … عرضا …"») reports nothing of its own, and the «وأضافت» after a nested
 * report goes on with the one quoting. A weak verb opening its sentence may have its frame before its colon
 * («وتابعت في إحاطتها الصحفية: …»); an outlet's name in quotes after the one told is not the words; «ألمح إلى أن»
 * and «أوحى بأن» report. Constructions of set 51's np (the White House on the Oman talks); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text.replace(/["«»]/g, '').split(' ').slice(0, 3).join(' ')]);

const LEAVITT = 'واشنطن - قالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن الرئيس دونالد ترامب يريد اتفاقا مع إيران.';

describe('words quoted after a colon', () => {
  it('a light verb inside them with another as its subject is no report, and «وأضافت» goes on with the one quoting', () => {
    const text = `${LEAVITT} وأضافت: "أعلن الرئيس ترامب بوضوح أن إيران يجب ألا تحصل على القنبلة النووية". وأضافت: "قدم المبعوث الخاص ستيف ويتكوف عرضا دقيقا، ومن مصلحتهم الموافقة عليه".`;
    const found = who(text, '2025-06-01');
    expect(found.at(-1)).toEqual(['karoline-leavitt', 'قدم المبعوث الخاص']);
    expect(found.map(([s]) => s)).not.toContain('steve-witkoff');
  });

  it('a phrase a report quotes of its own subject is still his («أن الوزير "قدّم تعازيه …"»)', () => {
    const text = 'إسلام آباد - تلقى وزير الخارجية الباكستاني إسحاق دار اتصالا من وزير الخارجية السعودي الأمير فيصل بن فرحان. وذكر البيان أن الوزير السعودي "قدّم تعازيه في سقوط أرواح بريئة".';
    expect(who(text, '2025-05-07')).toContainEqual(['faisal-bin-farhan', 'تعازيه في سقوط']);
  });
});

describe('a weak verb opening its sentence, with a frame before its colon', () => {
  it('«وتابعت في إحاطتها الصحفية: «…»» reports, as its speaker’s', () => {
    const text = `${LEAVITT} وتابعت في إحاطتها الصحفية: «حملة الضغط الأقصى على إيران لا تزال قائمة».`;
    expect(who(text, '2025-04-15').at(-1)).toEqual(['karoline-leavitt', 'حملة الضغط الأقصى']);
  });
});

describe('an outlet named in quotes after the one told', () => {
  it('«لمراسل "إيران إنترناشيونال" في واشنطن: "…"»: the words are after the colon', () => {
    const text = 'واشنطن - قالت المتحدثة باسم البيت الأبيض كارولين ليفيت لمراسل "إيران إنترناشيونال" في واشنطن: "من مصلحة إيران الموافقة على العرض".';
    expect(who(text, '2025-06-01')).toEqual([['karoline-leavitt', 'من مصلحة إيران']]);
  });
});

describe('verbs of hinting', () => {
  it('«أوحى ويتكوف في مقابلة بأن …», «وألمح عراقجي إلى أن …»', () => {
    const text =
      'روما - التقى وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف. وقد أوحى ويتكوف في مقابلة تلفزيونية بأن إيران لا تحتاج إلى تخصيب اليورانيوم. وألمح عراقجي إلى أن الجولة المقبلة ستعقد في مسقط.';
    expect(who(text, '2025-04-19')).toEqual([
      ['steve-witkoff', 'إيران لا تحتاج'],
      ['abbas-araghchi', 'الجولة المقبلة ستعقد'],
    ]);
  });
});

describe('a statement set out in paragraphs under «وقال …:»', () => {
  const HOST = 'المنامة - استقبل وزير الخارجية البحريني عبد اللطيف الزياني اليوم وزير الخارجية البريطاني ديفيد لامي.';

  it('the quotation in the next paragraph is the words of the one named before the colon', () => {
    const text = `${HOST}\n\nوقال لامي:\n\n"علينا أن نعمل معا من أجل السلام في المنطقة".`;
    expect(who(text, '2024-04-21')).toEqual([['david-lammy', 'علينا أن نعمل']]);
  });

  it('a quotation opened in one paragraph and closed at the end of a later one is one stretch of his words', () => {
    const text = `${HOST}\n\nوقال لامي:\n\n"علينا أن نعمل معا من أجل السلام في المنطقة.\n\nوالبحرين شريك مقرب لنا، وأتطلع إلى مواصلة التنسيق معها في كل الملفات".\n\nوتأتي الزيارة في إطار جولة خليجية.`;
    const claims = analyze(text, { published: '2024-04-21' }).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toBe('david-lammy');
    expect(claims[0]!.text).toContain('وأتطلع إلى مواصلة التنسيق');
    expect(claims[0]!.text).not.toContain('جولة خليجية');
  });

  it('a lone mark with no closing one at a paragraph’s end opens nothing beyond its paragraph', () => {
    const text = `${HOST}\n\nوقال لامي: "علينا أن نعمل معا من أجل السلام في المنطقة.\n\nوتأتي الزيارة في إطار جولة خليجية "مهمة" تشمل الإمارات.`;
    const claims = analyze(text, { published: '2024-04-21' }).claims;
    expect(claims.map((c) => c.text).join(' ')).not.toContain('جولة خليجية');
  });
});

describe('«أنه» and a verb of his own', () => {
  it('«أوضح الوزير أنه نقل إلى الرئيس تحيات …» is one claim of his from «أنه» on, not «أنه» alone', () => {
    const text = 'الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الروسي سيرغي لافروف.\n\nوعقب الاستقبال، أوضح لافروف في تصريح للصحافة أنه نقل إلى الرئيس تبون تحيات الرئيس فلاديمير بوتين، مضيفا أن اللقاء كان مثمرا.';
    const claims = analyze(text, { published: '2023-05-10' }).claims;
    expect(claims.map((c) => [c.speaker, c.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['sergey-lavrov', 'أنه نقل إلى'],
      ['sergey-lavrov', 'اللقاء كان مثمرا'],
    ]);
  });
});
