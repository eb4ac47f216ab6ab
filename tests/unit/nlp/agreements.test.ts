import { describe, expect, it } from 'vitest';
import { agreementIds, run } from './helpers.ts';
import { testAgreements, testSource } from './fixtures/knowledge.ts';
import { compileKnowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import type { AgreementEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { analyze } from '../../../src/nlp/analyze.ts';

const mentions = (text: string, id: string) => run(text).agreements.find((a) => a.id === id)?.mentions.map((m) => m.text) ?? [];

describe('Security Council resolutions', () => {
  it('reads the number after «قرار مجلس الأمن (الدولي) (رقم|الرقم)», in any digits', () => {
    expect(mentions('وأضاف أن العملية مرتبطة بقرار مجلس الأمن الرقم 2254 الذي علق.', 'unsc-resolution-2254')).toEqual([
      'قرار مجلس الأمن الرقم 2254',
    ]);
    expect(mentions('وأكد التزام بلاده بقرار مجلس الأمن الدولي رقم ٢٢٥٤.', 'unsc-resolution-2254')).toEqual([
      'قرار مجلس الأمن الدولي رقم ٢٢٥٤',
    ]);
  });

  it('reads «القرار (الدولي|الأممي) N» and merges mentions of one resolution', () => {
    const r = run('ودعا إلى الالتزام بالقرار الدولي 2254، وقال إن القرار الأممي ٢٢٥٤ هو الأساس، والقرار 2254 واضح.');
    expect(agreementIds(r)).toEqual(['unsc-resolution-2254']);
    expect(r.agreements[0]!.mentions.map((m) => m.text)).toEqual(['القرار الدولي 2254', 'القرار الأممي ٢٢٥٤', 'القرار 2254']);
    expect(r.agreements[0]!.nameEn).toBe('UN Security Council Resolution 2254');
  });

  it('reads lists of resolutions after a plural', () => {
    expect(agreementIds(run('ودعا إلى تطبيق القرارين 242 و338 وقرار مجلس الأمن 1701.'))).toEqual([
      'unsc-resolution-1701',
      'unsc-resolution-242',
      'unsc-resolution-338',
    ]);
  });

  it('reads «عدد» for «رقم», as Tunisian and Moroccan copy write it, and still no decree', () => {
    expect(mentions('وجدد الوزير دعم بلاده لقرار مجلس الأمن عدد 2254 بشأن سوريا.', 'unsc-resolution-2254')).toEqual(['قرار مجلس الأمن عدد 2254']);
    expect(agreementIds(run('وصدر القرار عدد 45 لسنة 2020 عن رئاسة الحكومة.'))).toEqual([]);
  });

  it('does not take decrees or small numbers for resolutions', () => {
    expect(agreementIds(run('وصدر القرار رقم 45 لسنة 2020 عن رئيس الوزراء.'))).toEqual([]);
    expect(agreementIds(run('وقال إن القرار 15 لم ينفذ بعد.'))).toEqual([]);
    expect(agreementIds(run('وجاء القرار بعد 2254 يوما من المفاوضات.'))).toEqual([]);
  });
});

describe('General Assembly resolutions by number', () => {
  it('«القرار 194» without the Security Council named is the Assembly’s resolution the knowledge lists by that number', () => {
    const ids = (text: string) => analyze(text, { published: '2023-08-14' }).agreements.map((g) => g.id);
    expect(ids('وشدد القادة على حل قضية اللاجئين وفقا لقرارات الشرعية الدولية، ولا سيما القرار 194.')).toEqual(['unga-resolution-194']);
    expect(ids('وطالب بتطبيق القرار الأممي 181 الخاص بتقسيم فلسطين.')).toEqual(['unga-resolution-181']);
    // The Council named: its resolution, whatever the Assembly's of that number.
    expect(ids('وأشار إلى قرار مجلس الأمن رقم 194 الصادر عام 1964.')).toEqual(['unsc-resolution-194']);
    // No Assembly resolution of that number listed: the Council's, as before.
    expect(ids('ودعا إلى تنفيذ القرار 2254 بشأن سوريا.')).toEqual(['unsc-resolution-2254']);
  });
});

describe('named agreements', () => {
  it('a name ending with its two parties matches them in either order («… بين إيران وروسيا»)', () => {
    const a = analyze('وأكد رئيس الدبلوماسية الإيرانية أن توقيع معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا يمثل أبرز تجليات التعاون بين البلدين.', { published: '2025-04-17' });
    expect(a.agreements.map((g) => g.id)).toEqual(['russia-iran-comprehensive-strategic-partnership-treaty-2025']);
  });

  it('a name holding «عبد …» matches it written joined or apart («خور عبدالله», «خور عبد الله»)', () => {
    for (const text of ['وتنظم اتفاقية خور عبدالله الملاحة بين العراق والكويت.', 'وتنظم اتفاقية خور عبد الله الملاحة بين العراق والكويت.'])
      expect(analyze(text, { published: '2023-09-10' }).agreements.map((g) => g.id)).toEqual(['khor-abdullah-agreement-2012']);
  });

  it('a kind word and one word of the name, then a clause or a participle of signing that gives the place', () => {
    for (const text of [
      'وتستند المفاوضات بين مصر والسودان وإثيوبيا إلى إعلان المبادئ الذي وقعه قادة الدول الثلاث في الخرطوم عام 2015.',
      'ويتمسك السودان ومصر بإعلان المبادئ الموقع بين الدول الثلاث وإثيوبيا في الخرطوم في مارس 2015.',
    ])
      expect(analyze(text, { published: '2021-04-06' }).agreements.map((g) => g.id)).toEqual(['gerd-declaration-of-principles-2015']);
    // «بين الرياض وطهران» names the parties, not where a deal was signed.
    const beijing = analyze('وهذا أول اتصال بين ولي العهد السعودي والرئيس الإيراني منذ الاتفاق الذي رعته الصين في مارس الماضي لاستئناف العلاقات بين الرياض وطهران.', { published: '2023-10-11' });
    expect(beijing.agreements.map((g) => g.id)).toEqual(['saudi-iran-beijing-agreement-2023']);
  });

  it('takes a quoted assessment after a treaty noun for what the deal should be, not its name', () => {
    expect(agreementIds(run('وقال إن بلاده تسعى للتوصل إلى اتفاق "عادل" ينهي الأزمة.'))).toEqual([]);
    expect(agreementIds(run('ووقعت الدول الثلاث اتفاقية "أوكوس" للتعاون الدفاعي.'))).toEqual(['ar:اتفاق اوكوس']);
  });

  it('finds every name of one treaty, with a treaty noun and quotes joining the mention', () => {
    expect(mentions('كما بحث الطرفان موضوع معاهدة «ستارت 3» ومستقبلها.', 'new-start')).toEqual(['معاهدة «ستارت 3»']);
    expect(mentions('واستعداد روسيا لمناقشة معاهدة الحد من الأسلحة الاستراتيجية الهجومية.', 'new-start')).toEqual([
      'معاهدة الحد من الأسلحة الاستراتيجية الهجومية',
    ]);
    expect(mentions('وأكد أن بلاده ملتزمة بالاتفاق النووي الإيراني.', 'jcpoa')).toEqual(['الاتفاق النووي الإيراني']);
    expect(mentions('وناقش الوزيران مستقبل معاهدة «ستارت-3».', 'new-start')).toEqual(['معاهدة «ستارت-3»']);
  });

  it('reads a description after a treaty noun that carries a conjunction', () => {
    expect(mentions('ناقشا مستقبل ستارت 3 ومعاهدة الصواريخ المتوسطة والقصيرة المدى.', 'inf-treaty')).toEqual([
      'معاهدة الصواريخ المتوسطة والقصيرة المدى',
    ]);
  });

  it('recognises a treaty described with changing nouns', () => {
    for (const text of [
      'وبحث الطرفان موضوع معاهدة تقليص الأسلحة النووية المتوسطة والقصيرة ومعاهدة ستارت 3.',
      'أعلن انسحاب بلاده من معاهدة القوى النووية المتوسطة والقصيرة المدى.',
      'وانسحبت واشنطن من معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى.',
    ]) {
      expect(agreementIds(run(text)), text).toContain('inf-treaty');
    }
    expect(mentions('وانسحبت واشنطن من معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى في 2019.', 'inf-treaty')).toEqual([
      'معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى',
    ]);
  });

  it('does not take a description for an agreement whose place it does not name', () => {
    expect(agreementIds(run('ورحب الوزير باتفاق التهدئة الشاملة في غزة أمس.'))).toEqual(['gaza-truce']);
    // Three of the name's four content words, but not its place: another truce.
    expect(agreementIds(run('ورحب الوزير باتفاق التهدئة الشاملة الجديد أمس.'))).toEqual([]);
    expect(agreementIds(run('وانهار اتفاق التهدئة الشاملة السوداني.'))).toEqual([]);
  });

  it('recognises a description of the Iran deal that adds words to its name', () => {
    expect(agreementIds(run('والوضع حول خطة العمل الشاملة لتسوية البرنامج النووي الإيراني.'))).toEqual(['jcpoa']);
  });

  it('takes a one-word name for an agreement only after a treaty or process noun, or in quotes', () => {
    expect(agreementIds(run('وعقدت في أستانا جولة جديدة من المحادثات.'))).toEqual([]);
    expect(agreementIds(run('وأكد التزام بلاده بمحادثات أستانا.'))).toEqual(['astana-process']);
    expect(agreementIds(run('وأشاد بمسار أستانا.'))).toEqual(['astana-process']);
  });

  it('names an agreement no file lists after a place or in quotes', () => {
    const r = run('وأكد التزام موسكو باتفاقات مينسك، ودعا إلى احترام اتفاق الطائف واتفاقية «أوكوس».');
    expect(r.agreements.map((a) => [a.id, a.name, a.nameEn])).toEqual([
      ['ar:اتفاق مينسك', 'اتفاقات مينسك', ''],
      ['ar:اتفاق الطائف', 'اتفاق الطائف', ''],
      ['ar:اتفاق اوكوس', 'اتفاقية «أوكوس»', ''],
    ]);
    expect(agreementIds(run('ووقع الطرفان اتفاق روسيا وتركيا حول إدلب.'))).toEqual([]);
  });

  it('does not take generic phrases for agreements', () => {
    for (const text of [
      'وكان الوزيران قد بحثا الأسبوع الماضي اتفاقا بين بلديهما بشأن "مكافحة الإرهاب".',
      'إن الجانبين خططا لتوقيع بيان مشترك في ختام اللقاء.',
      'ولم يكف النظام عن الخروقات للاتفاقات الدولية في هذه المناطق.',
      'وأشاد بخطة العمل الشاملة لمكافحة الفقر في المنطقة.',
      'ما يعطينا أملا في إمكانية التوصل إلى بعض الاتفاقات.',
      'ووقع البلدان مذكرة تفاهم بين الوزارتين.',
      // The kind's words only («خطة عمل مشتركة») are not «خطة العمل الشاملة المشتركة».
      'واعتمد القادة البيان الختامي وخطة عمل مشتركة للأعوام المقبلة.',
    ]) {
      expect(agreementIds(run(text)), text).toEqual([]);
    }
  });
});

describe('agreements by description, in context', () => {
  const dated: AgreementEntry[] = [
    { id: 'sa-ir-resumption', en: 'Saudi-Iranian resumption', ar: ['اتفاق استئناف العلاقات بين السعودية وإيران'], date: '2023-03-10', parties: ['SA', 'IR'], mediators: ['CN'], place: 'بكين', source: 'test' },
    { id: 'sa-ir-security', en: 'Saudi-Iranian security agreement', ar: ['اتفاقية التعاون الأمني بين السعودية وإيران'], date: '2001-04-17', parties: ['SA', 'IR'], source: 'test' },
    { id: 'ru-ir-partnership', en: 'Russia-Iran partnership', ar: ['معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران'], date: '2025-01-17', parties: ['RU', 'IR'], source: 'test' },
    { id: 'ru-kp-partnership', en: 'Russia-DPRK partnership', ar: ['معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وكوريا الشمالية'], date: '2024-06-19', parties: ['RU', 'KP'], source: 'test' },
    { id: 'jeddah-sudan', en: 'Jeddah declaration on Sudan', ar: ['إعلان جدة الإنساني لحماية المدنيين في السودان'], date: '2023-05-11', place: 'جدة', source: 'test' },
    { id: 'jeddah-summit', en: 'Jeddah summit declaration', ar: ['إعلان قمة جدة العربية'], date: '2023-05-19', place: 'جدة', source: 'test' },
    { id: 'doha-2008', en: 'Doha 2008', ar: ['اتفاق الدوحة اللبناني'], date: '2008-05-21', place: 'الدوحة', source: 'test' },
    { id: 'doha-2020', en: 'Doha 2020', ar: ['اتفاق الدوحة'], date: '2020-02-29', place: 'الدوحة', source: 'test' },
    { id: 'grain', en: 'Grain deal', ar: ['مبادرة الحبوب في البحر الأسود'], date: '2022-07-22', source: 'test' },
    { id: 'lebanon-truce', en: 'Lebanon ceasefire', ar: ['اتفاق وقف إطلاق النار في لبنان'], date: '2024-11-27', source: 'test' },
    { id: 'sa-ir-military-2014', en: 'Saudi–Iranian military cooperation agreement', ar: ['اتفاقية التعاون العسكري بين السعودية وإيران'], date: '2014-12-19', parties: ['SA', 'IR'], source: 'test' },
    { id: 'sa-ir-military-protocol-2023', en: 'Saudi–Iranian military protocol', ar: ['بروتوكول التعاون العسكري بين السعودية وإيران'], date: '2023-04-05', parties: ['SA', 'IR'], source: 'test' },
    { id: 'development-road', en: 'Development Road memorandum', ar: ['مذكرة التفاهم الرباعية بشأن طريق التنمية'], date: '2024-04-22', parties: ['IQ', 'TR', 'QA', 'AE'], source: 'test' },
  ];
  const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...dated] });
  const found = (text: string, published: string) => analyzeWith(text, { published }, k).agreements.map((a) => a.id).sort();

  it('a description that names one word of an entry, its sentence the rest, its parties in the story («مذكرة التفاهم الرباعية» beside «لمشروع طريق التنمية»)', () => {
    const text = 'بحث رئيس الوزراء العراقي مع وزير الطاقة التركي ملفات الطاقة. وتولي أنقرة أهمية خاصة لمشروع طريق التنمية، وتشارك فيه قطر والإمارات بموجب مذكرة التفاهم الرباعية التي وقعت في بغداد.';
    expect(found(text, '2025-03-17')).toContain('development-road');
    // Its sentence says nothing of the road: no entry.
    expect(found('بحث رئيس الوزراء العراقي مع وزير الطاقة التركي ملفات الطاقة، وتشارك قطر والإمارات بموجب مذكرة التفاهم الرباعية.', '2025-03-17')).not.toContain('development-road');
  });

  it('of two entries the words fit alike, the one of the description’s own kind word («اتفاقية», not «بروتوكول»)', () => {
    expect(found('وبحث الوزير السعودي ونظيره الإيراني في الرياض اليوم تنفيذ اتفاقية التعاون العسكري بين البلدين التي دخلت حيز التنفيذ قبل سنوات.', '2023-04-06')).toEqual([
      'sa-ir-military-2014',
    ]);
  });

  it('links a kind word with a topic to the entry whose parties the article names, and checks the year', () => {
    expect(found('وبحث الوزير السعودي ونظيره الإيراني تفعيل اتفاقية التعاون الأمني المبرمة بين البلدين عام 2001.', '2023-04-06')).toEqual(['sa-ir-security']);
    expect(found('واتفق الوزيران المصري والتركي على تفعيل اتفاقية التعاون الأمني الموقعة بين البلدين عام 2001.', '2023-04-06')).toEqual([]);
    expect(found('وبحث الوزير السعودي ونظيره الإيراني تفعيل اتفاقية التعاون الأمني المبرمة بين البلدين عام 2015.', '2023-04-06')).toEqual([]);
  });

  it('tells agreements of one topic apart by the parties named, and never names one not yet signed', () => {
    expect(found('ووقّع الرئيسان الروسي والإيراني في موسكو اتفاقية «الشراكة الاستراتيجية الشاملة» بين البلدين.', '2025-01-18')).toEqual(['ru-ir-partnership']);
    expect(found('ولا تشبه معاهدة طهران الجديدة مع روسيا معاهدة الشراكة الاستراتيجية الشاملة التي أبرمتها موسكو مع بيونغ يانغ.', '2025-01-18')).toContain('ru-kp-partnership');
    expect(found('وبحث الرئيسان الروسي والإيراني مشروع اتفاقية الشراكة الاستراتيجية الشاملة بين البلدين.', '2020-03-01')).toEqual([]);
  });

  it('reads a declaration named by its city by date, and by the words the article shares with it', () => {
    expect(found('واعتمد القادة العرب «إعلان جدة» في ختام أعمال القمة.', '2023-05-20')).toEqual(['jeddah-summit']);
    expect(found('ودعا الوسطاء طرفي النزاع إلى احترام إعلان جدة الموقع قبل يومين.', '2023-05-13')).toEqual(['jeddah-sudan']);
    expect(found('وحث الوسطاء طرفي الحرب في السودان على احترام إعلان جدة وحماية المدنيين.', '2023-10-01')).toEqual(['jeddah-sudan']);
    expect(found('وقال إن اتفاق الدوحة أنهى الأزمة السياسية في بيروت.', '2010-06-01')).toEqual(['doha-2008']);
    expect(found('وقال إن اتفاق الدوحة يلزم الحركة بقطع صلاتها بالتنظيمات المتطرفة.', '2021-06-01')).toEqual(['doha-2020']);
  });

  it('takes a bare statement for the one agreement of the article\'s parties reached where it says, days before', () => {
    const text = 'صدر في بكين اليوم بيان ثلاثي مشترك أعلنت فيه السعودية وإيران استئناف العلاقات بوساطة صينية.';
    expect(found(text, '2023-03-10')).toEqual(['sa-ir-resumption']);
    expect(found(text, '2023-06-10')).toEqual([]);
    expect(found('صدر في الرياض اليوم بيان مشترك أعلنت فيه السعودية وإيران استئناف الحوار.', '2023-03-10')).toEqual([]);
    // Told as announcing it, before the statement too; only quoted, it is a document of its own.
    expect(found('واتفقت السعودية وإيران في بكين على استئناف العلاقات، وأعلنتا ذلك اليوم في بيان ثلاثي مشترك.', '2023-03-10')).toEqual(['sa-ir-resumption']);
    expect(found('وجاء في البيان الثلاثي المشترك الصادر في بكين اليوم أن السعودية وإيران ستستأنفان العلاقات.', '2023-03-10')).toEqual([]);
  });

  it('reads a kind word and a relative clause that gives where it was signed or who brokered it', () => {
    const parties = 'والتقى وزير الخارجية السعودي نظيره الإيراني في طهران. ';
    expect(found(`${parties}وقال إن الاتفاق الذي أبرمه البلدان في بكين فتح صفحة جديدة.`, '2023-06-18')).toEqual(['sa-ir-resumption']);
    expect(found(`${parties}ودعا إلى تنفيذ الاتفاق الذي رعته الصين.`, '2023-06-18')).toEqual(['sa-ir-resumption']);
    // Not before it was signed, not another city's, not with a country that is neither party nor mediator.
    expect(found(`${parties}وقال إن الاتفاق الذي أبرمه البلدان في بكين فتح صفحة جديدة.`, '2022-06-18')).toEqual([]);
    expect(found(`${parties}وقال إن الاتفاق الذي أبرمه البلدان في الرياض فتح صفحة جديدة.`, '2023-06-18')).toEqual([]);
    expect(found(`${parties}ودعا إلى تنفيذ الاتفاق الذي رعته قطر.`, '2023-06-18')).toEqual([]);
  });

  it('reads a year the relative clause gives («اتفاق وقعه البلدان عام 2001») for an entry of the article’s two parties, not a year after «منذ»', () => {
    const parties = 'والتقى وزير الخارجية السعودي نظيره الإيراني في طهران. ';
    expect(found(`${parties}وقال إن الاتفاقية التي وقعها البلدان عام 2001 ما زالت سارية.`, '2023-06-18')).toEqual(['sa-ir-security']);
    expect(found(`${parties}وقال إن الاتفاقية التي وقعها البلدان عام 2005 ما زالت سارية.`, '2023-06-18')).toEqual([]);
    expect(found(`${parties}وقال إن الاتفاقية التي يلتزم بها البلدان منذ عام 2001 ما زالت سارية.`, '2023-06-18')).toEqual([]);
  });

  it('reads who brokered it after the kind word («اتفاقا برعاية صينية», «اتفاق بوساطة صينية»), by the brokers alone', () => {
    const parties = 'والتقى وزير الخارجية السعودي نظيره الإيراني في طهران. ';
    expect(found(`${parties}وكان البلدان قد وقعا اتفاقا برعاية صينية لاستئناف علاقاتهما المقطوعة منذ عام 2016.`, '2023-06-18')).toEqual(['sa-ir-resumption']);
    expect(found(`${parties}وكان البلدان قد توصلا إلى اتفاق بوساطة صينية.`, '2023-06-18')).toEqual(['sa-ir-resumption']);
    // Another broker is no reason to pick it.
    expect(found(`${parties}وكان البلدان قد توصلا إلى اتفاق بوساطة قطرية.`, '2023-06-18')).toEqual([]);
  });

  it('reads «بين البلدين», «بينهما» after a description as the two countries its sentence names, for a document they already signed', () => {
    // One of its names without its parties («الاتفاق الثلاثي في بكين»), so that the names alone do not say whose it is.
    const entry: AgreementEntry = {
      id: 'resumption',
      en: 'resumption',
      ar: ['اتفاق استئناف العلاقات بين السعودية وإيران', 'الاتفاق الثلاثي في بكين'],
      date: '2023-03-10',
      parties: ['SA', 'IR'],
      mediators: ['CN'],
      source: 'test',
    };
    const ids = (text: string, published: string) =>
      analyzeWith(text, { published }, compileKnowledge({ ...testSource, agreements: [...testAgreements, entry] })).agreements.map((a) => a.id);
    const pair = 'وكانت الرياض وطهران قد توصلتا إلى اتفاق لاستئناف العلاقات الدبلوماسية';
    expect(ids(`${pair} بينهما.`, '2023-06-18')).toEqual(['resumption']);
    expect(ids('وبحثت السعودية وإيران تنفيذ اتفاق استئناف العلاقات الدبلوماسية بين البلدين.', '2023-06-18')).toEqual(['resumption']);
    // Not without the pair, before it was signed, nor of a year not its own.
    expect(ids(`${pair}.`, '2023-06-18')).toEqual([]);
    expect(ids(`${pair} بينهما.`, '2022-06-18')).toEqual([]);
    expect(ids(`${pair} بينهما عام 2016.`, '2023-06-18')).toEqual([]);
  });

  it('two documents named together by a dual and their parties («المذكرتين الموقعتين بين أنقرة وحكومة الوفاق») are the pair signed on one day', () => {
    const mou = (id: string, date: string): AgreementEntry => ({ id, en: id, ar: [`مذكرة ${id}`], date, parties: ['TR', 'LY'], source: 'test' });
    const pair = [mou('maritime', '2019-11-27'), mou('security', '2019-11-27')];
    const ids = (extra: AgreementEntry[], text: string) =>
      analyzeWith(text, { published: '2020-01-17' }, compileKnowledge({ ...testSource, agreements: [...testAgreements, ...extra] })).agreements.map((a) => a.id).sort();
    const text = 'ورفض وزير الخارجية اليوناني المذكرتين الموقعتين بين أنقرة وحكومة الوفاق الليبية.';
    expect(ids(pair, text)).toEqual(['maritime', 'security']);
    // The latest day the parties signed holds one document, or three: none (not an older pair).
    expect(ids([...pair, mou('energy', '2019-12-20')], text)).toEqual([]);
    expect(ids([...pair, mou('ports', '2019-11-27')], text)).toEqual([]);
    // No party named after the dual: none.
    expect(ids(pair, 'وقال إن أنقرة وطرابلس ماضيتان في تنفيذ مذكرتي التفاهم.')).toEqual([]);
  });

  it('a statement one body issued is its own, though its clause names a party and a city of an agreement', () => {
    // The 2009 US–Russian joint understanding was signed in Moscow; the embassy's statement is not it.
    const ids = (text: string) => analyze(text, { published: '2021-09-10' }).agreements.map((a) => a.id);
    expect(ids('وانتقدت زاخاروفا البيان الذي وزعته السفارة الأمريكية في موسكو بعد اللقاء.')).toEqual([]);
    expect(ids('وانتقدت زاخاروفا البيان الذي أصدرته الخارجية الأمريكية في موسكو بعد اللقاء.')).toEqual([]);
  });

  it('a roadmap by description («خارطة طريق لتسوية النزاع الحدودي»), its topic ending where the frame of its announcement begins', () => {
    const roadmap: AgreementEntry = { id: 'sa-ir-roadmap', en: 'Saudi–Iranian roadmap', ar: ['خريطة الطريق لتسوية النزاع الحدودي السعودي الإيراني'], date: '2023-04-06', parties: ['SA', 'IR'], place: 'بكين', source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, roadmap] });
    const ids = (text: string) => analyzeWith(text, { published: '2023-06-18' }, k2).agreements.map((a) => a.id);
    const parties = 'والتقى وزير الخارجية السعودي نظيره الإيراني في طهران. ';
    expect(ids(`${parties}وأشاد الوزيران بخارطة طريق لتسوية النزاع الحدودي أعلنت بحضور المبعوث الصيني وانغ يي.`)).toContain('sa-ir-roadmap');
    expect(ids(`${parties}وأشاد الوزيران بخارطة الطريق لتسوية النزاع الحدودي بحضور مسؤولين من الدول الثلاث ورجال أعمال وسفراء.`)).toContain('sa-ir-roadmap');
    // «خريطة» without «طريق» is a map.
    expect(ids(`${parties}وأشاد الوزيران بخريطة لتسوية النزاع الحدودي.`)).not.toContain('sa-ir-roadmap');
  });

  it('an indefinite document and a verb that takes it as object: «إعلان مشترك وقعه الرئيسان خلال زيارة … إلى القاهرة»', () => {
    const cairo: AgreementEntry = { id: 'eg-tr-cairo', en: 'Egypt–Turkey joint declaration (Cairo)', ar: ['الإعلان المشترك المصري التركي بشأن مجلس التعاون'], date: '2024-02-14', parties: ['EG', 'TR'], place: 'القاهرة', source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, cairo] });
    const ids = (text: string) => analyzeWith(text, { published: '2024-09-04' }, k2).agreements.map((a) => a.id);
    const parties = 'واستقبل الرئيس التركي نظيره المصري في أنقرة. ';
    expect(ids(`${parties}وأعيد تشكيل المجلس بموجب إعلان مشترك وقعه الرئيسان خلال زيارة أردوغان إلى القاهرة في فبراير.`)).toContain('eg-tr-cairo');
    // Signed elsewhere than the entry's city: not it.
    expect(ids(`${parties}وأعيد تشكيل المجلس بموجب إعلان مشترك وقعه الرئيسان خلال زيارة أردوغان إلى الرياض في فبراير.`)).not.toContain('eg-tr-cairo');
  });

  it('a plan named after its author: the author’s plan of the story’s place, latest before the article; none when that is not said', () => {
    const plans: AgreementEntry[] = [
      { id: 'putin-plan-syria', en: 'Putin’s Syria plan', ar: ['خطة بوتين بشأن سوريا'], date: '2016-02-01', proposers: ['vladimir-putin'], source: 'test' },
      { id: 'putin-plan-ukraine', en: 'Putin’s Ukraine plan', ar: ['خطة بوتين بشأن أوكرانيا'], date: '2024-06-14', proposers: ['vladimir-putin'], source: 'test' },
    ];
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...plans] });
    const ids = (text: string, published: string) => analyzeWith(text, { published }, k2).agreements.map((a) => a.id);
    expect(ids('ودعا الوزير إلى تنفيذ خطة السلام التي طرحها الرئيس الروسي فلاديمير بوتين لإنهاء الحرب في أوكرانيا.', '2024-07-01')).toContain('putin-plan-ukraine');
    expect(ids('وبحث الجانبان خطة الرئيس الروسي فلاديمير بوتين للتسوية في سوريا.', '2024-07-01')).toContain('putin-plan-syria');
    // Before the Ukraine plan existed there was only the Syria plan; with no place of either, no guess.
    expect(ids('ورحب الوزير بمبادرة الرئيس الروسي فلاديمير بوتين.', '2024-07-01')).toEqual([]);
    // The author stays a person of the story.
    expect(analyzeWith('وبحث الجانبان خطة الرئيس الروسي فلاديمير بوتين للتسوية في سوريا.', { published: '2024-07-01' }, k2).officials.map((o) => o.id)).toContain('vladimir-putin');
  });

  it('a proposal named after its author («اقتراح بوتين», «المقترح الذي قدمه»): his plan, but not «مقترح له» nor one of another topic', () => {
    const plans: AgreementEntry[] = [
      { id: 'putin-plan-syria', en: 'Putin’s Syria plan', ar: ['خطة بوتين بشأن سوريا'], date: '2016-02-01', proposers: ['vladimir-putin'], source: 'test' },
    ];
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...plans] });
    const ids = (text: string) => analyzeWith(text, { published: '2016-03-01' }, k2).agreements.map((a) => a.id);
    expect(ids('وقال الوزير إن الحل ينطلق من اقتراح الرئيس الروسي فلاديمير بوتين للتسوية في سوريا.')).toEqual(['putin-plan-syria']);
    expect(ids('وقال الوزير إن الحل ينطلق من المقترح الذي قدمه الرئيس الروسي فلاديمير بوتين.')).toEqual(['putin-plan-syria']);
    // Indefinite: «a proposal of his», a new one.
    expect(ids('وبحث الوزير مقترحا للرئيس الروسي فلاديمير بوتين بشأن سوريا.')).toEqual([]);
    expect(ids('وبحث الوزير مقترح للرئيس الروسي فلاديمير بوتين بشأن سوريا.')).toEqual([]);
    // Its content right after the author, not the listed plan's.
    expect(ids('ورفض الوزير مقترح الرئيس الروسي فلاديمير بوتين نقل المحادثات إلى جنيف.')).toEqual([]);
  });

  it('of two readings of a bare description, the one whose parties are named near it', () => {
    const truces: AgreementEntry[] = [
      { id: 'lb-il-truce', en: 'Lebanon–Israel truce', ar: ['اتفاق وقف إطلاق النار بين لبنان وإسرائيل'], date: '2024-11-27', parties: ['LB', 'IL'], source: 'test' },
      { id: 'lb-sy-truce', en: 'Lebanon–Syria truce', ar: ['اتفاق وقف إطلاق النار بين لبنان وسوريا'], date: '2025-03-17', parties: ['LB', 'SY'], source: 'test' },
    ];
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...truces] });
    const ids = (text: string) => analyzeWith(text, { published: '2025-05-01' }, k2).agreements.map((a) => a.id);
    const syria = 'وبحث الجانبان العلاقات مع سوريا وأوضاع اللاجئين السوريين وملف الحدود والمعابر والتهريب والتنسيق الأمني بين الجيشين وعودة النازحين إلى قراهم وبلداتهم في الريف والمدن. ';
    expect(ids(`${syria}ودعا الرئيس اللبناني إسرائيل إلى احترام اتفاق وقف إطلاق النار والانسحاب من التلال الخمس.`)).toEqual(['lb-il-truce']);
  });

  it('a relative clause that names the parties and the day: «البيان المشترك الذي صدر عن الولايات المتحدة وروسيا في 11 تشرين الثاني»', () => {
    const danang: AgreementEntry = { id: 'us-ru-statement', en: 'US–Russia statement', ar: ['البيان المشترك الروسي الأمريكي بشأن سوريا'], date: '2017-11-11', parties: ['US', 'RU'], source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, danang] });
    const ids = (text: string) => analyzeWith(text, { published: '2017-11-22' }, k2).agreements.map((a) => a.id);
    const call = 'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره الأمريكي دونالد ترامب أمس. ';
    expect(ids(`${call}وجدد الرئيسان تأييدهما للبيان المشترك الذي صدر عن الولايات المتحدة وروسيا في 11 تشرين الثاني.`)).toContain('us-ru-statement');
    // Another day: another statement.
    expect(ids(`${call}وجدد الرئيسان تأييدهما للبيان المشترك الذي صدر عن الولايات المتحدة وروسيا في 2 تشرين الثاني.`)).not.toContain('us-ru-statement');
    // The day alone, the parties named elsewhere in the story: «البيان المشترك الموقع من الرئيسين يوم 11 نوفمبر».
    expect(ids(`${call}وأشار إلى البيان المشترك الموقع من الرئيسين يوم 11 نوفمبر.`)).toContain('us-ru-statement');
  });

  it('a description whose entry names a place is that entry when its sentence names the place', () => {
    const truce: AgreementEntry = { id: 'idlib-truce', en: 'Idlib truce', ar: ['اتفاق وقف الحرب في إدلب'], date: '2020-03-05', source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, truce] });
    const ids = (text: string) => analyzeWith(text, { published: '2020-06-01' }, k2).agreements.map((a) => a.id);
    expect(ids('وبحث الوزيران الأوضاع في إدلب، ودعوا إلى احترام اتفاق وقف الحرب.')).toContain('idlib-truce');
    expect(ids('وبحث الوزيران الأوضاع في ليبيا.\nودعوا إلى احترام اتفاق وقف الحرب.')).not.toContain('idlib-truce');
  });

  it('a description is an entry of two parties only when the article names both', () => {
    const pacts: AgreementEntry[] = [
      { id: 'sa-pk-defence', en: 'Saudi–Pakistani defence pact', ar: ['اتفاقية الدفاع الاستراتيجي المشترك'], date: '2025-09-17', parties: ['SA', 'PK'], source: 'test' },
    ];
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...pacts] });
    const ids = (text: string) => analyzeWith(text, { published: '2025-11-19' }, k2).agreements.map((a) => a.id);
    expect(ids('ووقع ولي العهد السعودي والرئيس الأمريكي في واشنطن اتفاقية الدفاع الاستراتيجي بين البلدين.')).not.toContain('sa-pk-defence');
    expect(ids('وذكّر بأن السعودية وباكستان وقعتا اتفاقية الدفاع الاستراتيجي في الرياض.')).toContain('sa-pk-defence');
  });

  it('an entry that only its year tells from others needs the year; a city with another capital announcing is no name', () => {
    const truce: AgreementEntry = { id: 'gaza-2021', en: 'Gaza ceasefire 2021', ar: ['اتفاق وقف إطلاق النار في قطاع غزة عام 2021'], date: '2021-05-20', parties: ['IL', 'PS'], source: 'test' };
    const riyadh: AgreementEntry = { id: 'riyadh-statement', en: 'Riyadh statement', ar: ['بيان الرياض 2'], date: '2017-11-23', place: 'الرياض', source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, truce, riyadh] });
    const ids = (text: string, published: string) => analyzeWith(text, { published }, k2).agreements.map((a) => a.id);
    const parties = 'وبحث الوسطاء مع الجانبين الإسرائيلي والفلسطيني التهدئة. ';
    expect(ids(`${parties}ودعا إلى احترام اتفاق وقف إطلاق النار.`, '2025-01-16')).not.toContain('gaza-2021');
    expect(ids(`${parties}ودعا إلى احترام اتفاق وقف إطلاق النار في قطاع غزة عام 2021.`, '2025-01-16')).toContain('gaza-2021');
    expect(ids('وتأتي الزيارة بعد إعلان الرياض وطهران استئناف العلاقات.', '2023-05-04')).toEqual([]);
  });

  it('in the report of its signing, «اتفاق المصالحة» is the one signed in the city the story names that week', () => {
    const deals: AgreementEntry[] = [
      { id: 'reconciliation-2017', en: 'Cairo reconciliation 2017', ar: ['اتفاق المصالحة في القاهرة 2017'], date: '2017-10-12', mediators: ['EG'], place: 'القاهرة', source: 'test' },
    ];
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...deals] });
    const ids = (text: string, published: string) => analyzeWith(text, { published }, k2).agreements.map((a) => a.id);
    const signed = 'وقع وفدا الحركتين في القاهرة اليوم على اتفاق المصالحة برعاية مصرية.';
    expect(ids(signed, '2017-10-12')).toContain('reconciliation-2017');
    expect(ids(signed, '2017-10-14')).toContain('reconciliation-2017');
    // Years later, or in another city, the year must be written.
    expect(ids(signed, '2022-10-13')).not.toContain('reconciliation-2017');
    expect(ids('وقع وفدا الحركتين في الجزائر اليوم على اتفاق المصالحة.', '2017-10-12')).not.toContain('reconciliation-2017');
    // An indefinite «اتفاق مصالحة» is any deal, not the one of the week.
    expect(ids('وتحدث عن فرص التوصل في القاهرة إلى اتفاق مصالحة جديد.', '2017-10-13')).not.toContain('reconciliation-2017');
  });

  it('a declaration named by its city: of the days reported before older ones, a declaration before a statement', () => {
    const older: AgreementEntry = { id: 'riyadh-2007', en: 'Riyadh declaration 2007', ar: ['إعلان الرياض الصادر عن القمة العربية'], date: '2007-03-29', place: 'الرياض', source: 'test' };
    const summit: AgreementEntry = { id: 'riyadh-2022', en: 'Riyadh declaration 2022', ar: ['إعلان الرياض للقمة العربية الصينية'], date: '2022-12-09', place: 'الرياض', source: 'test' };
    const statement: AgreementEntry = { id: 'riyadh-statement-2022', en: 'Riyadh statement 2022', ar: ['بيان الرياض للقمة الخليجية الصينية'], date: '2022-12-09', place: 'الرياض', source: 'test' };
    const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, older, summit, statement] });
    const ids = (published: string) => analyzeWith('واعتمد القادة العرب إعلان الرياض في ختام القمة.', { published }, k2).agreements.map((a) => a.id);
    expect(ids('2022-12-09')).toEqual(['riyadh-2022']);
    expect(ids('2015-01-01')).toEqual(['riyadh-2007']);
  });

  it('does not take a description for an entry whose names it does not mostly hold', () => {
    expect(found('واتفق الرئيسان الروسي والأمريكي على هدنة بحرية في البحر الأسود.', '2025-03-19')).toEqual([]);
    expect(found('ودعا الوزير إلى احترام اتفاق وقف إطلاق النار في غزة.', '2025-02-01')).toEqual([]);
  });
});

