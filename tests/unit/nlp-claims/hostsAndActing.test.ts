/**
 * Who speaks when the copy names them by a short form of the father's name («بن زايد»), by an acting
 * title («وزير الخارجية بالإنابة»), or as the host of the other side («مضيفة الرئيس تبون»). From the
 * nineteenth held-out set of real reports, after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const people: OfficialEntry[] = [
  { id: 'mohamed-bin-zayed', en: 'Mohamed bin Zayed', ar: ['محمد بن زايد آل نهيان', 'محمد بن زايد'], terms: [{ role: 'head-of-state', country: 'AE', from: '2022-05-14', to: null }] },
  { id: 'mohammed-bin-rashid', en: 'Mohammed bin Rashid', ar: ['محمد بن راشد آل مكتوم', 'محمد بن راشد'], terms: [{ role: 'head-of-government', country: 'AE', from: '2006-01-05', to: null }] },
  { id: 'abdullah-bin-zayed', en: 'Abdullah bin Zayed', ar: ['عبد الله بن زايد آل نهيان', 'عبد الله بن زايد'], terms: [{ role: 'foreign-minister', country: 'AE', from: '2006-02-09', to: null }] },
  { id: 'ali-bagheri-kani', en: 'Ali Bagheri Kani', ar: ['علي باقري كني'], short: ['باقري'], terms: [{ role: 'foreign-minister', country: 'IR', from: '2024-05-20', to: '2024-08-21', title: 'Acting Foreign Minister' }] },
  { id: 'salva-kiir', en: 'Salva Kiir', ar: ['سلفاكير ميارديت'], terms: [{ role: 'head-of-state', country: 'SS', from: '2011-07-09', to: null }] },
  { id: 'natasa-pirc-musar', en: 'Nataša Pirc Musar', ar: ['ناتاشا بيرتس موسار'], short: ['بيرتس موسار'], terms: [{ role: 'head-of-state', country: 'SI', from: '2022-12-23', to: null }] },
  { id: 'abdelmadjid-tebboune', en: 'Abdelmadjid Tebboune', ar: ['عبد المجيد تبون'], short: ['تبون'], terms: [{ role: 'head-of-state', country: 'DZ', from: '2019-12-19', to: null }] },
  { id: 'ahmad-nasser-al-mohammad', en: 'Ahmad Nasser Al-Mohammad Al-Sabah', ar: ['أحمد ناصر المحمد'], terms: [{ role: 'foreign-minister', country: 'KW', from: '2019-12-17', to: '2022-08-01' }] },
  { id: 'antony-blinken', en: 'Antony Blinken', ar: ['أنتوني بلينكن'], short: ['بلينكن'], terms: [{ role: 'foreign-minister', country: 'US', from: '2021-01-26', to: '2025-01-20' }] },
  { id: 'mohammed-bin-abdulrahman', en: 'Mohammed bin Abdulrahman Al Thani', ar: ['محمد بن عبدالرحمن آل ثاني'], terms: [{ role: 'foreign-minister', country: 'QA', from: '2016-01-27', to: null }, { role: 'deputy-prime-minister', country: 'QA', from: '2017-11-14', to: '2023-03-07' }] },
  { id: 'khalid-al-attiyah', en: 'Khalid bin Mohammad Al Attiyah', ar: ['خالد بن محمد العطية'], terms: [{ role: 'deputy-prime-minister', country: 'QA', from: '2017-11-14', to: '2024-03-01' }, { role: 'defence-minister', country: 'QA', from: '2016-01-27', to: '2024-03-01' }] },
  { id: 'hakan-fidan', en: 'Hakan Fidan', ar: ['هاكان فيدان'], terms: [{ role: 'foreign-minister', country: 'TR', from: '2023-06-03', to: null }] },
  { id: 'ahmed-fiqi', en: 'Ahmed Moallim Fiqi', ar: ['أحمد معلم فقي'], terms: [{ role: 'foreign-minister', country: 'SO', from: '2024-01-21', to: null }] },
  { id: 'taye-atske-selassie', en: 'Taye Atske Selassie', ar: ['تايي أتسكي سيلاسي'], terms: [{ role: 'foreign-minister', country: 'ET', from: '2024-02-08', to: null }] },
  { id: 'aziz-akhannouch', en: 'Aziz Akhannouch', ar: ['عزيز أخنوش'], short: ['أخنوش'], terms: [{ role: 'head-of-government', country: 'MA', from: '2021-10-07', to: null }] },
  { id: 'pedro-sanchez', en: 'Pedro Sánchez', ar: ['بيدرو سانشيز'], short: ['سانشيز'], terms: [{ role: 'head-of-government', country: 'ES', from: '2018-06-02', to: null }] },
];
const knowledge = knowledgeWithDescriptors(people);
const who = (text: string) =>
  analyzeWith(text, { published: '2024-05-22' }, knowledge).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 2).join(' ')]);

describe('short forms of the father’s name', () => {
  it('«"بن زايد"» after «محمد بن زايد آل نهيان» is him; two people so named speak together', () => {
    expect(
      who(
        'استقبل الشيخ محمد بن زايد آل نهيان والشيخ محمد بن راشد آل مكتوم، كل على حدة، الرئيس سلفاكير ميارديت أمس.\n' +
          'وشدد "بن زايد" و"بن راشد" على دعم اتفاق السلام.\nوأعرب "بن زايد" عن أمله في استقرار البلد.',
      ),
    ).toEqual([
      [['mohamed-bin-zayed', 'mohammed-bin-rashid'], 'دعم اتفاق'],
      ['mohamed-bin-zayed', 'أمله في'],
    ]);
  });

  it('nobody when two people named in full share the father’s name; another given name before it is someone else', () => {
    const two = who('التقى الشيخ محمد بن زايد آل نهيان والشيخ عبد الله بن زايد آل نهيان الرئيس سلفاكير ميارديت.\nوأكد بن زايد دعم بلاده للسلام.');
    expect(two.find(([, text]) => text === 'دعم بلاده')?.[0] ?? null).toBeNull();
    const brother = who('استقبل الشيخ محمد بن زايد آل نهيان الرئيس سلفاكير ميارديت.\nوأكد هزاع بن زايد دعم بلاده للسلام.');
    expect(brother.find(([, text]) => text === 'دعم بلاده')?.[0] ?? null).not.toBe('mohamed-bin-zayed');
  });
});

describe('acting titles', () => {
  it('«وزير الخارجية بالإنابة» is the acting minister, not the other country’s minister who spoke last', () => {
    expect(
      who(
        'استقبل القائم بأعمال وزير الخارجية الإيراني علي باقري كني في طهران وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان.\n' +
          'ونقل وزير الخارجية الإماراتي تعازي القيادة، مشيرا إلى أن زيارته جاءت للتضامن.\n' +
          'من جهته، أعرب وزير الخارجية بالإنابة عن امتنانه للمسؤولين في الإمارات.\n' +
          'وقال القائم بأعمال وزير الخارجية إن سياسة الجوار ستتواصل.',
      ),
    ).toEqual([
      ['abdullah-bin-zayed', 'تعازي القيادة'],
      ['abdullah-bin-zayed', 'زيارته جاءت'],
      ['ali-bagheri-kani', 'امتنانه للمسؤولين'],
      ['ali-bagheri-kani', 'سياسة الجوار'],
    ]);
  });

  it('with nobody introduced as acting, the bare title still refers back as before', () => {
    expect(
      who(
        'استقبل علي باقري كني في طهران وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان.\n' +
          'ونقل وزير الخارجية الإماراتي تعازي القيادة.\nوأعرب وزير الخارجية بالإنابة عن امتنانه للمسؤولين.',
      ).at(-1),
    ).toEqual(['abdullah-bin-zayed', 'امتنانه للمسؤولين']);
  });
});

describe('the host of the one named', () => {
  it('«وأشادت مضيفة الرئيس تبون» is the host, the other side of the visit', () => {
    expect(
      who(
        'أكدت رئيسة سلوفينيا ناتاشا بيرتس موسار، أمس في ليوبليانا، أن زيارة الرئيس الجزائري عبد المجيد تبون تعكس إرادة قوية.\n' +
          'وأشادت مضيفة الرئيس تبون بمستوى التعاون الذي يربط البلدين.',
      ).at(-1),
    ).toEqual(['natasa-pirc-musar', 'بمستوى التعاون']);
  });

  it('«مضيفه الرئيس تبون», his host, is Tebboune himself', () => {
    expect(
      who(
        'وصلت رئيسة سلوفينيا ناتاشا بيرتس موسار إلى الجزائر أمس في زيارة دولة.\n' +
          'وأكدت بيرتس موسار أن بلادها تريد تعميق العلاقات، فيما أشاد مضيفها الرئيس تبون بمستوى التعاون بين البلدين.',
      ).at(-1),
    ).toEqual(['abdelmadjid-tebboune', 'بمستوى التعاون']);
  });
});

describe('the two heads of government, as the Moroccan press tells their joint words', () => {
  const met = 'ترأس رئيس الحكومة عزيز أخنوش ونظيره الإسباني بيدرو سانشيز في مدريد أمس الاجتماع رفيع المستوى بين البلدين.\n';
  it('«اعتبر رئيسا الحكومتين أن …» and «وسجل المسؤولان أن …» are the words of both', () => {
    expect(who(`${met}واعتبر رئيسا الحكومتين أن هذه الدورة تعكس متانة العلاقات.\nوسجل المسؤولان أن الحاجة قائمة إلى إيقاع منتظم للقاءات.`)).toEqual([
      [['aziz-akhannouch', 'pedro-sanchez'], 'هذه الدورة'],
      [['aziz-akhannouch', 'pedro-sanchez'], 'الحاجة قائمة'],
    ]);
  });

  it('«سجل» reports words only before «أن», a colon or a quotation', () => {
    expect(who(`${met}وسجل أخنوش تقدما في المبادلات التجارية بين البلدين.`)).toEqual([]);
    expect(who(`${met}وسجل أخنوش أن المبادلات التجارية تضاعفت.`)).toEqual([['aziz-akhannouch', 'المبادلات التجارية']]);
  });
});

describe('words an agency relays from both sides', () => {
  it('«ونقلت الوكالة عن الجانبين تأكيدهما على …» is both sides’ words, not the agency’s', () => {
    const claims = analyzeWith(
      'أجرى رئيس الحكومة عزيز أخنوش اتصالا هاتفيا بنظيره الإسباني بيدرو سانشيز اليوم.\nونقلت الوكالة عن الجانبين تأكيدهما على وجوب تعزيز التعاون.',
      { published: '2024-05-22' },
      knowledge,
    ).claims;
    expect(claims.map((c) => [c.speakers ?? c.speaker, c.institution ?? null])).toEqual([[['aziz-akhannouch', 'pedro-sanchez'], null]]);
  });
});

describe('a minister of two offices, named after both', () => {
  it('«أكد وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الكويتي، الشيخ د.أحمد ناصر المحمد، أن …» is him', () => {
    const r = analyzeWith(
      'بلينكن: الكويت شريك يعتمد عليه\n\nأكد وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الكويتي، الشيخ د.أحمد ناصر المحمد، أن البلدين يتقاسمان رؤى متطابقة.',
      { published: '2021-07-30' },
      knowledge,
    );
    expect(r.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['antony-blinken', 'الكويت شريك يعتمد عليه'],
      ['ahmad-nasser-al-mohammad', 'البلدين يتقاسمان رؤى متطابقة'],
    ]);
  });
});

describe('the occasion between the verb and the joint subject', () => {
  it('«أكد خلاله الرئيسان أن …», «أعرب خلاله الجانبان عن …» are both sides’ words', () => {
    const met = 'ترأس رئيس الحكومة عزيز أخنوش ونظيره الإسباني بيدرو سانشيز في مدريد أمس اجتماعا رفيع المستوى';
    expect(
      who(`${met}، أكد خلاله الرئيسان أن العلاقات متينة.\nوعقدا بعده مؤتمرا صحفيا أعرب خلاله الجانبان عن ارتياحهما لنتائج الدورة.`),
    ).toEqual([
      [['aziz-akhannouch', 'pedro-sanchez'], 'العلاقات متينة'],
      [['aziz-akhannouch', 'pedro-sanchez'], 'ارتياحهما لنتائج'],
    ]);
  });
});

describe('two offices in a row, with no «و»', () => {
  it('«نائب رئيس مجلس الوزراء وزير الخارجية» is the deputy prime minister who is foreign minister', () => {
    const r = analyzeWith(
      'شهدت الدوحة أمس توقيع الاتفاق بحضور الشيخ محمد بن عبدالرحمن آل ثاني وخالد بن محمد العطية.\n' +
        'وألقى نائب رئيس مجلس الوزراء وزير الخارجية كلمة قبيل التوقيع، أكد فيها أن الحوار هو الطريق الوحيد.',
      { published: '2020-03-01' },
      knowledge,
    );
    expect(r.claims.map((c) => c.speaker)).toEqual(['mohammed-bin-abdulrahman']);
  });
});

describe('the two ministers of two named countries, with a mediator at the table', () => {
  it('«وشدد وزيرا خارجية الصومال وإثيوبيا على …», then «واتفق الوزيران على …»: those two, not the mediator', () => {
    const r = analyzeWith(
      'استضاف وزير الخارجية التركي هاكان فيدان في أنقرة أمس وزير الخارجية الصومالي أحمد معلم فقي ووزير الخارجية الإثيوبي تايي أتسكي سيلاسي.\n' +
        'وشدد وزيرا خارجية الصومال وإثيوبيا على التزام بلديهما بالحل السلمي للخلافات.\nواتفق الوزيران على مواصلة الحوار في جولة ثانية.',
      { published: '2024-07-02' },
      knowledge,
    );
    expect(r.claims.map((c) => [...(c.speakers ?? [c.speaker])].sort())).toEqual([
      ['ahmed-fiqi', 'taye-atske-selassie'],
      ['ahmed-fiqi', 'taye-atske-selassie'],
    ]);
  });
});
