/**
 * Documents signed or adopted at the meeting an article reports, when no knowledge entry lists
 * them. Sentences of our own, in the constructions of agency copy of signings.
 */
import { describe, expect, it } from 'vitest';
import { testAgreements, testKnowledge, testSource } from './fixtures/knowledge.ts';
import { compileKnowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';

const signed = (text: string, published = '2023-05-04') =>
  analyzeWith(text, { published }, testKnowledge())
    .agreements.filter((a) => a.meeting)
    .map((a) => [a.id, a.mentions.map((m) => m.text)]);

const VISIT = 'استقبل الرئيس بشار الأسد الرئيس إبراهيم رئيسي في دمشق أمس، وعقد الجانبان جلسة مباحثات رسمية.\n';

describe('documents signed at the meeting', () => {
  it('a memorandum or a declaration signed, named by its own words, with an id of the meeting', () => {
    expect(signed(`${VISIT}ووقع الرئيسان مذكرة تفاهم حول خطة للتعاون الاستراتيجي الشامل بعيد المدى، إلى جانب اتفاقات أخرى.`)).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم حول خطة للتعاون الاستراتيجي الشامل بعيد المدى']],
    ]);
    expect(signed(`${VISIT}وجرى خلال الزيارة التوقيع على إعلان بشأن تعميق الشراكة الاستراتيجية بين البلدين.`)).toEqual([
      ['ar:اعلان Damascus 2023-05-03', ['إعلان بشأن تعميق الشراكة الاستراتيجية']],
    ]);
  });

  it('a plan, an agreement or a truce reached at the meeting: «توصل الجانبان إلى خطة لـ…», «أسفر الاجتماع عن هدنة في …»', () => {
    expect(signed(`${VISIT}وتوصل الجانبان إلى خطة لوقف الأعمال القتالية في الشمال تدخل حيز التنفيذ الاثنين.`)).toEqual([
      ['ar:خطه Damascus 2023-05-03', ['خطة لوقف الأعمال القتالية']],
    ]);
    expect(signed(`${VISIT}وأسفر الاجتماع عن هدنة في ريف حلب الجنوبي تبدأ غدا.`)).toEqual([['ar:هدنه Damascus 2023-05-03', ['هدنة في ريف حلب الجنوبي']]]);
  });

  it('a number of documents the story does not name is the meeting’s package of documents, one agreement', () => {
    expect(signed(`${VISIT}ووقع الجانبان 12 مذكرة تفاهم في مجالات النفط والنقل.`)).toEqual([['ar:وثائق Damascus 2023-05-03', ['12 مذكرة تفاهم']]]);
    expect(signed(`${VISIT}وشهد الرئيسان توقيع عدد من الاتفاقيات ومذكرات التفاهم بين البلدين.`)).toEqual([
      ['ar:وثائق Damascus 2023-05-03', ['عدد من الاتفاقيات ومذكرات التفاهم']],
    ]);
    expect(signed(`${VISIT}ووقع الوزيران ثماني مذكرات تفاهم وبرامج تنفيذية.`)).toEqual([['ar:وثائق Damascus 2023-05-03', ['ثماني مذكرات تفاهم وبرامج تنفيذية']]]);
    // Where the story names the documents, they are the agreements; the count only says how many there were.
    expect(signed(`${VISIT}ووقع الجانبان عدة مذكرات تفاهم، من بينها مذكرة تفاهم للتعاون في مجال الطاقة.`)).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم للتعاون في مجال الطاقة']],
    ]);
    // A year is no count.
    expect(signed(`${VISIT}وأشار إلى ما وقعه البلدان 2019 من اتفاقيات.`)).toEqual([]);
  });

  it('not one of another year, one still to be signed, nor what is said of a document', () => {
    expect(signed(`${VISIT}وأشار إلى اتفاقية التعاون الاقتصادي الموقعة عام 2001 بين البلدين.`)).toEqual([]);
    expect(signed(`${VISIT}ومن المقرر توقيع اتفاقية للتعاون في مجال الطاقة الشهر المقبل.`)).toEqual([]);
    expect(signed(`${VISIT}وقال إن توقيع الإعلان سيكون بداية لمرحلة جديدة.`)).toEqual([]);
    // «التوصل إلى الاتفاق إلى ولي العهد»: «إلى» (written الى) is no definite word of a description.
    expect(signed(`${VISIT}ونسب الوزير الفضل في التوصل إلى الاتفاق إلى ولي العهد السعودي.`)).toEqual([]);
  });

  it('two documents of one kind about different things are two agreements; a later mention of one joins it', () => {
    expect(
      signed(`${VISIT}ووقع الجانبان مذكرة تفاهم للتعاون في مجال الطاقة، ومذكرة تفاهم في مجال تشجيع الاستثمار المباشر. ثم جرى التوقيع على مذكرة التفاهم الخاصة بالطاقة.`),
    ).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم للتعاون في مجال الطاقة', 'مذكرة التفاهم الخاصة بالطاقة']],
      ['ar:مذكره Damascus 2023-05-03 تشجيع', ['مذكرة تفاهم في مجال تشجيع الاستثمار المباشر']],
    ]);
  });

  it('a document told by its parties alone, to the clause’s end: «مذكرة تفاهم بين غرفتي التجارة في البلدين»', () => {
    expect(
      signed(`${VISIT}وشملت الوثائق الموقعة مذكرة تفاهم للتعاون في مجال النقل، ومذكرة تفاهم بين غرفة تجارة دمشق واتحاد الغرف الإيرانية، ومذكرة تفاهم للتعاون بين وزارتي الداخلية في البلدين.`),
    ).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم للتعاون في مجال النقل']],
      ['ar:مذكره Damascus 2023-05-03 غرف', ['مذكرة تفاهم بين غرفة تجارة دمشق واتحاد الغرف الإيرانية']],
      ['ar:مذكره Damascus 2023-05-03 زارت', ['مذكرة تفاهم للتعاون بين وزارتي الداخلية في البلدين']],
    ]);
    // «the two countries», «the two governments», a time: no parties that tell a document apart.
    expect(signed(`${VISIT}ووقع الجانبان مذكرة تفاهم بين حكومتي البلدين.`)).toEqual([]);
    expect(signed(`${VISIT}ووقع الجانبان أول اتفاق بين دمشق وطهران منذ عقود.`)).toEqual([]);
  });

  it('a roadmap reached or adopted: «خريطة طريق», «خارطة الطريق»; «خريطة» alone is a map', () => {
    expect(signed(`${VISIT}وتوصل الجانبان إلى خارطة طريق لتعزيز التبادل التجاري بين البلدين.`)).toEqual([
      ['ar:خارطه Damascus 2023-05-03', ['خارطة طريق لتعزيز التبادل التجاري']],
    ]);
    expect(signed(`${VISIT}واعتمد الجانبان خريطة الطريق الخاصة بإعادة الإعمار.`)).toEqual([['ar:خريطه Damascus 2023-05-03', ['خريطة الطريق الخاصة بإعادة الإعمار']]]);
    expect(signed(`${VISIT}وأقر الجانبان خريطة طريق لحل الأزمة في الجنوب.`)).toEqual([['ar:خريطه Damascus 2023-05-03', ['خريطة طريق لحل الأزمة']]]);
    expect(signed(`${VISIT}واعتمد الجانبان خريطة لتوزيع المساعدات على المحافظات.`)).toEqual([]);
  });

  it('not what a meeting elsewhere adopted, told in a relative clause', () => {
    expect(signed(`${VISIT}وجاء ذلك استكمالا لاجتماعي فيينا اللذين أقرا خريطة طريق للحل السياسي في سوريا.`)).toEqual([]);
    expect(signed(`${VISIT}وأشاد الرئيس بالقمة التي أقرت خريطة طريق للحل السياسي في سوريا.`)).toHaveLength(1);
  });

  it('documents singled out of those signed: «في مقدمتها», «من بينها», «شملت», «إلى جانب», and «وأخرى»', () => {
    expect(signed(`${VISIT}ووقع الجانبان ثماني اتفاقيات ومذكرات تفاهم، في مقدمتها اتفاق إطاري للتمويل الائتماني.`)).toEqual([
      ['ar:اتفاق Damascus 2023-05-03', ['اتفاق إطاري للتمويل الائتماني']],
    ]);
    expect(
      signed(`${VISIT}وشهد الرئيسان توقيع سبع اتفاقيات، من بينها مذكرة تفاهم بين البلدين بشأن تطوير ميناء اللاذقية، وأخرى تتعلق بإعادة تدوير النفايات.`),
    ).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم بين البلدين بشأن تطوير ميناء اللاذقية']],
      ['ar:مذكره Damascus 2023-05-03 باعاد', ['أخرى تتعلق بإعادة تدوير النفايات']],
    ]);
    expect(
      signed(`${VISIT}ووقع الجانبان خمس اتفاقيات شملت الخطة الخمسية للتعاون الثنائي للأعوام من 2024 إلى 2028 ومذكرة تفاهم بشأن الربط الكهربائي.`),
    ).toEqual([
      ['ar:خطه Damascus 2023-05-03', ['الخطة الخمسية للتعاون الثنائي']],
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم بشأن الربط الكهربائي']],
    ]);
    // Documents not signed: a list of fields, «وثيقة ثلاثية حملت اسم …».
    expect(signed(`${VISIT}وبحث الجانبان مجالات تشمل الطاقة والنقل، إلى جانب التعاون الأمني.`)).toEqual([]);
    expect(signed(`${VISIT}ووقع الجانبان وثيقة ثلاثية حملت اسم دمشق.`)).toEqual([]);
  });

  it('an adjective of relation and the parties («مذكرة تفاهم أمنية بين العراق وإيران»); a count in words is a package of documents', () => {
    expect(signed(`${VISIT}ووقع الجانبان مذكرة تفاهم أمنية بين البلدين لتنسيق الجهود على الحدود.`)).toEqual([['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم أمنية']]]);
    expect(signed(`${VISIT}وشهدت المباحثات توقيع أربع عشرة مذكرة تفاهم بين البلدين في مجالات مختلفة.`)).toEqual([['ar:وثائق Damascus 2023-05-03', ['أربع عشرة مذكرة تفاهم']]]);
  });

  it('a declaration signed where the meeting’s joint declaration is told is that one; a document named again with a place is the one named', () => {
    const r = analyzeWith(
      `${VISIT}وصدر في ختام الزيارة الإعلان المشترك. ووقع الرئيسان إعلان الشراكة الاستراتيجية الشاملة بين البلدين.`,
      { published: '2023-05-04' },
      testKnowledge(),
    );
    expect(r.agreements.filter((a) => a.id.startsWith('ar:')).map((a) => a.mentions.length)).toEqual([2]);
  });

  it('a declaration of intent, a document that sets something up, a revised one', () => {
    expect(signed(`${VISIT}ووقع الجانبان إعلان نوايا مشتركا.`).map(([id]) => id)).toEqual(['ar:اعلان Damascus 2023-05-03']);
    expect(signed(`${VISIT}ووقع الجانبان اتفاقية إنشاء مجلس أعلى للتنسيق.`)).toEqual([['ar:اتفاقيه Damascus 2023-05-03', ['اتفاقية إنشاء مجلس أعلى للتنسيق']]]);
    expect(signed(`${VISIT}ووقع الجانبان اتفاقية معدلة لتجنب الازدواج الضريبي.`)).toEqual([['ar:اتفاقيه Damascus 2023-05-03', ['اتفاقية معدلة لتجنب الازدواج الضريبي']]]);
  });

  it('not a document to be drawn up, aimed at or not reached', () => {
    expect(signed(`${VISIT}وأسفرت المباحثات عن رسم خارطة طريق استراتيجية للسنوات المقبلة.`)).toEqual([]);
    expect(signed(`${VISIT}واتفقا على بدء مفاوضات بهدف إبرام اتفاقية للتجارة الحرة بين البلدين.`)).toEqual([]);
    expect(signed(`${VISIT}وحذر من العواقب في حال عدم التوصل إلى اتفاق بشأن الملف النووي.`)).toEqual([]);
  });

  it('the meetings of one visit (the welcome, the talks) are one for what was signed there', () => {
    const visit = 'وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق أمس، واستقبله الرئيس بشار الأسد في المطار.\nوعقد الرئيسان في قصر الشعب بدمشق أمس جلسة مباحثات رسمية.\n';
    expect(signed(`${visit}ووقع الجانبان مذكرة تفاهم للتعاون في مجال النفط.`).map(([id]) => id)).toEqual(['ar:مذكره Damascus 2023-05-03']);
  });

  it('nothing without exactly one meeting reported', () => {
    expect(signed('ووقع البلدان مذكرة تفاهم حول التعاون في مجال الطاقة المتجددة.')).toEqual([]);
  });

  it('a document the article names from the knowledge is that agreement, not a new one', () => {
    const r = analyzeWith(
      `${VISIT}وكان البلدان قد التزما بمسار أستانا. ووقع الرئيسان وثيقة دعم مسار أستانا للتسوية في سوريا.`,
      { published: '2023-05-04' },
      testKnowledge(),
    );
    expect(r.agreements.filter((a) => a.id.startsWith('ar:') && a.meeting).map((a) => a.id)).toEqual([]);
  });
});

