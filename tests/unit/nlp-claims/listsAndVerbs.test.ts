/**
 * A press conference printed as a bulleted list under a header that names the speaker, and
 * reporting verbs that real copy uses with their words at some distance: «وصفها X بأنها»,
 * «عزا ذلك إلى أن», «جدد نفيه», «استهل حديثه بالتأكيد على». Sentences of our own, in the
 * shapes of RT Arabic, Sputnik and agency copy.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import { analyze } from '../../../src/nlp/analyze.ts';
import { testOfficials } from '../nlp/fixtures/knowledge.ts';

const knowledge = knowledgeWithDescriptors(testOfficials);
const analyse = (text: string) => analyzeWith(text, { published: '2019-05-14' }, knowledge);
const who = (text: string) => analyse(text).claims.map((c) => [c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

const LEAD = 'سوتشي - التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو اليوم.';

describe('a bulleted list of one person’s statements', () => {
  it('each line under a header that names the speaker is that person’s, whatever «أن» or names it holds', () => {
    const text = `${LEAD}\n\nوفي ما يلي أبرز ما جاء في تصريحات رئيس الدبلوماسية الروسية:\n\n- ناقشنا سبل إحياء الحوار بين بلدينا.\n\n- الرئيس بوتين مستعد للقاء نظيره الأمريكي.\n\n• نرى أن العقوبات لا تخدم أحدا.\n\nمن جانبه، قال بومبيو إن واشنطن تريد علاقات أفضل.`;
    expect(who(text)).toEqual([
      ['sergey-lavrov', 'ناقشنا سبل إحياء'],
      ['sergey-lavrov', 'الرئيس بوتين مستعد'],
      ['sergey-lavrov', 'نرى أن العقوبات'],
      ['mike-pompeo', 'واشنطن تريد علاقات'],
    ]);
  });

  it('«وأبرز لافروف أن …» reports; «أبرز» as «most prominent» does not', () => {
    expect(who(`${LEAD}\n\nوأبرز لافروف أن الحوار مستمر.`).at(-1)).toEqual(['sergey-lavrov', 'الحوار مستمر']);
  });

  it('a list whose header names no statement (the points of an agreement) is nobody’s words', () => {
    const text = `${LEAD}\n\nوهذه أبرز بنود الوثيقة التي أعدها بومبيو:\n\n- وقف إطلاق النار في سوريا.\n\n- تبادل الأسرى.`;
    expect(analyse(text).claims).toEqual([]);
  });

  it('a header that names the speaker by a pronoun («في حديثه») gives the list to the one speaking', () => {
    const text = `${LEAD}\n\nوقال لافروف إن اللقاء كان مفيدا. وأورد الوزير في حديثه النقاط التالية:\n\n- ناقشنا سبل إحياء الحوار بين بلدينا.\n\n- نرى أن العقوبات لا تخدم أحدا.`;
    expect(who(text)).toEqual([
      ['sergey-lavrov', 'اللقاء كان مفيدا'],
      ['sergey-lavrov', 'ناقشنا سبل إحياء'],
      ['sergey-lavrov', 'نرى أن العقوبات'],
    ]);
  });

  it('a line without a bullet ends the list', () => {
    const text = `${LEAD}\n\nوأبرز ما قاله لافروف:\n\n- المحادثات كانت مفيدة.\n\nوتأتي الزيارة بعد أشهر من التوتر.`;
    expect(who(text)).toEqual([['sergey-lavrov', 'المحادثات كانت مفيدة']]);
  });
});

describe('reporting verbs with their words at a distance', () => {
  it('«وصفها لافروف بأنها»: the thing described as a pronoun on the verb, the subject after it', () => {
    expect(who(`${LEAD} وأجرى الوزيران محادثات وصفها لافروف بأنها كانت صريحة ومفيدة.`)).toEqual([['sergey-lavrov', 'بأنها كانت صريحة']]);
  });

  it('«وعزا ذلك إلى أن»: the words start after إلى أن', () => {
    expect(who(`${LEAD} وعزا لافروف ذلك إلى أن واشنطن ترفض الحوار.`)).toEqual([['sergey-lavrov', 'واشنطن ترفض الحوار']]);
  });

  it('«جدد نفيه» and «أبدى اهتماما»: nouns of stance after جدد and أبدى', () => {
    expect(who(`${LEAD} وجدد لافروف نفيه أي تدخل في الانتخابات. وأبدى بومبيو اهتماما خاصا بأمن المنطقة.`)).toEqual([
      ['sergey-lavrov', 'نفيه أي تدخل'],
      ['mike-pompeo', 'اهتماما خاصا بأمن'],
    ]);
  });

  it('«جدد اعترافه»: a recognition renewed is a stance taken, as in Moroccan copy on the Sahara', () => {
    expect(who(`${LEAD} وجدد بومبيو اعتراف بلاده بأهمية الحوار مع موسكو.`)).toEqual([['mike-pompeo', 'اعتراف بلاده بأهمية']]);
  });

  it('«كاتب الدولة الأمريكي»: the Moroccan title of the Secretary of State names him', () => {
    const text = 'الرباط - استقبل وزير الخارجية الروسي سيرغي لافروف كاتب الدولة الأمريكي مايك بومبيو. وقال كاتب الدولة الأمريكي إن المحادثات مفيدة.';
    expect(who(text)).toEqual([['mike-pompeo', 'المحادثات مفيدة']]);
  });

  it('«استهل حديثه بالتأكيد على»: a light verb with a noun of speech; on its own an ordinary verb', () => {
    expect(who(`${LEAD} واستهل لافروف حديثه بالتأكيد على أن روسيا تريد الحوار.`)).toEqual([['sergey-lavrov', 'حديثه بالتأكيد على']]);
    expect(analyse(`${LEAD} واستهل لافروف زيارته بجولة في المدينة.`).claims).toEqual([]);
  });
});

describe('a form of وصف with its object as a pronoun', () => {
  it('with no words reported yet in the sentence, «…، ووصفه بأنه …» is the sentence subject’s', () => {
    expect(who(`${LEAD} وهاجم لافروف الموقف الأمريكي، ووصفه بأنه غير بناء.`).at(-1)).toEqual(['sergey-lavrov', 'بأنه غير بناء']);
  });


  it('with nobody named after it, «ووصفها بأنها» goes on with the words of the one speaking', () => {
    const claims = analyse(`${LEAD} وقال لافروف إن المحادثات استمرت ثلاث ساعات، ووصفها بأنها صريحة.`).claims;
    expect(claims.map((c) => c.speaker)).toEqual(['sergey-lavrov']);
    expect(claims[0]!.text).toContain('بأنها صريحة');
  });
});

describe('the leaders of a summit the text only tells of', () => {
  it('«وجدد الرؤساء الثلاثة»: each country’s leader of the one meeting told (here only recalled), the count not part of the words', () => {
    const text =
      'نشرت الرئاسة الروسية نص البيان الختامي للقمة. وكان الرئيس فلاديمير بوتين قد التقى وزير الخارجية التركي مولود جاويش أوغلو والرئيس السوري بشار الأسد في سوتشي الشهر الماضي. وجدد الرؤساء الثلاثة التزامهم بوحدة الأراضي السورية.';
    const [claim] = analyse(text).claims;
    expect(claim!.speakers).toEqual(['vladimir-putin', 'mevlut-cavusoglu', 'bashar-al-assad']);
    expect(claim!.text.startsWith('التزامهم')).toBe(true);
  });
});

describe('a relative clause that describes an agreement', () => {
  it('ends the agreement’s mention before it, so the person it names stays an official', () => {
    const text = 'أفاد البيان الختامي للقمة الثلاثية التي استضافها الرئيس الإيراني إبراهيم رئيسي في طهران بحضور ضيفيه فلاديمير بوتين ورجب طيب أردوغان بأن الرؤساء الثلاثة بحثوا الأوضاع في سورية.';
    const a = analyze(text, { published: '2022-07-20' });
    expect(a.officials.map((o) => o.id)).toContain('ebrahim-raisi');
    expect(a.agreements.flatMap((g) => g.mentions.map((m) => m.text))).toEqual(['البيان الختامي للقمة الثلاثية']);
  });
});

describe('a descriptor when the one being quoted does not fit it', () => {
  it('«من جانبه، قال المسؤول الروسي»: the one such person the story named outside the words it reported', () => {
    const text = `${LEAD} وقال بومبيو إن الرئيس دونالد ترامب بعث برسالة إلى نظيره الروسي فلاديمير بوتين.\n\nمن جانبه، قال المسؤول الروسي إن بلاده مستعدة للحوار.`;
    expect(who(text)).toEqual([
      ['mike-pompeo', 'الرئيس دونالد ترامب'],
      ['sergey-lavrov', 'بلاده مستعدة للحوار'],
    ]);
  });

  it('two such people: nobody', () => {
    const text = `سوتشي - استقبل الرئيس الروسي فلاديمير بوتين بحضور وزير الخارجية سيرغي لافروف نظيره الأمريكي مايك بومبيو. وقال بومبيو إن واشنطن تريد علاقات أفضل.\n\nمن جانبه، قال المسؤول الروسي إن بلاده مستعدة للحوار.`;
    expect(who(text).at(-1)).toEqual([null, 'بلاده مستعدة للحوار']);
  });
});

describe('verbs of appeal', () => {
  it('«دعا X إلى …», «طالب X بـ…»: the one called on is part of the words', () => {
    expect(who(`${LEAD} ودعا لافروف واشنطن إلى رفع العقوبات. وطالب بومبيو موسكو بسحب قواتها.`)).toEqual([
      ['sergey-lavrov', 'واشنطن إلى رفع'],
      ['mike-pompeo', 'موسكو بسحب قواتها'],
    ]);
  });

  it('«…، كما دعا المجتمع الدولي إلى …» goes on with the same speaker', () => {
    expect(who(`${LEAD} ودعا لافروف واشنطن إلى رفع العقوبات، كما دعا المجتمع الدولي إلى دعم الحوار.`)).toEqual([
      ['sergey-lavrov', 'واشنطن إلى رفع'],
      ['sergey-lavrov', 'المجتمع الدولي إلى'],
    ]);
  });
});

describe('what the sides agreed, told by an institution', () => {
  const CALL = 'أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين أمس.';

  it('«وأفاد البيت الأبيض بأن الرئيسين توافقا على …», «وذكر الكرملين أن …»: the agreed words are both sides’', () => {
    const claims = analyse(`${CALL} وأفاد البيت الأبيض بأن الرئيسين توافقا على ضرورة وقف العنف في سوريا.`).claims;
    expect(claims.at(-1)!.speakers).toEqual(['donald-trump', 'vladimir-putin']);
    expect(claims.at(-1)!.text.startsWith('ضرورة وقف العنف')).toBe(true);
  });

  it('told by a person, the agreement stays in that person’s words', () => {
    expect(who(`${CALL} وقال بوتين إن الرئيسين اتفقا على تنشيط الحوار.`)).toEqual([['vladimir-putin', 'الرئيسين اتفقا على']]);
  });
});

describe('what the sides agreed, inside an institution’s longer account', () => {
  const CALL = 'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره الأمريكي دونالد ترامب أمس.';

  it('a verb of speech inside the account («أن الرئيسين تحدثا …، وأنهما أجمعا على …») is not who reports it', () => {
    const claims = analyse(`${CALL} وأفاد البيت الأبيض بأن الرئيسين تحدثا مطولا عن الإرهاب، وأنهما أجمعا على ضرورة وقف العنف.`).claims;
    expect(claims.find((c) => c.text.startsWith('ضرورة'))!.speakers).toEqual(['vladimir-putin', 'donald-trump']);
  });

  it('after the verb’s own preposition come the words, never its subject («واتفقا على تنشيط الحوار بين الوزيرين سيرغي لافروف …»)', () => {
    const claims = analyse(`${CALL} وأشار الكرملين إلى أن الرئيسين ركزا على مكافحة الإرهاب، واتفقا على تنشيط الحوار بين وزيري الخارجية سيرغي لافروف ومايك بومبيو.`).claims;
    expect(claims.find((c) => c.text.startsWith('تنشيط'))!.speakers).toEqual(['vladimir-putin', 'donald-trump']);
  });
});

describe('a subject given by a pronoun or a relative clause', () => {
  it('«…، لكنه وصف الحوار بأنه …», «غير أنه شدد …»: the one speaking in the sentence, the noun after the verb its object', () => {
    expect(who(`${LEAD} ونقلت وسائل إعلام روسية عن لافروف قوله إن الاجتماع لم يحقق انفراجة، لكنه وصف الحوار بأنه كان صريحا.`)).toEqual([
      ['sergey-lavrov', 'الاجتماع لم يحقق'],
      ['sergey-lavrov', 'الحوار بأنه كان'],
    ]);
  });

  it('«… مايك بومبيو، الذي وصف المحادثات بأنها …»: the person the relative clause is about; not when a subject follows the verb', () => {
    expect(who(`${LEAD} وحضر اللقاء وزير الخارجية الأمريكي مايك بومبيو، الذي وصف المحادثات بأنها كانت مثمرة.`).at(-1)).toEqual(['mike-pompeo', 'المحادثات بأنها كانت']);
    expect(who(`${LEAD} وجاء اللقاء بعد اتصال بين ترامب وبوتين، الذي قال ترامب بعده إن العلاقات ستتحسن.`).at(-1)).toEqual(['donald-trump', 'العلاقات ستتحسن']);
  });
});

describe('verbs of judgement and reply', () => {
  it('«انتقد», «أدان», «ندد ب», «كرر استعداد …», «ورد X بأن …»', () => {
    expect(who(`${LEAD} وانتقد بومبيو تدخل موسكو في الانتخابات. وأدان لافروف العقوبات الجديدة. وندد بومبيو بالقمع. وكرر لافروف استعداد بلاده للحوار. ورد بومبيو مبتسما بأنه متفائل.`)).toEqual([
      ['mike-pompeo', 'تدخل موسكو في'],
      ['sergey-lavrov', 'العقوبات الجديدة'],
      ['mike-pompeo', 'بالقمع'],
      ['sergey-lavrov', 'استعداد بلاده للحوار'],
      ['mike-pompeo', 'بأنه متفائل'],
    ]);
  });

  it('«ورد في البيان أن …» (it was mentioned) and «كرر الزيارة» are no speech', () => {
    expect(who(`${LEAD} وورد في البيان أن الجانبين بحثا الوضع. وكرر لافروف زيارته للمدينة.`).filter(([speaker]) => speaker !== null)).toEqual([]);
  });
});

describe('a participle after an institution’s words about a person', () => {
  it('«ولفت البيان إلى أن الرئيس الأمريكي تناول …، مشددا على …» is that person’s', () => {
    const claims = analyse('أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين. ولفت بيان البيت الأبيض إلى أن الرئيس الأمريكي تناول الأزمة الأوكرانية، مشددا على أهمية تطبيق الاتفاقات.').claims;
    expect(claims.at(-1)!.speaker).toBe('donald-trump');
    expect(claims.at(-2)!.speaker).toBeNull();
  });
});

describe('an answer to a question', () => {
  it('«وسئل أوشاكوف …، فأجاب بأن …»: the answer is the words of the one asked', () => {
    const text = `${LEAD} وسئل لافروف هل بحث الجانبان العقوبات، فأجاب بأن هذا الموضوع لم يطرح في المحادثات.`;
    expect(who(text)).toEqual([['sergey-lavrov', 'هذا الموضوع لم']]);
  });
});

describe('a verb inside reported words whose subject nobody knows', () => {
  it('«وأوضح السفير أن بيرييلو طرح مقترحات …» stays one claim; a known person or both sides inside still speak', () => {
    expect(who(`${LEAD} وأوضح لافروف أن المبعوث طرح مقترحات في هذا الإطار.`)).toEqual([['sergey-lavrov', 'المبعوث طرح مقترحات']]);
    expect(who(`${LEAD} وأوضح لافروف أن الجانب الأمريكي تعهد بإرسال ردود مكتوبة.`)).toEqual([['sergey-lavrov', 'الجانب الأمريكي تعهد']]);
    expect(who(`${LEAD} وأوضح لافروف أن بومبيو أكد أن واشنطن تريد الحوار.`).at(-1)).toEqual(['mike-pompeo', 'واشنطن تريد الحوار']);
  });
});

describe('a statement named with its author, then a verb «فيه»', () => {
  it('«بعد تصريح لبومبيو، وزير الخارجية، أعلن فيه أن …»: the statement’s author speaks', () => {
    expect(who(`${LEAD} وجاء ذلك بعد ساعات من تصريح لبومبيو، وزير الخارجية الأمريكي، أعلن فيه أن بلاده تريد الحوار.`)).toEqual([['mike-pompeo', 'بلاده تريد الحوار']]);
  });
});

describe('three people as one subject', () => {
  it('«شدد الرئيس المصري … والرئيس الفلسطيني … والعاهل الأردني … على …» gives the words to all three', () => {
    const a = analyze(
      'شدد الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني، اليوم، على وجوب صون حقوق الشعب الفلسطيني.',
      { published: '2023-01-17' },
    );
    expect(a.claims.map((c) => [c.speakers, c.text])).toEqual([[['abdel-fattah-el-sisi', 'mahmoud-abbas', 'abdullah-ii-of-jordan'], 'وجوب صون حقوق الشعب الفلسطيني']]);
  });
});

describe('«استحضر» as a verb of recalling in speech', () => {
  it('«واستحضر الرئيس التونسي محطات تاريخية جمعت الشعبين» gives the words to the president', () => {
    const a = analyze('استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية السعودي الأمير فيصل بن فرحان.\nواستحضر الرئيس التونسي محطات تاريخية عديدة جمعت الشعبين.', {
      published: '2025-09-09',
    });
    expect(a.claims.map((c) => [c.speaker, c.text])).toEqual([['kais-saied', 'محطات تاريخية عديدة جمعت الشعبين']]);
  });
});

describe('people joined by «و» before a plural verb', () => {
  it('«وكان بايدن وتميم والسيسي قد دعوا إلى …» gives the words to all three', () => {
    const a = analyze(
      'وكان الرئيس الأميركي جو بايدن وأمير قطر الشيخ تميم بن حمد آل ثاني والرئيس المصري عبد الفتاح السيسي قد دعوا إلى استئناف المفاوضات.',
      { published: '2024-08-14' },
    );
    expect(a.claims.map((c) => [...(c.speakers ?? [])].sort())).toEqual([['abdel-fattah-el-sisi', 'joe-biden', 'tamim-bin-hamad-al-thani']]);
  });
});

describe('a credit in quotation marks before the verb', () => {
  it('«موسكو – «الشرق»: أكد لافروف …»: the quoted outlet and its colon are no words said before the verb', () => {
    expect(who('موسكو – «الشرق»: أكد وزير الخارجية الروسي سيرغي لافروف أهمية الحوار مع واشنطن.')).toEqual([['sergey-lavrov', 'أهمية الحوار مع']]);
    // The words quoted before the verb, with a comma, are still his.
    expect(who('«الحوار مع واشنطن مهم»، قال وزير الخارجية الروسي سيرغي لافروف.')).toEqual([['sergey-lavrov', '«الحوار مع واشنطن']]);
  });
});

describe('«ركز على» as a verb of speech', () => {
  it('«أفاد بيان الخارجية بأن لافروف ركز على أهمية …»: what a minister focused on in a statement’s report is his claim', () => {
    expect(who('وأفاد بيان لوزارة الخارجية الروسية بأن وزير الخارجية الروسي سيرغي لافروف ركز على أهمية إطالة أمد الهدنة.')).toContainEqual(['sergey-lavrov', 'أهمية إطالة أمد']);
  });
});
