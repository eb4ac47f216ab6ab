/**
 * «وجاء الاتفاق في مكالمة هاتفية أجراها الطرفان اليوم»: a meeting held by «الطرفان», «الزعيمان» … with nobody
 * named in its sentence is held by the two the sentence before named; «واتفقا على عقد لقاء» is a meeting agreed on,
 * not one held. Found in the whole real corpus (a Libyan–Turkish call, a Jordanian–Qatari visit, a meeting told as
 * agreed on in a call) while the twenty-fourth held-out set was being written; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';
import { analyze } from '../../../src/nlp/analyze.ts';

const reported = (text: string, published: string) =>
  analyse(text, published)
    .meetings.filter((m) => !m.mentioned)
    .map(({ kind, participants, date }) => ({ kind, participants, date }));

describe('a meeting held by «الطرفان» named in the sentence before', () => {
  it('«أجراها الطرفان» after the meeting word: the two named just before', () => {
    expect(
      reported('اتفق الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب على مواصلة التنسيق.\nوجاء الاتفاق في مكالمة هاتفية أجراها الطرفان اليوم الجمعة.', '2025-11-07'),
    ).toEqual([{ kind: 'phone call', participants: ['donald-trump', 'vladimir-putin'], date: '2025-11-07' }]);
  });

  it('«وشدد الزعيمان، خلال مباحثات …»: the two as the opening verb’s subject', () => {
    expect(
      reported('عبر الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب اليوم عن ارتياحهما للعلاقات.\nوشدد الزعيمان، خلال مباحثات ثنائية في قصر الكرملين، على أهمية الحوار.', '2025-11-07').map(
        (m) => m.participants,
      ),
    ).toEqual([['donald-trump', 'vladimir-putin']]);
  });

  it('nobody is borrowed when the sentence before names one person, or «الطرفان» are far from the word', () => {
    expect(reported('أشاد الرئيس الروسي فلاديمير بوتين بالتعاون.\nوجاء ذلك في مكالمة هاتفية أجراها الطرفان اليوم الجمعة.', '2025-11-07')).toEqual([]);
  });
});

describe('a meeting agreed on', () => {
  it('«واتفقا على عقد لقاء في بودابست» is not a meeting held', () => {
    expect(
      reported('وتحدث الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب هاتفيا اليوم.\nواتفق الرئيسان على عقد لقاء في العاصمة المجرية بودابست.', '2025-10-16').map((m) => m.kind),
    ).toEqual(['phone call']);
  });
});

describe('«المسؤولان الجزائريان»: the two people of one country', () => {
  // The shipped knowledge (Algeria's president and prime minister of 2024, China's foreign minister).
  const speakers = (text: string) =>
    analyze(text, { published: '2024-01-17' })
      .claims.filter((c) => c.text.includes('متينة'))
      .map((c) => c.speakers ?? [c.speaker]);

  it('are the two of that country the story named, not its guest', () => {
    const story =
      'استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الصيني وانغ يي، الذي التقى أيضا رئيس الوزراء نذير العرباوي.\n' +
      'وأشاد وانغ بالتعاون بين البلدين.\nوأكد المسؤولان الجزائريان أن العلاقات بين البلدين متينة.';
    expect(speakers(story)).toEqual([['abdelmadjid-tebboune', 'nadir-larbaoui']]);
  });

  it('and that country’s leading participant alone when the story named three of its people', () => {
    const story =
      'استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الصيني وانغ يي بحضور رئيس الوزراء نذير العرباوي ووزير الخارجية أحمد عطاف.\n' +
      'وأكد المسؤولان الجزائريان أن العلاقات بين البلدين متينة.';
    expect(speakers(story)).toEqual([['abdelmadjid-tebboune']]);
  });
  it('«الوزيران البريطانيان»: the two ministers of that country, not its ambassador named with them', () => {
    const story =
      'استقبل رئيس مجلس النواب اللبناني نبيه بري وزير الخارجية البريطاني ديفيد كاميرون، يرافقه وزير الدولة طارق أحمد والسفير البريطاني هاميش كاول.\n' +
      'وأكد الوزيران البريطانيان أن العلاقات بين البلدين متينة.';
    const said = analyze(story, { published: '2024-02-01' }).claims.filter((c) => c.text.includes('متينة'));
    expect(said.map((c) => c.speakers ?? [c.speaker])).toEqual([['david-cameron', 'tariq-ahmad']]);
  });
});

describe('a call told with the definite word', () => {
  it('«أنه أجرى المكالمة مع نظيره الروسي …» is a call held with him; «أجرى الاتصال في إطار …» alone is none', () => {
    const calls = (text: string) => analyze(text, { published: '2023-03-16' }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, m.participants]);
    expect(calls('وكشف وزير الدفاع الأمريكي لويد أوستن للصحفيين أنه أجرى المكالمة مع نظيره الروسي سيرغي شويغو.')).toEqual([['phone call', ['lloyd-austin', 'sergei-shoigu']]]);
    expect(calls('وأجرى الرئيس الاتصال في إطار التنسيق المستمر.')).toEqual([]);
  });
});

describe('a statement that tells what both sides said', () => {
  const call = 'تلقى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.\n';
  const claimOf = (text: string, key: string) => analyse(call + text, '2025-06-15').claims.find((c) => c.text.includes(key));

  it('«وأضاف البيان أن الجانبين تبادلا …»: the words are both sides’, not the statement’s', () => {
    const c = claimOf('وأضاف البيان أن الجانبين تبادلا التهاني بمناسبة العيد.', 'تبادلا التهاني');
    expect(c?.speakers).toEqual(['donald-trump', 'vladimir-putin']);
    expect(c?.institution).toBeUndefined();
  });

  it('«وذكر بيان للرئاسة أن الاتصال شهد التأكيد على …»: what the call saw said is both sides’', () => {
    expect(claimOf('وذكر بيان للرئاسة أن الاتصال شهد التأكيد على ضرورة تنسيق المواقف.', 'تنسيق المواقف')?.speakers).toEqual(['donald-trump', 'vladimir-putin']);
  });

  it('a statement of its own words stays the statement’s', () => {
    const c = claimOf('وأضاف البيان أن الولايات المتحدة ستواصل دعم الحوار.', 'دعم الحوار');
    expect(c?.speaker).toBeNull();
    expect(c?.institution).toBeDefined();
  });
});
