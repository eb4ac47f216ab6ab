/**
 * Speech in headlines, what the sides agreed, and subjects that real copy gives by a pronoun or
 * a construct dual: constructions that the held-out batches h–k showed were missed. Sentences of
 * our own, in the shapes of real wire copy.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import { testOfficials } from '../nlp/fixtures/knowledge.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const extra: OfficialEntry[] = [
  { id: 'abdullah-ii', en: 'King Abdullah II', ar: ['الملك عبدالله الثاني'], terms: [{ role: 'head-of-state', country: 'JO', from: '1999-02-07', to: null, title: 'King' }] },
  { id: 'mohammed-vi', en: 'King Mohammed VI', ar: ['الملك محمد السادس'], terms: [{ role: 'head-of-state', country: 'MA', from: '1999-07-23', to: null, title: 'King' }] },
  { id: 'kais-saied', en: 'Kais Saied', ar: ['قيس سعيد'], terms: [{ role: 'head-of-state', country: 'TN', from: '2019-10-23', to: null }] },
  { id: 'abdelmadjid-tebboune', en: 'Abdelmadjid Tebboune', ar: ['عبد المجيد تبون'], short: ['تبون'], terms: [{ role: 'head-of-state', country: 'DZ', from: '2019-12-19', to: null }] },
];
const knowledge = knowledgeWithDescriptors([...testOfficials, ...extra]);
const analyse = (text: string, published = '2022-04-19') => analyzeWith(text, { published }, knowledge);
const who = (text: string) => analyse(text).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

describe('speech in headlines', () => {
  it('an imperfect verb after the name that opens a headline is speech («بوتين يؤكد …»)', () => {
    expect(who('بوتين يؤكد لولي العهد السعودي دعم موسكو لجهود الوساطة\n\nموسكو - أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بولي العهد السعودي.')).toEqual([
      ['vladimir-putin', 'دعم موسكو لجهود'],
    ]);
  });

  it('an imperfect verb is no speech before its subject or after a name that does not open the sentence', () => {
    expect(analyse('وقال الرئيس الروسي فلاديمير بوتين إن الاتصال كان مفيدا، مما يؤكد أن الحوار مستمر.').claims).toHaveLength(1);
    expect(analyse('وبعث الرئيس الروسي برسالة إلى الرئيس السوري بشار الأسد يدعو فيها إلى الحوار.').claims).toEqual([]);
  });

  it('a name, a short frame of place or audience, then a colon: the words after it are the person’s', () => {
    expect(who('لافروف بعد لقاء ترامب: لم نتدخل في الانتخابات الأمريكية\n\nواشنطن - التقى وزير الخارجية الروسي سيرغي لافروف الرئيس دونالد ترامب.')).toEqual([
      ['sergey-lavrov', 'لم نتدخل في'],
    ]);
    expect(who('بوتين للأسد: موسكو لن تتخلى عن دمشق\n\nاستقبل الرئيس فلاديمير بوتين الرئيس بشار الأسد.')).toEqual([['vladimir-putin', 'موسكو لن تتخلى']]);
    // A frame that runs on into a verb is no headline of speech.
    expect(analyse('وزار لافروف من بعد ذلك العاصمة التركية: أنقرة.').claims).toEqual([]);
  });
});

describe('a bare title in a headline', () => {
  it('«وزير الخارجية: …» as a headline is the first foreign minister the story names below it', () => {
    const text = 'وزير الخارجية: العلاقات مع تركيا في أفضل حالاتها\n\nموسكو - أكد وزير الخارجية الروسي سيرغي لافروف أن الحوار مستمر، وذلك خلال لقائه نظيره التركي مولود جاويش أوغلو.';
    expect(who(text)).toEqual([
      ['sergey-lavrov', 'العلاقات مع تركيا'],
      ['sergey-lavrov', 'الحوار مستمر، وذلك'],
    ]);
  });
});

describe('a place with «ب» before a headline colon', () => {
  it('«بوتين بأنقرة: …» is the president’s words, «in Ankara» a frame', () => {
    expect(who('بوتين بأنقرة: علاقاتنا مع تركيا تتطور\n\nأنقرة - وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة.')).toEqual([['vladimir-putin', 'علاقاتنا مع تركيا']]);
  });
});

describe('a second verb of a headline', () => {
  it('«بوتين يبحث مع أردوغان … ويطالب بوقف …»: an imperfect verb joined by «و» has the headline’s name as subject', () => {
    expect(who('بوتين يبحث مع أردوغان مستجدات سوريا ويطالب بوقف فوري للقتال\n\nموسكو - تلقى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا.')).toEqual([
      ['vladimir-putin', 'بوقف فوري للقتال'],
    ]);
  });

  it('not past another person named as a subject in between', () => {
    expect(who('بوتين يستقبل أردوغان وجاويش أوغلو يطالب بوقف القتال\n\nموسكو - استقبل بوتين ضيفه.').map(([id]) => id)).not.toContain('vladimir-putin');
  });
});

describe('what the sides agreed', () => {
  it('«واتفق الوزيران على …» is the two ministers’ words; «اتفق X ونظيره Y على …» both of theirs', () => {
    const claims = analyse('والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في سوتشي، واتفق الوزيران على إبقاء قنوات الحوار مفتوحة.', '2019-05-15').claims;
    expect(claims.map((c) => [c.speakers, c.text])).toEqual([[['sergey-lavrov', 'mike-pompeo'], 'إبقاء قنوات الحوار مفتوحة']]);
    const pair = analyse('واتفق الرئيس الروسي فلاديمير بوتين ونظيره التركي مولود جاويش أوغلو على تبادل الزيارات.', '2019-05-15').claims;
    expect(pair[0]!.speakers).toEqual(['vladimir-putin', 'mevlut-cavusoglu']);
  });

  it('«توافق X وY، في ختام القمة، على …»: the two named, across the frame', () => {
    const claims = analyse('توافق الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين، في ختام القمة التي استضافتها هلسنكي أمس، على إقامة تعاون فعال في سوريا.', '2018-07-17').claims;
    expect(claims.map((c) => c.speakers)).toEqual([['donald-trump', 'vladimir-putin']]);
  });

  it('«وتساءل …: هل …؟» is speech', () => {
    expect(who('وتساءل الرئيس الروسي فلاديمير بوتين: هل نريد الحرب أم لا؟')).toEqual([['vladimir-putin', 'هل نريد الحرب']]);
  });

  it('what the sides agreed inside words already reported stays in those words', () => {
    expect(who('وقال وزير الخارجية الروسي سيرغي لافروف إن الجانبين اتفقا على تشكيل لجنة مشتركة.')).toEqual([['sergey-lavrov', 'الجانبين اتفقا على']]);
  });
});

describe('subjects given by pronoun, counterpart or dual', () => {
  it('«عبر له فيها عن …», «وأكد بدوره أن …»: pronouns between the verb and the words', () => {
    expect(who('وأجرى الرئيس الجزائري عبد المجيد تبون اتصالا هاتفيا بالرئيس التونسي قيس سعيد، عبر له فيها عن تمنياته بالشفاء.')).toEqual([
      ['abdelmadjid-tebboune', 'تمنياته بالشفاء'],
    ]);
    expect(who('وأكد الرئيس التونسي قيس سعيد بدوره أن البلدين شقيقان.')).toEqual([['kais-saied', 'البلدين شقيقان']]);
  });

  it('the one a call came from, with a verb right after the name that turns to the one called, is speaking', () => {
    expect(who('وتلقى تبون اتصالا هاتفيا من الرئيس التونسي قيس سعيد عبر له فيه عن اطمئنانه على صحته.')).toEqual([['kais-saied', 'اطمئنانه على صحته']]);
  });

  it('«واعتبر قائدا البلدين أن …»: a dual in construct with the two countries gives both leaders’ words', () => {
    const claims = analyse('أجرى الملك محمد السادس اتصالا هاتفيا مع الملك عبدالله الثاني.\nواعتبر قائدا البلدين أن التصعيد يقوض فرص السلام.').claims;
    expect(claims.map((c) => c.speakers)).toEqual([['mohammed-vi', 'abdullah-ii']]);
  });

  it('«مكالمة أجراها جلالته …، جدد خلالها …»: the honorific subject of an earlier verb is the dignitary the story honoured, not the one named first', () => {
    const text =
      'جلالة الملك يهاتف العاهل الأردني\n\nأجرى جلالة الملك محمد السادس اتصالا هاتفيا مع الملك عبدالله الثاني.\n' +
      'ويأتي الاتصال بعد مكالمة أجراها جلالته مع العاهل الأردني العام الماضي، جدد خلالها تضامنه التام مع الأردن.';
    expect(who(text)).toEqual([['mohammed-vi', 'تضامنه التام مع']]);
  });
});

describe('the leaders of a summit of a few', () => {
  const summit =
    'عقدت في القاهرة أمس قمة ثلاثية جمعت الرئيس عبد الفتاح السيسي والملك عبدالله الثاني والرئيس السوري بشار الأسد.\n';

  it('«وجدد القادة …», «وأكدوا …», «مؤكدين …»: each country’s leader at the table', () => {
    const claims = analyse(`${summit}وجدد القادة دعمهم للشعب الفلسطيني، مؤكدين أهمية التنسيق. واستعرض الزعماء الأوضاع، وأكدوا عزمهم على التعاون.`, '2019-03-25').claims;
    const all = ['abdel-fattah-el-sisi', 'abdullah-ii', 'bashar-al-assad'];
    expect(claims.map((c) => c.speakers)).toEqual([all, all, all]);
  });

  it('a plural verb with no meeting of a few countries reported is nobody’s', () => {
    expect(analyse('وأكدوا عزمهم على التعاون.').claims.map((c) => c.speaker)).toEqual([null]);
  });
});

describe('a head of state by the title of that one office, and a family name after a rank', () => {
  const burhan: OfficialEntry = {
    id: 'burhan',
    en: 'Abdel Fattah al-Burhan',
    ar: ['عبد الفتاح البرهان'],
    terms: [{ role: 'head-of-state', country: 'SD', from: '2019-08-21', to: null, title: 'Chairman of the Sovereignty Council' }],
  };
  const k = knowledgeWithDescriptors([...testOfficials, burhan]);
  const visit = 'استقبل الرئيس عبد الفتاح السيسي الفريق أول عبد الفتاح البرهان في العلمين. ';
  const claimsOf = (text: string) => analyzeWith(text, { published: '2023-08-29' }, k).claims.map((c) => [c.speaker, c.text.split(' ').slice(0, 2).join(' ')]);

  it('«وكان رئيس مجلس السيادة قد أكد …» is the chairman, never the president quoted before', () => {
    const r = analyzeWith(`${visit}وأكد السيسي دعم مصر للسودان. وكان رئيس مجلس السيادة قد أكد أنه لا اتفاق مع الدعم السريع.`, { published: '2023-08-29' }, k);
    const chair = r.officials.find((o) => o.id === 'burhan')!;
    expect(chair.mentions.map((m) => m.text)).toContain('رئيس مجلس السيادة');
    expect(r.claims.map((c) => c.speaker)).toEqual(['abdel-fattah-el-sisi', 'burhan']);
  });

  it('«أعرب الفريق أول البرهان عن …»: a rank between the verb and the family name', () => {
    expect(claimsOf(`${visit}من جانبه، أعرب الفريق أول البرهان عن تقديره لمصر.`)).toEqual([['burhan', 'تقديره لمصر']]);
  });

  it('«اتفق قادة مصر والأردن وسوريا على …»: the leaders of the countries at the table', () => {
    const text = 'عقدت في القاهرة قمة ثلاثية جمعت الرئيس عبد الفتاح السيسي والملك عبدالله الثاني والرئيس السوري بشار الأسد.\nواتفق قادة مصر والأردن وسوريا خلال القمة على تعزيز التعاون.';
    expect(analyse(text, '2019-03-25').claims.map((c) => c.speakers)).toEqual([['abdel-fattah-el-sisi', 'abdullah-ii', 'bashar-al-assad']]);
  });
});

describe('a spokesperson named by the title, then by a bare title', () => {
  const peskov: OfficialEntry = {
    id: 'dmitry-peskov',
    en: 'Dmitry Peskov',
    ar: ['دميتري بيسكوف', 'ديمتري بيسكوف'],
    short: ['بيسكوف'],
    terms: [{ role: 'presidential-spokesperson', country: 'RU', from: '2012-05-22', to: null }],
  };
  const k = knowledgeWithDescriptors([...testOfficials, peskov]);
  const speakers = (text: string) => analyzeWith(text, { published: '2025-02-13' }, k).claims.map((c) => c.speaker);

  it('«وقال المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، إن …»: the name between commas after the title', () => {
    expect(speakers('وقال المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، إن الرئيسين توافقا على مواصلة الاتصالات.')).toEqual(['dmitry-peskov']);
  });

  it('«ولفت الناطق الرئاسي إلى …» and the «وأشار» after it are the spokesperson named before', () => {
    expect(speakers('قال ديمتري بيسكوف إن أبواب روسيا مفتوحة. ولفت الناطق الرئاسي إلى أن الزيارة ممكنة. وأشار إلى أن اللقاء سيكون مهما.')).toEqual([
      'dmitry-peskov',
      'dmitry-peskov',
      'dmitry-peskov',
    ]);
  });
});

describe('kings by their bare title', () => {
  it('«وشدد جلالته والرئيس المصري على …», «وأكد جلالة الملك والرئيس السيسي …»: both speak, and «جلالة الملك» is never the president', () => {
    const text =
      'شدد جلالة الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي، في اتصال هاتفي، على أهمية التنسيق.\n' +
      'وشدد جلالته والرئيس المصري على رفضهما لأي تهجير.\nوأكد جلالة الملك والرئيس السيسي وقوفهما إلى جانب الشعب الفلسطيني.';
    const r = analyse(text, '2024-01-29');
    expect(r.claims.map((c) => [...(c.speakers ?? [])].sort())).toEqual([
      ['abdel-fattah-el-sisi', 'abdullah-ii'],
      ['abdel-fattah-el-sisi', 'abdullah-ii'],
      ['abdel-fattah-el-sisi', 'abdullah-ii'],
    ]);
    expect(r.officials.find((o) => o.id === 'abdel-fattah-el-sisi')!.mentions.map((m) => m.text)).not.toContain('الملك');
  });

  it('«السيد الرئيس» in the presidency’s copy that calls its guest «الرئيس التركي» is its own president', () => {
    const text =
      'استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس رجب طيب أردوغان، في أول زيارة للرئيس التركي إلى مصر.\n' +
      'وصرح المتحدث الرسمي بأن السيد الرئيس رحب بضيف مصر، مؤكدا أن الزيارة تعكس الإرادة المشتركة للبلدين.';
    const erdogan: OfficialEntry = { id: 'erdogan', en: 'Recep Tayyip Erdogan', ar: ['رجب طيب أردوغان'], terms: [{ role: 'head-of-state', country: 'TR', from: '2014-08-28', to: null }] };
    const k = knowledgeWithDescriptors([...testOfficials, erdogan]);
    const r = analyzeWith(text, { published: '2024-02-14' }, k);
    expect(r.officials.find((o) => o.id === 'abdel-fattah-el-sisi')!.mentions.map((m) => m.text)).toContain('الرئيس');
    expect(r.claims.map((c) => c.speaker)).toEqual(['abdel-fattah-el-sisi', 'abdel-fattah-el-sisi']);
  });

  it('«جلالة الملك» in a story that calls the other king «العاهل الأردني» is the agency’s own king', () => {
    const text =
      'أجرى جلالة الملك محمد السادس اتصالا هاتفيا مع العاهل الأردني الملك عبدالله الثاني.\n' +
      'وتطرق الاتصال إلى تطورات القدس، انطلاقا من ترؤس جلالة الملك للجنة القدس وتولي العاهل الأردني الوصاية على المقدسات.';
    const r = analyse(text, '2022-04-19');
    expect(r.officials.find((o) => o.id === 'mohammed-vi')!.mentions.map((m) => m.text)).toContain('الملك');
    expect(r.officials.find((o) => o.id === 'abdullah-ii')!.mentions.map((m) => m.text)).not.toContain('الملك');
  });

  it('«سمو ولي العهد» in copy that calls the other crown prince «ولي العهد السعودي» is the agency’s own, though the story bound the title to the guest last', () => {
    const text =
      'أجرى سمو ولي العهد الشيخ صباح خالد الحمد الصباح اليوم اتصالا هاتفيا بأخيه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية. ' +
      'وحمل سموه ولي العهد السعودي خلال الاتصال تحيات أمير البلاد. ' +
      'واطمأن سمو ولي العهد خلال الاتصال على المملكة وشعبها، معربا سموه عن إدانة دولة الكويت للاعتداءات على دول المنطقة.';
    const r = analyze(text, { published: '2026-03-06' });
    expect(r.claims.find((c) => c.text.includes('إدانة دولة الكويت'))?.speaker).toBe('sabah-al-khalid-al-hamad-al-sabah');
  });
});

describe('a title the story bound to a name', () => {
  it('«أكد رئيس الجمهورية، السيد عبد المجيد تبون، …» and every later «رئيس الجمهورية» are that president, not the host named before', () => {
    const text =
      'رئيس الجمهورية: محادثاتي مع الرئيس بوتين كانت مثمرة\n\n' +
      'موسكو - أكد رئيس الجمهورية، السيد عبد المجيد تبون، اليوم أن زيارته تعزز الصداقة بين البلدين.\n' +
      'وتقدم رئيس الجمهورية بالشكر للرئيس بوتين على دعم روسيا. وقال الرئيس فلاديمير بوتين إن الزيارة مهمة.\n' +
      'وأضاف رئيس الجمهورية أن الجزائر تعتز بأصدقائها.';
    const r = analyse(text, '2023-06-15');
    const tebboune = r.officials.find((o) => o.id === 'abdelmadjid-tebboune')!;
    // The headline's bare title too: the first person the story names below it who holds that office.
    expect(tebboune.mentions.filter((m) => m.text === 'رئيس الجمهورية')).toHaveLength(4);
    // (With the headline's title his, his thanks «وتقدم رئيس الجمهورية بالشكر …» are his words too.)
    expect(r.claims.map((c) => c.speaker)).toEqual(['abdelmadjid-tebboune', 'abdelmadjid-tebboune', 'abdelmadjid-tebboune', 'vladimir-putin', 'abdelmadjid-tebboune']);
  });
});

describe('a family name that is also an adjective', () => {
  const sudani: OfficialEntry = { id: 'sudani', en: 'Mohammed Shia al-Sudani', ar: ['محمد شياع السوداني'], terms: [{ role: 'head-of-government', country: 'IQ', from: '2022-10-27', to: null }] };
  const k = knowledgeWithDescriptors([...testOfficials, sudani]);
  const mentions = (text: string) => analyzeWith(text, { published: '2022-11-30' }, k).officials.find((o) => o.id === 'sudani')?.mentions.map((m) => m.text) ?? [];

  it('«وأشار السوداني»، «وكان السوداني قد …» after the full name are that person', () => {
    expect(mentions('أكد رئيس الحكومة العراقية محمد شياع السوداني أمس أن العراق لن يكون منطلقا للعدوان. وأشار السوداني إلى أهمية الحوار. وكان السوداني قد التقى الرئيس الإيراني.')).toEqual([
      'محمد شياع السوداني',
      'السوداني',
      'السوداني',
    ]);
  });

  it('never where the story uses the word as an adjective, nor before the full name', () => {
    expect(mentions('وقال محمد شياع السوداني إن الحوار مهم. وأكد الجيش السوداني التزامه. وأشار السوداني إلى ذلك.')).toEqual(['محمد شياع السوداني']);
    expect(mentions('وأشار السوداني إلى الحوار. وقال محمد شياع السوداني إن الحوار مهم.')).toEqual(['محمد شياع السوداني']);
  });
});

describe('speakers a lead gives before their name, and a clause about the one speaking', () => {
  it('«أكد المفاوض الروسي …» in the lead is the one Russian who fits, named a paragraph on', () => {
    const text =
      'أكد المفاوض الروسي في المحادثات التي جرت أمس في جنيف أن بلاده لا تنوي مهاجمة أحد.\n' +
      'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثة كانت شاقة.';
    expect(analyse(text, '2022-01-11').claims.map((c) => c.speaker)).toEqual(['sergey-lavrov', 'sergey-lavrov']);
  });

  it('«وقال وهو يجلس إلى جانب نظيره الروسي: …» is the one already speaking, not the counterpart', () => {
    const text = 'والتقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين. وأشاد ترامب باللقاء، وقال وهو يجلس إلى جانب نظيره الروسي: "الأمور تمضي بشكل جيد".';
    expect(analyse(text, '2017-07-08').claims.map((c) => c.speaker)).toEqual(['donald-trump', 'donald-trump']);
  });
});

describe('a welcome that reports no words', () => {
  const tamim: OfficialEntry = { id: 'tamim', en: 'Tamim bin Hamad Al Thani', ar: ['تميم بن حمد آل ثاني'], terms: [{ role: 'head-of-state', country: 'QA', from: '2013-06-25', to: null, title: 'Emir' }] };
  const k = knowledgeWithDescriptors([...testOfficials, tamim]);

  it('«ورحب سمو الأمير بفخامة الرئيس، متمنيا …»: the participles are the emir’s, never the president’s', () => {
    const text =
      'استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني الرئيس عبد الفتاح السيسي في الديوان الأميري.\n' +
      'ورحب سمو الأمير في مستهل الجلسة بفخامة الرئيس والوفد المرافق له، متمنيا أن تشهد العلاقات مزيدا من التطور.';
    expect(analyzeWith(text, { published: '2022-09-14' }, k).claims.map((c) => [c.speaker, c.text.split(' ')[0]])).toEqual([['tamim', 'تشهد']]);
  });
});

describe('calls and invitations told in other words', () => {
  it('«وأوضح بلينكن أنه دعا لافروف إلى …»: after «أنه» the one speaking asks, the name after the verb is asked', () => {
    const text = 'والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف. وأوضح كيري للصحفيين أنه دعا لافروف إلى وضع حد للأزمة.';
    expect(analyse(text, '2016-09-10').claims.map((c) => c.speaker)).toEqual(['john-kerry']);
  });

  it('«تحادث X ونظيره Y هاتفيا» is a phone call between the two', () => {
    const m = analyse('تحادث الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترامب هاتفيا اليوم الجمعة لنحو ساعة.', '2019-05-03').meetings;
    expect(m.map((x) => [x.kind, x.participants.sort()])).toEqual([['phone call', ['donald-trump', 'vladimir-putin']]]);
  });
});

describe('the story’s lead meeting with nobody named', () => {
  it('technical talks in Riyadh with only their place and day lead; a call of a week before is recalled', () => {
    const text =
      'اختتمت في الرياض أمس المحادثات التقنية بين الوفدين الروسي والأمريكي.\n' +
      'وتأتي المحادثات تنفيذا لما اتفق عليه الرئيسان فلاديمير بوتين ودونالد ترامب خلال اتصالهما الهاتفي في 18 مارس.';
    const m = analyse(text, '2025-03-25').meetings;
    expect(m.filter((x) => !x.mentioned).map((x) => x.kind)).not.toContain('phone call');
  });
});

describe('a bare title and a long frame before a headline colon', () => {
  it('«الرئيس بوتين في المؤتمر الصحفي مع ملك الأردن: …» is the president’s', () => {
    expect(who('الرئيس بوتين في المؤتمر الصحفي مع ملك الأردن: علاقاتنا تتطور\n\nموسكو - استقبل الرئيس الروسي فلاديمير بوتين الملك عبدالله الثاني.')).toEqual([
      ['vladimir-putin', 'علاقاتنا تتطور'],
    ]);
  });

  it('a sentence that runs on past the frame is no headline of speech', () => {
    expect(analyse('الرئيس بوتين في المؤتمر الصحفي مع ملك الأردن وعدد من الوزراء والمسؤولين في الكرملين اليوم: صورة').claims).toEqual([]);
  });
});

describe('a verb in the first person that opens a quotation after a colon', () => {
  it('is the quoted speaker’s word: the run of his words goes on («موضحا: «جددت التأكيد …»», «وأضاف: «أكدت …»»)', () => {
    const text = 'وقال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة، موضحا: «جددت التأكيد على دعمنا للحوار». وأضاف: «أكدت لضيفي أهمية التنسيق».';
    expect(who(text)).toEqual([
      ['vladimir-putin', 'المحادثات كانت مفيدة'],
      ['vladimir-putin', '«جددت التأكيد على'],
      ['vladimir-putin', '«أكدت لضيفي أهمية'],
    ]);
  });

  it('is still a report when its subject follows it («وأضاف البيان: «أكدت الوزارة …»»)', () => {
    const claims = analyse('وأضاف البيان: «أكدت الوزارة أهمية التنسيق».').claims;
    expect(claims.map((c) => c.text)).toEqual(['الوزارة أهمية التنسيق']);
  });
});

describe('what a microphone caught and what the other answered', () => {
  it('«X وهو يؤكد لنظيره أنه …»: an imperfect verb after «وهو» is what the person named before it was saying', () => {
    const text = 'وسجلت الميكروفونات الرئيس الروسي فلاديمير بوتين وهو يؤكد لنظيره التركي أنه سيكون أكثر مرونة بعد الانتخابات.';
    expect(who(text)).toEqual([['vladimir-putin', 'أنه سيكون أكثر']]);
  });

  it('«وهو» after a verb already reporting stays a circumstantial clause of the same speaker', () => {
    expect(who('وقال الرئيس الروسي فلاديمير بوتين وهو يبتسم إن الأمور تسير جيدا.')).toEqual([['vladimir-putin', 'الأمور تسير جيدا']]);
  });

  it('«فأجابه X بأنه …» is X’s answer', () => {
    const text = 'وطلب بوتين من أنقرة مهلة، فأجابه مولود جاويش أوغلو بأنه يتفهم موقفه.';
    expect(who(text).at(-1)).toEqual(['mevlut-cavusoglu', 'بأنه يتفهم موقفه']);
  });
});

describe('a king and an emir on one call', () => {
  const tamim: OfficialEntry = { id: 'tamim-bin-hamad-al-thani', en: 'Tamim bin Hamad Al Thani', ar: ['الشيخ تميم بن حمد آل ثاني'], terms: [{ role: 'head-of-state', country: 'QA', from: '2013-06-25', to: null }] };
  const k2 = knowledgeWithDescriptors([...testOfficials, ...extra, tamim]);
  const said = (text: string) => analyzeWith(text, { published: '2020-11-16' }, k2).claims.map((c) => [c.speaker, c.text.split(' ').slice(0, 2).join(' ')]);
  const CALL = 'تلقى الملك محمد السادس اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني. وأشاد أمير قطر بقرارات المملكة، مهنئا جلالته بالنتائج الإيجابية التي تحققت. ';

  it('«مهنئا جلالته بالنتائج …»: congratulations are words (with the one congratulated, as an appeal has its addressee)', () => {
    expect(said(CALL).at(-1)).toEqual(['tamim-bin-hamad-al-thani', 'جلالته بالنتائج']);
  });

  it('«من جانبه، أشاد جلالة الملك …» after the emir spoke is the king: «الملك» is no emir’s title', () => {
    expect(said(`${CALL}من جانبه، أشاد جلالة الملك بالقرار الذي أعلنه سمو الأمير.`).at(-1)).toEqual(['mohammed-vi', 'بالقرار الذي']);
  });
});
