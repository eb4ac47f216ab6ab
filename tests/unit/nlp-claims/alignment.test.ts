/**
 * The same statement across reports (alignClaims / compareClaims), one rule per test, on
 * sentences written for these tests: what a reader would equate, and what only shares a topic.
 */
import { describe, expect, it } from 'vitest';
import { alignClaims, compareClaims, type ArticleClaims } from '../../../src/nlp/sources/crossSource.ts';
import { skeleton, wordKeys } from '../../../src/nlp/text/stem.ts';
import type { Claim } from '../../../src/nlp/types.ts';

let at = 0;
const claim = (speaker: string | null, text: string, quote: string | null = null, start = (at += 1000)): Claim => ({
  speaker,
  reportedBy: null,
  verb: 'وقال',
  text,
  quote,
  start,
  end: start + text.length,
});

/** The relation of the one claim of `a` to the one claim of `b`, or null when they are not aligned. */
function relation(a: Claim, b: Claim) {
  const [result] = compareClaims([a], [{ article: 'b', claims: [b] }]);
  return result!.matches[0] ?? null;
}

describe('word keys', () => {
  it('a noun and its adjective meet on their skeleton: الصراحة / صريحة, العمق / عميقة', () => {
    expect(skeleton('صراح')).toBe(skeleton('صريح'));
    const shared = (x: string, y: string) => wordKeys(x).some((k) => wordKeys(y).includes(k));
    expect(shared('بالصراحة', 'صريحة')).toBe(true);
    expect(shared('العمق', 'عميقة')).toBe(true);
    expect(shared('ستواصلان', 'مواصلة')).toBe(true);
    expect(shared('أوثق', 'وثيق')).toBe(true);
    expect(shared('لتنشيط', 'تنشيط')).toBe(true);
    expect(shared('وزيري', 'الوزيرين')).toBe(true);
    expect(shared('استضافتها', 'استضافة')).toBe(true);
    expect(shared('يقع', 'تقع')).toBe(true);
    expect(shared('السفير', 'السفينة')).toBe(false);
  });
});

