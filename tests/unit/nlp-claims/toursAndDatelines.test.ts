/**
 * A leader's tour told from one stop: the dateline places the news, an earlier stop of the day
 * told after it is background, and a summit of many in one city is not a signing in another.
 * Constructions of the held-out batches aj and ak (Trump's Gulf tour of May 2025, the Rabat
 * joint declaration of December 2020). Sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import { groupMeetings } from '../../../src/nlp/sources/group.ts';
import type { ArticleMeeting } from '../../../src/nlp/types.ts';

const meetings = (text: string, published: string) =>
  analyze(text, { published, title: text.split('\n')[0] }).meetings.map(({ kind, participants, place, date, mentioned }) => ({
    kind,
    participants,
    place,
    date,
    ...(mentioned ? { mentioned } : {}),
  }));

describe('the dateline', () => {
  it('«الدوحة - قنا» places talks whose sentences name no city; a call stays without a place', () => {
    const talks = 'الأمير والرئيس الأمريكي يعقدان جلسة مباحثات\n\nالدوحة - قنا\nعقد أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس الأمريكي دونالد ترامب اليوم جلسة مباحثات رسمية بالديوان الأميري.';
    expect(meetings(talks, '2025-05-14')[0]).toMatchObject({ place: 'Doha', date: '2025-05-14' });
    const call = 'اتصال هاتفي\n\nالدوحة - قنا\nأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اليوم اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.';
    expect(meetings(call, '2025-05-14')[0]).toMatchObject({ kind: 'phone call', place: null });
  });

  it('a city in the first sentence, not at the head of the line before a dash, is no dateline', () => {
    const text = 'مباحثات\n\nفي الدوحة وغيرها تتواصل الاستعدادات. وعقد أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس الأمريكي دونالد ترامب اليوم جلسة مباحثات رسمية.';
    expect(meetings(text, '2025-05-14')[0]).toMatchObject({ place: null });
  });
});

describe('an earlier stop of the tour', () => {
  const TOUR =
    'ترامب في الدوحة\n\nأجرى الرئيس الأمريكي دونالد ترامب اليوم محادثات مع أمير قطر الشيخ تميم بن حمد آل ثاني في الديوان الأميري.\n\n' +
    'وكان ترامب قد استهل جولته من السعودية، حيث التقى صباح اليوم في الرياض الرئيس السوري أحمد الشرع بحضور ولي العهد الأمير محمد بن سلمان، قبل أن يتوجه إلى الدوحة.';

  it('«… قبل أن يتوجه إلى الدوحة», told after the news, is mentioned and lends no one to it', () => {
    const m = meetings(TOUR.replace('وكان ترامب قد استهل', 'واستهل ترامب'), '2025-05-14');
    expect(m[0]).toMatchObject({ participants: ['donald-trump', 'tamim-bin-hamad-al-thani'] });
    expect(m[1]).toMatchObject({ place: 'Riyadh', mentioned: true });
  });

  it('told first, the stop before leaving is the news', () => {
    const text = 'ترامب والشرع\n\nالتقى الرئيس الأمريكي دونالد ترامب اليوم في الرياض الرئيس السوري أحمد الشرع بحضور ولي العهد الأمير محمد بن سلمان، قبل أن يتوجه إلى الدوحة.';
    expect(meetings(text, '2025-05-14')[0]).toMatchObject({ place: 'Riyadh' });
    expect(meetings(text, '2025-05-14')[0]!.mentioned).toBeUndefined();
  });
});

describe('a summit of many and a signing elsewhere the same day', () => {
  const report = (article: string, meeting: ArticleMeeting) => ({ article, published: '2025-05-14', meetings: [meeting] });
  const m = (id: string, kind: ArticleMeeting['kind'], participants: string[], place: string) => ({ id, kind, participants, place, date: '2025-05-14' });

  it('two leaders shared do not make the Riyadh summit the Doha signing', () => {
    const groups = groupMeetings([
      report('summit', m('s', 'summit', ['trump', 'tamim', 'mbs', 'mishal', 'hamad'], 'Riyadh')),
      report('signing', m('d', 'signing', ['trump', 'tamim', 'mbar'], 'Doha')),
    ]);
    expect(groups.map((g) => g.articles)).toHaveLength(2);
  });

  it('a bilateral summit with the city of the talks wrong in one outlet is still one', () => {
    const groups = groupMeetings([report('a', m('s', 'summit', ['putin', 'trump'], 'Anchorage')), report('b', m('t', 'talks', ['putin', 'trump', 'rubio'], 'Washington'))]);
    expect(groups).toHaveLength(1);
  });
});

describe('the joint declaration named once in full', () => {
  it('the headline’s and a later bare «الإعلان المشترك» are the listed declaration, not a new statement of the meeting', () => {
    const text =
      'توقيع إعلان مشترك في الرباط\n\nالرباط - استقبل الملك محمد السادس اليوم جاريد كوشنر، المستشار الأول للرئيس الأمريكي دونالد ترامب. ' +
      'وجرى أمام الملك التوقيع على الإعلان المشترك بين المغرب والولايات المتحدة وإسرائيل. وقال كوشنر إن الإعلان المشترك يفتح صفحة جديدة.';
    const agreements = analyze(text, { published: '2020-12-22', title: text.split('\n')[0] }).agreements;
    expect(agreements.map((a) => [a.id, a.mentions.length])).toEqual([['morocco-us-israel-joint-declaration-2020', 3]]);
  });
});

describe('several documents told apart by ordinals', () => {
  const agreements = (text: string) => analyze(text, { published: '2019-11-28' }).agreements.map((a) => [a.id, a.mentions.map((m) => m.text)]);

  it('«مذكرتي تفاهم؛ تختص الأولى بـ… والثانية …»: each ordinal and its words describe one memorandum', () => {
    const text =
      'إسطنبول - وقع الرئيس التركي رجب طيب أردوغان ورئيس حكومة الوفاق الليبية فايز السراج أمس مذكرتي تفاهم؛ تختص الأولى بالتعاون الأمني والعسكري، والثانية بتحديد مناطق الصلاحية البحرية.';
    expect(agreements(text)).toEqual([
      ['turkey-libya-security-military-mou-2019', ['الأولى بالتعاون الأمني والعسكري']],
      ['turkey-libya-maritime-mou-2019', ['الثانية بتحديد مناطق الصلاحية البحرية']],
    ]);
  });

  it('an ordinal with no documents counted before it is nothing («المرة الأولى»)', () => {
    const text = 'إسطنبول - التقى الرئيس التركي رجب طيب أردوغان رئيس حكومة الوفاق الليبية فايز السراج للمرة الأولى بالتعاون مع الأمن البحري.';
    expect(agreements(text)).toEqual([]);
  });
});

describe('a meeting told by its signing, its press conference or as the first of a series', () => {
  it('«الاتفاق الذي وقّعه الوزيران في القاهرة», told in a clause of what was signed, is a signing', () => {
    const text = 'تركيا ترفض\n\nأعلنت الخارجية التركية رفضها الاتفاق الذي وقعه وزير الخارجية المصري سامح شكري ووزير الخارجية اليوناني نيكوس دندياس في القاهرة.';
    expect(meetings(text, '2020-08-06')[0]).toMatchObject({ kind: 'signing', participants: ['nikos-dendias', 'sameh-shoukry'], place: 'Cairo' });
  });

  it('«في مؤتمر صحفي عقده في جنيف إلى جانب نظيره» tells the two met; a press conference alone does not', () => {
    const text = 'جنيف\n\nوقال وزير الخارجية الأمريكي جون كيري، في مؤتمر صحفي عقده في جنيف إلى جانب نظيره الروسي سيرغي لافروف، إن البلدين ملتزمان بالخطة.';
    expect(meetings(text, '2013-09-14')[0]).toMatchObject({ participants: ['john-kerry', 'sergey-lavrov'], place: 'Geneva' });
    const alone = 'جنيف\n\nوقال وزير الخارجية الأمريكي جون كيري، في مؤتمر صحفي عقده في جنيف، إن بلاده ملتزمة بالخطة.';
    expect(meetings(alone, '2013-09-14')).toEqual([]);
  });

  it('«الاجتماع التشاوري الأول» dated today is the news; «القمة الأولى» dated days before is not', () => {
    const today = 'قرطاج\n\nتونس (وات) - اختتمت مساء اليوم الاثنين بقصر قرطاج أشغال الاجتماع التشاوري الأول الذي ضم الرئيس التونسي قيس سعيد ونظيره الجزائري عبد المجيد تبون.';
    expect(meetings(today, '2024-04-22')[0]!.mentioned).toBeUndefined();
    const summit = (published: string) =>
      meetings('أنقرة\n\nوشكلت القمة الأولى بين الرئيس التركي رجب طيب أردوغان والرئيس السوري أحمد الشرع في أنقرة يوم 4 فبراير نقطة تحول.', published);
    expect(summit('2025-02-10')).toEqual([expect.objectContaining({ date: '2025-02-04', mentioned: true })]);
    expect(summit('2025-02-04')[0]!.mentioned).toBeUndefined();
  });
});

describe('agreements named in full, and bare words of another kind', () => {
  const agreements = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => [a.id, a.mentions.map((m) => m.text)]);

  it('a long name written out is its entry though the article names few of its many parties', () => {
    const text = 'نيودلهي - وقع ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء الهندي ناريندرا مودي مذكرة التفاهم بشأن مبادئ الممر الاقتصادي بين الهند والشرق الأوسط وأوروبا.';
    expect(agreements(text, '2023-09-11').map(([id]) => id)).toEqual(['imec-mou-2023']);
  });

  it('a bare «الاتفاق» is the agreement signed that day in the city; «الإعلان» and «مسار العلاقات …» are not', () => {
    const text =
      'القاهرة - وقع وزير الخارجية الإيراني عباس عراقجي ومدير عام الوكالة الدولية للطاقة الذرية رافائيل غروسي اليوم في القاهرة الاتفاق الذي أبرم بحضور وزير الخارجية المصري بدر عبد العاطي. وأكد الجانبان أهمية مسار العلاقات الثنائية بين القاهرة وطهران، فيما جاء الإعلان عقب اجتماع ثلاثي.';
    expect(agreements(text, '2025-09-09')).toEqual([['iran-iaea-cairo-agreement-2025', ['الاتفاق']]]);
  });
});

describe('agreements named by an organisation or by the statement of one of several meetings', () => {
  const agreements = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

  it('«الهدنة الأممية» in a story of Yemen is the UN truce in Yemen; without Yemen named, nothing', () => {
    const yemen = 'عدن - التقى رئيس مجلس القيادة الرئاسي في اليمن رشاد العليمي اليوم المبعوث الأممي هانس غروندبرغ، وبحثا تمديد الهدنة الأممية.';
    expect(agreements(yemen, '2022-05-30')).toEqual(['yemen-truce-2022']);
    expect(agreements('جنيف - بحث المبعوث الأممي هانس غروندبرغ اليوم تمديد الهدنة الأممية.', '2022-05-30')).toEqual([]);
  });

  it('«البيان الختامي» of a summit reported with a call of the host the same day is the summit’s listed statement', () => {
    const text =
      'قمة بغداد\n\nبغداد - عقد رئيس الوزراء العراقي مصطفى الكاظمي والرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني اليوم قمة ثلاثية في بغداد. ' +
      'وتلقى الكاظمي اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. وصدر في ختام القمة البيان الختامي الذي أكد أهمية التكامل الاقتصادي.';
    expect(agreements(text, '2021-06-27')).toContain('baghdad-tripartite-summit-final-statement-2021');
  });
});

describe('a call told with «تحدث … هاتفيا», and an official’s workplace', () => {
  it('«تحدث بايدن مع نظيره بوتين هاتفيا» is a call; «تحدث للصحفيين» is no meeting', () => {
    expect(meetings('واشنطن\n\nتحدث الرئيس الأميركي جو بايدن مع نظيره الروسي فلاديمير بوتين هاتفيا اليوم.', '2021-01-26')[0]).toMatchObject({ kind: 'phone call' });
    expect(meetings('واشنطن\n\nتحدث الرئيس الأميركي جو بايدن للصحفيين اليوم عن روسيا.', '2021-01-26')).toEqual([]);
  });

  it('«قال مسؤول في البيت الأبيض» does not place in Washington the meeting the official tells of', () => {
    const text = 'أنطاليا\n\nقال مسؤول في البيت الأبيض اليوم إن الرئيس الأمريكي باراك أوباما والرئيس الروسي فلاديمير بوتين اجتمعا على هامش القمة.';
    expect(meetings(text, '2015-11-15').find((m) => m.participants.includes('vladimir-putin'))?.place).not.toBe('Washington');
  });
});

describe('agreement names in another desk’s spelling', () => {
  const agreements = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => [a.id, a.mentions.map((m) => m.text)]);

  it('«خطة ترمب بشأن غزة» (Saudi spelling) and «اتفاق 10 مارس» (Egyptian month) are the listed «ترامب» and «آذار» names', () => {
    expect(agreements('شرم الشيخ - بحث القادة اليوم خطة ترمب بشأن غزة.', '2025-10-13')).toEqual([['trump-gaza-plan-2025', ['خطة ترمب بشأن غزة']]]);
    expect(agreements('دمشق - بحث الرئيس السوري أحمد الشرع اليوم تنفيذ اتفاق 10 مارس مع قوات سوريا الديمقراطية.', '2025-08-13')).toEqual([
      ['sdf-damascus-agreement-2025', ['اتفاق 10 مارس']],
    ]);
  });
});

describe('a resolution told with its pronoun', () => {
  it('«أصدر مجلس الأمن قراره رقم 2254»', () => {
    expect(analyze('نيويورك - ذكّر المبعوث الأممي بأن مجلس الأمن أصدر قراره رقم 2254 بشأن سوريا.', { published: '2016-01-10' }).agreements.map((a) => a.id)).toEqual([
      'unsc-resolution-2254',
    ]);
  });
});

describe('the next stop of a tour', () => {
  it('«أنهى زيارته إلى X، متوجها إلى الدوحة»: where the visitor goes next is not where the visit was', () => {
    const text =
      'المسؤول الإيراني يختتم زيارته\n\nأنهى أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني اليوم الأربعاء زيارته الرسمية إلى سلطنة عمان، متوجها إلى العاصمة القطرية الدوحة.';
    expect(meetings(text, '2026-02-11')[0]).toMatchObject({ kind: 'visit', place: null });
    const told = 'زيارة\n\nوصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني اليوم إلى الدوحة في زيارة رسمية.';
    expect(meetings(told, '2026-02-11')[0]).toMatchObject({ place: 'Doha' });
  });
});

describe('the city an envoy is posted to', () => {
  it('«سفير المملكة في واشنطن» does not place a visit the ambassador comments on', () => {
    const text =
      'تعليق\n\nأشاد الأمير خالد بن سلمان، سفير المملكة في واشنطن، بالزيارة التي يقوم بها ولي العهد الأمير محمد بن سلمان اليوم إلى باكستان.';
    expect(meetings(text, '2019-02-18').find((m) => !m.mentioned)?.place).not.toBe('Washington');
  });
});

describe('a royal palace as the place', () => {
  it('«في قصر بسمان الزاهر» places talks in Amman', () => {
    const text = 'مباحثات\n\nعقد العاهل الأردني الملك عبدالله الثاني وأمير قطر الشيخ تميم بن حمد اليوم مباحثات في قصر بسمان الزاهر.';
    expect(meetings(text, '2025-09-17')[0]).toMatchObject({ place: 'Amman' });
  });
});

describe('a reception told by its verbal noun, and a summit a call came after', () => {
  it('«خلال استقبال الرئيس السيسي لضيفه الفلسطيني» has the guest at the meeting', () => {
    const text =
      'لقاء\n\nالقاهرة - أكد الرئيس الفلسطيني محمود عباس تقديره لدور مصر. جاء ذلك خلال استقبال الرئيس عبد الفتاح السيسي لضيفه الفلسطيني، اليوم الإثنين، في القاهرة.';
    expect(meetings(text, '2024-11-04').find((m) => !m.mentioned)?.participants).toEqual(['abdel-fattah-el-sisi', 'mahmoud-abbas']);
  });

  it('«ويأتي الاتصال بعد أقل من أسبوع على القمة …» tells the summit as an earlier occasion', () => {
    const text =
      'اتصال\n\nموسكو - تباحث وزير الخارجية الروسي سيرغي لافروف هاتفيا مع نظيره الأمريكي مايك بومبيو. ويأتي الاتصال بعد أقل من أسبوع على القمة التي ضمت الرئيس فلاديمير بوتين ونظيره دونالد ترامب في هلسنكي يوم الاثنين الماضي.';
    const summit = meetings(text, '2018-07-21').find((m) => m.place === 'Helsinki');
    expect(summit?.mentioned).toBe(true);
  });
});

describe('a stop the traveller came from, and an occasion still to come', () => {
  it('«ووصل عراقجي إلى بيروت آتيا من القاهرة، حيث التقى الرئيس المصري …» tells the Cairo meeting as an earlier stop', () => {
    const text =
      'زيارة\n\nبيروت - ووصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت الثلاثاء آتيا من القاهرة، حيث التقى الرئيس المصري عبد الفتاح السيسي.';
    const told = meetings(text, '2025-06-03').filter((m) => !m.mentioned);
    expect(told.some((m) => m.participants.includes('abdel-fattah-el-sisi'))).toBe(false);
  });

  it('«ضمن جولة آسيوية استهلها بكوريا الجنوبية، حيث أجرى مباحثات مع …» tells the first stop of the tour as an earlier one', () => {
    const text =
      'مباحثات\n\nطوكيو - بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع رئيس الوزراء الياباني شينزو آبي في طوكيو اليوم العلاقات بين البلدين. وتأتي الزيارة ضمن جولة آسيوية استهلها بكوريا الجنوبية، حيث أجرى مباحثات مع الرئيس مون جيه إن في سيول.';
    const told = meetings(text, '2019-01-29').filter((m) => !m.mentioned);
    expect(told.some((m) => m.participants.includes('moon-jae-in'))).toBe(false);
    expect(told.some((m) => m.participants.includes('shinzo-abe'))).toBe(true);
  });

  it('«وتأتي زيارة عبد العاطي قبل ساعات من استقبال ترامب العاهل الأردني» tells the reception as still to come', () => {
    const text =
      'مباحثات\n\nواشنطن - بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الأمريكي ماركو روبيو الأوضاع في غزة. وتأتي زيارة عبد العاطي قبل ساعات من استقبال ترامب العاهل الأردني الملك عبد الله الثاني في البيت الأبيض.';
    const told = meetings(text, '2025-02-10').filter((m) => !m.mentioned);
    expect(told.some((m) => m.participants.includes('abdullah-ii-of-jordan'))).toBe(false);
  });
});

describe('a visit told in the pluperfect with a day before the news', () => {
  it('«وكان عراقجي قد زار الرياض الأربعاء الماضي، حيث التقى …» is background in a report of four days later', () => {
    const text =
      'مؤتمر صحفي\n\nبغداد - أكد وزير الخارجية الإيراني عباس عراقجي في مؤتمر صحفي مع نظيره العراقي فؤاد حسين أن بلاده لا تريد الحرب. وكان عراقجي قد زار الرياض الأربعاء الماضي، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان.';
    const riyadh = meetings(text, '2024-10-13').find((m) => m.place === 'Riyadh');
    expect(riyadh?.mentioned).toBe(true);
  });
});

describe('what a report of the eleventh set showed of stops, earlier meetings, spokespeople and contacts', () => {
  it('«آتيا من القاهرة، حيث أجرى أمس الأحد مباحثات مع …»: a day between «حيث» and the talks keeps them an earlier stop', () => {
    const text =
      'زيارة\n\nالجزائر - ووصل وزير الخارجية الصيني وانغ يي إلى الجزائر قادما من القاهرة، حيث أجرى أمس الأحد مباحثات مع وزير الخارجية المصري سامح شكري.';
    const told = meetings(text, '2021-07-19').filter((m) => !m.mentioned);
    expect(told.some((m) => m.participants.includes('sameh-shoukry'))).toBe(false);
  });

  it('«… بعد يومين من اجتماع أوباما ببوتين في نيويورك، حيث بحث الرئيسان …»: what «حيث» tells is that earlier meeting', () => {
    const text =
      'لقاء\n\nنيويورك - وجاء اللقاء بعد يومين من اجتماع الرئيس الأمريكي باراك أوباما بنظيره الروسي فلاديمير بوتين في نيويورك، حيث بحث الرئيسان الأزمة السورية.';
    const told = meetings(text, '2015-09-30').filter((m) => !m.mentioned);
    expect(told.some((m) => m.participants.includes('barack-obama'))).toBe(false);
  });

  it('the presidency’s spokesman who tells a reception is not at its table', () => {
    const text =
      'استقبال\n\nالقاهرة - وصرح المستشار أحمد فهمي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس عبد الفتاح السيسي استقبل اليوم الرئيس التركي رجب طيب أردوغان بقصر الاتحادية.';
    const told = meetings(text, '2024-02-14').filter((m) => !m.mentioned);
    expect(told[0]?.participants).toEqual(['abdel-fattah-el-sisi', 'recep-tayyip-erdogan']);
  });

  it('«أجرى اتصالا مطولا مع ويتكوف» is a call with no word of the phone; «أجرى الاتصال في إطار …» is the one already told', () => {
    const held = 'اتصال\n\nالقاهرة - أجرى وزير الخارجية المصري بدر عبد العاطي اتصالا مطولا مع المبعوث الأمريكي ستيف ويتكوف اليوم الجمعة.';
    expect(meetings(held, '2025-09-05')[0]).toMatchObject({ kind: 'phone call', participants: ['badr-abdelatty', 'steve-witkoff'] });
    const told = 'اتصال\n\nواشنطن - وقالت المتحدثة إن الوزير ماركو روبيو أجرى الاتصال في إطار متابعة مكالمة الرئيس دونالد ترامب مع الرئيس فلاديمير بوتين.';
    expect(meetings(told, '2025-02-15').filter((m) => !m.mentioned && m.kind === 'phone call' && m.participants.includes('marco-rubio'))).toEqual([]);
  });
});

describe('a visit’s days around a summit of many', () => {
  const report = (article: string, published: string, meeting: ArticleMeeting, countries: Record<string, string>) => ({ article, published, meetings: [meeting], countries });
  const m = (id: string, kind: ArticleMeeting['kind'], participants: string[], date: string) => ({ id, kind, participants, place: 'Riyadh', date });
  const SA_US = { trump: 'US', mbs: 'SA' };

  it('a forum the guest addressed the day before is not the summit of the next day', () => {
    const groups = groupMeetings([
      report('summit', '2025-05-14', m('s', 'summit', ['trump', 'mbs', 'tamim', 'mishal', 'hamad'], '2025-05-14'), { ...SA_US, tamim: 'QA', mishal: 'KW', hamad: 'BH' }),
      report('forum', '2025-05-14', m('f', 'conference', ['trump', 'mbs'], '2025-05-13'), SA_US),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('«القمة السعودية الأمريكية» of two leaders, told on its day, is one sitting, not the summit of many told on the next', () => {
    const groups = groupMeetings([
      report('summit', '2025-05-14', m('s', 'summit', ['trump', 'mbs', 'tamim', 'mishal', 'hamad'], '2025-05-14'), { ...SA_US, tamim: 'QA', mishal: 'KW', hamad: 'BH' }),
      report('talks', '2025-05-13', m('t', 'summit', ['trump', 'mbs'], '2025-05-13'), SA_US),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('a summit of many told on two days by reports of each day is still one', () => {
    const many = ['trump', 'mbs', 'tamim', 'mishal'];
    const countries = { ...SA_US, tamim: 'QA', mishal: 'KW' };
    const groups = groupMeetings([
      report('first', '2025-05-13', m('a', 'summit', many, '2025-05-13'), countries),
      report('second', '2025-05-14', m('b', 'summit', many, '2025-05-14'), countries),
    ]);
    expect(groups).toHaveLength(1);
  });
});

describe('a spokesperson who tells the meeting', () => {
  it('«أشار المتحدث الرسمي باسم الرئاسة … إلى أن "الرئيس تلقى اتصالا هاتفيا من …"»: the spokesperson’s quoted words tell the call', () => {
    const text =
      'اتصال\n\nالقاهرة - أشار المتحدث الرسمي باسم الرئاسة المصرية أحمد فهمي، إلى أن "الرئيس عبد الفتاح السيسي تلقى اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان، جرى خلاله بحث التعاون".';
    const told = meetings(text, '2024-08-26').filter((m) => !m.mentioned);
    expect(told.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone call', ['abdel-fattah-el-sisi', 'recep-tayyip-erdogan']]]);
  });

  it('«صرح المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس عقد اليوم لقاء …»: the presidency’s spokesman is no participant, even with only one other named', () => {
    const text =
      'لقاء\n\nالقاهرة - صرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس عبد الفتاح السيسي عقد اليوم لقاء موسعا في قصر الاتحادية.';
    const told = meetings(text, '2025-10-30').filter((m) => !m.mentioned);
    expect(told.map((m) => m.participants)).toEqual([['abdel-fattah-el-sisi']]);
  });
});

describe('a campaign of calls', () => {
  it('«ويأتي اتصال … ضمن حراك …، إذ بحث … مع …»: the other calls the campaign made are other occasions, not the news', () => {
    const text =
      'اتصال هاتفي\n\nالكويت - تلقى أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.\n' +
      'ويأتي اتصال أردوغان بأمير الكويت ضمن حراك دبلوماسي مكثف، إذ بحث الرئيس التركي اليوم هاتفيا الأوضاع مع سلطان عمان هيثم بن طارق ومع ولي العهد السعودي الأمير محمد بن سلمان.';
    const reported = meetings(text, '2025-06-15').filter((m) => !m.mentioned);
    expect(reported).toEqual([{ kind: 'phone call', participants: ['mishal-al-ahmad-al-jaber-al-sabah', 'recep-tayyip-erdogan'], place: null, date: '2025-06-15' }]);
  });
});