describe('the statement of the meeting reported', () => {
  it('a meeting told with no day is the news of the article’s day or the day before: its statement is the one listed for then', () => {
    const a = analyze('التقى الرئيس الأمريكي جو بايدن نظيره الروسي فلاديمير بوتين، وصدر عن اللقاء بيان مشترك أكد فيه الرئيسان أن الحرب النووية لا يمكن كسبها.', { published: '2021-06-17' });
    expect(a.agreements.map((g) => g.id)).toEqual(['us-russia-joint-statement-strategic-stability-2021']);
  });

  const text = (statement: string) =>
    `التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو أمس. ${statement}`;

  it('becomes an agreement of that meeting, with a readable name and an ar: id of its place and date, the same in every report', () => {
    const a = run(text('وأكد البيان المشترك الصادر عقب اللقاء أهمية الحوار.'), '2019-05-15');
    const b = run(text('وجاء في بيان مشترك أن الجانبين اتفقا على مواصلة التنسيق.'), '2019-05-15');
    const sa = a.agreements.find((x) => x.id.startsWith('ar:'));
    const sb = b.agreements.find((x) => x.id.startsWith('ar:'));
    expect(sa?.mentions.map((m) => m.text)).toEqual(['البيان المشترك']);
    expect(sa?.meeting).toBe(a.meetings[0]!.id);
    expect(sa?.name).toContain('البيان المشترك');
    expect(sb?.id).toBe(sa?.id);
  });

  it('is the entry the knowledge lists for that meeting when there is one: dated its day, its parties at the table', () => {
    const listed: AgreementEntry = { id: 'ru-tr-moscow-statement', en: 'Russia–Turkey joint statement (Moscow)', ar: ['البيان المشترك الروسي التركي'], date: '2019-05-14', parties: ['RU', 'TR'], place: 'موسكو', source: 'test' };
    const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, listed] });
    const ids = (published: string) => analyzeWith(text('وأكد البيان المشترك الصادر عقب اللقاء أهمية الحوار.'), { published }, k).agreements.map((a) => a.id);
    expect(ids('2019-05-15')).toEqual(['ru-tr-moscow-statement']);
    // A month later the meeting is another one: its statement is its own.
    expect(ids('2019-06-15').some((id) => id.startsWith('ar:'))).toBe(true);
  });

  it('a summit’s closing statement, listed without parties, is the entry of its day whose city the article names, of the kind it calls it', () => {
    const communique: AgreementEntry = { id: 'doha-summit-communique', en: 'Doha summit final communiqué', ar: ['بيان قمة الدوحة الختامي'], date: '2019-05-14', place: 'الدوحة', source: 'test' };
    const declaration: AgreementEntry = { id: 'doha-summit-declaration', en: 'Doha declaration', ar: ['إعلان الدوحة للقمة'], date: '2019-05-14', place: 'الدوحة', source: 'test' };
    const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, communique, declaration] });
    const ids = (t: string) => analyzeWith(t, { published: '2019-05-15' }, k).agreements.map((a) => a.id);
    const summit = 'اختتمت في الدوحة أمس أعمال القمة العربية بمشاركة الرئيس السوري بشار الأسد. ';
    expect(ids(`${summit}ودعا البيان الختامي إلى وقف الحرب.`)).toEqual(['doha-summit-communique']);
    expect(ids(`${summit}ودعا الإعلان الختامي إلى وقف الحرب.`)).toEqual(['doha-summit-declaration']);
    // Two sides meeting there that day issue a statement of their own.
    expect(ids(text('وأكد البيان المشترك أهمية الحوار.').replace('موسكو', 'الدوحة'))).not.toContain('doha-summit-communique');
    // Nor does a signing between two leaders there, with their ministers at the table, the day before.
    const signing =
      'وقع الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان في الدوحة أمس اتفاقيات عدة بحضور وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية التركي مولود جاويش أوغلو. ';
    expect(ids(`${signing}ووقع الجانبان على البيان المشترك الصادر عن الاجتماع.`)).not.toContain('doha-summit-communique');
  });

  it('the one statement of that kind the story names elsewhere in a way the knowledge took, dated the meeting’s day, with a party at the table', () => {
    const story =
      'نواكشوط - استقبل رئيس الجمهورية محمد ولد الشيخ الغزواني، مساء اليوم الخميس في نواكشوط، وفدا أوروبيا وقع قبل ساعات مع الحكومة الموريتانية إعلانا مشتركا حول الهجرة.\n\n' +
      'وكان وزير الداخلية قد وقع الإعلان المشترك ظهر اليوم مع المفوضة الأوروبية للشؤون الداخلية إيلفا يوهانسون.';
    const found = analyze(story, { published: '2024-03-07' }).agreements;
    expect(found.map((a) => a.id)).toEqual(['unlisted-eu-mauritania-migration-joint-declaration-2024']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['إعلانا مشتركا', 'الإعلان المشترك']);
  });

  it('a statement of many parties: two of them at the table, in its city, on its day, are enough', () => {
    const six: AgreementEntry = { id: 'cairo-six', en: 'Cairo six-party statement', ar: ['بيان القاهرة السداسي بشأن غزة'], date: '2019-05-14', parties: ['EG', 'SA', 'JO', 'QA', 'AE', 'PS'], place: 'القاهرة', source: 'test' };
    const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, six] });
    const ids = (t: string) => analyzeWith(t, { published: '2019-05-15' }, k).agreements.map((a) => a.id);
    const meeting = 'اختتم في القاهرة أمس مؤتمر وزراء الخارجية العرب بمشاركة وزير الخارجية السعودي عادل الجبير، وافتتحه الرئيس المصري عبد الفتاح السيسي. ';
    expect(ids(`${meeting}ودعا البيان الختامي إلى وقف الحرب.`)).toEqual(['cairo-six']);
  });

  it('a visit told after it ended: its statement may be dated up to three days before the report', () => {
    const listed: AgreementEntry = { id: 'ru-tr-visit-statement', en: 'Russia–Turkey statement', ar: ['البيان المشترك الروسي التركي'], date: '2019-05-12', parties: ['RU', 'TR'], place: 'موسكو', source: 'test' };
    const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, listed] });
    const visit = 'زار وزير الخارجية التركي مولود جاويش أوغلو موسكو والتقى نظيره الروسي سيرغي لافروف. وأكد البيان المشترك الصادر في ختام الزيارة أهمية الحوار.';
    expect(analyzeWith(visit, { published: '2019-05-15' }, k).agreements.map((a) => a.id)).toEqual(['ru-tr-visit-statement']);
    expect(analyzeWith(visit, { published: '2019-05-20' }, k).agreements.map((a) => a.id)).not.toContain('ru-tr-visit-statement');
  });

  it('a bare statement after one an institution issued is that institution’s, no agreement', () => {
    const dated: AgreementEntry = { id: 'ru-tr-statement', en: 'Russia–Turkey statement', ar: ['البيان الروسي التركي'], date: '2019-05-14', parties: ['RU', 'TR'], place: 'موسكو', source: 'test' };
    const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, dated] });
    const ids = (t: string) => analyzeWith(t, { published: '2019-05-15' }, k).agreements.map((a) => a.id);
    const visit = 'زار وزير الخارجية التركي مولود جاويش أوغلو موسكو والتقى نظيره الروسي سيرغي لافروف. ';
    expect(ids(`${visit}وبحسب بيان لوزارة الخارجية الروسية، بحث الجانبان التعاون. وأكد الوزيران، وفق البيان، أهمية الحوار.`)).not.toContain('ru-tr-statement');
    expect(ids(`${visit}وأكد الوزيران، وفق البيان، أهمية الحوار.`)).toContain('ru-tr-statement');
  });

  it('a joint statement after one an institution issued is the countries’ document, not that statement again', () => {
    const text = 'وقع الأردن وأوزبكستان، الثلاثاء، اتفاقية للتعاون في التعليم، بحسب بيان صادر عن الديوان الملكي. وفي ختام الزيارة، صدر بيان مشترك عن البلدين اتفقا فيه على توسيع التعاون.';
    expect(analyze(text, { published: '2025-08-26' }).agreements.map((a) => a.id)).toContain('unlisted-jordan-uzbekistan-joint-statement-2025');
  });

  it('is not a statement not issued, still to come or in draft', () => {
    const ar = (r: ReturnType<typeof run>) => r.agreements.filter((x) => x.id.startsWith('ar:'));
    expect(ar(run(text('واختتمت المحادثات من دون بيان مشترك.')))).toEqual([]);
    expect(ar(run(text('وانتهى اللقاء دون التوصل إلى بيان ختامي.')))).toEqual([]);
    expect(ar(run(text('وقال إن الخلاف منع الطرفين من إصدار بيان ختامي مشترك.')))).toEqual([]);
    expect(ar(run(text('وأرسلت مسودة بيان ختامي إلى العاصمتين.')))).toEqual([]);
    expect(ar(run(text('وكان البلدان قد أعلنا حينها تشكيل لجنة عليا في بيان مشترك.')))).toEqual([]);
    expect(ar(run(text('وأكد البيان المشترك أهمية الحوار.')))).toHaveLength(1);
  });

  it('is not a statement of one side, one with other countries, or one without a meeting reported', () => {
    const ar = (r: ReturnType<typeof run>) => r.agreements.filter((x) => x.id.startsWith('ar:'));
    expect(ar(run(text('وأكد بيان الخارجية الروسية أهمية الحوار.')))).toEqual([]);
    expect(ar(run(text('وقال لافروف في بيان مشترك مع نظيريه الفرنسي والألماني إن الحوار مهم.')))).toEqual([]);
    expect(ar(run('وأكد البيان المشترك أهمية الحوار بين البلدين.'))).toEqual([]);
  });
});

