/**
 * Who speaks when the one named is not the speaker, or the speaker stands one word further off:
 * an envoy named by whom he serves («مبعوث بايدن»), the occasion's pronoun before a family name
 * («وأكد خلاله السوداني»), the one told as a pronoun on a verb of telling («أبلغه ماكغورك»), a light
 * verb with the one it is for as a pronoun («حمّله … تحياته»), and a presidency's spokesman who
 * relays his president as «الرئيس». Constructions of set 51 (batches nn and no), in sentences of
 * our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

const MCGURK_VISIT = 'بغداد - استقبل رئيس مجلس الوزراء محمد شياع السوداني مبعوث الرئيس الأمريكي بريت ماكغورك، بحضور السفيرة الأمريكية ألينا رومانوسكي.';

describe('an envoy named by the one he serves («وجدد مبعوث بايدن …»)', () => {
  it('is the person the story called that envoy before, not the president named after the noun', () => {
    expect(who(`${MCGURK_VISIT} وجدد مبعوث بايدن تمسك الإدارة الأمريكية باتفاقية الإطار الاستراتيجي.`, '2023-01-17')).toEqual([
      ['brett-mcgurk', 'تمسك الإدارة الأمريكية'],
    ]);
  });

  it('is nobody the story names when no one was called so before', () => {
    const text = 'بغداد - استقبل رئيس مجلس الوزراء محمد شياع السوداني وفدا أمريكيا. وجدد مبعوث بايدن تمسك الإدارة الأمريكية بالشراكة.';
    expect(who(text, '2023-01-17')).toEqual([[null, 'تمسك الإدارة الأمريكية']]);
  });
});

describe('the occasion as a pronoun between the verb and a family name', () => {
  it('«وأكد خلاله السوداني أن …» is al-Sudani', () => {
    expect(who(`${MCGURK_VISIT} وأكد خلاله السوداني أن القوات العراقية قادرة على مواجهة الإرهاب.`, '2023-01-17')).toEqual([
      ['mohammed-shia-al-sudani', 'القوات العراقية قادرة'],
    ]);
  });
});

describe('a verb of telling with the one told as its pronoun', () => {
  it('«فيما أبلغه ماكغورك بأن …»: the person after it is the one telling', () => {
    expect(who(`${MCGURK_VISIT} وشدد السوداني على دعم الإصلاحات، فيما أبلغه ماكغورك بأن واشنطن حريصة على نجاح حكومته.`, '2023-01-17')).toEqual([
      ['mohammed-shia-al-sudani', 'دعم الإصلاحات'],
      ['brett-mcgurk', 'واشنطن حريصة على'],
    ]);
  });

  it('«الموقف الذي أبلغه إلى الرئيس الإيراني …»: in a relative clause the pronoun is what was told, and the one it was told to is no speaker', () => {
    const text =
      'بيروت - استقبل الرئيس اللبناني جوزيف عون وزير الخارجية الإيراني عباس عراقجي. وأعاد عون التأكيد على الموقف الذي أبلغه إلى الرئيس الإيراني مسعود بزشكيان، ومفاده أن لبنان يتطلع إلى أفضل العلاقات مع طهران.';
    const speakers = who(text, '2025-06-03').map(([s]) => s);
    expect(speakers).not.toContain('masoud-pezeshkian');
  });
});

describe('a light verb with the one it is for as its pronoun («حمّله … تحياته»)', () => {
  it('reports the greetings, and the participle after it goes on with their sender', () => {
    const text =
      'أبوظبي - عقد الشيخ محمد بن زايد آل نهيان رئيس الدولة جلسة مباحثات مع رئيس مجلس الدولة الصيني لي تشيانغ. ونقل لي تشيانغ إلى سموه تحيات الرئيس شي جين بينغ، فيما حمّله سموه تحياته إلى الرئيس الصيني، مؤكداً أن العلاقات بين البلدين تشهد نمواً متواصلاً.';
    expect(who(text, '2024-09-12')).toEqual([
      ['li-qiang', 'تحيات الرئيس شي'],
      ['mohamed-bin-zayed', 'تحياته إلى الرئيس'],
      ['mohamed-bin-zayed', 'العلاقات بين البلدين'],
    ]);
  });
});

describe('«الرئيس» in words a presidency’s spokesman relays', () => {
  const story = (relay: string) =>
    'الرياض - التقى الرئيس عبد الفتاح السيسي الرئيس الصيني شي جين بينغ على هامش القمة. وصرح السفير بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول العلاقات الثنائية، ' +
    'ومن جانبه أشاد الرئيس الصيني بالعلاقات مع مصر. ' +
    relay;

  it('is his own president, though another president was named last: the speaker, and the highlighted official', () => {
    const text = story('وأوضح السفير بسام راضي أن اللقاء شهد تبادل الرؤى، حيث أكد الرئيس موقف مصر الثابت من سد النهضة.');
    expect(who(text, '2022-06-09').at(-1)).toEqual(['abdel-fattah-el-sisi', 'موقف مصر الثابت']);
    const bare = text.indexOf('الرئيس موقف');
    const holder = analyze(text, { published: '2022-06-09' }).officials.find((o) => o.mentions.some((m) => m.start === bare));
    expect(holder?.id).toBe('abdel-fattah-el-sisi');
  });

  it('is still the last named president outside such words', () => {
    const found = who(story('وأكد الرئيس حرص بلاده على توسيع الاستثمارات.'), '2022-06-09');
    expect(found.at(-1)).toEqual(['xi-jinping', 'حرص بلاده على']);
  });
});

describe('«الأخير» (the latter) right after a speech verb', () => {
  it('is the person named last before it', () => {
    const text =
      'القدس - وصل مستشار الأمن القومي الأميركي جون بولتون إلى القدس، وجال مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في غور الأردن، حيث أعلن الأخير رفضه الانسحاب منه في أي تسوية مقبلة.';
    expect(who(text, '2019-06-25')).toEqual([['benjamin-netanyahu', 'رفضه الانسحاب منه']]);
  });
});

describe('a bare title joined to its counterpart of a country («وأكد وزير الخارجية ونظيره المصري …»)', () => {
  it('is the holder who is not of that country, and both speak', () => {
    const text =
      'الرياض - تلقى وزير الخارجية الأمير فيصل بن فرحان اتصالا هاتفيا من وزير الخارجية المصري بدر عبد العاطي. وأكد وزير الخارجية ونظيره المصري، خلال الاتصال، قلق البلدين البالغ من التصعيد في لبنان.';
    expect(who(text, '2024-10-05')).toEqual([[['faisal-bin-farhan', 'badr-abdelatty'], 'قلق البلدين البالغ']]);
  });
});

describe('a title right before a family name read as a short form («اعتبر الرئيس سعيّد أن …»)', () => {
  it('is that person’s, not the other president named last; a name joined by «و» is not', () => {
    const text =
      'تونس - استقبل الرئيس التونسي قيس سعيّد اليوم وزير الخارجية الجزائري أحمد عطّاف. وأبلغ عطّاف الرئيس التونسي تحيات الرئيس تبون وتهانيه. من جانبه، اعتبر الرئيس سعيّد أن الزيارة تجسد وحدة التاريخ بين البلدين.';
    expect(who(text, '2025-04-09').at(-1)).toEqual(['kais-saied', 'الزيارة تجسد وحدة']);
    const joined = 'أبوظبي - بحث الملك عبدالله الثاني والشيخ محمد بن زايد العلاقات. وأكد جلالة الملك والشيخ محمد بن زايد مساندتهما لحقوق الشعب الفلسطيني.';
    expect(who(joined, '2025-02-16').at(-1)).toEqual([['abdullah-ii-of-jordan', 'mohamed-bin-zayed'], 'مساندتهما لحقوق الشعب']);
  });
});