describe('a signing told in the past perfect', () => {
  it('«وكان الرئيسان قد وقعا المعاهدة في …» happened before the story: no document of its meeting', () => {
    expect(signed(`${VISIT}وكان الرئيسان الأسد ورئيسي قد وقعا المعاهدة في العاصمة الإيرانية طهران في العام الماضي.`)).toEqual([]);
  });

  it('while a signing at the meeting in the same story is still one («ووقع الرئيسان …»)', () => {
    expect(signed(`${VISIT}ووقع الرئيسان مذكرة تفاهم حول التعاون في مجال النفط والطاقة.`).map(([id]) => id)).toEqual(['ar:مذكره Damascus 2023-05-03']);
  });
});

describe('a document the knowledge lists for the day of the meeting', () => {
  it('«وقع الجانبان معاهدة للاستثمار الثنائي» is the entry signed that day between the countries at the table', async () => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    const a = analyze(
      'أبوظبي - عقد الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات ورئيس الوزراء الهندي ناريندرا مودي اليوم محادثات في أبوظبي، ووقع الجانبان معاهدة للاستثمار الثنائي بين البلدين.',
      { published: '2024-02-13' },
    );
    expect(a.agreements.map((g) => g.id)).toContain('india-uae-bilateral-investment-treaty-2024');
    expect(a.agreements.some((g) => g.id.startsWith('ar:'))).toBe(false);
  });

  it('documents coordinated after the first are signed too; «في مجال …» goes on with a document’s name', () => {
    expect(signed(`${VISIT}وشهد الرئيسان التوقيع على اتفاقية للتعاون في مجال الطاقة المتجددة، ومذكرة تفاهم في مجال الزراعة.`)).toEqual([
      ['ar:اتفاقيه Damascus 2023-05-03', ['اتفاقية للتعاون في مجال الطاقة المتجددة']],
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم في مجال الزراعة']],
    ]);
  });
});

