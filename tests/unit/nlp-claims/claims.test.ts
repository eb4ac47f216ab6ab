/**
 * Attributed statements in sentences written in the style of Arabic wire copy (not taken
 * from the seed articles): each block tests one rule of the claim extractor.
 */
import { describe, expect, it } from 'vitest';
import { analyse, claimWith, said } from './helpers.ts';

describe('reporting verbs and their forms', () => {
  it('reads verb, subject and the words after إن/أن', () => {
    const r = analyse('وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين في موسكو إن بلاده لن تقبل بأي شروط مسبقة.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ speaker: 'sergey-lavrov', reportedBy: null, verb: 'وقال', quote: null });
    expect(r.claims[0]!.text).toBe('بلاده لن تقبل بأي شروط مسبقة');
  });

  it('knows feminine, dual and conjunction forms and keeps the verb as written', () => {
    const r = analyse('وأكّدت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن موسكو سترد على أي عقوبات جديدة.');
    expect(r.claims[0]).toMatchObject({ speaker: 'maria-zakharova', verb: 'وأكّدت' });
    expect(r.claims[0]!.text).toContain('موسكو سترد');
    const f = analyse('فأعلن بومبيو أن واشنطن ستفرض رسوما إضافية.');
    expect(f.claims[0]).toMatchObject({ speaker: 'mike-pompeo', verb: 'فأعلن' });
  });

  it('starts the words after the verb’s own preposition: أشار إلى أن، شدد على أن، أعرب عن', () => {
    const r = analyse(
      'وأشار لافروف إلى أن الحوار مع واشنطن ما زال ممكنا. وشدد بومبيو، في ختام جولته، على أن العقوبات باقية. وأعرب بوتين عن أمله في تحسن العلاقات.',
    );
    expect(r.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['sergey-lavrov', 'الحوار مع واشنطن ما زال ممكنا'],
      ['mike-pompeo', 'العقوبات باقية'],
      ['vladimir-putin', 'أمله في تحسن العلاقات'],
    ]);
  });

  it('reads adverbial participles as the same speaker going on: مؤكدا، مشيرا إلى أن، لافتا', () => {
    const r = analyse('وقال جون كيري إن المفاوضات صعبة، مؤكدا أن بلاده لن تنسحب منها، ومشيرا إلى أن الجولة المقبلة ستعقد قريبا.');
    expect(r.claims.map((c) => [c.speaker, c.verb])).toEqual([
      ['john-kerry', 'وقال'],
      ['john-kerry', 'مؤكدا'],
      ['john-kerry', 'ومشيرا'],
    ]);
    expect(r.claims[0]!.text).toBe('المفاوضات صعبة');
  });

  it('takes a subject written before its verb: «وكان … أعلن», «أن X أكد»', () => {
    const r = analyse('وكان وزير الدفاع الروسي سيرغي شويغو أعلن في وقت سابق أن القوات ستنسحب خلال أسبوع.');
    expect(r.claims[0]).toMatchObject({ speaker: 'sergei-shoigu', verb: 'أعلن' });
    expect(r.claims[0]!.text).toBe('القوات ستنسحب خلال أسبوع');
  });

  it('reads object verbs without أن: أكد ضرورة …، وصف المحادثات بأنها …', () => {
    const r = analyse('أكد الرئيس الروسي فلاديمير بوتين ضرورة احترام وحدة الأراضي الليبية. ووصف ترامب اللقاء بأنه "مثمر جدا".');
    expect(claimWith(r.claims, 'ضرورة احترام').speaker).toBe('vladimir-putin');
    expect(claimWith(r.claims, 'مثمر').speaker).toBe('donald-trump');
  });

  it('does not read a passive verb, a verb after a preposition or an ordinary verb as speech', () => {
    expect(said('واعتُبرت زيارة لافروف إلى أنقرة خطوة مهمة.')).toEqual([]);
    expect(said('وأصر الجانب الأمريكي على ذكر "التدخل" في البيان الختامي.')).toEqual([]);
    expect(said('وزاد عدد اللاجئين في المخيمات بشكل كبير، وتابع بومبيو جولته في المنطقة.')).toEqual([]);
  });

  it('gives a plural verb with no named subject to nobody', () => {
    const r = analyse('والتقى لافروف وكيري في جنيف، وأكدوا أن الهدنة ستصمد.');
    expect(claimWith(r.claims, 'الهدنة').speaker).toBeNull();
  });
});