describe('a description dated by its month, and documents in the plural', () => {
  const entries: AgreementEntry[] = [
    { id: 'sa-ir-beijing', en: 'Saudi–Iranian agreement (Beijing)', ar: ['الاتفاق السعودي الإيراني في بكين'], date: '2023-03-10', parties: ['SA', 'IR'], place: 'بكين', source: 'test' },
    { id: 'sa-yemen-initiative', en: 'Saudi initiative for Yemen', ar: ['المبادرة السعودية لإنهاء الأزمة اليمنية'], date: '2021-03-22', source: 'test' },
    { id: 'us-peace-plan', en: 'US peace plan', ar: ['صفقة القرن'], date: '2020-01-28', namedSince: '2017-04', source: 'test' },
    { id: 'cn-ps-beijing', en: 'Chinese–Palestinian agreement (Beijing)', ar: ['اتفاقية التعاون الاقتصادي والفني بين الصين وفلسطين'], date: '2023-06-14', parties: ['CN', 'PS'], place: 'بكين', source: 'test' },
  ];
  const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...entries] });
  const ids = (text: string, published = '2023-09-20') => analyzeWith(text, { published }, k2).agreements.map((a) => a.id);

  it('«الاتفاق الذي أعاد العلاقات بين الرياض وطهران في مارس 2023»: its parties and its month in the clause', () => {
    expect(ids('وقال الوزير إن الاتفاق الذي أعاد العلاقات بين الرياض وطهران في مارس 2023 صامد.')).toContain('sa-ir-beijing');
    expect(ids('وقال الوزير إن الاتفاق الذي أعاد العلاقات بين الرياض وطهران في مايو 2023 صامد.')).not.toContain('sa-ir-beijing');
  });

  it('«الاتفاق الموقع في بكين في مارس الماضي»: of two documents signed in that city, the one of the month the clause gives', () => {
    const story = 'وأشاد الرئيس الإيراني بدعم الكويت للشعب الفلسطيني وبالانفراج بين طهران والرياض بموجب الاتفاق الموقع في بكين في ';
    expect(ids(`${story}مارس الماضي.`, '2023-12-20')).toContain('sa-ir-beijing');
    expect(ids(`${story}يونيو الماضي.`, '2023-12-20')).not.toContain('sa-ir-beijing');
  });

  it('a plan named long before it was published («صفقة القرن» in 2018) is named from its `namedSince`, not before', () => {
    expect(ids('وأكد الملك رفض الأردن لما يسمى صفقة القرن.', '2018-07-14')).toContain('us-peace-plan');
    expect(ids('وأكد الملك رفض الأردن لما يسمى صفقة القرن.', '2016-07-14')).not.toContain('us-peace-plan');
  });

  it('an initiative of no parties: a word of its name before the clause, or two in it, with its month', () => {
    expect(ids('ورحب الحوثيون بالمبادرة السعودية المعلنة في مارس 2021.')).toContain('sa-yemen-initiative');
    expect(ids('وأشار إلى المبادرة التي أطلقتها المملكة في مارس 2021 لإنهاء الأزمة اليمنية.')).toContain('sa-yemen-initiative');
    expect(ids('ورحب الحوثيون بالمبادرة السعودية المعلنة في مارس 2022.')).not.toContain('sa-yemen-initiative');
  });

  it('«الاتفاقيات التي جرى توقيعها», «ثماني اتفاقيات»: several documents, no one agreement', () => {
    const visit = 'والتقى وزير الخارجية السعودي نظيره الإيراني في بكين. ';
    expect(ids(`${visit}وقال إن الاتفاقيات التي جرى توقيعها مهمة.`, '2023-03-11')).not.toContain('sa-ir-beijing');
    expect(ids(`${visit}ووقع الجانبان ثماني اتفاقيات.`, '2023-03-11')).not.toContain('sa-ir-beijing');
  });
});

