/**
 * How Arabic desks tell a meeting: as a reception and a visit, a summit, a signing, a call
 * with one side named by title, with earlier and planned occasions beside it. Sentences of
 * our own, in the constructions of real wire copy.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { testKnowledge } from '../nlp/fixtures/knowledge.ts';
import { analyse } from './helpers.ts';
import { analyze } from '../../../src/nlp/analyze.ts';

const meetings = (text: string, published: string) =>
  analyse(text, published).meetings.map(({ kind, participants, place, date, mentioned }) => ({ kind, participants, place, date, ...(mentioned ? { mentioned } : {}) }));
const reported = (text: string, published: string) => meetings(text, published).filter((m) => !m.mentioned);

describe('a visit told as a reception, then talks', () => {
  it('arrival, reception at a palace and talks are one visit', () => {
    const m = reported(
      'وصل الرئيس الصيني شي جين بينغ إلى الرياض اليوم في زيارة رسمية.\n' +
        'واستقبل ولي العهد الأمير محمد بن سلمان الرئيس الصيني في قصر اليمامة، ثم عقد الجانبان جلسة مباحثات رسمية تناولت العلاقات الثنائية.',
      '2022-12-08',
    );
    expect(m).toEqual([{ kind: 'visit', participants: ['mohammed-bin-salman', 'xi-jinping'], place: 'Riyadh', date: '2022-12-08' }]);
  });

  it('«وصل» is a visit only on the way to a place', () => {
    expect(reported('وصل عدد الضحايا إلى مئة اليوم، بحسب بوتين.', '2022-12-08')).toEqual([]);
  });
});

describe('a summit of many leaders', () => {
  const summit =
    'انطلقت في جدة اليوم أعمال القمة العربية برئاسة ولي العهد السعودي الأمير محمد بن سلمان.\n' +
    'وشارك في القمة الرئيس المصري عبد الفتاح السيسي وأمير الكويت الشيخ مشعل الأحمد الجابر الصباح.';

  it('the leaders named in sentences of attendance are the summit’s', () => {
    expect(reported(summit, '2024-05-16')).toEqual([
      { kind: 'summit', participants: ['abdel-fattah-el-sisi', 'mishal-al-ahmad', 'mohammed-bin-salman'], place: 'Jeddah', date: '2024-05-16' },
    ]);
  });

  it('a meeting on the sidelines is not the summit', () => {
    const m = reported(summit + '\nوعلى هامش القمة، التقى الرئيس السيسي ولي العهد السعودي وبحثا العلاقات الثنائية.', '2024-05-16');
    expect(m).toHaveLength(2);
    expect(m[0]!.kind).toBe('summit');
    expect(m[1]).toMatchObject({ kind: 'meeting', participants: ['abdel-fattah-el-sisi', 'mohammed-bin-salman'] });
  });

  it('a meeting told on the sidelines first is not the summit the story names after it', () => {
    const m = reported(
      'بحث ولي العهد السعودي الأمير محمد بن سلمان في الرياض اليوم مع الرئيس المصري عبد الفتاح السيسي العلاقات الثنائية، وذلك على هامش أعمال القمة العربية.\n' +
        'وتأتي مشاركة مصر في قمة الرياض بعد نحو شهرين من انتخابات الرئاسة فيها.',
      '2024-05-16',
    );
    expect(m[0]).toMatchObject({ kind: 'talks', participants: ['abdel-fattah-el-sisi', 'mohammed-bin-salman'], date: '2024-05-16' });
    expect(m.filter((x) => x.kind === 'summit').every((x) => x.participants.length < 2)).toBe(true);
  });
});

describe('a signing', () => {
  it('«وقع … على» is a signing', () => {
    expect(reported('وقع لافروف وبومبيو في جنيف اليوم على بيان مشترك بشأن الحد من التسلح.', '2019-05-15')).toEqual([
      { kind: 'signing', participants: ['mike-pompeo', 'sergey-lavrov'], place: 'Geneva', date: '2019-05-15' },
    ]);
  });

  it('«وقع» that happened is no signing', () => {
    expect(reported('وقع انفجار في الرياض اليوم أثناء مرور موكب بوتين.', '2019-05-15')).toEqual([]);
  });
});

describe('leaders named, not met', () => {
  it('those under whose leadership or guidance the sides act are no participants, and «وأكد الجانبان» is the signatories’', () => {
    const text =
      'وقع وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي مايك بومبيو في جنيف اليوم على بيان مشترك.\n' +
      'وأكد الجانبان أن التوقيع يجسد العلاقات في ظل قيادة الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب، وبتوجيهات منهما.';
    expect(reported(text, '2019-05-15')).toEqual([{ kind: 'signing', participants: ['mike-pompeo', 'sergey-lavrov'], place: 'Geneva', date: '2019-05-15' }]);
    expect(analyse(text, '2019-05-15').claims[0]!.speakers).toEqual(['sergey-lavrov', 'mike-pompeo']);
  });
});

describe('people talked about, not met', () => {
  it('a name after what it proposed or said («خطة ترامب», «تصريحات الرئيس الأمريكي …») is no participant', () => {
    const m = reported('التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو اليوم، وبحثا خطة ترامب بشأن غزة وتصريحات الرئيس الأمريكي دونالد ترامب الأخيرة.', '2019-05-15');
    expect(m[0]!.participants).toEqual(['mevlut-cavusoglu', 'sergey-lavrov']);
  });
});

describe('a phone call', () => {
  it('one side named only by title, resolved by the date', () => {
    expect(reported('تلقى ولي العهد السعودي اتصالا هاتفيا اليوم من الرئيس الإيراني إبراهيم رئيسي.', '2023-03-20')).toEqual([
      { kind: 'phone call', participants: ['ebrahim-raisi', 'mohammed-bin-salman'], place: null, date: '2023-03-20' },
    ]);
  });

  it('«هاتف» as a verb is a call', () => {
    expect(reported('وهاتف بوتين ترامب أمس.', '2019-05-15')[0]).toMatchObject({ kind: 'phone call', date: '2019-05-14' });
  });
});

describe('meetings only mentioned', () => {
  it('an earlier occasion is kept, marked as mentioned, and lends no one to the meeting reported', () => {
    const m = meetings(
      'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في هلسنكي اليوم.\n' +
        'وكان لافروف وبومبيو قد التقيا في سوتشي.',
      '2018-07-16',
    );
    expect(m).toEqual([
      { kind: 'meeting', participants: ['donald-trump', 'vladimir-putin'], place: 'Helsinki', date: '2018-07-16' },
      { kind: 'meeting', participants: ['mike-pompeo', 'sergey-lavrov'], place: 'Sochi', date: null, mentioned: true },
    ]);
  });

  it('«منذ لقائهما», «القمة السابقة», «لقاؤهما الأخير» are earlier occasions', () => {
    expect(meetings('وهذا أول اتصال بين بوتين وترامب منذ لقائهما في هلسنكي.', '2019-05-15').find((x) => x.place === 'Helsinki')).toMatchObject({
      mentioned: true,
    });
    expect(meetings('وفي اللقاء الأخير بين لافروف وبومبيو في سوتشي، بحثا الأزمة السورية.', '2019-05-15')[0]).toMatchObject({ mentioned: true });
  });

  it('a planned meeting is mentioned, not reported', () => {
    expect(meetings('واتفق بوتين وترامب على أن تعقد القمة المقبلة بينهما في موسكو.', '2025-08-16')[0]).toMatchObject({ mentioned: true, date: null });
    expect(reported('ومن المرتقب أن يعقد لقاء بين لافروف وبومبيو في جنيف الأسبوع المقبل.', '2019-05-15')).toEqual([]);
  });

  it('a day to come of another clause does not make the meeting told a planned one', () => {
    // «… خلال الأسبوع المقبل، وذلك في ختام محادثاته»: the promise is for next week, the talks are today's.
    expect(reported('أعلن وزير الخارجية الروسي سيرغي لافروف اليوم الجمعة أن واشنطن ستسلم ردودها خلال الأسبوع المقبل، وذلك في ختام محادثاته في جنيف مع نظيره الأمريكي مايك بومبيو.', '2019-05-17')).toMatchObject([{ place: 'Geneva', date: '2019-05-17' }]);
    // «لافروف بعد لقاء بومبيو في جنيف: ردود مكتوبة الأسبوع المقبل»: across a colon.
    expect(reported('لافروف بعد لقاء بومبيو في جنيف: ردود مكتوبة الأسبوع المقبل', '2019-05-17')).toHaveLength(1);
    // In one clause the day is the meeting's: «لقاء … في جنيف الأسبوع المقبل» is planned.
    expect(reported('وأعلن لافروف أنه سيعقد لقاء مع بومبيو في جنيف الأسبوع المقبل.', '2019-05-17')).toEqual([]);
  });

  it('a meeting dated weeks before publication is recalled, not reported', () => {
    expect(meetings('والتقى بوتين ترامب في هلسنكي في 16 يوليو 2018.', '2019-05-15')[0]).toMatchObject({ date: '2018-07-16', mentioned: true });
  });
});

describe('places and dates', () => {
  it('a capital by description, with or without its name', () => {
    expect(reported('والتقى بوتين ولي العهد السعودي بالعاصمة السعودية الرياض اليوم.', '2023-12-06')[0]!.place).toBe('Riyadh');
    expect(reported('وعقد لافروف وبومبيو اجتماعا في العاصمة الصينية أمس.', '2019-05-15')[0]!.place).toBe('Beijing');
  });

  it('a title is not a venue: «مستشار البيت الأبيض» does not put a meeting in Washington', () => {
    expect(reported('والتقى لافروف مستشار البيت الأبيض للأمن القومي جون بولتون أمس.', '2019-05-15')[0]!.place).toBeNull();
  });

  it('the headline dates a meeting its story leaves undated', () => {
    const title = 'بوتين وترامب يبحثان في هلسنكي أمس الأزمة السورية';
    const text = 'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الأمريكي دونالد ترامب في هلسنكي الأزمة السورية.';
    const result = analyzeWith(text, { published: '2018-07-17', title }, testKnowledge());
    expect(result.meetings[0]).toMatchObject({ date: '2018-07-16', place: 'Helsinki' });
  });
});

describe('the story’s own meeting, apart from what it recalls', () => {
  it('the headline tells no meeting of its own; the story’s lead does', () => {
    const title = 'بوتين يشكر ولي العهد السعودي على استضافة محادثات جنيف';
    const text = `${title}\n\nأجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع ولي العهد السعودي.`;
    const m = analyzeWith(text, { published: '2023-03-20', title }, testKnowledge()).meetings;
    expect(m.map((x) => x.kind)).toEqual(['phone call']);
  });

  it('a meeting dated before the lead meeting is background the story gives', () => {
    const m = meetings(
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم الخميس اتصالا هاتفيا مع ولي العهد السعودي.\n' +
        'وجاء الاتصال بعد المحادثات التي جمعت لافروف وبومبيو في جدة يوم الثلاثاء.',
      '2019-05-16',
    );
    expect(m[0]).toMatchObject({ kind: 'phone call', participants: ['mohammed-bin-salman', 'vladimir-putin'] });
    expect(m[1]).toMatchObject({ participants: ['mike-pompeo', 'sergey-lavrov'], date: '2019-05-14', mentioned: true });
  });

  it('a meeting word with nobody named goes on telling the occasion before it', () => {
    const m = reported(
      'ترأس ولي العهد السعودي الأمير محمد بن سلمان اليوم في جدة أعمال القمة العربية بمشاركة الرئيس السيسي.\n' +
        'وعقب الجلسة المغلقة وقع القادة البيان الختامي للقمة.',
      '2024-05-16',
    );
    expect(m).toHaveLength(1);
  });

  it('a conference called for is an aim, not a meeting; «منذ 7 أكتوبر» dates nothing', () => {
    const m = reported(
      'دعا الرئيس المصري عبد الفتاح السيسي إلى عقد مؤتمر دولي للسلام.\n' +
        'جاء ذلك في كلمته أمام القمة التي احتضنتها الرياض اليوم لبحث الحرب المستمرة منذ 7 أكتوبر الماضي بمشاركة ولي العهد السعودي.',
      '2023-11-11',
    );
    expect(m).toEqual([{ kind: 'summit', participants: ['mohammed-bin-salman'], place: 'Riyadh', date: '2023-11-11' }]);
  });

  it('a place told of the next occasion is not this one’s, and a planned sequel joins nothing', () => {
    const m = meetings(
      'عقد بوتين وترامب قمة في هلسنكي أمس، واقترح بوتين أن يلتقيا في المرة القادمة بالعاصمة الروسية.\n' +
        'وسيستقبل ترامب بوتين في البيت الأبيض الأسبوع المقبل لبحث نتائج القمة.',
      '2018-07-17',
    );
    expect(m[0]).toMatchObject({ kind: 'summit', place: 'Helsinki', date: '2018-07-16' });
    expect(m.filter((x) => !x.mentioned)).toHaveLength(1);
  });
});

describe('talks in the singular', () => {
  it('«المحادثة التي جمعته بنظيره» is a meeting of the two', () => {
    expect(reported('أعلن بومبيو أن المحادثة التي جمعته اليوم بنظيره الروسي سيرغي لافروف في العاصمة الماليزية كوالالمبور كانت صريحة.', '2019-05-15')[0]).toMatchObject({
      participants: ['mike-pompeo', 'sergey-lavrov'],
      place: 'Kuala Lumpur',
      date: '2019-05-15',
    });
  });
});

describe('where a visit went', () => {
  it('«خلال زيارته إلى العاصمة التركية», «زيارته للعاصمة الإيرانية»', () => {
    expect(reported('وقال لافروف اليوم خلال زيارته إلى العاصمة التركية أنقرة إن بلاده تريد الحوار مع بومبيو.', '2019-05-15')[0]!.place).toBe('Ankara');
    expect(reported('وذلك خلال الزيارة التي يقوم بها بوتين اليوم للعاصمة الإيرانية.', '2019-05-15')[0]!.place).toBe('Tehran');
  });

  it('a joint press conference is held by two who met', () => {
    expect(reported('وقال لافروف خلال مؤتمر صحفي مشترك مع نظيره الأمريكي مايك بومبيو في موسكو اليوم إن المحادثات كانت صريحة.', '2019-05-15')[0]).toMatchObject({
      participants: ['mike-pompeo', 'sergey-lavrov'],
      place: 'Moscow',
    });
    expect(reported('وقال لافروف في مؤتمر صحفي اليوم إن بلاده تريد الحوار.', '2019-05-15')).toEqual([]);
  });
});

describe('dates and names that are not the meeting’s', () => {
  it('a date counted from after «منذ» is not the meeting’s day when the sentence gives its own', () => {
    const m = meetings(
      'هنأ ولي العهد الأمير محمد بن سلمان، الأحد، الرئيس الصيني شي جين بينغ بإعادة انتخابه، وذلك خلال استقباله في قصر اليمامة بالرياض، في أول زيارة يجريها إلى الخارج منذ انتخابه في العاشر من آذار/مارس الماضي.',
      '2023-03-20',
    );
    expect(m).toEqual([{ kind: 'meeting', participants: ['mohammed-bin-salman', 'xi-jinping'], place: 'Riyadh', date: '2023-03-19' }]);
  });

  it('a name after the rule it gives its name to («بنظام بشار الأسد») is no participant', () => {
    const m = reported('استقبل ولي العهد الأمير محمد بن سلمان اليوم في الرياض الرئيس الصيني شي جين بينغ، في أول زيارة منذ الإطاحة بنظام بشار الأسد.', '2023-03-05');
    expect(m[0]!.participants).toEqual(['mohammed-bin-salman', 'xi-jinping']);
  });
});

describe('occasions told before anyone at them is named', () => {
  it('a summit told with nobody named is the one the story then names people at', () => {
    const m = reported(
      'اختتم قادة دول مجلس التعاون الخليجي، مساء أمس الأحد، قمتهم الخامسة والأربعين التي استضافتها الكويت.\nوقال أمير الكويت الشيخ مشعل الأحمد في افتتاح القمة إن التكامل الاقتصادي ضرورة، فيما أكد ولي العهد السعودي الأمير محمد بن سلمان في القمة دعم بلاده لجهود التكامل.',
      '2024-12-02',
    );
    expect(m).toEqual([{ kind: 'summit', participants: ['mishal-al-ahmad', 'mohammed-bin-salman'], place: 'Kuwait City', date: '2024-12-01' }]);
  });

  it('a country named as a visit’s destination or host is its capital when they share the name; elsewhere it is the state', () => {
    expect(reported('وصل وزير الخارجية الروسي سيرغي لافروف اليوم إلى الجزائر في زيارة رسمية يلتقي خلالها كبار المسؤولين.', '2022-05-10')[0]!.place).toBe('Algiers');
    expect(reported('وأشاد وزير الخارجية الروسي سيرغي لافروف خلال لقائه نظيره التركي مولود جاويش أوغلو اليوم بموقف الجزائر.', '2022-05-10')[0]!.place).toBeNull();
  });

  it('who sent the one who came («نيابة عن», «بناء على توجيه») is not at the meeting', () => {
    const m = reported('نيابة عن الرئيس الروسي فلاديمير بوتين، التقى وزير الخارجية سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة اليوم.', '2022-05-10');
    expect(m[0]!.participants).toEqual(['mevlut-cavusoglu', 'sergey-lavrov']);
  });

  it('«وجاء إعلان X بعد لقائه … اليوم»: a statement made after the meeting of the news leaves it the news', () => {
    const m = meetings('أعلن وزير الخارجية الروسي سيرغي لافروف أن البلدين اتفقا على فتح صفحة جديدة. وجاء إعلان لافروف بعد لقائه في أنقرة اليوم نظيره التركي مولود جاويش أوغلو.', '2022-05-10');
    expect(m.filter((x) => !x.mentioned).map((x) => x.participants)).toEqual([['mevlut-cavusoglu', 'sergey-lavrov']]);
  });

  it('«وجاءت الجولة بعد اجتماع عقده …», «وتنعقد الجولة بعد ساعات من اجتماع …»: what the news came after is earlier', () => {
    for (const text of [
      'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة اليوم. وجاءت الجولة بعد اجتماع عقده الرئيس فلاديمير بوتين مع الرئيس دونالد ترامب في موسكو.',
      'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة اليوم. وتنعقد الجولة بعد ساعات من اجتماع بين الرئيس فلاديمير بوتين والرئيس دونالد ترامب في موسكو.',
    ]) {
      const m = meetings(text, '2022-05-10');
      expect(m.filter((x) => !x.mentioned).map((x) => x.participants)).toEqual([['mevlut-cavusoglu', 'sergey-lavrov']]);
      expect(m.find((x) => x.participants.includes('vladimir-putin'))?.mentioned).toBe(true);
    }
  });

  it('«ويأتي اللقاء بعد اتصال هاتفي …»: what the news comes after is an earlier occasion, not the meeting’s kind', () => {
    const m = meetings('التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة اليوم. ويأتي اللقاء بعد اتصال هاتفي أجراه الرئيسان فلاديمير بوتين ودونالد ترامب.', '2022-05-10');
    expect(m.filter((x) => !x.mentioned).map((x) => x.kind)).toEqual(['meeting']);
  });
});

describe('calls and signings of one day', () => {
  it('two calls of one caller with two others are two calls, and «الرئيسان اتفقا» is the first call’s two', () => {
    const text =
      'أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين اليوم، بعد نحو أسبوعين من المباحثات التي أجراها الرئيسان في هلسنكي. وذكر البيت الأبيض أن الرئيسين اتفقا على مواصلة الحوار.\nوفي وقت لاحق اليوم، أجرى ترامب اتصالا هاتفيا بالرئيس الفنزويلي نيكولاس مادورو.';
    const calls = reported(text, '2018-07-30').filter((m) => m.kind === 'phone call');
    expect(calls.map((m) => m.participants)).toEqual([['donald-trump', 'vladimir-putin'], ['donald-trump', 'nicolas-maduro']]);
    expect(analyse(text, '2018-07-30').claims.find((c) => c.text.startsWith('مواصلة'))!.speakers).toEqual(['donald-trump', 'vladimir-putin']);
  });

  it('«بعد أسابيع من المفاوضات»: the talks a span of time before are an earlier occasion; «أبرم» signs', () => {
    const m = reported('أبرم الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترامب اليوم في هلسنكي اتفاقا للتعاون، بعد أسابيع من المفاوضات.', '2018-07-16');
    expect(m).toEqual([{ kind: 'signing', participants: ['donald-trump', 'vladimir-putin'], place: 'Helsinki', date: '2018-07-16' }]);
  });
});

describe('words said to a counterpart', () => {
  it('«أكد بومبيو، وزير الخارجية، لنظيره الروسي سيرغي لافروف، اليوم، أن …» tells a contact of the two', () => {
    const m = reported('أكد مايك بومبيو، وزير الخارجية الأمريكي، لنظيره الروسي سيرغي لافروف، اليوم الثلاثاء، أن واشنطن قلقة.', '2019-05-14');
    expect(m).toEqual([{ kind: 'talks', participants: ['mike-pompeo', 'sergey-lavrov'], place: null, date: '2019-05-14' }]);
  });
});

describe('how a call is told, and whose day a date is', () => {
  it('«أبدى ترامب، عبر الهاتف، لنظيره …» is a call', () => {
    expect(reported('أبدى الرئيس الأمريكي دونالد ترامب، عبر الهاتف أمس، لنظيره الروسي فلاديمير بوتين استعداد بلاده للمساعدة.', '2019-08-01')[0]!.kind).toBe('phone call');
  });

  it('a date in a relative clause of another noun is that noun’s («… على فوزه في الاقتراع الذي جرى الأحد»); the meeting’s own clause keeps its date', () => {
    expect(reported('قال ترامب إنه أجرى الثلاثاء مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين هنأه فيها على فوزه في الاقتراع الذي جرى الأحد.', '2018-03-20')[0]!.date).toBe('2018-03-20');
    expect(reported('صدر اليوم بيان في ختام الزيارة الرسمية التي قام بها وزير الخارجية الروسي سيرغي لافروف إلى أنقرة أمس ولقائه نظيره التركي مولود جاويش أوغلو.', '2019-05-15')[0]!.date).toBe('2019-05-14');
  });
});

describe('conferences and summits told by what hosted them', () => {
  it('«المؤتمر …، الذي استضافته العاصمة الفرنسية أمس»: the host city is the place and the clause’s day the date', () => {
    expect(
      reported(
        'قدم المشاركون في المؤتمر الدولي لدعم لبنان، الذي استضافته العاصمة الفرنسية أمس، تعهدات كبيرة.\n' +
          'وشارك في المؤتمر وزير الخارجية السعودي عادل الجبير ووزير الخارجية الروسي سيرغي لافروف.',
        '2018-10-25',
      ),
    ).toEqual([{ kind: 'conference', participants: ['adel-al-jubeir', 'sergey-lavrov'], place: 'Paris', date: '2018-10-24' }]);
  });

  it('«قمة القاهرة للسلام التي انعقدت اليوم السبت»: a clause that holds the summit, past its name, gives its day', () => {
    const [m] = reported(
      'ألقى الرئيس عبد الفتاح السيسي كلمة أمام قمة القاهرة للسلام التي انعقدت اليوم السبت في العاصمة الإدارية الجديدة، وشارك فيها الرئيس الصيني شي جين بينغ.',
      '2023-10-21',
    );
    expect(m).toMatchObject({ kind: 'summit', place: 'New Administrative Capital', date: '2023-10-21' });
  });

  it('a place in a clause of another meeting noun is that meeting’s («استكمالا للاجتماع التشاوري الذي استضافته مدينة جدة»)', () => {
    const [m] = reported(
      'عقد وزير الخارجية السعودي عادل الجبير ونظيره الروسي سيرغي لافروف اجتماعا اليوم.\n' +
        'ويأتي الاجتماع استكمالا للاجتماع التشاوري الذي استضافته مدينة جدة الشهر الماضي بمشاركة الوزيرين.',
      '2018-10-25',
    );
    expect(m).toMatchObject({ participants: ['adel-al-jubeir', 'sergey-lavrov'], place: null });
  });

  it('«مؤتمر بروكسل»: a conference named by its city met there', () => {
    const [m] = reported('ألقى وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية التركي مولود جاويش أوغلو كلمتين اليوم في مؤتمر بروكسل الخامس لدعم سوريا.', '2018-10-25');
    expect(m).toMatchObject({ kind: 'conference', place: 'Brussels' });
  });

  it('a summit held by video has no place: not the dateline’s desk, not a city one side signed in', () => {
    const [m] = reported(
      'دبي: عقد ولي العهد السعودي الأمير محمد بن سلمان والرئيس الصيني شي جين بينغ اليوم قمة افتراضية وقعا خلالها اتفاقا للتجارة الحرة.',
      '2020-10-25',
    );
    expect(m).toMatchObject({ participants: ['mohammed-bin-salman', 'xi-jinping'], place: null, date: '2020-10-25' });
  });
});

describe('one story’s conference', () => {
  it('a conference told with one person at it is the one the next sentences name others at', () => {
    expect(
      reported(
        'افتتح وزير الخارجية الروسي سيرغي لافروف اليوم في سوتشي أعمال المؤتمر الدولي لدعم سوريا.\n' +
          'وألقى الرئيس المصري عبد الفتاح السيسي والرئيس الإيراني إبراهيم رئيسي كلمتين أمام المؤتمر.',
        '2022-12-20',
      ),
    ).toEqual([{ kind: 'conference', participants: ['abdel-fattah-el-sisi', 'ebrahim-raisi', 'sergey-lavrov'], place: 'Sochi', date: '2022-12-20' }]);
  });
});

describe('a council’s session', () => {
  it('«انطلقت أعمال الدورة العادية الـ158 لمجلس الجامعة» is the meeting told, with those at it', () => {
    const m = reported(
      'القاهرة - انطلقت اليوم الثلاثاء أعمال الدورة العادية الـ158 لمجلس جامعة الدول العربية على مستوى وزراء الخارجية، بمشاركة وزير الخارجية السعودي عادل الجبير ووزير الخارجية الروسي سيرغي لافروف.',
      '2019-05-14',
    );
    expect(m).toHaveLength(1);
    expect(m[0]!.participants).toEqual(['adel-al-jubeir', 'sergey-lavrov']);
    expect(m[0]!.date).toBe('2019-05-14');
  });

  it('«أشغال الدورة الثالثة عشرة للاجتماع رفيع المستوى التي ترأسها …»: a session ranked in words is a meeting', () => {
    const m = reported(
      'مدريد - احتضنت العاصمة الإسبانية اليوم الخميس 4 دجنبر 2025 أشغال الدورة الثالثة عشرة للاجتماع رفيع المستوى بين البلدين، التي ترأسها الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الروسي سيرغي لافروف.',
      '2025-12-04',
    );
    expect(m).toEqual([{ kind: 'meeting', participants: ['abdel-fattah-el-sisi', 'sergey-lavrov'], place: 'Madrid', date: '2025-12-04' }]);
  });

  it('«دورة تدريبية», «الدورة الرياضية»: a course or a tournament is no meeting', () => {
    expect(reported('وقال وزير الخارجية الروسي سيرغي لافروف إن الدورة الرياضية المقبلة ستقام في الصيف، وإن دورة تدريبية للدبلوماسيين انطلقت.', '2019-05-14')).toEqual([]);
  });
});

describe('a joint statement quoted on who met', () => {
  it('«وأفاد البيان بأن قطر "استضافت … لقاء ثلاثيا ضم …"»: the people it names are at the meeting', () => {
    const m = reported(
      'الدوحة - احتضنت الدوحة اجتماعا ثلاثيا على مستوى القادة.\n' +
        'وأفاد البيان بأن قطر "استضافت اليوم لقاء ثلاثيا ضم الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب ووزير الخارجية الأمريكي مايك بومبيو".',
      '2019-05-15',
    );
    expect(m).toHaveLength(1);
    expect(m[0]!.participants).toEqual(['donald-trump', 'mike-pompeo', 'vladimir-putin']);
  });

  it('a person named inside someone’s quoted words is still talked about, not met', () => {
    const m = meetings('موسكو - التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره التركي رجب طيب أردوغان. وقال بوتين: "تحدثت أمس مع دونالد ترامب".', '2019-05-15');
    expect(m.filter((x) => !x.mentioned).flatMap((x) => x.participants)).not.toContain('donald-trump');
  });
});

describe('greetings sent by or to someone absent', () => {
  it('«حمل إليه تحيات أمير الكويت الشيخ …», «حمّله تحية مماثلة لأمير الكويت»: the emir is not at the meeting', () => {
    const visit = 'استقبل الرئيس المصري عبد الفتاح السيسي اليوم ولي العهد السعودي الأمير محمد بن سلمان';
    for (const text of [
      `${visit}، الذي حمل إليه تحيات أمير الكويت الشيخ مشعل الأحمد الجابر الصباح.`,
      `${visit}.\nفي المقابل، حمّل الرئيس السيسي ضيفه تحية مماثلة لأمير الكويت الشيخ مشعل الأحمد الجابر الصباح.`,
    ]) {
      expect(reported(text, '2024-09-12').map((m) => m.participants)).toEqual([['abdel-fattah-el-sisi', 'mohammed-bin-salman']]);
    }
  });

  it('«سلمه رسالة مكتوبة من الرئيس …»: the sender, named after his title, is not at the meeting', () => {
    for (const text of [
      'استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم الرئيس المصري عبد الفتاح السيسي، الذي سلمه رسالة مكتوبة من أمير الكويت الشيخ مشعل الأحمد الجابر الصباح.',
    ]) {
      expect(reported(text, '2024-09-12').map((m) => m.participants)).toEqual([['abdel-fattah-el-sisi', 'mohammed-bin-salman']]);
    }
  });
});

describe('the one an envoy or adviser serves', () => {
  const lead = 'استقبل الرئيس عبد الفتاح السيسي اليوم مسعد بولس';
  // The knowledge files list the envoys, unlike the test knowledge.
  const reported = (text: string, published: string) =>
    analyze(text, { published }).meetings.filter((m) => !m.mentioned).map(({ participants }) => ({ participants }));

  it('«كبير مستشاري رئيس الولايات المتحدة», «… الرئيس الأمريكي دونالد ترامب»: the one served is not at the meeting', () => {
    for (const text of [
      `${lead}، كبير مستشاري رئيس الولايات المتحدة الأمريكية للشؤون العربية والأفريقية.`,
      `${lead}، كبير مستشاري الرئيس الأمريكي دونالد ترامب للشؤون العربية والأفريقية.`,
      `${lead}. وقال المتحدث إن بولس استهل اللقاء بنقل تحيات وتقدير الرئيس الأمريكي دونالد ترامب إلى السيد الرئيس.`,
    ]) {
      expect(reported(text, '2026-01-14').map((m) => m.participants)).toEqual([['abdel-fattah-el-sisi', 'massad-boulos']]);
    }
  });

  it('«مبعوث الرئيس الأميركي توماس باراك»: a name after the title of the one served is the envoy’s, who is there', () => {
    const m = reported('التقى وزير الخارجية العراقي فؤاد حسين اليوم في بغداد مبعوث الرئيس الأميركي توماس باراك.', '2026-02-23');
    expect(m.map((x) => x.participants)).toEqual([['fuad-hussein', 'tom-barrack']]);
  });
});

describe('the statements of a participant, told as made in the meeting', () => {
  it('«وجاءت تصريحات لافروف في اتصال هاتفي مع …»: whose statements they were took part; «تناول تصريحات لافروف» did not', () => {
    expect(reported('وجاءت تصريحات سيرغي لافروف في اتصال هاتفي أجراه مع وزير الخارجية الأمريكي مايك بومبيو.', '2020-03-30')).toEqual([
      { kind: 'phone call', participants: ['mike-pompeo', 'sergey-lavrov'], place: null, date: null },
    ]);
    expect(reported('وأجرى مايك بومبيو اتصالا هاتفيا مع وزير الخارجية السعودي عادل الجبير تناول تصريحات سيرغي لافروف.', '2020-03-30').map((m) => m.participants)).toEqual([
      ['adel-al-jubeir', 'mike-pompeo'],
    ]);
  });
});

describe('a day of what was intended, and a call told by its owner', () => {
  const told = (text: string, published: string, title?: string) =>
    analyze(text, { published, ...(title ? { title } : {}) }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, m.participants, m.date]);

  it('«أطلع الرئيس عباس، في اتصال هاتفي، على عزمه الاعتراف … يوم الاثنين المقبل»: the call is told, dated its own day', () => {
    expect(told('كشف الرئيس الفرنسي إيمانويل ماكرون، مساء أمس الجمعة، أنه أطلع الرئيس محمود عباس، في اتصال هاتفي، على عزمه الاعتراف بدولة فلسطين يوم الاثنين المقبل.', '2025-09-20')).toEqual([
      ['phone call', ['emmanuel-macron', 'mahmoud-abbas'], '2025-09-19'],
    ]);
  });

  it('a headline’s weekday after a word of intent dates nothing («… عزمه الاعتراف بدولة فلسطين الاثنين»)', () => {
    const dates = told('وأوضح الرئيس الفرنسي إيمانويل ماكرون عقب اتصال هاتفي مع الرئيس الفلسطيني محمود عباس أن الاعتراف قريب.', '2025-09-19', 'ماكرون يجدد لعباس عزمه الاعتراف بدولة فلسطين الاثنين');
    expect(dates.map(([, , date]) => date)).not.toContain('2025-09-15');
  });

  it('«أجرى، الاثنين، اتصالا عبر الفيديو بـ…»: a contact by video is a call', () => {
    expect(told('قالت وزارة الخارجية الأمريكية إن الوزير مايك بومبيو أجرى، الاثنين، اتصالا عبر الفيديو بوزير الخارجية الروسي سيرغي لافروف.', '2020-06-30')).toEqual([
      ['phone call', ['mike-pompeo', 'sergey-lavrov'], '2020-06-29'],
    ]);
  });

  it('«أن اتصاله برئيس السلطة الفلسطينية محمود عباس تطرق إلى …»: his call with someone', () => {
    expect(told('وكتب الرئيس الفرنسي إيمانويل ماكرون، الجمعة، أن اتصاله برئيس السلطة الفلسطينية محمود عباس تطرق إلى الوضع الإنساني.', '2025-09-20')).toEqual([
      ['phone call', ['emmanuel-macron', 'mahmoud-abbas'], '2025-09-19'],
    ]);
  });
});

describe('meeting nouns in the dual', () => {
  it('«أجرى … اتصالين هاتفيين منفصلين مع …» tells two calls, the caller with each (separateCalls.test.ts)', () => {
    const a = analyze('بكين - أجرى وزير الخارجية الصيني وانغ يي اتصالين هاتفيين منفصلين مع وزيري خارجية مصر بدر عبد العاطي والأردن أيمن الصفدي.', { published: '2024-08-06' });
    expect(a.meetings.filter((m) => !m.mentioned).map((m) => [m.kind, m.participants])).toEqual([
      ['phone call', ['badr-abdelatty', 'wang-yi']],
      ['phone call', ['ayman-safadi', 'wang-yi']],
    ]);
  });
});

describe('a ceremony in someone’s honour, and words to the press said beside someone', () => {
  it('«خلال مراسم … احتفاء بوزير الدفاع …، قال …» and «قال … للصحفيين، إلى جانب وزير الدفاع …» are meetings of the two', () => {
    const m = (text: string) => reported(text, '2025-10-10').map((x) => x.participants);
    expect(m('وخلال مراسم حاشدة أقيمت اليوم احتفاء بوزير الخارجية الروسي سيرغي لافروف، قال وزير الخارجية الأمريكي مايك بومبيو إن العلاقات مهمة.')).toEqual([['mike-pompeo', 'sergey-lavrov']]);
    expect(m('وقال وزير الخارجية الأمريكي مايك بومبيو للصحفيين اليوم، إلى جانب وزير الخارجية الروسي سيرغي لافروف، إن العلاقات مهمة.')).toEqual([['mike-pompeo', 'sergey-lavrov']]);
  });

  it('a rite with no one honoured, and words to the press alone, are none', () => {
    expect(reported('وحضر وزير الخارجية الأمريكي مايك بومبيو مراسم تشييع الضحايا اليوم.', '2025-10-10')).toEqual([]);
    expect(reported('وقال وزير الخارجية الأمريكي مايك بومبيو للصحفيين اليوم إن العلاقات مع وزير الخارجية الروسي سيرغي لافروف جيدة.', '2025-10-10')).toEqual([]);
  });
});

describe('a summons', () => {
  it('an ambassador summoned meets the ministry that summoned him, in its capital', () => {
    expect(reported('استدعت وزارة الخارجية الروسية، اليوم الثلاثاء، سفيرة الولايات المتحدة لين تريسي إلى مقرها ووجهت إليها احتجاجا شديد اللهجة.', '2023-04-18')).toEqual([
      { kind: 'meeting', participants: ['ar:لين تريسي'], place: 'Moscow', date: '2023-04-18' },
    ]);
    expect(reported('وقال المتحدث باسم الخارجية الأمريكية إن واشنطن استدعت السفير الروسي أناتولي أنطونوف اليوم الثلاثاء.', '2023-03-14')).toEqual([
      { kind: 'meeting', participants: ['ar:اناتولي انطونوف'], place: 'Washington', date: '2023-03-14' },
    ]);
  });

  it('a protest conveyed to an ambassador is a meeting of the two, told by what was handed over', () => {
    expect(reported('أبلغ نائب وزير الخارجية الروسي يفغيني سوروكين اليوم (الإثنين) السفير الأمريكي لدى موسكو مارك هولدن احتجاج بلاده على تصريحات واشنطن.', '2021-01-25')).toEqual([
      { kind: 'meeting', participants: ['ar:مارك هولدن', 'ar:يفغيني سوروكين'], place: null, date: '2021-01-25' },
    ]);
    expect(reported('ونقل نائب وزير الخارجية الروسي يفغيني سوروكين، أمس، إلى السفير الأمريكي مارك هولدن اعتراضا شديدا على بيان السفارة.', '2021-01-26')).toHaveLength(1);
  });

  it('«أبلغ» and «نقل» with no protest tell no meeting', () => {
    expect(reported('أبلغ الوزير يفغيني سوروكين الصحفيين أن المحادثات كانت صعبة.', '2021-01-25')).toEqual([]);
    expect(reported('ونقلت وكالة إنترفاكس عن يفغيني سوروكين قوله إن السفير مارك هولدن لم يرد بعد.', '2021-01-25')).toEqual([]);
  });

  it('credentials presented or received are an audience of the ambassador with the one who receives them', () => {
    expect(reported('تسلم الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، أوراق اعتماد السفيرة الأمريكية لين تريسي في الكرملين.', '2023-04-05')).toEqual([
      { kind: 'meeting', participants: ['ar:لين تريسي', 'vladimir-putin'], place: 'Moscow', date: '2023-04-05' },
    ]);
    expect(reported('وقال بوتين، خلال مراسم تسلمه أوراق اعتماد 17 سفيرا أجنبيا جديدا، بينهم السفيرة الأمريكية لين تريسي، إن العلاقات تمر بأزمة.', '2023-04-05')).toHaveLength(1);
  });

  it('credentials with no word of presenting before them tell no meeting', () => {
    expect(reported('وكانت السفيرة الأمريكية لين تريسي قد وصلت إلى موسكو بانتظار اعتماد أوراق اعتمادها.', '2023-01-30')).toEqual([]);
  });

  it('«استدعى» of a matter is no summons', () => {
    expect(reported('وقال لافروف إن الوضع استدعى تحركا عاجلا من مجلس الأمن.', '2023-04-18')).toEqual([]);
  });
});

describe('«جاء ذلك خلال …»: the occasion of the sentence before', () => {
  it('the reception told after what the two reviewed has their names and their day', () => {
    const text =
      'استعرض ولي العهد الأمير محمد بن سلمان والرئيس الصيني شي جين بينغ اليوم العلاقات الثنائية وفرص تطويرها.\n' +
      'جاء ذلك خلال استقبال سموه، في قصر اليمامة بالرياض، الرئيس الصيني الذي يقوم بزيارة رسمية إلى المملكة.';
    expect(reported(text, '2022-12-08')).toEqual([{ kind: 'meeting', participants: ['mohammed-bin-salman', 'xi-jinping'], place: 'Riyadh', date: '2022-12-08' }]);
  });
});

describe('a working session', () => {
  it('«أجرى … جلسة عمل مع نظيره الإسباني …» is a meeting of the two', async () => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    const m = analyze(
      'مدريد - أجرى وزير الخارجية الجزائري أحمد عطاف جلسة عمل مع نظيره الإسباني خوسيه مانويل ألباريس اليوم السبت بالعاصمة الإسبانية.',
      { published: '2026-02-07' },
    ).meetings;
    expect(m.map((x) => [...x.participants].sort())).toEqual([['ahmed-attaf', 'jose-manuel-albares']]);
  });
});
