/** Meetings, places and dates in wire-style sentences of our own. */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/nlp/entities/dates.ts';
import { analyse } from './helpers.ts';

const meetings = (text: string, published = '2019-05-15') =>
  analyse(text, published).meetings.map(({ kind, participants, place, date }) => ({ kind, participants, place, date }));

describe('dates relative to publication', () => {
  // 2019-05-15 is a Wednesday.
  it('أمس، اليوم، أمس الثلاثاء', () => {
    expect(meetings('التقى لافروف بومبيو في سوتشي أمس.')[0]!.date).toBe('2019-05-14');
    expect(meetings('التقى لافروف بومبيو في سوتشي اليوم.')[0]!.date).toBe('2019-05-15');
    expect(meetings('التقى لافروف بومبيو في سوتشي أمس الثلاثاء.')[0]!.date).toBe('2019-05-14');
  });

  it('a weekday is the most recent such day on or before publication', () => {
    expect(meetings('والتقى لافروف بومبيو يوم الاثنين في موسكو.')[0]!.date).toBe('2019-05-13');
    expect(meetings('والتقى لافروف بومبيو مساء الأربعاء في موسكو.')[0]!.date).toBe('2019-05-15');
    expect(meetings('والتقى لافروف بومبيو الخميس في موسكو.')[0]!.date).toBe('2019-05-09');
  });

  it('written dates in both month naming traditions, with and without the year', () => {
    expect(meetings('التقى لافروف بومبيو في جنيف في 14 مايو/أيار 2019.', '2019-06-01')[0]!.date).toBe('2019-05-14');
    expect(meetings('اجتمع بوتين وترامب في 16 تموز الماضي في هلسنكي.', '2019-08-01')[0]!.date).toBe('2019-07-16');
    expect(meetings('اجتمع بوتين وترامب في ١٦ يوليو في هلسنكي.', '2018-07-20')[0]!.date).toBe('2018-07-16');
  });

  it('the date after the meeting word is the meeting’s, not the day of the statement', () => {
    const m = meetings('امتدح بومبيو، الأربعاء، المحادثات التي أجراها مع بوتين أمس الثلاثاء.');
    expect(m[0]!.date).toBe('2019-05-14');
  });

  it('«روسيا اليوم» is a channel, not a date', () => {
    const m = meetings('التقى لافروف بومبيو في سوتشي، بحسب موقع روسيا اليوم.');
    expect(m[0]!.date).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
  });
});

describe('meetings, their kind and place', () => {
  it('participants, place from the gazetteer (with its Arabic descriptors), kind', () => {
    expect(meetings('التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي مايك بومبيو في منتجع سوتشي أمس.')).toEqual([
      { kind: 'meeting', participants: ['mike-pompeo', 'vladimir-putin'], place: 'Sochi', date: '2019-05-14' },
    ]);
    expect(meetings('وأجرى لافروف محادثات مع كيري في العاصمة السويسرية “جنيف” اليوم.', '2016-08-26')[0]).toMatchObject({
      kind: 'talks',
      place: 'Geneva',
    });
    expect(meetings('واستقبل بوتين بومبيو بجنيف أمس.')[0]!.place).toBe('Geneva');
    expect(meetings('واجتمع بوتين مع ترامب في الكرملين أمس.')[0]!.place).toBe('Moscow');
  });

  it('a phone call is its own kind', () => {
    expect(meetings('وبحث لافروف مع بومبيو في اتصال هاتفي اليوم الوضع في فنزويلا.')[0]).toMatchObject({
      kind: 'phone call',
      participants: ['mike-pompeo', 'sergey-lavrov'],
      date: '2019-05-15',
    });
  });

  it('a capital used for its government is no place', () => {
    expect(meetings('التقى لافروف بومبيو أمس، وقالت موسكو إن اللقاء مفيد.')[0]!.place).toBeNull();
  });

  it('a press conference is not a meeting', () => {
    expect(meetings('وقال بومبيو في مؤتمر صحفي أمس إن بلاده تريد الحوار.')).toEqual([]);
  });

  it('several meetings in one article: a meeting and a phone call the same day stay apart', () => {
    const m = meetings(
      'التقى مستشار الأمن القومي الأمريكي جون بولتون الرئيس الروسي فلاديمير بوتين في موسكو اليوم.\n' +
        'وقال بولتون إن اللقاء كان مثمرا.\n' +
        'من جهة أخرى، بحث لافروف مع بومبيو في اتصال هاتفي اليوم الأوضاع في سوريا.',
      '2018-10-23',
    );
    expect(m).toEqual([
      { kind: 'meeting', participants: ['john-bolton', 'vladimir-putin'], place: 'Moscow', date: '2018-10-23' },
      { kind: 'phone call', participants: ['mike-pompeo', 'sergey-lavrov'], place: null, date: '2018-10-23' },
    ]);
  });

  it('later references («اللقاء», «المحادثات») join the meeting told before them', () => {
    const m = meetings(
      'التقى بوتين بومبيو في سوتشي أمس. وقال مصدر مطلع إن المحادثات استمرت ساعتين. واستغرق الاجتماع بين بوتين وبومبيو ولافروف وقتا أطول من المتوقع.',
    );
    expect(m).toHaveLength(1);
    expect(m[0]!.participants).toEqual(['mike-pompeo', 'sergey-lavrov', 'vladimir-putin']);
  });

  it('leaves out what has not happened yet', () => {
    expect(meetings('وسيلتقي لافروف نظيره التركي مولود جاويش أوغلو في موسكو غدا.')).toEqual([]);
    expect(meetings('ويتوجه بومبيو إلى موسكو للقاء بوتين يوم الجمعة المقبل.')).toEqual([]);
    expect(meetings('ومن المقرر أن يجتمع بوتين وترامب في 20 يونيو في أوساكا.')).toEqual([]);
  });

  it('someone describing talks is not taking part in them', () => {
    const m = meetings('التقى لافروف بومبيو في سوتشي أمس. ووصفت زاخاروفا المحادثات بأنها بناءة.');
    expect(m[0]!.participants).toEqual(['mike-pompeo', 'sergey-lavrov']);
  });

  it('gives each meeting of an article a deterministic id', () => {
    const text = 'التقى لافروف بومبيو في سوتشي أمس. وبحث بوتين مع ترامب في اتصال هاتفي اليوم الوضع في سوريا.';
    const a = analyse(text).meetings.map((x) => x.id);
    expect(analyse(text).meetings.map((x) => x.id)).toEqual(a);
    expect(new Set(a).size).toBe(2);
  });
});
