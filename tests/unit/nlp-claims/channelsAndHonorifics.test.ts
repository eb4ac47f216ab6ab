/**
 * A speaker kept past the words that tell how a statement reached the desk, and one named by an
 * honorific pronoun inside a spokesman's words: a channel set between commas («، وفق ما أورده
 * الديوان الملكي،»), a light verb whose noun follows it («وأعاد التأكيد على أن»), the dual of a light
 * verb («وقدما التهنئة»), «أن سيادته جدد …» in the Egyptian presidency's copy, and «بأي» after a
 * verb that takes «بـ». Constructions of the real corpus's reports from Amman, Cairo and Khartoum,
 * in sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

const AMMAN = 'عمان - استقبل الملك عبد الله الثاني رئيس الجمهورية العراقية في قصر الحسينية.';

describe('a channel named between commas after the subject («، وفق ما أورده الديوان الملكي الهاشمي،»)', () => {
  it('is no part of the words, which start after it', () => {
    expect(who(`${AMMAN} ودعا الملك عبد الله الثاني، وفق ما أورده الديوان الملكي الهاشمي، إلى تكاتف الجهود الإقليمية.`, '2023-05-01')).toEqual([
      ['abdullah-ii-of-jordan', 'تكاتف الجهود الإقليمية'],
    ]);
  });

  it('nor is the verb of a channel («، بحسب ما نقلت وكالة أنباء الصين الجديدة (شينخوا)،») a speaker of its own', () => {
    const text = 'بكين - التقى الرئيس الصيني شي جين بينغ ولي عهد أبوظبي الشيخ محمد بن زايد. وقال الزعيم الصيني، بحسب ما نقلت وكالة أنباء الصين الجديدة (شينخوا)، إن السلام في منطقة الخليج يكتسي أهمية بالغة.';
    expect(who(text, '2019-07-22')).toEqual([['xi-jinping', 'السلام في منطقة']]);
  });

  it('but an aside that runs into a colon is not set aside as one («وقال، وفق مشاهد بثها التلفزيون: «…، …»»)', () => {
    const text = 'موسكو - استقبل الرئيس الروسي فلاديمير بوتين العائدين في المطار. وقال بوتين، وفق مشاهد بثها التلفزيون الروسي: «قبل كل شيء، أهنئكم جميعا بالعودة».';
    expect(who(text, '2024-08-02').map(([, words]) => words)).toEqual(['«قبل كل شيء،']);
  });
});

describe('a light verb with its noun right after it («وأعاد التأكيد على أن …»)', () => {
  it('has no subject in that noun: the one speaking goes on, in the sentence and after it', () => {
    const text = `${AMMAN} ودعا الملك عبد الله الثاني إلى تكاتف الجهود الإقليمية، وأعاد التأكيد على أن المملكة تقف إلى جانب العراق. وجدد التأكيد على أن الأردن يدعم لبنان.`;
    expect(who(text, '2023-05-01')).toEqual([
      ['abdullah-ii-of-jordan', 'تكاتف الجهود الإقليمية'],
      ['abdullah-ii-of-jordan', 'التأكيد على أن'],
      ['abdullah-ii-of-jordan', 'التأكيد على أن'],
    ]);
  });

  it('in the dual goes on with both ministers («وأكد الوزيران …، وقدما التهنئة …»)', () => {
    const text = `${AMMAN} وأكد الوزيران الصفدي وشكري وقوف الأردن ومصر إلى جانب العراق، وقدما التهنئة للعراق بنجاح الانتخابات.`;
    expect(who(text, '2023-05-01')).toEqual([
      [['ayman-safadi', 'sameh-shoukry'], 'وقوف الأردن ومصر'],
      [['ayman-safadi', 'sameh-shoukry'], 'التهنئة للعراق بنجاح'],
    ]);
  });
});

describe('an honorific pronoun as the subject of the words a spokesman tells («وأضاف المتحدث أن سيادته جدد …»)', () => {
  const CAIRO = 'القاهرة - استقبل الرئيس عبد الفتاح السيسي رئيس المجلس الرئاسي الليبي محمد المنفي. وصرح السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن السيد الرئيس أكد دعم مصر الكامل لليبيا.';

  it('is the president the spokesman speaks for, and «سيادته» alone is no claim of the spokesman', () => {
    expect(who(`${CAIRO} وأضاف المتحدث الرسمي أن سيادته جدد التأكيد على ثوابت الموقف المصري.`, '2021-05-01')).toEqual([
      ['abdel-fattah-el-sisi', 'دعم مصر الكامل'],
      ['abdel-fattah-el-sisi', 'التأكيد على ثوابت'],
    ]);
  });
});

describe('«بأي» after a verb that takes «بـ» («رحب … بأي دور …»)', () => {
  it('opens the words: «أي» is too short a word to be read off its clitic', () => {
    const text = 'الخرطوم - تلقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان اتصالا من الرئيس التركي. من جانبه، رحب البرهان، بحسب إعلام مجلس السيادة، بأي دور تركي يساعد في إنهاء الحرب.';
    expect(who(text, '2024-12-14')).toContainEqual(['abdel-fattah-al-burhan', 'بأي دور تركي']);
  });
});

describe('a title whose words run to a comma, then its holder’s name between commas', () => {
  it('«وقال وزير الدولة في وزارة الخارجية القطرية، محمد الخليفي، إن …» is al-Khulaifi', () => {
    const text = 'الدوحة - وقعت حكومة الكونغو الديمقراطية وحركة إم 23 إعلان مبادئ في الدوحة. وقال وزير الدولة في وزارة الخارجية القطرية، محمد الخليفي، إن بلاده تثمن ثقة الطرفين.';
    expect(who(text, '2025-07-20')).toEqual([['mohammed-al-khulaifi', 'بلاده تثمن ثقة']]);
  });

  it('«أوضح المندوب الجزائري الدائم لدى الأمم المتحدة، عمار بن جامع، أن …» is Bendjama', () => {
    const text = 'نيويورك - تبنى مجلس الأمن القرار. من جانبه، أوضح المندوب الجزائري الدائم لدى الأمم المتحدة، عمار بن جامع، أن الغاية من القرار وضع الخطة موضع التنفيذ.';
    expect(who(text, '2025-11-18')).toEqual([['amar-bendjama', 'الغاية من القرار']]);
  });
});

describe('a channel or a relayed speaker written in quotation marks', () => {
  const BEIJING = 'بكين - استقبل الرئيس الصيني شي جين بينغ الرئيس الإيراني مسعود بزشكيان.';

  it('«، بحسب ما نقلت وكالة الأنباء الإيرانية "إرنا"، أن …» is still a channel set aside', () => {
    expect(who(`${BEIJING} وأضاف الرئيس الإيراني، بحسب ما نقلت وكالة الأنباء الإيرانية "إرنا"، أن الصين تستطيع أن تعول على إيران.`, '2025-09-01')).toEqual([
      ['masoud-pezeshkian', 'الصين تستطيع أن'],
    ]);
  });

  it('«ونقلت الوكالة عن «بزشكيان» قوله إن …» relays the one quoted', () => {
    expect(who(`${BEIJING} ونقلت وكالة الأنباء الإيرانية الرسمية عن «بزشكيان» قوله إن طهران جاهزة للتعاون.`, '2025-09-01')).toEqual([
      ['masoud-pezeshkian', 'طهران جاهزة للتعاون'],
    ]);
  });
});

describe('a statement’s words that open with two people joined by «و» and a dual verb', () => {
  it('are both sides’ («وأضاف البيان أن بوتين وولي العهد ناقشا …، وقيّما …»)', () => {
    const text = 'موسكو - أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان. وأضاف البيان أن بوتين وولي العهد ناقشا التنسيق الروسي السعودي، وقيّما تقييما عاليا العمل المشترك.';
    expect(who(text, '2022-09-22')).toEqual([[['vladimir-putin', 'mohammed-bin-salman'], 'بوتين وولي العهد']]);
  });
});

describe('«حضّ» and «هدد» report', () => {
  const CALL = 'موسكو - أجرى وزير الخارجية الأمريكي أنتوني بلينكن اتصالا بنظيره الروسي سيرغي لافروف.';

  it('«حض بلينكن نظيره الروسي على …» is Blinken’s appeal, the one called on left out of the words', () => {
    expect(who(`${CALL} كما حض بلينكن نظيره الروسي على التزام موسكو بتعهداتها.`, '2022-07-30')).toEqual([['antony-blinken', 'نظيره الروسي على']]);
  });

  it('«وكان … قد هدد، عشية الاتصال، بأن …» is the one who threatened', () => {
    expect(who(`${CALL} وكان مستشار الأمن القومي الأمريكي جون بولتون قد هدد، عشية الاتصال، بأن بلاده سترد بقوة.`, '2019-04-20')).toEqual([['john-bolton', 'بلاده سترد بقوة']]);
  });
});

describe('«بالغ شكرهما», «خالص شكره»: thanks in construct after an intensifier', () => {
  it('is a noun, not «شكر» with its object, so the one thanked is no speaker', () => {
    const text = 'جدة - التقى الرئيس الجيبوتي إسماعيل عمر جيله ورئيس دولة إريتريا أسياس أفورقي في جدة أمس، في لقاء دعا إليه خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، وحرص الزعيمان خلاله على توجيه بالغ شكرهما لخادم الحرمين الشريفين وولي العهد السعودي على ما بذلاه لجمعهما.';
    expect(who(text, '2018-09-18').map(([speaker]) => speaker)).not.toContain('salman-bin-abdulaziz');
  });
});

describe('a plural participle of a verb of judging after two leaders («…، معتبرين أن …»)', () => {
  it('is both leaders’ words, as «مؤكدين» is', () => {
    const text = 'جدة - التقى الرئيس الجيبوتي إسماعيل عمر جيله ورئيس دولة إريتريا أسياس أفورقي في جدة أمس. وحرص الزعيمان على زيارة المسجد، معتبرين أن اللقاء بداية جديدة.';
    expect(who(text, '2018-09-18')).toEqual([[['ismail-omar-guelleh', 'isaias-afwerki'], 'اللقاء بداية جديدة']]);
  });
});