describe('readings that named the wrong agreement on new reports', () => {
  const entries: AgreementEntry[] = [
    { id: 'sa-jp-initiative', en: 'Saudi–Japanese initiative', ar: ['مبادرة المنار للطاقة النظيفة'], date: '2023-07-16', parties: ['SA', 'JP'], place: 'جدة', source: 'test' },
  ];
  const k2 = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...entries] });
  const ids = (text: string, published: string) => analyzeWith(text, { published }, k2).agreements.map((a) => a.id);

  it('a statement named only by its parties is one of the days reported, not one of theirs years before', () => {
    const found = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);
    const ankara = 'استقبل الرئيس التركي رجب طيب أردوغان ولي العهد السعودي الأمير محمد بن سلمان في أنقرة أمس. وأكد بيان سعودي تركي مشترك أهمية التعاون.';
    const riyadh = 'استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان في الرياض اليوم. وأكد بيان سعودي تركي مشترك أهمية التعاون.';
    expect(found(ankara, '2022-06-23')).toContain('saudi-turkey-joint-statement-2022-06-22');
    expect(found(riyadh, '2026-02-04')).not.toContain('saudi-turkey-joint-statement-2022-06-22');
  });

  it('a bare word of a plan names only a plan of its own kind: «الرؤية السعودية» is no initiative', () => {
    const visit = 'واستقبل ولي العهد السعودي رئيس الوزراء الياباني في جدة. ';
    expect(ids(`${visit}وتحدث عن الرؤية السعودية.`, '2023-07-17')).not.toContain('sa-jp-initiative');
  });
});


