/**
 * Speakers named by honorific and title in agency copy of visits, and words that look like
 * reporting verbs but are nouns: constructions of the held-out batches v–x. Sentences of our
 * own, with the shipped knowledge (the royal houses and their dates are in it).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) =>
  analyze(text, { published, ...(text.includes('\n') ? { title: text.split('\n')[0] } : {}) }).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

describe('a king’s title after a headline that named the president first', () => {
  it('«وأكد جلالة الملك» is the king, not the first head of state named', () => {
    const text =
      'جلالة الملك والرئيس الأميركي يعقدان لقاء في البيت الأبيض\n\nواشنطن - عقد جلالة الملك عبدالله الثاني والرئيس الأميركي جو بايدن اليوم لقاء في البيت الأبيض.\n\nوأكد جلالة الملك، خلال اللقاء، عمق العلاقات بين البلدين.';
    expect(who(text, '2021-07-19')).toEqual([['abdullah-ii-of-jordan', 'عمق العلاقات بين']]);
  });
});

describe('two dignitaries as the subject of one verb', () => {
  it('«وأعرب سمو الأمير وفخامة الرئيس الإيراني عن …»: both speak', () => {
    const text = 'طهران - عقد أمير قطر الشيخ تميم بن حمد والرئيس الإيراني إبراهيم رئيسي جلسة مباحثات اليوم. وأعرب سمو الأمير وفخامة الرئيس الإيراني عن أملهما في تعزيز العلاقات.';
    expect(who(text, '2022-05-12')).toEqual([[['tamim-bin-hamad-al-thani', 'ebrahim-raisi'], 'أملهما في تعزيز']]);
  });

  it('«وأكد جلالته وفخامة الرئيس الجزائري …»: an honorific pronoun and a titled person joined to it both speak', () => {
    const text = 'مسقط - استقبل السلطان هيثم بن طارق الرئيس الجزائري عبد المجيد تبون في قصر العلم. وأكد جلالته وفخامة الرئيس الجزائري دعمهما لمخرجات اللجنة المشتركة.';
    expect(who(text, '2024-10-29')).toEqual([[['haitham-bin-tariq', 'abdelmadjid-tebboune'], 'دعمهما لمخرجات اللجنة']]);
  });

  it('«وألح الرئيس تبون والسلطان هيثم على …», «وجدد الجانبان مطالبتهما بـ…»: insisting and a demand renewed are their words', () => {
    const text = 'الجزائر - استقبل الرئيس عبد المجيد تبون السلطان هيثم بن طارق. وألح الرئيس تبون والسلطان هيثم على تجسيد المبادرات المشتركة. وجدد الجانبان مطالبتهما بالوقف الفوري للعدوان على قطاع غزة.';
    expect(who(text, '2024-10-29')).toEqual([
      [['abdelmadjid-tebboune', 'haitham-bin-tariq'], 'تجسيد المبادرات المشتركة'],
      [['abdelmadjid-tebboune', 'haitham-bin-tariq'], 'مطالبتهما بالوقف الفوري'],
    ]);
  });

  it('«وأكد سمو الأمير وفخامة الرئيس الإيراني أهمية …»: the object is no name of a stranger president', () => {
    const a = analyze('طهران - استقبل أمير قطر الشيخ تميم بن حمد الرئيس الإيراني إبراهيم رئيسي. وأكد سمو الأمير وفخامة الرئيس الإيراني أهمية تعزيز العلاقات.', {
      published: '2022-05-12',
    });
    expect(a.officials.map((o) => o.id)).toEqual(['tamim-bin-hamad-al-thani', 'ebrahim-raisi']);
    expect(a.claims[0]!.speakers).toEqual(['tamim-bin-hamad-al-thani', 'ebrahim-raisi']);
  });
});

describe('nouns that look like reporting verbs', () => {
  it('«ثمنا» is a price, «بالغ شكره» his thanks: neither starts words of another speaker', () => {
    const text = 'ستوكهولم - قال وزير الخارجية الأمريكي أنتوني بلينكن إن روسيا ستدفع ثمنا باهظا إذا صعدت. وأعرب الرئيس السوري أحمد الشرع عن بالغ شكره وتقديره للمملكة.';
    expect(who(text, '2025-02-02').map(([speaker]) => speaker)).toEqual(['antony-blinken', 'ahmed-al-sharaa']);
  });

  it('«وشكره الرئيس على …»: a pronoun form of شكر is speech with the speaker named after it', () => {
    expect(who('دمشق - استقبل الرئيس السوري أحمد الشرع وزير الخارجية السعودي فيصل بن فرحان. وشكره الرئيس الشرع على مواقف المملكة.', '2025-01-24')).toEqual([
      ['ahmed-al-sharaa', 'مواقف المملكة'],
    ]);
  });
});

describe('a father’s name is no family name', () => {
  it('«عن ابن زايد» is not the late president named «خليفة بن زايد» earlier in the story', () => {
    const text =
      'باريس - وصل الشيخ محمد بن زايد آل نهيان إلى باريس في أول زيارة دولة منذ وفاة الشيخ خليفة بن زايد. ونقلت وكالة الأنباء الإماراتية عن ابن زايد قوله إن بلاده تحرص على ضمان أمن الطاقة.';
    expect(who(text, '2022-07-18')).toEqual([['mohamed-bin-zayed', 'بلاده تحرص على']]);
  });
});

describe('words said in a call received', () => {
  it('«تلقى … مكالمة من X، عبّر فيها عن …»: the caller speaks, even inside an institution’s account', () => {
    const text = 'وأفادت الرئاسة السورية بأن الرئيس بشار الأسد تلقى مكالمة هاتفية من نظيره الجزائري عبد المجيد تبون، عبّر فيها عن خالص تعازيه بضحايا الزلزال.';
    expect(who(text, '2023-02-07').at(-1)).toEqual(['abdelmadjid-tebboune', 'خالص تعازيه بضحايا']);
  });

  it('«جاء ذلك في اتصال هاتفي تلقاه X من Y، أعرب خلاله عن …»: the call received told in a relative clause, the caller speaks', () => {
    const text =
      'وجدد الرئيس الأمريكي جو بايدن دعم بلاده لأمن الكويت. جاء ذلك في اتصال هاتفي تلقاه أمير الكويت الشيخ نواف الأحمد الجابر الصباح أمس من الرئيس بايدن، أعرب خلاله عن امتنان بلاده لتسهيل عمليات الإجلاء.';
    expect(who(text, '2021-09-02').at(-1)).toEqual(['joe-biden', 'امتنان بلاده لتسهيل']);
  });
});

describe('the object of a verb is no subject', () => {
  it('«ورحب بمشاركة الرئيس القبرصي»: the president after the verb’s preposition is welcomed, not welcoming; a name that begins with ب is still a subject', () => {
    const text = 'القاهرة - قال الرئيس عبد الفتاح السيسي إن القمة مهمة. ورحب بمشاركة الرئيس القبرصي نيكوس خريستودوليدس. وأشار الرئيس إلى أنه اتفق مع القادة على رفض الهجوم على رفح.';
    expect(who(text, '2024-03-17').map(([speaker]) => speaker)).toEqual(['abdel-fattah-el-sisi', 'abdel-fattah-el-sisi', 'abdel-fattah-el-sisi']);
    expect(who('نيودلهي - وطالب بلينكن بإطلاق سراح المعتقلين الأمريكيين.', '2023-03-02')).toEqual([['antony-blinken', 'بإطلاق سراح المعتقلين']]);
  });
});

describe('two princes in one call: who «سمو الأمير» is', () => {
  const CALL =
    'الكويت - تلقى صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا اليوم من صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد السعودي، أعرب فيه عن خالص تهانيه بالعيد.';

  it('the one thanked is not the one thanking: «أعرب سمو الأمير عن شكره لولي العهد»', () => {
    expect(who(`${CALL} وأعرب سمو الأمير عن شكره لولي العهد السعودي على التواصل.`, '2026-03-19').at(-1)).toEqual([
      'mishal-al-ahmad-al-jaber-al-sabah',
      'شكره لولي العهد',
    ]);
  });

  it('«من جانبه،» gives the floor to the other prince; without it the one speaking goes on', () => {
    expect(who(`${CALL} من جانبه، أعرب سمو الأمير عن أمله في دوام التنسيق.`, '2026-03-19').at(-1)).toEqual([
      'mishal-al-ahmad-al-jaber-al-sabah',
      'أمله في دوام',
    ]);
    expect(who(`${CALL} وأعرب سمو الأمير عن أمله في دوام التنسيق.`, '2026-03-19').at(-1)).toEqual(['mohammed-bin-salman', 'أمله في دوام']);
  });

  it('«وجددا استنكارهما»: a condemnation renewed by the two is both sides’ words', () => {
    expect(who(`${CALL} وجددا استنكارهما الشديد للهجمات على البلدين.`, '2026-03-19').at(-1)).toEqual([
      ['mishal-al-ahmad-al-jaber-al-sabah', 'mohammed-bin-salman'],
      'استنكارهما الشديد للهجمات',
    ]);
  });
});

describe('«الجانبان» when the first meeting told is background', () => {
  it('talks of three foreign ministers two days before do not take the words of the call the article reports', () => {
    const text =
      'بوتين يتصل بولي العهد السعودي\n\nالرياض - عقد وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ماركو روبيو ووزير الخارجية السعودي الأمير فيصل بن فرحان محادثات في الرياض يوم 18 فبراير. وأجرى الرئيس الروسي فلاديمير بوتين اليوم مكالمة هاتفية مع ولي العهد السعودي الأمير محمد بن سلمان. وأكد الجانبان عزمهما على مواصلة التنسيق.';
    expect(who(text, '2025-02-20').at(-1)).toEqual([['vladimir-putin', 'mohammed-bin-salman'], 'عزمهما على مواصلة']);
  });
});

describe('a Chinese leader’s family name comes first', () => {
  it('«شي» alone, after «شي جين بينغ», is Xi', () => {
    const text = 'الرياض - أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع ولي العهد الأمير محمد بن سلمان. وأعرب شي عن استعداد الصين للعمل مع الجانب السعودي.';
    expect(who(text, '2022-12-08')).toEqual([['xi-jinping', 'استعداد الصين للعمل']]);
  });
});

describe('what the two leaders said, told by a statement', () => {
  const CALL = 'واشنطن - أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين اليوم.';
  const AUDIENCE = 'الرباط - استقبل الملك محمد السادس اليوم الرئيس الموريتاني محمد ولد الشيخ الغزواني.';

  it('a dual verb after «أن الرئيسين» («أثنيا», «نوها») is both leaders’ words', () => {
    expect(who(`${CALL} وجاء في بيان صادر عن البيت الأبيض أن الرئيسين أثنيا على العمل المشترك لفريقي البلدين.`, '2021-07-09').at(-1)).toEqual([
      ['joe-biden', 'vladimir-putin'],
      'العمل المشترك لفريقي',
    ]);
    expect(who(`${AUDIENCE} وأوضح البلاغ أن جلالة الملك والرئيس الموريتاني نوها بالمنحى الإيجابي للشراكة.`, '2024-12-20').at(-1)).toEqual([
      ['mohammed-vi-of-morocco', 'mohamed-ould-ghazouani'],
      'بالمنحى الإيجابي للشراكة',
    ]);
  });

  it('«العاهل المغربي وضيفه»: the guest is the visitor named before', () => {
    expect(who(`${AUDIENCE} وعبر العاهل المغربي وضيفه عن رضاهما عن التقدم الذي تحققه الشراكة.`, '2024-12-20').at(-1)).toEqual([
      ['mohammed-vi-of-morocco', 'mohamed-ould-ghazouani'],
      'رضاهما عن التقدم',
    ]);
  });

  it('«جدد، خلال الاستقبال، تعبيره عن …»: a frame between commas before the noun of speech', () => {
    expect(who(`${AUDIENCE} وذكر بيان للديوان الملكي أن العاهل المغربي جدد، خلال الاستقبال، تعبيره عن الارتياح لنتائج الاتصال.`, '2024-12-20').at(-1)).toEqual([
      'mohammed-vi-of-morocco',
      'تعبيره عن الارتياح',
    ]);
  });

  it('«أكد أهمية أن …»: the words start at the noun whose «أن» it is; «أكد مجددا أن» still after «أن»', () => {
    expect(who(`${CALL} وأكد بايدن أهمية أن تتخذ روسيا تدابير ضد المجموعات.`, '2021-07-09').at(-1)).toEqual(['joe-biden', 'أهمية أن تتخذ']);
    expect(who(`${CALL} وأكد بايدن مجددا أن بلاده ستحمي شعبها.`, '2021-07-09').at(-1)).toEqual(['joe-biden', 'بلاده ستحمي شعبها']);
  });
});

describe('the Iranian desk and the descriptor after nested words', () => {
  it('«قائد الثورة الإسلامية» is the Supreme Leader, and «الإمام الخامنئي» after his full name is him', () => {
    const text =
      'طهران - استقبل قائد الثورة الإسلامية علي الخامنئي اليوم رئيس وزراء العراق مصطفى الكاظمي.\n\nوأكد الإمام الخامنئي أن طهران لن تتدخل في الشأن العراقي. وتابع قائد الثورة أن بلاده تريد عراقا مستقلا.';
    expect(who(text, '2020-07-21')).toEqual([
      ['ali-khamenei', 'طهران لن تتدخل'],
      ['ali-khamenei', 'بلاده تريد عراقا'],
    ]);
  });

  it('«وتابع المسؤول الروسي» after words of another told inside his: the one speaking before', () => {
    const text =
      'موسكو - أجرى الرئيس الروسي فلاديمير بوتين اليوم مكالمة هاتفية مع الرئيس الأمريكي دونالد ترامب.\n\nوقال مساعد الرئيس الروسي يوري أوشاكوف إن الرئيسين بحثا الوضع في الشرق الأوسط، مشيرا إلى أن ترامب أكد أن فريقه جاهز للتفاوض.\n\nوتابع المسؤول الروسي أن المحادثة كانت مفيدة للغاية.';
    expect(who(text, '2025-06-14').at(-1)).toEqual(['yuri-ushakov', 'المحادثة كانت مفيدة']);
  });

  it('«طرح استعداد بلاده …»: a stance put forward is words', () => {
    const text = 'موسكو - أجرى الرئيس الروسي فلاديمير بوتين اليوم مكالمة هاتفية مع الرئيس الأمريكي دونالد ترامب. وطرح بوتين استعداد بلاده للوساطة بين الطرفين.';
    expect(who(text, '2025-06-14').at(-1)).toEqual(['vladimir-putin', 'استعداد بلاده للوساطة']);
  });
});

describe('a bare title before a verbal noun', () => {
  it('«وجدد الرئيس التأكيد على …»: the verbal noun after the title is no stranger’s name; the title is the president named before', () => {
    const text = 'القاهرة - استقبل السيد الرئيس عبد الفتاح السيسي اليوم عباس عراقجي وزير خارجية إيران. وجدد الرئيس التأكيد على موقف مصر الرافض لاتساع الصراع.';
    expect(who(text, '2024-10-17')).toEqual([['abdel-fattah-el-sisi', 'التأكيد على موقف']]);
  });
});

describe('a pledge is words', () => {
  it('«وتعهد القادة بتنسيق جهودهم …» at a summit of three is the three leaders’ words', () => {
    const text =
      'أسمرة - عقد الرئيس المصري عبد الفتاح السيسي والرئيس الإريتري أسياس أفورقي والرئيس الصومالي حسن شيخ محمود اليوم قمة ثلاثية في أسمرة. وتعهد القادة بتنسيق جهودهم لإرساء الاستقرار الإقليمي.';
    expect(who(text, '2024-10-10').at(-1)).toEqual([['abdel-fattah-el-sisi', 'isaias-afwerki', 'hassan-sheikh-mohamud'], 'بتنسيق جهودهم لإرساء']);
  });
});

describe('what one official tells of another, and who goes on', () => {
  const CALL = 'موسكو - أجرى الرئيس الروسي فلاديمير بوتين اليوم مكالمة هاتفية مع الرئيس الأمريكي دونالد ترامب. وقال مساعد الرئيس الروسي يوري أوشاكوف إن المكالمة كانت مفيدة.';

  it('«وأضاف أوشاكوف أن بوتين أطلع ترامب على …. وأوضح أن …»: the briefing is Putin’s, told by Ushakov, who goes on speaking', () => {
    const claims = analyze(`${CALL} وأضاف أوشاكوف أن بوتين أطلع ترامب على فحوى اتصاليه. وأوضح أن المحادثة كانت صريحة.`, { published: '2025-06-14' }).claims;
    expect(claims.map((c) => [c.speaker, c.reportedBy ?? null, c.text])).toEqual([
      ['yuri-ushakov', null, 'المكالمة كانت مفيدة'],
      ['vladimir-putin', 'yuri-ushakov', 'فحوى اتصاليه'],
      ['yuri-ushakov', null, 'المحادثة كانت صريحة'],
    ]);
  });

  it('«…، فيما أعرب …» after a participle’s words is a new clause, not words inside them', () => {
    const text =
      'الرياض - أجرى ولي العهد الأمير محمد بن سلمان اليوم مباحثات مع الرئيس اللبناني جوزيف عون. ورحب ولي العهد بالرئيس اللبناني، متمنيا له طيب الإقامة، فيما أعرب الرئيس عون عن شكره. وأكد أن زيارته تعبر عن عمق العلاقات.';
    expect(who(text, '2025-03-03').slice(-3)).toEqual([
      ['mohammed-bin-salman', 'له طيب الإقامة'],
      ['joseph-aoun', 'شكره'],
      ['joseph-aoun', 'زيارته تعبر عن'],
    ]);
  });

  it('«مهنئا سموه بتسلم …» and «قدم شرحا مفصلا عن …» are words', () => {
    const text =
      'موسكو - استقبل الرئيس الروسي فلاديمير بوتين أمير قطر الشيخ تميم بن حمد آل ثاني اليوم. ورحب الرئيس الروسي بسمو الأمير، مهنئا سموه بتسلم قطر راية استضافة كأس العالم. وقدم بوتين لسموه شرحا مفصلا عن الأوضاع في أوكرانيا.';
    expect(who(text, '2018-07-15').slice(-2)).toEqual([
      ['vladimir-putin', 'سموه بتسلم قطر'],
      ['vladimir-putin', 'شرحا مفصلا عن'],
    ]);
  });
});

describe('«الجانبان» at a meeting of three countries', () => {
  it('the two sides are the two the story names first, its lead’s', () => {
    const text =
      'الشيخ محمد بن زايد يزور البحرين\n\nالمنامة - التقى الشيخ محمد بن زايد آل نهيان الملك حمد بن عيسى آل خليفة اليوم في قصر الصخير بحضور أمير قطر الشيخ تميم بن حمد آل ثاني. وأكد الجانبان حرصهما على التنسيق.';
    expect(who(text, '2025-09-10').at(-1)).toEqual([['mohamed-bin-zayed', 'hamad-bin-isa-al-khalifa'], 'حرصهما على التنسيق']);
  });
});

describe('«الجانبان» of another meeting told in the paragraph', () => {
  it('the two who met at the preparatory meeting just told, not the leaders of the story’s visit', () => {
    const text =
      'الرياض\n\nالرياض - وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى الرياض اليوم حيث استقبله ولي العهد الأمير محمد بن سلمان.\n\n' +
      'وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد استقبل الخميس الماضي رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني، وأشاد الجانبان بمستوى التعاون بين اللجان.';
    expect(who(text, '2025-12-08').at(-1)).toEqual([['faisal-bin-farhan', 'mohammed-bin-abdulrahman-al-thani'], 'بمستوى التعاون بين']);
  });
});

describe('«القائدان» at a visit where the host’s head of state and head of government both received the guest', () => {
  it('the leader the story names first at the talks speaks for the host, not the president told of later', () => {
    const text =
      'مباحثات عمانية هندية في نيودلهي\n\nنيودلهي - جمعت محادثات في نيودلهي اليوم رئيس الوزراء الهندي ناريندرا مودي وجلالة السلطان هيثم بن طارق. وبحث القائدان الوضع في غزة، وشددا على أهمية الحل السلمي.\n\nواستقبلت الرئيسة الهندية دروبادي مورمو ورئيس الوزراء مودي جلالته صباح اليوم في القصر الرئاسي بمراسم رسمية.';
    expect(who(text, '2023-12-16').at(-1)).toEqual([['narendra-modi', 'haitham-bin-tariq'], 'أهمية الحل السلمي']);
  });
});

describe('a participle between commas after a title is no name', () => {
  it('«وأضاف المرشد الإيراني، مخاطبًا ضيفه، أن …»: the Supreme Leader speaks, and nobody called «مخاطبًا ضيفه» is found', () => {
    const text =
      'خامنئي يستقبل الأسد\n\nاستقبل قائد الثورة الإسلامية آية الله علي خامنئي الرئيس السوري بشار الأسد في طهران. وقال خامنئي إن العلاقة مصيرية.\nوأضاف المرشد الإيراني، مخاطبًا ضيفه، أن الروح المعنوية العالية كانت في مقدمة أسباب الصمود.';
    const a = analyze(text, { published: '2022-05-08', title: 'خامنئي يستقبل الأسد' });
    expect(a.officials.map((o) => o.id).sort()).toEqual(['ali-khamenei', 'bashar-al-assad']);
    expect(a.claims.map((c) => c.speaker)).toEqual(['ali-khamenei', 'ali-khamenei']);
  });
});

describe('a special representative and her deputy; a roadmap she made public', () => {
  const text =
    'تيتيه تلتقي حفتر في بنغازي\n\nاستقبل المشير خليفة حفتر الممثلة الخاصة للأمين العام للأمم المتحدة هانا تيتيه ونائبتها ستيفاني خوري في بنغازي اليوم.\n' +
    'وتمحورت المباحثات حول خارطة الطريق السياسية التي كشفت عنها الممثلة الخاصة في إحاطتها الأخيرة أمام مجلس الأمن.';
  const a = analyze(text, { published: '2025-09-07', title: 'تيتيه تلتقي حفتر في بنغازي' });

  it('«الممثلة الخاصة» is the special representative, not her deputy named just before', () => {
    expect(a.officials.find((o) => o.id === 'hanna-tetteh')!.mentions.map((m) => m.text)).toContain('الممثلة الخاصة');
    expect(a.officials.find((o) => o.id === 'stephanie-koury')!.mentions.map((m) => m.text)).not.toContain('الممثلة الخاصة');
  });

  it('«خارطة الطريق التي كشفت عنها الممثلة الخاصة» is the roadmap the knowledge gives her', () => {
    expect(a.agreements.map((g) => [g.id, g.mentions.map((m) => m.text)])).toContainEqual(['unsmil-libya-political-roadmap-2025', ['خارطة الطريق']]);
  });
});

describe('«الممثلة الأممية» as a descriptor', () => {
  it('the UN representative named before is the one «وأضافت الممثلة الأممية» quotes', () => {
    const text = 'بلاسخارت تلتقي الكاظمي\n\nوأوضحت الممثلة الخاصة جينين هينيس بلاسخارت أن الانتخابات ناجحة.\nوأضافت الممثلة الأممية أن المقاطعة ليست حلا.';
    expect(who(text, '2021-10-13')).toEqual([
      ['jeanine-hennis-plasschaert', 'الانتخابات ناجحة'],
      ['jeanine-hennis-plasschaert', 'المقاطعة ليست حلا'],
    ]);
  });
});

describe('the chairperson of the African Union Commission', () => {
  it('is found by his title and speaks again as «رئيس المفوضية»', () => {
    const text =
      'أديس أبابا - استقبل رئيس الوزراء الإثيوبي آبي أحمد اليوم رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد.\n\nوأوضح رئيس المفوضية الإفريقية أن المنظمة تتابع الوضع في السودان عن كثب.\n\nوأكد رئيس المفوضية أن الاتحاد مستعد لدعم أي مبادرة للسلام.';
    expect(who(text, '2023-05-10')).toEqual([
      ['moussa-faki-mahamat', 'المنظمة تتابع الوضع'],
      ['moussa-faki-mahamat', 'الاتحاد مستعد لدعم'],
    ]);
  });

  it('is the African Union’s official on the card, not Australia’s', () => {
    const faki = analyze('التقى رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد اليوم وزير الخارجية.', { published: '2023-05-10' }).officials.find((o) => o.id === 'moussa-faki-mahamat');
    expect(faki?.country).toBe('African Union');
  });
});

describe('a family name of five letters after «أن» or «إن»', () => {
  it('«وقالت الرئاسة إن الشرع أكد …، مشددا على …» is the president named in full before', () => {
    const text =
      'دمشق - تلقى الرئيس السوري أحمد الشرع اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين. وقالت الرئاسة السورية إن الشرع أكد متانة العلاقات بين البلدين، مشددا على أن أي تعاون يجب أن يخدم مصالح السوريين.';
    expect(who(text, '2025-02-12')).toEqual([
      ['ahmed-al-sharaa', 'متانة العلاقات بين'],
      ['ahmed-al-sharaa', 'أي تعاون يجب'],
    ]);
  });
});

describe('a participle after words told of someone by no one named', () => {
  it('«وأضاف أن X ناقشت …، معربة عن …» after an office’s words is X’s', () => {
    const text =
      'روما - استقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم المشير خليفة حفتر. وذكر مكتب رئيسة الوزراء أن اللقاء تناول العلاقات. وأضاف أن ميلوني بحثت مع ضيفها الأوضاع في ليبيا، معربة عن قلقها إزاء الحرب في السودان.';
    expect(who(text, '2023-05-04').at(-1)).toEqual(['giorgia-meloni', 'قلقها إزاء الحرب']);
  });

  it('«أن رئيس مجلس القيادة وضع …، معربا عن …»: Yemen’s council chairman by his title alone', () => {
    const text =
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم رئيس مجلس القيادة الرئاسي اليمني رشاد العليمي. وذكرت الوكالة اليمنية أن رئيس مجلس القيادة أطلع الرئيس المصري على التطورات، معربا عن تقدير اليمن لمواقف القاهرة.';
    expect(who(text, '2023-04-26').at(-1)).toEqual(['rashad-al-alimi', 'تقدير اليمن لمواقف']);
  });
});

describe('an imperfect verb of appeal in a headline', () => {
  it('«روبيو يحث لافروف على إنهاء الحرب»: the headline’s name urges, after its subject as «يدعو» does', () => {
    const text = 'روبيو يحث لافروف على إنهاء الحرب في أوكرانيا\n\nواشنطن - أجرى وزير الخارجية الأمريكي ماركو روبيو اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف.';
    expect(who(text, '2025-04-27')).toEqual([['marco-rubio', 'لافروف على إنهاء']]);
  });
});

describe('a title no file lists, then its holder between commas', () => {
  it('«أوضح المستشار الدبلوماسي للكرملين، يوري أوشاكوف، أن …» is Ushakov, not an institution', () => {
    const text =
      'اتصال هاتفي\n\nموسكو - أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب. في المقابل، أوضح المستشار الدبلوماسي للكرملين، يوري أوشاكوف، أن الاتصال جرى في أجواء ودية.';
    expect(who(text, '2025-12-28')).toEqual([['yuri-ushakov', 'الاتصال جرى في']]);
  });

  it('an institution with words between commas that name no one stays an institution', () => {
    const text = 'اتصال هاتفي\n\nموسكو - أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب. وأعلن الكرملين، في بيان، أن الاتصال جرى في أجواء ودية.';
    expect(who(text, '2025-12-28')).toEqual([[null, 'الاتصال جرى في']]);
  });
});

describe('«الكوري»: the Korean, not a Qatari minister less a letter', () => {
  const text =
    'جلسة مباحثات\n\nسول - عقد أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس الكوري مون جيه إن اليوم جلسة مباحثات. وهنأ الرئيس مون ضيفه بفوز المنتخب القطري على نظيره الكوري. ورحب فخامة الرئيس الكوري بسمو الأمير، معربا عن سروره بالزيارة.';
  it('names no one by the adjective, and «فخامة الرئيس الكوري» is the Korean president', () => {
    const a = analyze(text, { published: '2019-01-28', title: 'جلسة مباحثات' });
    expect(a.officials.map((o) => o.id).sort()).toEqual(['moon-jae-in', 'tamim-bin-hamad-al-thani']);
    expect(a.claims.at(-1)?.speaker).toBe('moon-jae-in');
  });
});

describe('«نقل X عن Y» with a noun of what was said', () => {
  const lead = 'لقاء\n\nبورتسودان - استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم وزير الخارجية المصري بدر عبد العاطي. ';
  it('«ونقل البيان عن البرهان تعبيره عن امتنانه …»: the family name after «عن» speaks, from the noun on', () => {
    expect(who(`${lead}ونقل البيان عن البرهان تعبيره عن امتنانه لمصر حكومة وشعبا.`, '2025-11-11')).toEqual([['abdel-fattah-al-burhan', 'تعبيره عن امتنانه']]);
  });

  it('«شكر … على دعوته» is no relayed word', () => {
    expect(who(`${lead}وشكر البرهان الوزير على دعوته لزيارة القاهرة، وقال إن العلاقات عميقة.`, '2025-11-11').at(-1)).toEqual(['abdel-fattah-al-burhan', 'العلاقات عميقة']);
  });
});

describe('«الوزير الضيف»', () => {
  it('is the one minister of the story; with a host minister named too, the one received, and nobody when no one is told as received', () => {
    const one = 'لقاء\n\nبورتسودان - استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم وزير الخارجية المصري بدر عبد العاطي. وأشار الوزير الضيف إلى أن موقف القاهرة ثابت.';
    expect(who(one, '2025-11-11')).toEqual([['badr-abdelatty', 'موقف القاهرة ثابت']]);
    // (The reception says who the guest is: «الضيف» is the one received; see theGuest.test.ts.)
    const two = 'لقاء\n\nالقاهرة - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير الخارجية التركي هاكان فيدان. وأشار الوزير الضيف إلى أن موقف أنقرة ثابت.';
    expect(who(two, '2025-11-11')).toEqual([['hakan-fidan', 'موقف أنقرة ثابت']]);
    const met = 'لقاء\n\nالقاهرة - بحث وزير الخارجية المصري بدر عبد العاطي اليوم مع وزير الخارجية التركي هاكان فيدان الأوضاع. وأشار الوزير الضيف إلى أن موقف أنقرة ثابت.';
    expect(who(met, '2025-11-11')).toEqual([[null, 'موقف أنقرة ثابت']]);
  });
});

describe('a person named inside an apposition before the verb', () => {
  it('«وكان ناريشكين، المقرب من الرئيس فلاديمير بوتين، قد صرح …» is Naryshkin', () => {
    const text =
      'اتصال\n\nموسكو - أجرى مدير الاستخبارات الخارجية الروسية سيرغي ناريشكين اتصالا هاتفيا بمدير وكالة المخابرات المركزية الأمريكية جون راتكليف. وكان ناريشكين، المقرب من الرئيس فلاديمير بوتين، قد صرح لوكالة تاس في يناير الماضي بأنه مستعد للقاء راتكليف.';
    expect(who(text, '2025-03-11')).toEqual([['sergei-naryshkin', 'بأنه مستعد للقاء']]);
  });
});

describe('a person speaking inside a statement quoted after «وجاء في بيان …»', () => {
  it('«وجاء في بيان للبنتاغون أن "الوزير أوستن أكد …"» is Austin’s, relayed', () => {
    const text =
      'اتصال\n\nواشنطن - أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا هاتفيا بنظيره الروسي سيرغي شويغو. وجاء في بيان للبنتاغون أن "الوزير أوستن أكد ضرورة استمرار التواصل".';
    expect(who(text, '2022-10-23')).toEqual([['lloyd-austin', 'ضرورة استمرار التواصل']]);
  });
});

describe('greetings conveyed from someone else', () => {
  it('«ونقل إليه تحيات الرئيس …، مؤكدا …» is the one conveying them, not the president whose greetings they are', () => {
    const text =
      'زيارة\n\nعنتيبي - التقى وزير الخارجية المصري بدر عبد العاطي الرئيس الأوغندي يويري موسيفيني، ونقل إليه تحيات الرئيس عبد الفتاح السيسي، مؤكدا أهمية تطوير أطر التعاون الثنائي.';
    expect(who(text, '2025-08-04').map(([speaker]) => speaker)).toEqual(['badr-abdelatty', 'badr-abdelatty']);
  });
});

describe('a light verb whose subject has a title and a frame between commas before the noun', () => {
  it('«جدد بدر عبدالعاطي، وزير الخارجية …، خلال محادثاته مع …، تأكيد …»', () => {
    const text =
      'زيارة\n\nبورتسودان - جدد بدر عبدالعاطي، وزير الخارجية والهجرة المصري، خلال محادثاته مع نظيره السوداني علي يوسف في مدينة بورتسودان، تأكيد وقوف القاهرة بلا تحفظ مع السودان.';
    expect(who(text, '2025-01-15')).toEqual([['badr-abdelatty', 'تأكيد وقوف القاهرة']]);
  });
});

describe('a headline whose second imperfect follows the first verb’s object', () => {
  it('«عبد العاطي يستقبل وزير الخارجية الصومالي ويؤكد دعم مصر …» is the headline’s name’s claim', () => {
    const text = 'عبد العاطي يستقبل وزير الخارجية الصومالي ويؤكد دعم مصر لوحدة الصومال\n\nالقاهرة - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير الخارجية الصومالي أحمد معلم فقي.';
    expect(who(text, '2025-04-09')).toEqual([['badr-abdelatty', 'دعم مصر لوحدة']]);
  });

  it('a headline of a title, a name and an imperfect verb of speech: «الرئيس السيسي يؤكد لرئيس الوزراء اللبناني …»', () => {
    const text = 'الرئيس السيسي يؤكد لرئيس الوزراء اللبناني مساندة مصر لجهود الاستقرار\n\nالقاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء اللبناني نواف سلام.';
    expect(who(text, '2025-04-30')).toEqual([['abdel-fattah-el-sisi', 'مساندة مصر لجهود']]);
  });

  it('the imperfect of «شكر», «تمنى», «أشار» and «تحدث» tells speech in a headline too: «بوتين يشكر ترامب هاتفيا على …»', () => {
    const text = 'بوتين يشكر ترامب هاتفيا على معلومات أمريكية حالت دون هجوم\n\nموسكو - أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب.';
    expect(who(text, '2019-12-30')[0]?.[0]).toBe('vladimir-putin');
  });

  it('the dual of a present form the file gives only in the singular: «السيسي وملك البحرين يدينان الغارات …»', () => {
    const text = 'السيسي وملك البحرين يدينان الغارات على غزة\n\nالقاهرة - تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من ملك البحرين الملك حمد بن عيسى آل خليفة.';
    expect(who(text, '2025-03-18')[0]).toEqual([['abdel-fattah-el-sisi', 'hamad-bin-isa-al-khalifa'], 'الغارات على غزة']);
  });

  it('«أبلغ» reports a welcome or a concern it tells someone: «غوتيريش يبلغ البرهان قلقه البالغ …»', () => {
    const text = 'غوتيريش يبلغ البرهان قلقه البالغ من تصعيد القتال\n\nنيويورك - أجرى الأمين العام للأمم المتحدة أنطونيو غوتيريش اتصالا هاتفيا بالفريق أول عبد الفتاح البرهان.';
    expect(who(text, '2024-04-20')[0]).toEqual(['antonio-guterres', 'قلقه البالغ من']);
  });

  it('past the sender of greetings carried: «عبد العاطي ينقل تحيات السيسي إلى موسيفيني ويقترح …»', () => {
    const text = 'عبد العاطي ينقل تحيات السيسي إلى موسيفيني ويقترح مجلس أعمال مشتركا\n\nعنتيبي - استقبل الرئيس الأوغندي يوويري موسيفيني وزير الخارجية المصري بدر عبد العاطي الذي نقل إليه تحيات الرئيس عبد الفتاح السيسي.';
    expect(who(text, '2025-03-04')[0]).toEqual(['badr-abdelatty', 'مجلس أعمال مشتركا']);
  });

  it('and with a title before the headline’s name: «الرئيس السيسي يستقبل نظيره اللبناني ويؤكد …»', () => {
    const text = 'الرئيس السيسي يستقبل نظيره اللبناني ويؤكد دعم مصر لاستقرار لبنان\n\nالقاهرة - استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس اللبناني جوزاف عون.';
    expect(who(text, '2025-03-03')).toEqual([['abdel-fattah-el-sisi', 'دعم مصر لاستقرار']]);
  });
});

describe('a frame before the words', () => {
  it('«وأكد الزعيمان خلال اللقاء رغبتهما …»: the frame ends at the meeting word; the noun with its pronoun is the words', () => {
    const text = 'لقاء\n\nبروكسل - عقد السلطان هيثم بن طارق والملك فيليب اليوم لقاء ثنائيا. وأكد الزعيمان خلال اللقاء رغبتهما المشتركة في الارتقاء بعلاقات التعاون.';
    expect(analyze(text, { published: '2024-12-03', title: 'لقاء' }).claims.map((c) => c.text.split(' ')[0])).toEqual(['رغبتهما']);
  });
});

describe('two subjects of one verb, the second with a title in construct', () => {
  it('«رحب جلالة السلطان … ورئيس وزراء جمهورية الهند دولة ناريندرا مودي بـ…» is both', () => {
    const text = 'بيان\n\nمسقط - رحب جلالة السلطان هيثم بن طارق ورئيس وزراء جمهورية الهند دولة ناريندرا مودي بتوقيع اتفاقية الشراكة الاقتصادية.';
    expect(analyze(text, { published: '2025-12-18', title: 'بيان' }).claims.map((c) => c.speakers)).toEqual([['haitham-bin-tariq', 'narendra-modi']]);
  });
});

describe('a cable sent to someone', () => {
  it('«بعث صاحب السمو ببرقية إلى الرئيس الفرنسي …، أعرب فيها عن …» is the sender’s words, not the addressee’s', () => {
    const text =
      'زيارة\n\nباريس - اختتم أمير الكويت الشيخ مشعل الأحمد الجابر الصباح زيارته إلى فرنسا. من جهته، بعث صاحب السمو ببرقية إلى الرئيس الفرنسي إيمانويل ماكرون لدى مغادرته فرنسا، أعرب فيها عن بالغ شكره لما لقيه من حفاوة.';
    expect(who(text, '2025-07-15')).toEqual([['mishal-al-ahmad-al-jaber-al-sabah', 'بالغ شكره لما']]);
  });
});

describe('«سموه» beside a king', () => {
  it('«وأكد سموه» in a story of the Kuwaiti emir received by the King of Bahrain is the emir', () => {
    const text =
      'زيارة\n\nالمنامة - استقبل ملك البحرين الملك حمد بن عيسى آل خليفة أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في قصر الصخير. وأكد سموه أن الكويت حريصة على تعاون مثمر وبناء بين البلدين.';
    expect(who(text, '2024-02-13')).toEqual([['mishal-al-ahmad-al-jaber-al-sabah', 'الكويت حريصة على']]);
  });
});

describe('«الأمير» alone as a subject', () => {
  it('«وقال الأمير إن …» in a story of the Emir of Qatar and the Indonesian president is the emir', () => {
    const text = 'زيارة\n\nبوغور - التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الإندونيسي جوكو ويدودو. وقال الأمير إن قطر مستعدة على الدوام للحوار.';
    expect(who(text, '2017-10-18')).toEqual([['tamim-bin-hamad-al-thani', 'قطر مستعدة على']]);
  });
});

describe('a message carried by an envoy', () => {
  // The verb agrees with the message (feminine), not with the envoy who is the sentence's subject.
  const lead =
    'رسالة\n\nالرياض - استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية العماني بدر البوسعيدي، الذي سلمه رسالة خطية من السلطان هيثم بن طارق، ';
  it('«سلمه رسالة خطية من السلطان …، تناولت/أكدت …» is the sender’s words, not the envoy’s', () => {
    expect(who(`${lead}أكدت حرص السلطنة على تعزيز العلاقات بين البلدين.`, '2024-05-20')).toEqual([['haitham-bin-tariq', 'حرص السلطنة على']]);
  });
  it('«وأكدت الرسالة …» in a later sentence is the sender’s words, starting after «الرسالة»', () => {
    expect(who(`${lead}في قصر اليمامة.\n\nوأكدت الرسالة أهمية التشاور بين البلدين.`, '2024-05-20')).toEqual([['haitham-bin-tariq', 'أهمية التشاور بين']]);
  });
  it('«وحملت الرسالة تأكيد السلطان على …», «وتضمنت الرسالة تأكيدا على …»: the sender’s words', () => {
    expect(who(`${lead}في قصر اليمامة.\n\nوحملت الرسالة تأكيد السلطان على متانة الروابط.`, '2024-05-20')).toEqual([['haitham-bin-tariq', 'تأكيد السلطان على']]);
    expect(who(`${lead}في قصر اليمامة.\n\nوتضمنت الرسالة تأكيدا على أهمية التنسيق.`, '2024-05-20')).toEqual([['haitham-bin-tariq', 'تأكيدا على أهمية']]);
  });
  it('«حمل الوزير إلى ضيفه تحيات السلطان»: greetings carried, the words start at the noun (not at the one they went to)', () => {
    expect(who(`${lead}في قصر اليمامة.\n\nوحمل البوسعيدي إلى ولي العهد تحيات السلطان هيثم بن طارق.`, '2024-05-20')).toEqual([['badr-albusaidi', 'تحيات السلطان هيثم']]);
  });
  it('a masculine verb after the message is not the sender’s («…، وأكد أن …»)', () => {
    expect(who(`${lead}وأكد أن بلاده تدعم الحل السياسي.`, '2024-05-20').map((c) => c[0])).not.toContain('haitham-bin-tariq');
  });
  it('an institution after a feminine verb speaks for itself («…، وأشارت الوكالة إلى …»)', () => {
    expect(who(`${lead}وأشارت الوكالة إلى أن اللقاء تناول العلاقات.`, '2024-05-20').map((c) => c[0])).not.toContain('haitham-bin-tariq');
  });
});

describe('a joint statement told in the present', () => {
  it('«ويشدد الجانبان على …», «ويجدد الجانبان دعمهما …»: a present verb before both sides is their words', () => {
    const text =
      'بيان مشترك\n\nروما - عقد ولي العهد رئيس مجلس الوزراء البحريني الأمير سلمان بن حمد آل خليفة ورئيسة الوزراء الإيطالية جورجيا ميلوني جلسة مباحثات اليوم.\n\nويشدد الجانبان على ضرورة إنهاء الحرب في قطاع غزة.\n\nويجدد الجانبان دعمهما لحل الدولتين.';
    expect(who(text, '2025-09-29')).toEqual([
      [['salman-bin-hamad-al-khalifa', 'giorgia-meloni'], 'ضرورة إنهاء الحرب'],
      [['salman-bin-hamad-al-khalifa', 'giorgia-meloni'], 'دعمهما لحل الدولتين'],
    ]);
  });
  it('not «مما يؤكد …», and not the countries («ويولي البلدان أهمية …»)', () => {
    const text = 'روما - عقد الأمير سلمان بن حمد آل خليفة ورئيسة الوزراء الإيطالية جورجيا ميلوني جلسة مباحثات اليوم، مما يؤكد عمق العلاقات. ويؤكد البلدان أهمية الشراكة.';
    expect(who(text, '2025-09-29')).toEqual([]);
  });
});

describe('an envoy’s title that holds «إلى»', () => {
  it('«دعا المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ إلى …»: the envoy named after his title calls, the verb’s «إلى» comes after him', () => {
    const text = 'مسقط - دعا المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ إلى خفض عاجل للتصعيد في اليمن.';
    expect(who(text, '2024-08-27')).toEqual([['hans-grundberg', 'خفض عاجل للتصعيد']]);
  });
});

describe('the floor given to another', () => {
  it('«في المقابل، نشر …، وكتب: "…"» is not the words of the one who spoke before', () => {
    const text =
      'أبوظبي - استقبل وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان وزير الخارجية الإسرائيلي جدعون ساعر. وأكد الشيخ عبد الله بن زايد أهمية وقف إطلاق النار.\n\nفي المقابل، نشر وزير خارجية الاحتلال صورا من الزيارة، وكتب: "سعدت بلقاء نظيري الإماراتي".';
    expect(who(text, '2025-04-06').map((c) => c[0])).toEqual(['abdullah-bin-zayed', null]);
  });
  it('«من جهته، اعتبر رئيس الدبلوماسية المالية …»: a title the officials stage gave to the one who spoke before is nobody, not him', () => {
    const text =
      'الرياض - استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان وزير الخارجية النيجري بكاري ياو سانغاري. وأكد سانغاري أن بلاده تدعم المبادرة.\n\nمن جهته، اعتبر رئيس الدبلوماسية المالية أن المبادرة فرصة حقيقية.';
    expect(who(text, '2023-12-23').map((c) => c[0])).toEqual(['bakary-yaou-sangare', null]);
  });
});

describe('what someone was told, with the one told as a pronoun', () => {
  it('«أبلغه خلالها بأن …»: the sentence’s subject told it, the pronoun is the one told', () => {
    const text = 'موسكو - أجرى وزير الخارجية الروسي سيرغي لافروف محادثة هاتفية مع نظيره الأمريكي ريكس تيلرسون، أبلغه خلالها بأن موسكو ستدرس الإجراءات الأمريكية الجديدة بتأن.';
    expect(who(text, '2017-08-31')).toEqual([['sergey-lavrov', 'موسكو ستدرس الإجراءات']]);
  });
});