describe('the knowledge’s document of the day, however the story calls it', () => {
  const day = { date: '2023-05-03', parties: ['SY', 'IR'] };
  const knowledge = compileKnowledge({
    ...testSource,
    agreements: [
      ...testAgreements,
      { id: 'test-partnership-declaration', en: 'Towards a renewed partnership', ar: ['نحو شراكة متجددة وراسخة'], ...day },
      { id: 'test-joint-declaration', en: 'Syrian–Iranian joint declaration', ar: ['الإعلان المشترك السوري الإيراني'], ...day },
      { id: 'test-cepa', en: 'Syria–Iran economic partnership', ar: ['اتفاقية الشراكة الاقتصادية الشاملة بين سوريا وإيران'], ...day },
      { id: 'test-vision', en: 'Advancing the comprehensive strategic partnership', ar: ['النهوض بالشراكة الاستراتيجية الشاملة بين سوريا وإيران'], ...day },
      { id: 'test-industry-mou', en: 'Syria–Iran memorandum on industry', ar: ['مذكرة تفاهم بين وزارتي الصناعة في سوريا وإيران'], ...day },
      { id: 'test-old-partnership', en: 'Syria–Iran strategic partnership (2017)', ar: ['اتفاقية الشراكة الاستراتيجية الشاملة بين سوريا وإيران'], date: '2017-01-10', parties: ['SY', 'IR'] },
    ],
  });
  const ids = (text: string) => analyzeWith(`${VISIT}${text}`, { published: '2023-05-04' }, knowledge).agreements.map((a) => [a.id, a.mentions.map((m) => m.text)]);

  it('«الإعلان الموسوم بـ"…"»: the declaration signed is the one whose title follows', () => {
    expect(ids('ووقع الرئيسان على الإعلان الموسوم بـ"نحو شراكة متجددة وراسخة" بين البلدين.')).toEqual([
      ['test-partnership-declaration', ['الإعلان الموسوم بـ', 'نحو شراكة متجددة وراسخة']],
    ]);
  });

  it('«البيان المشترك» of two countries’ talks is their «الإعلان المشترك» of that day the knowledge lists', () => {
    expect(ids('وصدر في ختام المباحثات البيان المشترك.').map(([id]) => id)).toEqual(['test-joint-declaration']);
  });

  it('what a document is likened to is no statement of the meeting («بمثابة إعلان مشترك», «تعد إعلانا مشتركا»)', () => {
    expect(ids('وقال رئيسي إن الاتفاقية بمثابة إعلان مشترك عن عزم البلدين على المضي معا.')).toEqual([]);
  });

  it('a document described by the words of a listed one’s name («اتفاقا للشراكة الاقتصادية الشاملة») is that entry', () => {
    expect(ids('ووقع الرئيسان اتفاقا للشراكة الاقتصادية الشاملة يرمي إلى زيادة التجارة بين البلدين.').map(([id]) => id)).toEqual(['test-cepa']);
  });

  it('«تفاهم» tells none of several documents listed apart: «ومذكرة تفاهم في مجال العمل» is not the day’s memorandum of industry', () => {
    expect(ids('ووقع الجانبان اتفاقية تعاون في مجال الصحة، ومذكرة تفاهم في مجال العمل والتشغيل.').map(([id]) => id)).toEqual([
      'ar:اتفاقيه Damascus 2023-05-03',
      'ar:مذكره Damascus 2023-05-03',
    ]);
    // One memorandum signed, and one listed that day: that is it, whatever the story says it is about.
    expect(ids('ووقع الجانبان مذكرة تفاهم للتعاون في مجال العمل.').map(([id]) => id)).toEqual(['test-industry-mou']);
  });

  it('«في سياق الشراكة …» after a document is what it belongs to, not its name', () => {
    expect(ids('وتندرج الاتفاقية في سياق الشراكة الاستراتيجية الشاملة بين سوريا وإيران.').map(([id]) => id)).not.toContain('test-old-partnership');
  });
});