describe('descriptions of the third round of new reports', () => {
  it('«اتفاق لوقف إطلاق النار بين واشنطن وصنعاء»: a verbal noun after «لـ» is the word its names write without it', () => {
    const ids = analyze('أعلنت سلطنة عمان التوصل إلى اتفاق لوقف إطلاق النار بين واشنطن والحوثيين.', { published: '2025-05-07' }).agreements.map((a) => a.id);
    expect(ids).toContain('us-houthi-ceasefire-2025');
  });

  it('«المبادئ التي أعلنها الرئيس الأمريكي جو بايدن» stand for his proposal; «المبادئ» alone for nothing', () => {
    const ids = (text: string) => analyze(text, { published: '2024-08-16' }).agreements.map((a) => a.id);
    expect(ids('وقال الوسطاء إن الاتفاق يستند إلى المبادئ التي أعلنها الرئيس الأمريكي جو بايدن.')).toContain('biden-gaza-ceasefire-proposal-2024');
    expect(ids('وقال الرئيس الأمريكي جو بايدن إن المبادئ واضحة.')).not.toContain('biden-gaza-ceasefire-proposal-2024');
  });

  it('«المقترح الذي أعلنه الرئيس الأمريكي جو بايدن»: a proposal made public by its author, the verb’s pronoun masculine', () => {
    const ids = (text: string) => analyze(text, { published: '2024-07-25' }).agreements.map((a) => a.id);
    expect(ids('وتتركز المفاوضات على المقترح الذي أعلنه الرئيس الأمريكي جو بايدن في الحادي والثلاثين من مايو الماضي.')).toEqual(['biden-gaza-ceasefire-proposal-2024']);
    expect(ids('وتتركز المفاوضات على المقترح الذي قدمته الإدارة الأمريكية.')).toEqual([]);
  });

  it('«اتفاقية الإطار الستراتيجي»: the Iraqi spelling without «ا» is the same word', () => {
    const ids = (text: string) => analyze(text, { published: '2023-01-17' }).agreements.map((a) => a.id);
    expect(ids('بغداد - وجدد مبعوث الرئيس الأمريكي بريت ماكغورك تمسك واشنطن باتفاقية الإطار الستراتيجي مع العراق.')).toEqual(['us-iraq-strategic-framework-agreement-2008']);
  });

  it('of two documents one name fits, the one more of whose parties have an official in the story («اتفاقية الإطار الاستراتيجي» with Blinken and al-Sudani)', () => {
    const ids = (text: string) => analyze(text, { published: '2024-12-13' }).agreements.map((a) => a.id);
    const text =
      'بغداد - التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الأمريكي أنتوني بلينكن الذي وصل من تركيا، وبحثا تفعيل اتفاقية الإطار الاستراتيجي.';
    expect(ids(text)).toEqual(['us-iraq-strategic-framework-agreement-2008']);
    // With Turkey's president in the story instead, the Iraqi–Turkish one, the later.
    const turkish = 'بغداد - التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس التركي رجب طيب أردوغان، وبحثا تفعيل اتفاقية الإطار الاستراتيجي مع الولايات المتحدة وتركيا.';
    expect(ids(turkish)).toEqual(['iraq-turkey-strategic-framework-agreement-2024']);
  });

  it('«الخطة العربية لإعمار غزة»: a verbal noun after «لـ» meets the names that write it without («لإعادة إعمار»)', () => {
    const ids = (text: string) => analyze(text, { published: '2025-03-20' }).agreements.map((a) => a.id);
    expect(ids('وبحث وزير الخارجية المصري مع المبعوث الأمريكي الخطة العربية لإعمار غزة.')).toEqual(['arab-gaza-reconstruction-plan-2025']);
    // A word that starts with «ل» and is a word of some name stays as it is.
    expect(ids('وبحث وزير الخارجية المصري مع المبعوث الأمريكي الخطة العربية للتنمية.')).toEqual([]);
  });
});

