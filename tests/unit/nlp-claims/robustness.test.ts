/**
 * Rules added after reading the held-out corpus (tests/corpus/claims): each block tests one
 * rule on sentences of our own, in the style of Arabic wire copy.
 */
import { describe, expect, it } from 'vitest';
import { groupMeetings } from '../../../src/nlp/sources/group.ts';
import { analyse, said } from './helpers.ts';

const meetings = (text: string, published = '2019-05-15') =>
  analyse(text, published).meetings.map(({ kind, participants, place, date }) => ({ kind, participants, place, date }));

describe('claims: who speaks', () => {
  it('an institution told before its verb speaks for itself («وكانت وزارة الخارجية … قد أعلنت»)', () => {
    const r = said('وقال لافروف إن المحادثات كانت مفيدة. وكانت وزارة الخارجية الروسية قد أعلنت في بيان أن لافروف سيزور أنقرة الشهر المقبل.');
    expect(r).toEqual([
      ['sergey-lavrov', 'المحادثات كانت مفيدة'],
      [null, 'لافروف سيزور أنقرة الشهر المقبل'],
    ]);
    expect(said('وكانت الخارجية الأمريكية قد قالت إن بومبيو سيلتقي نظيره الروسي.')[0]![0]).toBeNull();
  });

  it('an agency or an unnamed official right after the verb is the subject, whoever is named later', () => {
    expect(said('ونقلت وكالة الأنباء الرسمية عن مسؤول رافق بومبيو قوله إن الزيارة كانت ناجحة.')).toEqual([[null, 'الزيارة كانت ناجحة']]);
    expect(said('ونقلت وكالة تاس عن لافروف قوله إن الحوار مستمر.')).toEqual([['sergey-lavrov', 'الحوار مستمر']]);
  });

  it('«حسبما نقلت وكالة … عن X»: one claim, from the verb', () => {
    expect(said('وحسبما نقلت وكالة تاس عن لافروف، فإن اللقاء جرى في أجواء إيجابية.')).toEqual([['sergey-lavrov', 'اللقاء جرى في أجواء إيجابية']]);
  });

  it('«بحسب» with a title of several words before the name', () => {
    expect(said('وبحسب المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا، فإن الجولة المقبلة ستعقد في جنيف.')).toEqual([
      ['maria-zakharova', 'الجولة المقبلة ستعقد في جنيف'],
    ]);
    // «بحسب بيان …»: an institution's words.
    expect(said('وبحسب بيان للخارجية الروسية، فإن لافروف بحث الوضع في سوريا.')).toEqual([]);
  });

  it('a title before a relayed speaker belongs to the speaker, not to the words of the relay', () => {
    const r = analyse('وصرح المتحدث الرسمي بأن الوزير لافروف أكد أن موسكو منفتحة على الحوار.');
    expect(r.claims.map((c) => [c.speaker, c.text])).toEqual([['sergey-lavrov', 'موسكو منفتحة على الحوار']]);
  });
});

describe('claims: where the words end and begin', () => {
  it('a clause turning to someone else («، فيما …», «، في حين …») ends the words', () => {
    expect(said('وأكد لافروف أن الهدنة صامدة، فيما جدد بومبيو قلقه من التصعيد.')[0]).toEqual(['sergey-lavrov', 'الهدنة صامدة']);
    expect(said('ودعا جاويش أوغلو إلى وقف الهجمات، في حين رأى لافروف أن الهدنة صامدة.')[0]).toEqual(['mevlut-cavusoglu', 'وقف الهجمات']);
    // «فيما يتعلق ب» goes on with the same words.
    expect(said('وقال لافروف إن موقف بلاده ثابت، فيما يتعلق بسوريا.')[0]![1]).toBe('موقف بلاده ثابت، فيما يتعلق بسوريا');
  });

  it('drops a dangling connector before the next verb («، لكنه شدد …»)', () => {
    const r = said('وأكد جاويش أوغلو ضرورة انسحاب المقاتلين الأجانب، لكنه شدد على أن الوجود التركي مشروع.');
    expect(r).toEqual([
      ['mevlut-cavusoglu', 'ضرورة انسحاب المقاتلين الأجانب'],
      ['mevlut-cavusoglu', 'الوجود التركي مشروع'],
    ]);
  });

  it('an attribution at the end («، وفق ما نقلته …») is not part of the words', () => {
    expect(said('وأكد لافروف ضرورة احترام الهدنة في إدلب، وفق ما نقلته وكالة تاس.')).toEqual([['sergey-lavrov', 'ضرورة احترام الهدنة في إدلب']]);
  });

  it('the frame of a statement (adverbs, «خلال لقائه …», the day) is not what was said', () => {
    expect(said('وأكد بومبيو مجددا خلال لقائه الرئيس بوتين أمس ضرورة الحل السياسي في سوريا.')).toEqual([
      ['mike-pompeo', 'ضرورة الحل السياسي في سوريا'],
    ]);
    expect(said('وأكد لافروف خلال المحادثات "تمسك موسكو بالحوار".')[0]![1]).toBe('"تمسك موسكو بالحوار"');
    // The addressee (ل) and a frame between commas.
    expect(said('وأكد وزير الخارجية الروسي سيرغي لافروف لنظيره الأمريكي مايك بومبيو، خلال اتصال هاتفي أمس، أهمية الحوار.')).toEqual([
      ['sergey-lavrov', 'أهمية الحوار'],
    ]);
    // A frame between commas right after the subject.
    expect(said('وأكد بومبيو، خلال زيارته، ضرورة الحوار.')[0]![1]).toBe('ضرورة الحوار');
  });
});