describe('a verb with no subject continues the previous speaker', () => {
  it('وأضاف، وتابع، وزاد أن: the last speaker, across sentences', () => {
    const r = analyse(
      'وقال بومبيو إن بلاده تريد حلا سياسيا. وأضاف أن العقوبات ستبقى. وتابع: "لن نتراجع عن موقفنا". وزاد أن الوقت ينفد.',
    );
    expect(r.claims.map((c) => [c.speaker, c.verb])).toEqual([
      ['mike-pompeo', 'وقال'],
      ['mike-pompeo', 'وأضاف'],
      ['mike-pompeo', 'وتابع'],
      ['mike-pompeo', 'وزاد'],
    ]);
  });

  it('follows the speaker changes of a two-person story', () => {
    const r = analyse(
      'قال لافروف إن موسكو مستعدة للحوار. وأضاف أن الكرة في ملعب واشنطن. من جهته قال بومبيو إن بلاده تدرس العرض. وتابع أن الرد سيأتي قريبا.',
    );
    expect(r.claims.map((c) => c.speaker)).toEqual(['sergey-lavrov', 'sergey-lavrov', 'mike-pompeo', 'mike-pompeo']);
  });

  it('prefers the person the sentence is about when it opens with another verb', () => {
    const r = analyse('قال لافروف إن الحوار مستمر. ووجه بومبيو انتقادات حادة إلى موسكو، وقال إنها تتدخل في الانتخابات.');
    expect(claimWith(r.claims, 'تتدخل').speaker).toBe('mike-pompeo');
  });
});

describe('titles alone resolve to the person they mean', () => {
  it('الوزير، الوزير الأمريكي، الرئيس الروسي as subjects', () => {
    const r = analyse(
      'استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي مايك بومبيو في سوتشي. ولفت الوزير إلى أن الملف السوري تصدر المحادثات. وأعرب الوزير الأمريكي عن أمله في حل قريب. بدوره قال الرئيس الروسي إن موسكو تتفهم ذلك.',
    );
    expect(claimWith(r.claims, 'الملف السوري').speaker).toBe('mike-pompeo');
    expect(claimWith(r.claims, 'حل قريب').speaker).toBe('mike-pompeo');
    expect(claimWith(r.claims, 'تتفهم').speaker).toBe('vladimir-putin');
  });

  it('«نظيره الأمريكي» as a subject is the counterpart of the person named before', () => {
    const r = analyse('وقال لافروف إن اللقاء كان مفيدا. من جهته أكد نظيره الأمريكي أن الخلافات ما زالت كبيرة.');
    expect(claimWith(r.claims, 'الخلافات').speaker).toBe('mike-pompeo');
  });
});

describe('reported speech keeps both people', () => {
  it('نقل X عن Y قوله: Y speaks, X reported it', () => {
    const r = analyse('ونقل لافروف عن بوتين قوله: "روسيا لن تسمح بعزلها".');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ speaker: 'vladimir-putin', reportedBy: 'sergey-lavrov', quote: 'روسيا لن تسمح بعزلها' });
  });

  it('ذكر X أن Y أكد …: Y’s words, relayed by X', () => {
    const r = analyse('وذكرت زاخاروفا أن لافروف أكد لنظيره التركي استعداد موسكو لاستئناف المشاورات.');
    const claim = claimWith(r.claims, 'استعداد موسكو');
    expect(claim).toMatchObject({ speaker: 'sergey-lavrov', reportedBy: 'maria-zakharova', verb: 'أكد' });
    expect(r.claims).toHaveLength(1);
  });

  it('an agency relaying a person: the person speaks, nobody is reportedBy', () => {
    const r = analyse('ونقلت وكالة الأنباء الروسية عن شويغو قوله إن التدريبات ستستمر أسبوعين.');
    expect(r.claims[0]).toMatchObject({ speaker: 'sergei-shoigu', reportedBy: null });
  });
});