describe('a signing sought or doubted is no document signed', () => {
  it('«من أجل التوصل إلى هدنة في …», «فرص إبرام هدنة في …»', () => {
    expect(signed(`${VISIT}ودعا الرئيس إلى مواصلة الوساطة من أجل التوصل إلى هدنة في ريف حلب الجنوبي.`)).toEqual([]);
    expect(signed(`${VISIT}وأبدى الرئيس تشاؤمه إزاء فرص إبرام هدنة في ريف حلب الجنوبي.`)).toEqual([]);
  });

  it('«اتفاق "قصيرة للغاية"»: a quoted judgement is no quoted name', () => {
    const r = analyzeWith(`${VISIT}وقال الرئيس إن المهلة المتاحة لإبرام اتفاق "قصيرة للغاية".`, { published: '2023-05-04' }, testKnowledge());
    expect(r.agreements.map((a) => a.id)).toEqual([]);
  });
});

describe('documents that are not the meeting’s', () => {
  const CALL = 'أجرى الرئيس بشار الأسد اتصالا هاتفيا بالرئيس إبراهيم رئيسي اليوم، وبحث الجانبان العلاقات الثنائية.\n';
  const ids = (text: string, published = '2023-05-04') =>
    analyzeWith(text, { published }, testKnowledge()).agreements.filter((a) => a.meeting).map((a) => a.id);

  it('nothing is signed over the phone: a document a call’s report says was signed is an earlier one', () => {
    expect(ids(`${CALL}وأعلن الجانبان التوصل إلى اتفاق يقضي باستئناف الرحلات الجوية بين البلدين.`)).toEqual([]);
    // At a visit, the same words are a document of the meeting.
    expect(ids(`${VISIT}ووقع الرئيسان مذكرة تفاهم لتعزيز التعاون الاقتصادي.`)).toHaveLength(1);
  });

  it('«البلاغ المشترك», as Maghrebi desks call the joint communiqué, is the meeting’s statement, as «البيان المشترك» is', () => {
    const statement = analyzeWith(`${VISIT}وصدر في ختام المباحثات بلاغ مشترك أكد فيه البلدان عزمهما على تعزيز التعاون.`, { published: '2023-05-04' }, testKnowledge())
      .agreements.filter((a) => a.meeting)
      .map((a) => [a.id, a.mentions.map((m) => m.text)]);
    expect(statement).toEqual([['ar:البيان المشترك Damascus 2023-05-03', ['بلاغ مشترك']]]);
  });

  it('«البيان الثلاثي» in the report of two countries’ meeting is another occasion’s statement', () => {
    expect(ids(`${VISIT}وأكد الجانبان التزامهما بالبيان الثلاثي.`)).toEqual([]);
    expect(ids(`${VISIT}وأكد الجانبان التزامهما بالبيان المشترك.`)).toHaveLength(1);
  });

  it('a statement its clause dates on another day, an ordinal day of a month («في العاشر من مارس»), is an earlier one', () => {
    expect(ids(`${VISIT}وأشاد الجانبان بالبيان المشترك الصادر في العاشر من مارس.`, '2023-05-04')).toEqual([]);
    expect(ids(`${VISIT}وأشاد الجانبان بالبيان المشترك الصادر في ختام المباحثات.`, '2023-05-04')).toHaveLength(1);
  });
});