describe('names the last set of new reports showed', () => {
  const found = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

  it('«قصر بيان» is a palace, not a statement', () => {
    expect(found('استقبل أمير الكويت الشيخ مشعل الأحمد رئيس الوزراء الهندي ناريندرا مودي في قصر بيان أمس.', '2024-12-23')).toEqual([]);
  });

  it('a quoted name that a listed agreement of the article’s parties bears is that agreement', () => {
    const text = 'رحب الرئيس الأمريكي باراك أوباما بالانسحاب الروسي، وقال إن اتفاق "وقف الأعمال العدائية" في سوريا صامد، بعد اتصال مع الرئيس الروسي فلاديمير بوتين.';
    expect(found(text, '2016-03-15')).toContain('us-russia-syria-cessation-of-hostilities-2016-02');
  });

  it('a plan whose author is named just before it: «لترامب ولخطة السلام التي قدمها»', () => {
    const text = 'وأعرب الرئيس عبد الفتاح السيسي عن تقديره للرئيس الأمريكي دونالد ترامب ولخطة السلام التي قدمها، مؤكدا ضرورة تنفيذ الاتفاق في غزة.';
    expect(found(text, '2025-10-11')).toContain('trump-gaza-plan-2025');
  });
});


describe('a description with «يخص» and a verb after it', () => {
  const k = compileKnowledge({
    ...testSource,
    agreements: [...testAgreements, { id: 'sa-gr-cable', en: 'Saudi–Greek subsea cable agreement', ar: ['اتفاق الكابل البحري'], date: '2022-07-26', parties: ['SA', 'GR'], source: 'test' }],
  });
  it('«اتفاقا يخص الكابل البحري سيجري توقيعه»: the entry of its topic, the mention ending before the verb', () => {
    const a = analyzeWith('وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أثينا في زيارة لليونان. وقال مصدر يوناني إن اتفاقا يخص الكابل البحري سيجري توقيعه خلال الزيارة.', { published: '2022-07-26' }, k);
    expect(a.agreements.map((g) => [g.id, g.mentions.map((m) => m.text)])).toEqual([['sa-gr-cable', ['اتفاقا يخص الكابل البحري']]]);
  });
});