describe('an institution speaks for itself unless it names who said it', () => {
  it('«أعلنت الخارجية في بيان» alone: speaker null', () => {
    const r = analyse('وأعلنت الخارجية الروسية في بيان أن موسكو ستغلق قنصليتها في المدينة.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.speaker).toBeNull();
  });

  it('«أعلنت الخارجية في بيان أن لافروف شدد …»: the minister’s words', () => {
    const r = analyse('وأعلنت الخارجية الروسية في بيان لها أن لافروف شدد خلال الاتصال على أن الحل العسكري غير ممكن.');
    const claim = claimWith(r.claims, 'الحل العسكري');
    expect(claim).toMatchObject({ speaker: 'sergey-lavrov', reportedBy: null, verb: 'شدد' });
  });

  it('anonymous sources and capitals are not people', () => {
    expect(said('وقالت مصادر دبلوماسية إن الاجتماع تأجل.')).toEqual([[null, 'الاجتماع تأجل']]);
    expect(said('وأعلنت واشنطن أن المحادثات أحرزت تقدما.')).toEqual([[null, 'المحادثات أحرزت تقدما']]);
  });
});

describe('quotations', () => {
  it('takes the words inside « », “ ” and " " as the quote', () => {
    for (const [open, close] of [
      ['«', '»'],
      ['“', '”'],
      ['"', '"'],
    ]) {
      const r = analyse(`وقال بوتين: ${open}نحن لا نريد حربا باردة جديدة${close}.`);
      expect(r.claims[0]).toMatchObject({ speaker: 'vladimir-putin', quote: 'نحن لا نريد حربا باردة جديدة' });
      expect(r.claims[0]!.text).toBe(`${open}نحن لا نريد حربا باردة جديدة${close}`);
    }
  });

  it('keeps a quotation whole across its full stops, and does not read verbs inside it', () => {
    const r = analyse('وقال كيري: "لقد قال الروس إنهم جادون. نحن نختبر ذلك الآن". وأضاف أن النتائج ستظهر قريبا.');
    expect(r.claims.map((c) => c.verb)).toEqual(['وقال', 'وأضاف']);
    expect(r.claims[0]!.quote).toBe('لقد قال الروس إنهم جادون. نحن نختبر ذلك الآن');
  });

  it('has no quote when the words are reported without marks', () => {
    expect(analyse('وأوضح بولتون أن واشنطن تدرس كل الخيارات.').claims[0]!.quote).toBeNull();
  });

  it('joins several quoted pieces of one claim', () => {
    const r = analyse('وقال جون بولتون إن المحادثات كانت "صريحة" و"مفيدة".');
    expect(r.claims[0]!.quote).toBe('صريحة … مفيدة');
  });
});

describe('according to', () => {
  it('«بحسب X» at the start of a sentence and «وفقا لـ X» at its end', () => {
    const r = analyse('وبحسب لافروف، فإن المشاورات ستتواصل الأسبوع المقبل. والاتفاق يشمل كل المناطق، وفقا لبومبيو.');
    expect(claimWith(r.claims, 'المشاورات ستتواصل')).toMatchObject({ speaker: 'sergey-lavrov', verb: 'وبحسب' });
    expect(claimWith(r.claims, 'يشمل كل المناطق').speaker).toBe('mike-pompeo');
  });

  it('«وفق ما نقلته قناة …» names no person and opens no claim', () => {
    const r = analyse('ووصف بومبيو المحادثات وفق ما نقلته قناة "الحرة" بأنها "بناءة".');
    expect(r.claims.map((c) => c.speaker)).toEqual(['mike-pompeo']);
  });
});

describe('robustness', () => {
  it('returns no claims for empty, Latin or binary text, and never throws', () => {
    expect(analyse('').claims).toEqual([]);
    expect(analyse('The minister said that talks would go on.').claims).toEqual([]);
    expect(analyse('\u0000\u0001وقال\uFFFF').claims).toEqual([]);
    expect(analyse('وقال').claims).toEqual([]);
    expect(analyse('«««وقال لافروف إن»»»').claims.every((c) => c.speaker === 'sergey-lavrov')).toBe(true);
  });

  it('reads every claim of a long text (its speed is measured by npm run bench)', () => {
    const paragraph = 'وقال لافروف إن موسكو مستعدة للحوار. وأضاف: "لن نقبل الإملاءات". مؤكدا أن الحل سياسي.\n';
    const r = analyse(paragraph.repeat(800));
    expect(r.claims.length).toBe(2400);
  });
});