describe('the same statement in other words', () => {
  it('synonyms: «أمن الإنترنت» / «الأمن السيبراني»', () => {
    const m = relation(
      claim('minister-a', 'البلدين سيعززان التعاون في مجال أمن الإنترنت وحماية البنى التحتية الحيوية'),
      claim('minister-a', 'الجانبين سيعملان على تطوير التعاون في الأمن السيبراني وحماية البنية التحتية الحيوية'),
    );
    expect(m).toMatchObject({ relation: 'corroborated', divergence: null });
  });

  it('«أهمية» / «ضرورة», «مستجدات» / «تطورات», «مواصلة» / «استمرار»: words of one sense in retold statements', () => {
    const m = relation(
      claim('minister-a', 'أهمية مواصلة التشاور بشأن المستجدات الإقليمية'),
      claim('minister-a', 'ضرورة استمرار التشاور حول تطورات المنطقة'),
    );
    expect(m?.relation).toBe('corroborated');
  });

  it('other verbs: «اتفقا على استئناف» / «توافقا على عودة»', () => {
    const m = relation(
      claim('minister-a', 'الوزيرين اتفقا على استئناف الرحلات الجوية المباشرة بين العاصمتين'),
      claim('minister-a', 'الطرفين توافقا على عودة الرحلات الجوية المباشرة'),
    );
    expect(m?.relation).toBe('corroborated');
  });

  it('a list in another order', () => {
    const m = relation(
      claim('envoy-b', 'المحادثات تناولت الأوضاع في ليبيا والسودان واليمن'),
      claim('envoy-b', 'المباحثات شملت الملفات اليمنية والسودانية والليبية'),
    );
    expect(m?.relation).toBe('corroborated');
  });

  it('a quote against its paraphrase', () => {
    const quoted = '"لن نقبل بأي حل يفرض على الشعب الليبي من الخارج"';
    const m = relation(
      claim('minister-a', quoted, 'لن نقبل بأي حل يفرض على الشعب الليبي من الخارج'),
      claim('minister-a', 'بلاده لن تقبل أي حل يفرض على الشعب الليبي من الخارج'),
    );
    expect(m).toMatchObject({ relation: 'corroborated', divergence: null });
  });

  it('a number in words and in digits', () => {
    const m = relation(
      claim('envoy-b', 'المباحثات استمرت ثلاث ساعات وتناولت صفقة الحبوب'),
      claim('envoy-b', 'المحادثات استغرقت 3 ساعات وبحثت صفقة الحبوب'),
    );
    expect(m).toMatchObject({ relation: 'corroborated', divergence: null });
  });

  it('a judgement said with a negation: «صعبة» / «ليست سهلة» agree', () => {
    const m = relation(
      claim('president-c', 'المفاوضات مع جيراننا تكون صعبة أحيانا لكنها تنتهي باتفاق'),
      claim('president-c', 'المفاوضات مع الجيران ليست سهلة دائما لكنها تنتهي باتفاق'),
    );
    expect(m).toMatchObject({ relation: 'corroborated', divergence: null });
  });

  it('one article telling it twice (a paraphrase, then the quote) puts both with the other report', () => {
    const groups = alignClaims([
      {
        article: 'a',
        claims: [
          claim('minister-a', 'بلاده تأمل أن يحضر الرئيس القمة الاقتصادية المقبلة في الدوحة'),
          claim('minister-a', '"نأمل أن يحضر الرئيس القمة الاقتصادية في الدوحة"', 'نأمل أن يحضر الرئيس القمة الاقتصادية في الدوحة'),
        ],
      },
      { article: 'b', claims: [claim('minister-a', 'أمل بلاده في حضور الرئيس القمة الاقتصادية المقبلة في الدوحة')] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims).toEqual([
      { article: 'a', index: 0 },
      { article: 'a', index: 1 },
      { article: 'b', index: 0 },
    ]);
  });
});

describe('one quote cut into overlapping claims is one claim', () => {
  const whole = 'التعاون الأمني بين البلدين سيتوسع، مشيرا إلى أن لجنة مشتركة ستجتمع في القاهرة الشهر المقبل';
  const tail = 'لجنة مشتركة ستجتمع في القاهرة الشهر المقبل';
  const articles: ArticleClaims[] = [
    { article: 'a', claims: [claim('minister-a', whole, null, 100), claim('minister-a', tail, null, 100 + whole.indexOf(tail))] },
    { article: 'b', claims: [claim('minister-a', 'لجنة مشتركة ستعقد اجتماعها الأول في القاهرة الشهر المقبل لبحث التعاون الأمني')] },
  ];

  it('both parts are in one group with the other report', () => {
    const groups = alignClaims(articles);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.filter((c) => c.article === 'a').map((c) => c.index)).toEqual([0, 1]);
  });

  it('each part finds the other report', () => {
    const results = compareClaims(articles[0]!.claims, [articles[1]!]);
    expect(results.map((r) => r.onlyHere)).toEqual([false, false]);
  });
});

describe('a claim that lists several statements', () => {
  // One outlet gives the list in one sentence; the other gives its items as two claims.
  const list = claim('minister-a', 'ضرورة التوصل إلى وقف فوري لإطلاق النار في الإقليم، وفتح الممرات أمام قوافل الإغاثة دون قيود، ورفض أي مساس بوحدة أراضي البلاد');
  const articles: ArticleClaims[] = [
    { article: 'a', claims: [list] },
    { article: 'b', claims: [claim('minister-a', 'وقف إطلاق النار فورا في الإقليم أولوية'), claim('minister-a', 'فتح الممرات لقوافل الإغاثة من غير قيود')] },
  ];

  it('each item finds the claim of the other report that says it', () => {
    const groups = alignClaims(articles);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.claims.map((c) => `${c.article}${c.index}`))).toEqual([['a0', 'b0'], ['a0', 'b1']]);
    const [result] = compareClaims([list], [articles[1]!]);
    expect(result!.matches.map((m) => m.claim.text)).toHaveLength(2);
  });

  it('an item the other report does not tell stays unmatched, and items of one list are never one statement', () => {
    const other: ArticleClaims = { article: 'b', claims: [claim('minister-a', 'رفض الوزير أي مساس بوحدة أراضي البلاد تحت أي ظرف')] };
    const groups = alignClaims([articles[0]!, other]);
    expect(groups.map((g) => g.claims.map((c) => `${c.article}${c.index}`))).toEqual([['a0', 'b0']]);
  });

  it('an item opened by a participle of speech, written with its tanween or in the dual («مؤكداً», «مجددين»), stands on its own', () => {
    const told = claim('minister-a', 'ضرورة الإسراع في إدخال شحنات الوقود إلى المدينة المحاصرة، مجددين رفضهما أي نقل قسري لسكانها خارج حدودها');
    const items: ArticleClaims = {
      article: 'b',
      claims: [claim('minister-a', 'الإسراع في إدخال شحنات الوقود للمدينة'), claim('minister-a', 'رفض أي نقل قسري لسكان المدينة خارج حدودها')],
    };
    const groups = alignClaims([{ article: 'a', claims: [told] }, items]);
    expect(groups.map((g) => g.claims.map((c) => `${c.article}${c.index}`))).toEqual([['a0', 'b0'], ['a0', 'b1']]);
    const withTanween = claim('minister-a', 'ضرورة الإسراع في إدخال شحنات الوقود إلى المدينة المحاصرة، مؤكداً رفضه أي نقل قسري لسكانها خارج حدودها');
    expect(alignClaims([{ article: 'a', claims: [withTanween] }, items])).toHaveLength(2);
  });
});