describe('two agreements of one month between the same parties', () => {
  const k = compileKnowledge({
    ...testSource,
    agreements: [
      ...testAgreements,
      { id: 'lb-sy-jeddah', en: 'Jeddah agreement', ar: ['اتفاق جدة بين لبنان وسوريا'], date: '2025-03-27', parties: ['LB', 'SY'], place: 'جدة', source: 'test' },
      { id: 'lb-sy-truce', en: 'Border ceasefire', ar: ['اتفاق وقف إطلاق النار بين لبنان وسوريا'], date: '2025-03-17', parties: ['LB', 'SY'], source: 'test' },
    ],
  });
  it('«الاتفاق الذي وقعه وزيرا الدفاع السوري واللبناني في جدة في آذار»: the one signed in the city the clause names', () => {
    const a = analyzeWith('وأشار الوزير اللبناني إلى الاتفاق الذي وقعه وزيرا الدفاع السوري واللبناني في جدة في آذار الماضي.', { published: '2025-10-10' }, k);
    expect(a.agreements.map((g) => g.id)).toEqual(['lb-sy-jeddah']);
  });
});

describe('an agreement told by a relative clause of where and by whom', () => {
  const ids = async (text: string, published: string) => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    return analyze(text, { published }).agreements.map((a) => a.id);
  };

  it('a topic of a few words, then the city where it was reached («اتفاق وقف إطلاق النار الذي تم التوصل إليه في مينسك»)', async () => {
    expect(await ids('ودعا الوزيران إلى احترام اتفاق وقف إطلاق النار الذي تم التوصل إليه في مينسك الشهر الماضي.', '2015-03-02')).toEqual(['minsk-agreements']);
  });

  it('a document signed by three countries in a capital that is not one of them («مذكرة وقعتها روسيا وإيران وتركيا في العاصمة الكازاخية أستانا»)', async () => {
    const text = 'وبحث لافروف وتيلرسون مناطق خفض التصعيد التي أقيمت بموجب مذكرة وقعتها روسيا وإيران وتركيا في العاصمة الكازاخية أستانا في أيار الماضي.';
    expect(await ids(text, '2017-10-09')).toEqual(['astana-de-escalation-memorandum-2017']);
  });

  it('a joint statement issued by two leaders named in the clause, weeks before the article', async () => {
    const text = 'وأكد وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ريكس تيلرسون التزامهما بما نص عليه البيان المشترك الذي أصدره الرئيسان دونالد ترامب وفلاديمير بوتين في فيتنام.';
    expect(await ids(text, '2017-12-26')).toEqual(['us-russia-danang-joint-statement-syria-2017']);
  });

  it('a topic that shares no word with an entry of that city is not that entry («التفاهمات الخاصة بالبحر الأسود التي … في الرياض»)', async () => {
    const text = 'وأشار دميترييف إلى التفاهمات الخاصة بالبحر الأسود التي جرى التوصل إليها الشهر الماضي في الرياض.';
    expect(await ids(text, '2025-04-03')).not.toContain('riyadh-agreement-2019');
  });
});

describe('descriptions that name several documents or another session', () => {
  const ids = async (text: string, published: string) => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    return analyze(text, { published }).agreements.map((a) => a.id);
  };

  it('«البيان المشترك للدورة» of the eleventh session is not the ninth session’s statement, whose name has its ordinal', async () => {
    const text = 'وترأس أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان في الدوحة اجتماع الدورة الحادية عشرة للجنة الاستراتيجية العليا، وشهدا توقيع عدد من الوثائق، من بينها البيان المشترك للدورة.';
    expect(await ids(text, '2025-10-22')).not.toContain('unlisted-qatar-turkey-ssc9-joint-statement-2023');
  });

  it('«توقيع مجموعة من الاتفاقات خصوصا في قطاع الطاقة» is several documents of the day, not an older entry of the two', async () => {
    const text = 'وأشادت رئيسة الوزراء الإيطالية جورجيا ميلوني لدى استقبالها الرئيس الجزائري عبد المجيد تبون بعلاقات البلدين التي توجت بتوقيع مجموعة من الاتفاقات خصوصا في قطاع الطاقة.';
    expect(await ids(text, '2025-07-23')).not.toContain('unlisted-algeria-italy-energy-declaration-of-intent-2022');
  });
});

describe('a city after a plan word, and a clause dated another day', () => {
  const ids = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);
  it('«رؤية موسكو» is Moscow’s view, not an initiative of Moscow’s named otherwise', () => {
    expect(ids('وأكد لافروف أن الوفد الروسي مستعد لعرض رؤية موسكو للتسوية في الجولة المقبلة.', '2025-05-28')).toEqual([]);
  });

  it('«التفاهمات التي توصل إليها الرئيسان … في 19 أيار» is not the arrangements of another day', () => {
    const text =
      'وأطلع وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي ماركو روبيو على تنفيذ التفاهمات التي توصل إليها الرئيسان فلاديمير بوتين ودونالد ترامب خلال اتصالهما في 19 أيار.';
    expect(ids(text, '2025-05-28')).toEqual([]);
  });
});

describe('an agreement already in force before one of weeks later', () => {
  it('«اتفاق وقف إطلاق النار» in a Lebanese story of early June 2025 is the 2024 ceasefire, not the Iran–Israel one of late June', () => {
    const text =
      'بيروت - استقبل الرئيس اللبناني جوزيف عون وزير الخارجية الإيراني عباس عراقجي، وأكد عون ضرورة التزام إسرائيل باتفاق وقف إطلاق النار والانسحاب من النقاط التي تحتلها في الجنوب.';
    expect(analyze(text, { published: '2025-06-03' }).agreements.map((a) => a.id)).toEqual(['lebanon-israel-ceasefire-2024']);
  });
});

describe('a description dated by its clause, read to its head, in a story that names a country by adjective only', () => {
  const ids = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

  it('«لاتفاق وقف إطلاق النار الذي بدأ تطبيقه في 27 تشرين الثاني» is the ceasefire of that day, not a later one of the same parties', () => {
    // The story never writes «إسرائيل»: «قصف إسرائيلي» names it, and the clause's day (last year's) picks the 2024 ceasefire
    // over the Lebanese–Syrian border ceasefire of March 2025.
    const text =
      'بيروت - التقى الرئيس اللبناني جوزيف عون وزير الدفاع السوري في بعبدا وبحثا الوضع على الحدود مع سوريا، فيما تواصل قصف إسرائيلي على الجنوب في خرق لاتفاق وقف إطلاق النار الذي بدأ تطبيقه في 27 تشرين الثاني/نوفمبر الفائت.';
    expect(ids(text, '2025-04-10')).toEqual(['lebanon-israel-ceasefire-2024']);
  });

  it('a day the clause gives that is none of the entry’s days is another document', () => {
    const text =
      'بيروت - التقى الرئيس اللبناني جوزيف عون السفير الأمريكي في بعبدا، وسط قصف إسرائيلي على الجنوب في خرق لاتفاق وقف إطلاق النار الذي أعلن في 3 شباط/فبراير الفائت.';
    expect(ids(text, '2025-04-10')).not.toContain('lebanon-israel-ceasefire-2024');
  });

  it('a truce agreed again is read by any of its days («… الذي بدأ سريانه في 19 يناير» in a Gaza story)', () => {
    const text =
      'الرياض - بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الفرنسي جان نويل بارو الحرب على قطاع غزة بعد أن تنصلت إسرائيل من اتفاق وقف إطلاق النار وتبادل الأسرى الذي بدأ سريانه في 19 يناير/كانون الثاني الماضي.';
    expect(ids(text, '2025-04-25')).toContain('gaza-ceasefire-agreements');
  });

  it('a document recalled by its parties and the month its clause gives is theirs of that month, however long ago', () => {
    const text =
      'موسكو - بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري الوضع في حلب، وحمّلت موسكو واشنطن مسؤولية انهيار الاتفاق الروسي الأمريكي الذي توصل إليه الوزيران في جنيف في أيلول/سبتمبر الماضي.';
    expect(ids(text, '2016-12-14')).toEqual(['us-russia-syria-arrangement-2016-09']);
    // A year alone names no one document: the two signed more than one in 2013.
    const byYear = 'موسكو - وذكّر لافروف بأن روسيا التزمت بالاتفاق الذي أبرمته مع واشنطن عام 2013 لتدمير الترسانة الكيميائية.';
    expect(ids(byYear, '2017-04-08')).toEqual([]);
  });

  it('a truce that efforts are for, by name or joined by «و» to what they aim at, is one still to come', () => {
    // In February 2024 no Gaza truce was in force: the one of November 2023 had ended.
    const forTruce = 'القاهرة - وبحث الرئيس المصري عبد الفتاح السيسي مع وزير الخارجية الأمريكي أنتوني بلينكن الجهود المبذولة من أجل الهدنة في غزة.';
    expect(ids(forTruce, '2024-02-06')).toEqual([]);
    const joined = 'مسقط - وبحث الوزيران المساعي الرامية إلى وقف إطلاق النار والتوصل إلى هدنة إنسانية دائمة في قطاع غزة.';
    expect(ids(joined, '2024-01-31')).toEqual([]);
    // On the truce's own days, the truce sought is that one.
    expect(ids(forTruce, '2023-11-23')).toEqual(['gaza-ceasefire-agreements']);
  });

  it('«اتفاق وقف إطلاق النار بما يتضمنه من انسحاب …»: what the clause goes on to say does not hide the name read first', () => {
    const text =
      'بيروت - شدد وزير الخارجية السعودي الأمير فيصل بن فرحان بعد لقائه الرئيس اللبناني جوزيف عون على احترام اتفاق وقف إطلاق النار بما يتضمنه من انسحاب تام لقوات الاحتلال الإسرائيلي من الجنوب.';
    const found = analyze(text, { published: '2025-01-24' }).agreements;
    expect(found.map((a) => a.id)).toEqual(['lebanon-israel-ceasefire-2024']);
    // The mention is the name, not the clause after it.
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['اتفاق وقف إطلاق النار']);
  });

  it('a clause’s day written without its year that would fall after the article is last year’s («… الذي تم التوصل إليه في 27 تشرين الثاني»)', () => {
    const text =
      'بيروت - التقت نائبة المبعوث الأمريكي مورغان أورتاغوس الرئيس اللبناني جوزيف عون، وجرى البحث في الوضع جنوبا حيث تواصل إسرائيل خروقها، وفي الالتزام بالاتفاق الذي تم التوصل إليه في 27 تشرين الثاني/نوفمبر.';
    expect(ids(text, '2025-02-07')).toEqual(['lebanon-israel-ceasefire-2024']);
  });

  it('of several documents of one city, the one whose parties the clause names («الاتفاق الذي وقعته طهران مع الوكالة الدولية للطاقة الذرية في القاهرة»)', () => {
    const text = 'نيويورك - التقى وزير الخارجية الإيراني عباس عراقجي نظراءه الأوروبيين، وأشار إلى الاتفاق الذي وقعته طهران مع الوكالة الدولية للطاقة الذرية في القاهرة.';
    expect(ids(text, '2025-09-23')).toEqual(['iran-iaea-cairo-agreement-2025']);
  });

  it('a kind word and the day it was reached («اتفاق 27 تشرين الثاني الماضي», «إعلان 27 تشرين الثاني») are the entry of the article’s parties of that day', () => {
    const story = (document: string) =>
      `بيروت - أكد الرئيس اللبناني جوزيف عون خلال لقائه أورتاغوس أن الأولوية لانسحاب إسرائيل من النقاط الخمس وفق ما نص عليه ${document}، وأن لبنان ملتزم به.`;
    expect(ids(story('اتفاق 27 تشرين الثاني الماضي'), '2025-02-07')).toEqual(['lebanon-israel-ceasefire-2024']);
    expect(ids(story('إعلان 27 تشرين الثاني'), '2025-02-07')).toEqual(['lebanon-israel-ceasefire-2024']);
    expect(analyze(story('اتفاق 27 تشرين الثاني'), { published: '2025-02-07' }).agreements[0]!.mentions.map((m) => m.text)).toEqual(['اتفاق 27 تشرين الثاني']);
    // Another day, or before the day it was reached: no entry.
    expect(ids(story('اتفاق 12 تموز'), '2025-02-07')).toEqual([]);
    expect(ids(story('اتفاق 27 تشرين الثاني'), '2024-10-01')).toEqual([]);
    // Nor when the story names only one of its parties.
    expect(ids('بيروت - أكد الرئيس اللبناني جوزيف عون خلال لقائه السفير الفرنسي التزام لبنان باتفاق 27 تشرين الثاني.', '2025-02-07')).toEqual([]);
  });

  it('a process named by a few words of a plan of another kind word is not that plan («مسار السلام في الشرق الأوسط»)', () => {
    const text =
      'الرياض - وأيد القادة في ختام قمتهم المبادرة التي أطلقتها السعودية والاتحاد الأوروبي لإحياء مسار السلام في الشرق الأوسط وتسوية النزاع بين إسرائيل وجيرانها.';
    expect(ids(text, '2023-10-20')).not.toContain('quartet-road-map-2003');
  });

  it('«البيان الختامي للقمة» of a story of 2023 is not the final statement of a summit of 2021 the file lists under that name', () => {
    const text =
      'الرياض - وأعلن القادة في البيان الختامي للقمة، التي حضرها ممثلون عن مصر والأردن وفلسطين، دعمهم لجهود إحياء عملية السلام.';
    expect(ids(text, '2023-10-20')).not.toContain('unlisted-egypt-jordan-palestine-cairo-summit-final-statement-2021');
    expect(ids(text, '2021-09-03')).toContain('unlisted-egypt-jordan-palestine-cairo-summit-final-statement-2021');
  });
});

