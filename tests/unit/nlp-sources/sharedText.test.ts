/**
 * Shared text on near-duplicate pairs of our own: the same copy under another headline, cut,
 * padded, with a changed dateline; and what must not count: two reports of one meeting in their
 * own words that share the names and a quote, and an agency's formula used for another event.
 */
import { describe, expect, it } from 'vitest';
import { bandKeys, findSharedText, fingerprint, independentCount, sameText, SharedTextIndex, similarity } from '../../../src/nlp/sources/sharedText.ts';

const COPY = [
  'القاهرة - أ ش أ',
  'استقبل وزير الخارجية والهجرة بدر عبد العاطي اليوم الاثنين نظيره العماني بدر البوسعيدي في مقر الوزارة بالعاصمة الإدارية الجديدة، حيث عقد الوزيران جلسة مباحثات موسعة بحضور وفدي البلدين.',
  'وصرح المتحدث الرسمي باسم وزارة الخارجية بأن الوزيرين استعرضا مسار العلاقات الثنائية، وأكدا أهمية البناء على الزخم الذي تشهده في المجالات الاقتصادية والتجارية والاستثمارية، وزيادة حجم التبادل التجاري بين البلدين.',
  'وأضاف المتحدث أن الوزير عبد العاطي أكد أن "مصر تقدر الدور الذي تقوم به سلطنة عمان في دعم الاستقرار الإقليمي، وتتطلع إلى مواصلة التنسيق الوثيق معها في كل الملفات".',
  'وتناول اللقاء تطورات الأوضاع في قطاع غزة والسودان واليمن، حيث اتفق الوزيران على ضرورة تغليب الحلول السياسية ووقف إطلاق النار وإيصال المساعدات الإنسانية بشكل كامل.',
  'كما تطرق الوزيران إلى أمن الملاحة في البحر الأحمر وتأثير التوترات على حركة التجارة الدولية وعائدات قناة السويس.',
  'واتفق الجانبان على عقد الدورة المقبلة للجنة المصرية العمانية المشتركة في مسقط قبل نهاية العام الجاري.',
];
const text = (paragraphs: string[]) => paragraphs.join('\n');
const ORIGINAL = text(['عبد العاطي يبحث مع البوسعيدي العلاقات الثنائية', ...COPY]);

const OWN_WORDS = text([
  'البوسعيدي في القاهرة: تنسيق عماني مصري حول غزة والبحر الأحمر',
  'مسقط - العمانية',
  'عقد معالي السيد بدر بن حمد البوسعيدي وزير الخارجية جلسة محادثات رسمية مع بدر عبد العاطي وزير الخارجية والهجرة المصري في القاهرة، ضمن زيارة تستغرق يومين.',
  'ونقل معاليه تحيات حضرة صاحب الجلالة السلطان هيثم بن طارق إلى الرئيس عبد الفتاح السيسي، وتمنياته لمصر وشعبها بدوام التقدم.',
  'وأكد عبد العاطي خلال الجلسة أن "مصر تقدر الدور الذي تقوم به سلطنة عمان في دعم الاستقرار الإقليمي، وتتطلع إلى مواصلة التنسيق الوثيق معها في كل الملفات".',
  'وبحث الجانبان أمن الملاحة في البحر الأحمر، وجهود الوساطة في اليمن، وسبل تمكين الأشقاء في السودان من تجاوز أزمتهم، فضلا عن التحضير لاجتماع اللجنة المشتركة في مسقط.',
  'ويرافق الوزير في زيارته وفد يضم عددا من كبار المسؤولين في وزارة الخارجية وسفير سلطنة عمان لدى مصر.',
]);