describe('never two statements that only share a topic', () => {
  it('same speaker, same countries and subject, other propositions', () => {
    expect(
      relation(
        claim('president-c', 'روسيا مستعدة لتزويد تركيا بالغاز عبر خط أنابيب جديد'),
        claim('president-c', 'روسيا وتركيا تبحثان إنشاء مركز لتجارة الغاز في إسطنبول'),
      ),
    ).toBeNull();
    expect(
      relation(
        claim('president-c', 'الأزمة الأوكرانية تتطلب حلا سياسيا يراعي مصالح جميع الأطراف'),
        claim('president-c', 'العقوبات الغربية المفروضة بسبب الأزمة الأوكرانية غير قانونية'),
      ),
    ).toBeNull();
  });

  it('the region’s security and stability are not a statement of their own', () => {
    expect(
      relation(
        claim('minister-a', 'القمة تمثل بداية مرحلة جديدة لأمن المنطقة واستقرار شعوبها'),
        claim(null, 'ترحيب بلاده بعودة السفراء بما يعزز أمن المنطقة واستقرار شعوبها'),
      ),
    ).toBeNull();
  });

  it('a quoted name is not a shared quotation', () => {
    expect(
      relation(
        claim('minister-a', 'بلاده ستوقع «اتفاق الشراكة» العام المقبل', 'اتفاق الشراكة'),
        claim('envoy-b', 'واشنطن تعارض «اتفاق الشراكة»', 'اتفاق الشراكة'),
      ),
    ).toBeNull();
  });
});