describe('the documents of a signing told as a list', () => {
  it('«مذكرة تفاهم بين وزارتي … بشأن …»: the parties between the kind word and what it is about are part of its name', () => {
    expect(
      signed(`${VISIT}وفي ختام المباحثات وقع الجانبان عددا من مذكرات التفاهم، شملت مذكرة تفاهم بين وزارتي الخارجية في البلدين بشأن التشاور السياسي، ومذكرة تفاهم في مجال النقل البحري.`),
    ).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم بين وزارتي الخارجية في البلدين بشأن التشاور السياسي']],
      ['ar:مذكره Damascus 2023-05-03 نقل', ['مذكرة تفاهم في مجال النقل البحري']],
    ]);
    // No word of what it is about after the parties: the parties, to the sentence's end, are its name.
    expect(signed(`${VISIT}ووقع الجانبان مذكرة تفاهم بين وزارتي الخارجية في البلدين.`)).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم بين وزارتي الخارجية في البلدين']],
    ]);
    // Not when a description follows the parties past a comma: «… بين الوزارتين، بحضور …» ends at the parties.
    expect(signed(`${VISIT}ووقع الجانبان مذكرة تفاهم بين البلدين، بحضور الرئيسين.`)).toEqual([]);
  });

  it('«البرنامج التنفيذي للتعاون …» is a document signed; «برنامج» alone is not', () => {
    expect(signed(`${VISIT}ووقع الوزيران البرنامج التنفيذي للتعاون الثقافي للأعوام 2024 - 2026.`)).toEqual([
      ['ar:برنامج Damascus 2023-05-03', ['البرنامج التنفيذي للتعاون الثقافي']],
    ]);
    expect(signed(`${VISIT}ووقع الوزيران برنامجا للتعاون الثقافي بين البلدين.`)).toEqual([]);
  });

  it('two executive programmes about different fields are two agreements («للتعاون» tells them not apart)', () => {
    expect(
      signed(`${VISIT}ووقع الجانبان مذكرتي تفاهم، إلى جانب برنامج تنفيذي للتعاون في المجالين القانوني والقضائي، وبرنامج تنفيذي للتعاون في مجال التعليم.`),
    ).toEqual([
      ['ar:برنامج Damascus 2023-05-03', ['برنامج تنفيذي للتعاون في المجالين القانوني والقضائي']],
      ['ar:برنامج Damascus 2023-05-03 تعليم', ['برنامج تنفيذي للتعاون في مجال التعليم']],
    ]);
  });

  it('«…، إضافة إلى مذكرة تفاهم …», «…، فضلا عن برنامج تنفيذي …»: the next document of the signing', () => {
    expect(
      signed(`${VISIT}ووقع الوزيران مذكرة تفاهم لإطلاق حوار استراتيجي بين البلدين، إضافة إلى برنامج تنفيذي للتعاون في مجال التعليم العالي.`),
    ).toEqual([
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم لإطلاق حوار استراتيجي']],
      ['ar:برنامج Damascus 2023-05-03', ['برنامج تنفيذي للتعاون في مجال التعليم العالي']],
    ]);
    expect(
      signed(`${VISIT}وجرى التوقيع على اتفاقية للإعفاء المتبادل من التأشيرات، فضلا عن مذكرة تفاهم في مجال الصحة العامة.`),
    ).toEqual([
      ['ar:اتفاقيه Damascus 2023-05-03', ['اتفاقية للإعفاء المتبادل من التأشيرات']],
      ['ar:مذكره Damascus 2023-05-03', ['مذكرة تفاهم في مجال الصحة العامة']],
    ]);
  });
});