describe('shared text', () => {
  it('finds the same copy under another headline', () => {
    const other = text(['مصر وعمان تتفقان على دورة جديدة للجنة المشتركة', ...COPY]);
    expect(sameText(fingerprint(ORIGINAL, ORIGINAL.split('\n')[0])!, fingerprint(other, other.split('\n')[0])!)).toBe(true);
  });

  it('finds it cut by its last two paragraphs, and padded with sentences of the outlet', () => {
    const cut = text(['وزيرا خارجية مصر وعمان يبحثان غزة', ...COPY.slice(0, -2)]);
    const padded = text([
      'القاهرة ومسقط: تطابق في الرؤى',
      'وصل وزير الخارجية العماني إلى القاهرة مساء الأحد في زيارة رسمية هي الثانية له خلال العام الجاري.',
      ...COPY.slice(1),
      'وتعد مصر من أكبر الشركاء التجاريين لسلطنة عمان في المنطقة العربية، بحسب أرقام رسمية.',
    ]);
    const fp = fingerprint(ORIGINAL)!;
    expect(sameText(fp, fingerprint(cut)!)).toBe(true);
    expect(sameText(fp, fingerprint(padded)!)).toBe(true);
    expect(sameText(fingerprint(cut)!, fingerprint(padded)!)).toBe(true);
  });

  it('is blind to spelling an outlet changes: hamza, final yeh and teh marbuta, harakat, quotation marks, digits', () => {
    const respelled = ORIGINAL.replaceAll('أ', 'ا').replaceAll('ى', 'ي').replaceAll('"', '«').replace('الجديدة', 'الجديدةُ');
    expect(similarity(fingerprint(ORIGINAL)!, fingerprint(respelled)!).jaccard).toBe(1);
  });

  it('does not count two reports of one meeting in their own words, sharing the names and a quote', () => {
    const s = similarity(fingerprint(ORIGINAL)!, fingerprint(OWN_WORDS)!);
    expect(s.containment).toBeLessThan(0.35);
    expect(sameText(fingerprint(ORIGINAL)!, fingerprint(OWN_WORDS)!)).toBe(false);
  });

  it('does not count the same agency formula told of another event', () => {
    const formula = (guest: string, topic: string, tail: string) =>
      text([
        `تلقى حضرة صاحب الجلالة السلطان هيثم بن طارق اتصالا هاتفيا من ${guest}، جرى خلاله استعراض علاقات التعاون القائمة بين البلدين وسبل تعزيزها في مختلف المجالات.`,
        `كما تم خلال الاتصال تبادل وجهات النظر حول ${topic}.`,
        tail,
      ]);
    const a = formula('فخامة الرئيس الفرنسي إيمانويل ماكرون', 'مستجدات الأوضاع في لبنان وجهود دعم الجيش اللبناني وإعادة الإعمار في الجنوب بعد وقف إطلاق النار', 'وأعرب الرئيس الفرنسي عن تقدير بلاده لمواقف السلطنة المتوازنة، ودعا إلى زيارة باريس في الربيع المقبل لتوقيع اتفاقيات في مجالات الطاقة والتعليم العالي.');
    const b = formula('دولة رئيس وزراء ماليزيا أنور إبراهيم', 'التعاون في مجال الأمن الغذائي والاستثمار في الصناعات الحلال وتطوير الموانئ البحرية', 'ونقل رئيس الوزراء الماليزي تهنئة بلاده بمناسبة العيد الوطني، مؤكدا اهتمامه بتوسيع الرحلات الجوية المباشرة بين كوالالمبور ومسقط.');
    expect(sameText(fingerprint(a)!, fingerprint(b)!)).toBe(false);
  });

  it('leaves a text too short to tell alone', () => {
    expect(fingerprint('قال الوزير إن المحادثات كانت بناءة.')).toBeNull();
    expect(findSharedText([{ key: 1, text: 'خبر قصير' }, { key: 2, text: 'خبر قصير' }]).get(1)).toEqual([]);
  });

  it('finds the shared pairs of a batch through the index, symmetric, and counts their reports once', () => {
    const batch = [
      { key: 'original', text: ORIGINAL },
      { key: 'own', text: OWN_WORDS },
      { key: 'cut', text: text(COPY.slice(0, -1)) },
      { key: 'headline', text: text(['عنوان آخر تماما للخبر نفسه', ...COPY]) },
    ];
    const shared = findSharedText(batch);
    expect(shared.get('original')!.sort()).toEqual(['cut', 'headline']);
    expect(shared.get('cut')!.sort()).toEqual(['headline', 'original']);
    expect(shared.get('own')).toEqual([]);
    expect(independentCount(['original', 'own', 'cut', 'headline'], (k) => shared.get(k) ?? [])).toBe(2);
    expect(independentCount(['own'], (k) => shared.get(k) ?? [])).toBe(1);
  });

  it('band keys are safe integers, one per band, equal for equal texts', () => {
    const keys = bandKeys(fingerprint(ORIGINAL)!);
    expect(keys).toHaveLength(20);
    expect(keys.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(bandKeys(fingerprint(ORIGINAL)!)).toEqual(keys);
    const index = new SharedTextIndex<string>();
    index.add('a', fingerprint(ORIGINAL)!);
    expect(index.matches(fingerprint(text(['عنوان', ...COPY.slice(0, -1)]))!)).toEqual(['a']);
    expect(index.matches(fingerprint(OWN_WORDS)!)).toEqual([]);
  });
});