describe('the verdicts a journalist would give', () => {
  it('also said by: another person, the same proposition', () => {
    const m = relation(
      claim('minister-a', 'الجانبين اتفقا على تشكيل فريق عمل مشترك لبحث عودة السفراء'),
      claim('envoy-b', 'الطرفين اتفقا على تشكيل فريق عمل مشترك لبحث عودة السفراء إلى العاصمتين'),
    );
    expect(m).toMatchObject({ relation: 'also-said-by', divergence: null });
  });

  it('attributed differently: the same quoted words, another person', () => {
    const words = 'لن نسمح بأن تتحول أراضينا إلى ساحة لتصفية الحسابات';
    const m = relation(claim('minister-a', `"${words}"`, words), claim('envoy-b', `وقال: "${words}"`, words));
    expect(m).toMatchObject({ relation: 'attributed-differently' });
  });

  it('divergent: one report denies what the other asserts', () => {
    const m = relation(
      claim('envoy-b', 'الوفدين توصلا إلى اتفاق بشأن تبادل الأسرى خلال الجولة'),
      claim('envoy-b', 'الوفدين لم يتوصلا إلى اتفاق بشأن تبادل الأسرى خلال الجولة'),
    );
    expect(m).toMatchObject({ relation: 'divergent', divergence: 'negation' });
  });

  it('divergent: another assessment of the same thing', () => {
    const m = relation(
      claim('minister-a', 'الجولة الأولى من المحادثات في جنيف كانت إيجابية'),
      claim('minister-a', 'الجولة الأولى من المحادثات في جنيف كانت سلبية'),
    );
    expect(m).toMatchObject({ relation: 'divergent', divergence: 'assessment' });
  });

  it('divergent: other numbers for the same thing', () => {
    const m = relation(
      claim('minister-a', 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية'),
      claim('minister-a', 'المحادثات مع الوفد الزائر استمرت خمس ساعات في أجواء ودية'),
    );
    expect(m).toMatchObject({ relation: 'divergent', divergence: 'numbers' });
  });

  it('«غير مباشرة» is another word, not a denial of «مباشرة»', () => {
    const m = relation(
      claim('envoy-b', 'الجولة المقبلة من المفاوضات غير المباشرة ستعقد في مسقط السبت'),
      claim('envoy-b', 'الجولة المقبلة من المفاوضات ستعقد في مسقط السبت بعد لقاء مباشر قصير'),
    );
    expect(m?.divergence ?? null).not.toBe('negation');
  });

  it('a group’s verdict is what matters most among its claims', () => {
    const groups = alignClaims([
      { article: 'a', claims: [claim('minister-a', 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية')] },
      { article: 'b', claims: [claim('minister-a', 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية للغاية')] },
      { article: 'c', claims: [claim('minister-a', 'المحادثات مع الوفد الزائر استمرت أربع ساعات في أجواء ودية')] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.verdict).toBe('divergent');
    const corroborated = alignClaims([
      { article: 'a', claims: [claim('minister-a', 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية')] },
      { article: 'b', claims: [claim(null, 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية للغاية')] },
    ]);
    expect(corroborated[0]!.verdict).toBe('corroborated');
  });

  it('survives bad input', () => {
    expect(alignClaims([])).toEqual([]);
    expect(alignClaims([{ article: 'a', claims: null as unknown as Claim[] }])).toEqual([]);
    expect(compareClaims([], [])).toEqual([]);
  });
});

describe('what a claim only shares with another by where it was said', () => {
  it('a trailing frame («وذلك في مؤتمر صحفي …», «خلال لقائهما …») does not make two statements one', () => {
    const a = claim('pompeo', 'بلاده لا ترغب في خوض حرب مع إيران، وذلك في مؤتمر صحفي عقده مع نظيره الروسي سيرغي لافروف في منتجع سوتشي على البحر الأسود');
    const b = claim('pompeo', 'الملف السوري كان محور النقاش خلال محادثاتهما اليوم في منتجع سوتشي الروسي المطل على البحر الأسود مع سيرغي لافروف');
    expect(relation(a, b)).toBeNull();
    // What was said still meets its paraphrase, whatever frame each report gives it.
    const c = claim('pompeo', 'واشنطن لا تريد حربا مع إيران خلال لقائه لافروف في سوتشي');
    expect(relation(a, c)?.relation).toBe('corroborated');
  });

  it('another speaker saying the same must say most of it, not share a few words of the topic', () => {
    const a = claim('kerry', 'الهدنة في سوريا تشكل فرصة لإحياء العملية السياسية إذا التزمت بها الأطراف');
    const b = claim('lavrov', 'الاتفاق قد يشكل نقطة تحول في الأزمة السورية');
    expect(relation(a, b)).toBeNull();
    const c = claim('lavrov', 'الهدنة في سوريا تشكل فرصة لإحياء العملية السياسية');
    expect(relation(a, c)?.relation).toBe('also-said-by');
  });
});