describe('a document being sought is not one already reached', () => {
  const ids = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

  it('«للتوصل إلى اتفاق يوقف إطلاق النار في قطاع غزة» in February 2024 is the deal sought, not the truce of November', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز، وبحث معه المساعي الجارية للتوصل إلى اتفاق يوقف إطلاق النار في قطاع غزة.';
    expect(ids(text, '2024-02-13')).not.toContain('gaza-ceasefire-agreements');
  });

  it('«الجهود الرامية إلى إبرام اتفاق للتهدئة» makes no document of the meeting', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز، وتناول الجانبان الجهود المشتركة الرامية إلى إبرام اتفاق للتهدئة ووقف إطلاق النار في القطاع.';
    expect(ids(text, '2024-07-09')).toEqual([]);
  });

  it('«داعية إلى التوصل إلى اتفاق لوقف إطلاق النار» calls for a deal: no truce of months before, no document of the meeting', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي رئيسة المفوضية الأوروبية أورسولا فون دير لاين، التي تناولت الأوضاع في قطاع غزة داعية إلى التوصل إلى اتفاق لوقف إطلاق النار في القطاع.';
    expect(ids(text, '2024-03-17')).toEqual([]);
  });

  it('but a deal announced as reached («أعلن التوصل إلى اتفاق …») or one of the article’s days is still read', () => {
    const announced =
      'الدوحة - أعلن رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى.';
    expect(ids(announced, '2025-01-16')).toContain('gaza-ceasefire-agreements');
    const days =
      'الدوحة - بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع المبعوث الأمريكي الجهود الرامية إلى التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.';
    expect(ids(days, '2025-01-14')).toContain('gaza-ceasefire-agreements');
  });
});

describe('a declaration named by its city in a story of the country its names hold', () => {
  it('«إعلان جدة الموقع في مايو 2023» in a Sudanese story is the declaration on Sudan, not the Arab summit’s of the same month', () => {
    const text =
      'بورتسودان - استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان نائب وزير الخارجية السعودي وليد الخريجي، وشدد على تنفيذ ما التزم به الطرفان في إعلان جدة الموقع في مايو 2023 قبل أي خطوة نحو التفاوض في السودان، وذلك في حضور ممثلين عن جامعة الدول العربية.';
    expect(analyze(text, { published: '2024-07-09' }).agreements.map((a) => a.id)).toEqual(['jeddah-declaration-sudan-2023']);
  });
});

describe('a description that names its parties by their seats', () => {
  const entries: AgreementEntry[] = [
    { id: 'sa-ir-resumption', en: 'Saudi–Iranian resumption of relations', ar: ['اتفاق استئناف العلاقات بين السعودية وإيران'], date: '2023-03-10', parties: ['SA', 'IR'], source: 'test' },
    { id: 'sa-ir-security', en: 'Saudi–Iranian security agreement', ar: ['الاتفاقية الأمنية بين السعودية وإيران'], date: '2001-04-17', parties: ['SA', 'IR'], source: 'test' },
    { id: 'dz-ru-partnership', en: 'Algerian–Russian partnership', ar: ['إعلان الشراكة الاستراتيجية بين الجزائر وروسيا'], date: '2001-04-03', parties: ['DZ', 'RU'], source: 'test' },
  ];
  const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...entries] });
  const ids = (text: string, published = '2023-03-29') => analyzeWith(text, { published }, k).agreements.map((a) => a.id);

  it('«بين الرياض وطهران» is «بين السعودية وإيران», in another spelling of the topic too', () => {
    expect(ids('وأشاد ولي العهد السعودي بدور الصين في اتفاق استئناف العلاقات الديبلوماسية بين الرياض وطهران.')).toEqual(['sa-ir-resumption']);
    expect(ids('وأشاد الوزير بإعلان الشراكة الاستراتيجية بين الجزائر وموسكو.', '2023-06-15')).toEqual(['dz-ru-partnership']);
  });

  it('but a bare «الاتفاق بين …» is not an entry of theirs that has a topic of its own, nor a path of partnership an agreement', () => {
    expect(ids('وتحدث الوزير عن الاتفاق بين السعودية وإيران وعن مستقبل المنطقة.', '2024-06-01')).not.toContain('sa-ir-security');
    expect(ids('وتحدث الوزير عن الاتفاق بين طهران والرياض.', '2024-06-01')).not.toContain('sa-ir-security');
    expect(ids('وبحث الجانبان مسار الشراكة الاستراتيجية بين الجزائر وروسيا.', '2023-06-15')).toEqual([]);
  });
});

describe('a description two entries fit alike', () => {
  const entries: AgreementEntry[] = [
    { id: 'reconciliation-2007', en: 'Reconciliation of 2007', ar: ['اتفاق المصالحة الوطنية في البلاد'], date: '2007-02-08', source: 'test' },
    { id: 'reconciliation-2011', en: 'Reconciliation of 2011', ar: ['اتفاق المصالحة الوطنية الشامل'], date: '2011-05-04', source: 'test' },
  ];
  const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...entries] });
  const ids = (published: string) => analyzeWith('ووقعت الفصائل على اتفاق المصالحة الوطنية.', { published }, k).agreements.map((a) => a.id);

  it('is the latest of them reached by the article’s day', () => {
    expect(ids('2011-05-04')).toEqual(['reconciliation-2011']);
    expect(ids('2008-01-10')).toEqual(['reconciliation-2007']);
  });

  it('but never one named after a city the description leaves out (Mecca is a city of agreements’ names)', () => {
    const shipped = (text: string) => analyze(text, { published: '2011-05-04' }).agreements.map((a) => a.id);
    expect(shipped('ووقعت الفصائل على اتفاق المصالحة الفلسطينية.')).not.toContain('mecca-agreement-2007');
    expect(shipped('وذكر باتفاق مكة للمصالحة الفلسطينية.')).toContain('mecca-agreement-2007');
  });
});

describe('a roadmap of one country named without it', () => {
  const ids = (text: string, published = '2024-05-10') => analyze(text, { published }).agreements.map((a) => a.id);

  it('reads «خارطة الطريق الأممية» in a story of Yemen, the roadmap’s party, as that roadmap', () => {
    expect(ids('والتقى المبعوث الأممي في عدن رئيس الحكومة اليمنية، وبحثا تعثر خارطة الطريق الأممية التي أعلنها المبعوث.')).toEqual(['yemen-un-roadmap-commitments-2023']);
    expect(ids('والتقى المبعوث الأممي في عدن رئيس الحكومة اليمنية، وبحثا خريطة الطريق الأممية.')).toEqual(['yemen-un-roadmap-commitments-2023']);
  });

  it('but not in a story of another country, nor before the roadmap was announced', () => {
    expect(ids('والتقى المبعوث الأممي في طرابلس رئيس الحكومة الليبية، وبحثا خارطة الطريق الأممية التي أعلنتها البعثة.')).toEqual([]);
    expect(ids('والتقى المبعوث الأممي في عدن رئيس الحكومة اليمنية، وبحثا خريطة الطريق الأممية.', '2021-05-10')).toEqual([]);
  });
});