describe('meetings: what is one meeting', () => {
  it('a phone call does not join a meeting held at a place', () => {
    expect(meetings('التقى لافروف جاويش أوغلو في أنطاليا أمس. وكان لافروف قد أجرى قبل أيام اتصالا هاتفيا مع بومبيو.')).toEqual([
      { kind: 'meeting', participants: ['mevlut-cavusoglu', 'sergey-lavrov'], place: 'Antalya', date: '2019-05-14' },
      { kind: 'phone call', participants: ['mike-pompeo', 'sergey-lavrov'], place: null, date: null },
    ]);
  });

  it('an earlier occasion told in the pluperfect or with a vague past is not the dated meeting', () => {
    expect(meetings('التقى لافروف جاويش أوغلو في أنطاليا أمس. وكان لافروف قد التقى جاويش أوغلو في سوتشي.')).toHaveLength(2);
    expect(meetings('التقى بوتين ترامب في هلسنكي أمس. والتقى بوتين ترامب في أوساكا في يونيو/حزيران 2018.', '2019-05-15')).toHaveLength(2);
    expect(meetings('التقى لافروف بومبيو في جنيف أمس. وبحث لافروف مع بومبيو في موسكو الشهر الماضي ملف سوريا.')).toHaveLength(2);
  });

  it('«في اليوم نفسه» is the day named before, not the day of publication', () => {
    const m = meetings('التقى لافروف بومبيو في سوتشي أمس. وفي اليوم نفسه، بحث بوتين مع ترامب في اتصال هاتفي الوضع في سوريا.');
    expect(m[1]).toEqual({ kind: 'phone call', participants: ['donald-trump', 'vladimir-putin'], place: null, date: '2019-05-14' });
  });
});

describe('meetings: who took part', () => {
  it('a name after ل is talked about («لزيارة مرتقبة للرئيس …»)', () => {
    const m = meetings('التقى لافروف جاويش أوغلو في أنطاليا أمس، وبحثا التحضير لزيارة مرتقبة للرئيس بوتين إلى تركيا.');
    expect(m[0]!.participants).toEqual(['mevlut-cavusoglu', 'sergey-lavrov']);
  });

  it('who reports a meeting others held is no participant; who tells their own is', () => {
    expect(meetings('وذكرت زاخاروفا أن لافروف وبومبيو ناقشا الوضع في سوريا أمس.')[0]!.participants).toEqual(['mike-pompeo', 'sergey-lavrov']);
    expect(meetings('وقال لافروف إنه ناقش مع بومبيو الوضع في سوريا أمس.')[0]!.participants).toEqual(['mike-pompeo', 'sergey-lavrov']);
  });

  it('a photo caption (a line ending on a credit in brackets) tells no meeting', () => {
    expect(meetings('بوتين وترامب خلال لقائهما في هلسنكي (أرشيف)\nوقال بوتين إن العلاقات مع واشنطن تتحسن.')).toEqual([]);
  });
});

describe('meetings: where', () => {
  it('an administrative descriptor before the city (ولاية، محافظة)', () => {
    expect(meetings('التقى لافروف جاويش أوغلو في ولاية أنطاليا أمس.')[0]!.place).toBe('Antalya');
  });

  it('a destination followed by «حيث» is where the meeting took place', () => {
    expect(meetings('وزار لافروف أنقرة أمس، حيث التقى جاويش أوغلو.')[0]!.place).toBe('Ankara');
  });
});

describe('claims: held-out corpus, second round', () => {
  it('a name given in full is later shortened to its surname or its first two words', () => {
    const spokesman = said('وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن اللقاء كان مفيدا. وذكر كنعاني في بيان أن الجانبين اتفقا على تشكيل لجنة.');
    expect(spokesman.map(([, text]) => text)).toEqual(['اللقاء كان مفيدا', 'الجانبين اتفقا على تشكيل لجنة']);
    expect(spokesman[0]![0]).not.toBeNull();
    expect(spokesman[1]![0]).toBe(spokesman[0]![0]);
    const r = said('وقال مولود جاويش أوغلو إن أنقرة ملتزمة بالتفاهمات. وأضاف مولود جاويش أن الحوار مستمر.');
    expect(r).toEqual([
      ['mevlut-cavusoglu', 'أنقرة ملتزمة بالتفاهمات'],
      ['mevlut-cavusoglu', 'الحوار مستمر'],
    ]);
    // A word of a title is no surname: «روسيا» after «وزير خارجية روسيا» names nobody.
    expect(said('وقال وزير خارجية روسيا سيرغي لافروف إن الحوار مستمر. وأعلنت روسيا أنها سترد.')[1]![0]).toBeNull();
  });

  it('«نقلت وكالة … عن وزير الخارجية X قوله»: a title may stand between «عن» and the name', () => {
    expect(said('ونقلت وكالة الأنباء الرسمية عن وزير الخارجية الروسي سيرغي لافروف قوله: «كان لقاء مثمرا. ناقشنا كل الملفات».')).toEqual([
      ['sergey-lavrov', '«كان لقاء مثمرا. ناقشنا كل الملفات»'],
    ]);
    // An unnamed official right after «عن» keeps the words, whoever is named after.
    expect(said('ونقلت الوكالة عن مسؤول رافق الوزير لافروف قوله إن الزيارة ناجحة.')[0]![0]).toBeNull();
  });

  it('an honorific with a pronoun after the verb («ودعا سموه», «وأضاف معاليه») is the speaker already speaking', () => {
    expect(said('وأكد عادل الجبير أن المملكة حريصة على الاستقرار. ودعا سموه إلى "تكثيف التعاون"، وأضاف معاليه: "نتطلع إلى علاقات جيدة".')).toEqual([
      ['adel-al-jubeir', 'المملكة حريصة على الاستقرار'],
      ['adel-al-jubeir', '"تكثيف التعاون"'],
      ['adel-al-jubeir', '"نتطلع إلى علاقات جيدة"'],
    ]);
  });

  it('«…، ودعا المجتمع الدولي إلى …»: the noun after a joined verb of appeal is addressed, not speaking', () => {
    // The one called on is part of what was said (verbs of appeal, speech.json `appeal`).
    expect(said('وشدد لافروف على رفض بلاده العقوبات، ودعا المجتمع الدولي إلى "تحمل مسؤولياته".')).toEqual([
      ['sergey-lavrov', 'رفض بلاده العقوبات'],
      ['sergey-lavrov', 'المجتمع الدولي إلى "تحمل مسؤولياته"'],
    ]);
    // A new sentence with an institution as subject keeps it.
    expect(said('وقال لافروف إن الحوار مستمر. ودعت الخارجية الروسية إلى ضبط النفس.')[1]![0]).toBeNull();
  });
});

describe('claims: a sentence about a country', () => {
  it('«ورحبت الولايات المتحدة …، إذ قالت إنها …» does not continue the minister quoted before', () => {
    const r = said('وقال لافروف إن الحوار مستمر. ورحبت الولايات المتحدة بحذر بالتقارب، إذ قالت إنها تدعم أي جهود للتهدئة، فيما أبدت دول أخرى تأييدها.');
    expect(r[0]).toEqual(['sergey-lavrov', 'الحوار مستمر']);
    expect(r.slice(1).map(([speaker]) => speaker)).toEqual(r.slice(1).map(() => null));
    // A sentence opening on a person keeps the thread.
    expect(said('وقال لافروف إن الحوار مستمر. ورحب بالتقارب، إذ قال إنه خطوة مهمة.')[1]![0]).toBe('sergey-lavrov');
  });
});

describe('meetings: held-out corpus, second round', () => {
  it('«في العاصمة الصينية»: a capital named by its country alone', () => {
    expect(meetings('التقى لافروف بومبيو أمس في العاصمة الصينية.')[0]!.place).toBe('Beijing');
    expect(meetings('التقى لافروف بومبيو أمس في العاصمة السويسرية جنيف.')[0]!.place).toBe('Geneva');
  });
});

describe('meeting groups: a report naming nobody', () => {
  const report = (article: string, participants: string[], place: string | null, date: string | null) => ({
    article,
    published: '2019-05-15',
    meetings: [{ id: `${article}-m`, kind: 'meeting' as const, participants, place, date }],
  });

  it('talks told with no word of how they were held join a call of the same two on the same day, never on another day', () => {
    const of = (article: string, kind: 'talks' | 'phone call', date: string) => ({
      article,
      published: date,
      meetings: [{ id: `${article}-m`, kind, participants: ['antony-blinken', 'sergey-lavrov'], place: null, date }],
    });
    expect(groupMeetings([of('a', 'phone call', '2022-02-15'), of('b', 'talks', '2022-02-15')]).map((g) => g.articles)).toContainEqual(['a', 'b']);
    expect(groupMeetings([of('a', 'phone call', '2022-02-15'), of('b', 'talks', '2022-02-16')]).filter((g) => g.articles.length > 1)).toEqual([]);
  });

  it('joins a named report of the same city and day, and no other', () => {
    const groups = groupMeetings([
      report('a', ['mike-pompeo', 'sergey-lavrov'], 'Geneva', '2019-05-14'),
      report('b', [], 'Geneva', '2019-05-14'),
      report('c', [], 'Geneva', '2019-05-13'),
      report('d', [], null, '2019-05-14'),
    ]);
    expect(groups.map((g) => g.articles)).toContainEqual(['a', 'b']);
    expect(groups.filter((g) => g.articles.length > 1)).toHaveLength(1);
  });
});
