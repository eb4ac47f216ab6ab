/** Grouping meetings across sources and aligning their claims, on data of our own. */
import { describe, expect, it } from 'vitest';
import { claimWords, compareClaims, groupMeetings, lightStem } from '../../../src/nlp/sources/crossSource.ts';
import type { ArticleMeeting, Claim } from '../../../src/nlp/types.ts';
import { analyse } from './helpers.ts';

const meeting = (id: string, participants: string[], place: string | null, date: string | null, kind: ArticleMeeting['kind'] = 'meeting'): ArticleMeeting => ({
  id,
  kind,
  participants,
  place,
  date,
});

const claim = (speaker: string | null, text: string, quote: string | null = null): Claim => ({
  speaker,
  reportedBy: null,
  verb: 'وقال',
  text,
  quote,
  start: 0,
  end: text.length,
});

describe('groupMeetings', () => {
  it('one meeting told by three sources with different participants named', () => {
    const groups = groupMeetings([
      { article: 'a', published: '2020-02-11', meetings: [meeting('m1', ['putin', 'pompeo'], 'Sochi', '2020-02-10')] },
      { article: 'b', published: '2020-02-11', meetings: [meeting('m1', ['lavrov', 'pompeo'], 'Sochi', '2020-02-10')] },
      { article: 'c', published: '2020-02-10', meetings: [meeting('m1', ['pompeo', 'putin', 'lavrov'], null, '2020-02-10')] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ participants: ['lavrov', 'pompeo', 'putin'], place: 'Sochi', date: '2020-02-10', articles: ['a', 'b', 'c'] });
  });

  it('a report giving neither the day nor the place of its meeting joins a dated one only if published within two days', () => {
    const dated = { article: 'a', published: '2024-09-10', meetings: [meeting('m1', ['fidan', 'safadi', 'borrell'], 'Cairo', '2024-09-10')] };
    const undated = (published: string) => ({ article: 'b', published, meetings: [meeting('m1', ['safadi', 'borrell'], null, null)] });
    expect(groupMeetings([dated, undated('2024-09-13')])).toHaveLength(2);
    expect(groupMeetings([dated, undated('2024-09-12')])).toHaveLength(1);
    // With its place told, three days on may still be the same meeting, reported late.
    expect(groupMeetings([dated, { article: 'b', published: '2024-09-13', meetings: [meeting('m1', ['safadi', 'borrell'], 'Cairo', null)] }])).toHaveLength(1);
  });

  it('two reports each of its own day’s sitting, a day apart, are two meetings; a visit told on two days is one', () => {
    const sittings = groupMeetings([
      { article: 'a', published: '2024-11-19', meetings: [meeting('m1', ['hochstein', 'berri'], 'Beirut', '2024-11-19', 'visit')] },
      { article: 'b', published: '2024-11-20', meetings: [meeting('m1', ['hochstein', 'berri'], 'Beirut', '2024-11-20')] },
    ]);
    expect(sittings.map((g) => g.articles)).toEqual([['a'], ['b']]);
    const visit = groupMeetings([
      { article: 'a', published: '2023-05-28', meetings: [meeting('m1', ['haitham', 'raisi'], 'Tehran', '2023-05-28', 'visit')] },
      { article: 'b', published: '2023-05-29', meetings: [meeting('m1', ['haitham', 'raisi'], 'Tehran', '2023-05-29', 'visit')] },
    ]);
    expect(visit.map((g) => g.articles)).toEqual([['a', 'b']]);
    // A report the day after, of the day before, is the same sitting.
    const late = groupMeetings([
      { article: 'a', published: '2024-11-19', meetings: [meeting('m1', ['hochstein', 'berri'], 'Beirut', '2024-11-19')] },
      { article: 'b', published: '2024-11-20', meetings: [meeting('m1', ['hochstein', 'berri'], 'Beirut', '2024-11-20')] },
      { article: 'c', published: '2024-11-20', meetings: [meeting('m1', ['hochstein', 'berri'], 'Beirut', '2024-11-19')] },
    ]);
    expect(late.find((g) => g.articles.includes('c'))!.articles).toContain('a');
  });

  it('a summit and a visit to its host on another day are two events; a meeting a day off with both leaders may be the summit', () => {
    const host = groupMeetings([
      { article: 'a', published: '2023-07-19', meetings: [meeting('m1', ['mbs', 'tokayev', 'mirziyoyev'], 'Jeddah', '2023-07-19', 'summit')] },
      { article: 'b', published: '2023-07-18', meetings: [meeting('m1', ['mbs', 'erdogan'], 'Jeddah', '2023-07-18', 'visit')] },
    ]);
    expect(host.map((g) => g.articles).sort()).toEqual([['a'], ['b']]);
    const zones = groupMeetings([
      { article: 'a', published: '2025-08-16', meetings: [meeting('m1', ['trump', 'putin'], 'Anchorage', '2025-08-15', 'summit')] },
      { article: 'b', published: '2025-08-16', meetings: [meeting('m1', ['putin', 'trump'], 'Anchorage', '2025-08-16', 'talks')] },
    ]);
    expect(zones.map((g) => g.articles)).toEqual([['a', 'b']]);
  });

  it('the same people in the same city in another year stay apart', () => {
    const groups = groupMeetings([
      { article: 'a', published: '2017-03-02', meetings: [meeting('m1', ['kerry', 'lavrov'], 'Geneva', '2017-03-01')] },
      { article: 'b', published: '2018-03-02', meetings: [meeting('m1', ['lavrov', 'pompeo'], 'Geneva', '2018-03-01')] },
      { article: 'c', published: '2018-03-02', meetings: [meeting('m1', ['bolton', 'patrushev'], 'Geneva', '2018-03-01')] },
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a'], ['b'], ['c']]);
  });

  it('an article’s meeting and phone call go to different groups', () => {
    const groups = groupMeetings([
      {
        article: 'a',
        published: '2021-06-17',
        meetings: [meeting('m1', ['biden', 'putin'], 'Geneva', '2021-06-16'), meeting('c1', ['blinken', 'lavrov'], null, '2021-06-16', 'phone call')],
      },
      { article: 'b', published: '2021-06-16', meetings: [meeting('m1', ['biden', 'putin', 'blinken', 'lavrov'], 'Geneva', '2021-06-16')] },
      { article: 'c', published: '2021-06-17', meetings: [meeting('x', ['lavrov', 'blinken'], null, '2021-06-16', 'phone call')] },
    ]);
    const of = (article: string) => groups.filter((g) => g.articles.includes(article)).map((g) => g.kind).sort();
    expect(of('a')).toEqual(['meeting', 'phone call']);
    expect(groups.find((g) => g.kind === 'meeting')!.articles).toEqual(['a', 'b']);
    expect(groups.find((g) => g.kind === 'phone call')!.articles).toEqual(['a', 'c']);
  });

  it('an undated report joins a dated one published within days, not a year later', () => {
    const dated = { article: 'a', published: '2019-05-15', meetings: [meeting('m', ['putin', 'pompeo'], 'Sochi', '2019-05-14')] };
    expect(groupMeetings([dated, { article: 'b', published: '2019-05-16', meetings: [meeting('m', ['putin', 'pompeo'], null, null)] }])).toHaveLength(1);
    expect(groupMeetings([dated, { article: 'b', published: '2020-05-16', meetings: [meeting('m', ['putin', 'pompeo'], null, null)] }])).toHaveLength(2);
  });

  it('gives the same ids whatever the order of the input, and survives bad input', () => {
    const items = [
      { article: 'b', published: '2019-05-15', meetings: [meeting('m', ['lavrov', 'pompeo'], 'Sochi', '2019-05-14')] },
      { article: 'a', published: '2019-05-15', meetings: [meeting('m', ['putin', 'pompeo'], 'Sochi', '2019-05-14')] },
    ];
    expect(groupMeetings(items).map((g) => g.id)).toEqual(groupMeetings([...items].reverse()).map((g) => g.id));
    expect(groupMeetings([])).toEqual([]);
    expect(groupMeetings([{ article: 'x', meetings: null as unknown as ArticleMeeting[] }])).toEqual([]);
  });

  it('groups what the pipeline finds in two reports of one meeting', () => {
    const a = analyse('التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي مايك بومبيو في منتجع سوتشي أمس.', '2019-05-15');
    const b = analyse('أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الأمريكي مايك بومبيو في سوتشي الثلاثاء.', '2019-05-15');
    const groups = groupMeetings([
      { article: 'a', published: '2019-05-15', meetings: a.meetings },
      { article: 'b', published: '2019-05-15', meetings: b.meetings },
    ]);
    expect(groups.map((g) => g.articles)).toEqual([['a', 'b']]);
  });

  it('a visit told at its start and at its end, four days apart, is one visit; two sittings four days apart are two', () => {
    const visit = groupMeetings([
      { article: 'a', published: '2019-10-20', meetings: [meeting('m1', ['zaki', 'wei'], 'Beijing', '2019-10-20', 'visit')] },
      { article: 'b', published: '2019-10-24', meetings: [meeting('m1', ['zaki', 'wei'], 'Beijing', '2019-10-24', 'visit')] },
    ]);
    expect(visit.map((g) => g.articles)).toEqual([['a', 'b']]);
    const sittings = groupMeetings([
      { article: 'a', published: '2019-10-20', meetings: [meeting('m1', ['zaki', 'wei'], 'Beijing', '2019-10-20', 'talks')] },
      { article: 'b', published: '2019-10-24', meetings: [meeting('m1', ['zaki', 'wei'], 'Beijing', '2019-10-24', 'talks')] },
    ]);
    expect(sittings.map((g) => g.articles)).toEqual([['a'], ['b']]);
  });

  it('an undated signing and an undated summit of the same two, published the same day, are one event', () => {
    const groups = groupMeetings([
      { article: 'a', published: '2022-02-18', meetings: [meeting('m1', ['mbz', 'modi'], null, null, 'signing')] },
      { article: 'b', published: '2022-02-18', meetings: [meeting('m1', ['mbz', 'modi'], null, null, 'summit')] },
    ]);
    expect(groups.map((g) => g.articles)).toEqual([['a', 'b']]);
    // Dated on two days, they stay two events of a visit.
    const apart = groupMeetings([
      { article: 'a', published: '2022-02-19', meetings: [meeting('m1', ['mbz', 'modi'], null, '2022-02-18', 'signing')] },
      { article: 'b', published: '2022-02-19', meetings: [meeting('m1', ['mbz', 'modi'], null, '2022-02-19', 'summit')] },
    ]);
    expect(apart.map((g) => g.articles)).toEqual([['a'], ['b']]);
  });

  it('a report of a summit goes with another report of the summit before a side meeting that names as many of its people', () => {
    const groups = groupMeetings([
      {
        article: 'a',
        published: '2019-04-01',
        meetings: [meeting('m1', ['essebsi', 'salman'], 'Tunis', '2019-03-31', 'summit'), meeting('m2', ['bensalah', 'guterres', 'salman'], null, null)],
      },
      { article: 'b', published: '2019-03-31', meetings: [meeting('m1', ['essebsi', 'salman', 'sisi', 'tamim'], 'Tunis', '2019-03-31', 'summit')] },
      { article: 'c', published: '2019-03-31', meetings: [meeting('m1', ['bensalah', 'essebsi', 'guterres', 'salman', 'sisi'], null, null, 'summit')] },
    ]);
    expect(groups.find((g) => g.articles.includes('c'))!.articles).toEqual(['a', 'b', 'c']);
  });
});

describe('groupMeetings on real-reporting shapes', () => {
  const report = (article: string, published: string, m: ArticleMeeting) => ({ article, published, meetings: [m] });

  it('a summit: each outlet names its own leaders, one shared leader on the day is enough', () => {
    const groups = groupMeetings([
      report('a', '2021-01-05', meeting('m', ['mbs', 'tamim'], 'AlUla', '2021-01-05', 'summit')),
      report('b', '2021-01-05', meeting('m', ['mbs', 'nawaf'], null, '2021-01-05', 'summit')),
      report('c', '2021-01-05', meeting('m', ['hamad'], 'AlUla', '2021-01-05', 'summit')),
    ]);
    expect(groups.map((g) => g.articles)).toEqual([['a', 'b', 'c']]);
  });

  it('a visit, talks and a signing of one day are one event; a call of the same day is not', () => {
    const groups = groupMeetings([
      report('a', '2022-12-08', meeting('m', ['mbs', 'xi'], 'Riyadh', '2022-12-08', 'visit')),
      report('b', '2022-12-08', meeting('m', ['xi', 'salman'], 'Riyadh', '2022-12-08', 'signing')),
      report('c', '2022-12-09', meeting('m', ['mbs', 'xi', 'wang'], null, '2022-12-08', 'talks')),
      report('d', '2022-12-08', meeting('m', ['mbs', 'xi'], null, '2022-12-08', 'phone call')),
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('an undated report does not bridge two events of the same two people in two cities on days apart', () => {
    const groups = groupMeetings([
      report('doha1', '2015-08-03', meeting('m', ['kerry', 'lavrov', 'jubeir'], 'Doha', '2015-08-03')),
      report('doha2', '2015-08-04', meeting('m', ['kerry', 'lavrov'], 'Doha', '2015-08-03')),
      report('kl1', '2015-08-05', meeting('m', ['kerry', 'lavrov'], 'Kuala Lumpur', '2015-08-05')),
      report('undated', '2015-08-06', meeting('m', ['kerry', 'lavrov'], null, null)),
    ]);
    const together = groups.find((g) => g.articles.includes('doha1'))!.articles;
    expect(together).toContain('doha2');
    expect(together).not.toContain('kl1');
  });

  it('nor two sittings of the same two in one city on days apart (the Quartet’s week at the UN: the 21st and the 23rd)', () => {
    const groups = groupMeetings([
      report('ny21', '2016-09-21', meeting('m', ['kerry', 'lavrov'], 'New York', '2016-09-21')),
      report('ny23', '2016-09-23', meeting('m', ['kerry', 'lavrov'], 'New York', '2016-09-23')),
      report('quartet', '2016-09-23', meeting('m', ['ban', 'kerry', 'lavrov', 'mogherini'], 'New York', null)),
    ]);
    expect(groups.find((g) => g.articles.includes('ny21'))!.articles).not.toContain('ny23');
  });

  it('two reports with neither a date nor a place for their meeting tie only when published a day apart at most', () => {
    const davos = { article: 'davos', published: '2026-01-20', meetings: [meeting('m', ['witkoff', 'kushner', 'dmitriev'], null, null, 'talks')] };
    const round = (published: string) => ({ article: 'round', published, meetings: [meeting('m', ['witkoff', 'kushner', 'umerov'], null, null, 'talks')] });
    expect(groupMeetings([davos, round('2026-01-23')])).toHaveLength(2);
    expect(groupMeetings([davos, round('2026-01-21')])).toHaveLength(1);
    // With a place on one side, an undated report still joins within three days.
    const placed = { article: 'davos', published: '2026-01-20', meetings: [meeting('m', ['witkoff', 'kushner', 'dmitriev'], 'Davos', null, 'talks')] };
    expect(groupMeetings([placed, round('2026-01-23')])).toHaveLength(1);
  });

  it('two people on one day: two shared participants outweigh a wrong place', () => {
    const groups = groupMeetings([
      report('a', '2025-08-16', meeting('m', ['putin', 'trump'], 'Anchorage', '2025-08-15', 'summit')),
      report('b', '2025-08-16', meeting('m', ['putin', 'trump', 'rubio'], 'Washington', '2025-08-15', 'talks')),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('two calls of one leader on one day with different people are two calls', () => {
    const groups = groupMeetings([
      report('a', '2025-02-20', meeting('m', ['putin', 'mbs'], null, '2025-02-20', 'phone call')),
      report('b', '2025-02-20', meeting('m', ['putin', 'erdogan'], null, '2025-02-20', 'phone call')),
      report('c', '2025-02-21', meeting('m', ['mbs', 'putin'], null, '2025-02-20', 'phone call')),
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a', 'c'], ['b']]);
  });

  it('the same two presidents in the same city two years apart stay apart', () => {
    const groups = groupMeetings([
      report('a', '2021-09-29', meeting('m', ['putin', 'erdogan'], 'Sochi', '2021-09-29', 'summit')),
      report('b', '2023-09-04', meeting('m', ['putin', 'erdogan'], 'Sochi', '2023-09-04', 'summit')),
      report('c', '2023-09-05', meeting('m', ['erdogan', 'putin'], null, null, 'talks')),
    ]);
    expect(groups.map((g) => g.articles)).toEqual([['a'], ['b', 'c']]);
  });

  it('one host receiving two guests of other countries on neighbouring days: two visits, never bridged by a report naming the host alone', () => {
    const countries = { tamim: 'Qatar', sisi: 'Egypt', aoun: 'Lebanon', rajji: 'Lebanon' };
    const groups = groupMeetings([
      { article: 'a', published: '2025-04-14', countries, meetings: [meeting('m1', ['sisi', 'tamim'], 'Doha', '2025-04-14', 'visit')] },
      { article: 'b', published: '2025-04-15', countries, meetings: [meeting('m1', ['tamim'], 'Doha', '2025-04-15', 'visit')] },
      { article: 'c', published: '2025-04-15', countries, meetings: [meeting('m1', ['aoun', 'rajji', 'tamim'], 'Doha', '2025-04-15', 'visit')] },
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a'], ['b', 'c']]);
    // Without countries (an older stored row) the host alone still ties them.
    const bare = groupMeetings([
      { article: 'a', published: '2025-04-14', meetings: [meeting('m1', ['sisi', 'tamim'], 'Doha', '2025-04-14', 'visit')] },
      { article: 'c', published: '2025-04-15', meetings: [meeting('m1', ['aoun', 'tamim'], 'Doha', '2025-04-15', 'visit')] },
    ]);
    expect(bare).toHaveLength(1);
  });

  it('a guest with an organisation’s head beside him is still another guest than the one of the day before', () => {
    const countries = { aoun: 'Lebanon', faisal: 'Saudi Arabia', yahya: 'Kuwait', budaiwi: 'GCC', salam: 'Lebanon' };
    const groups = groupMeetings([
      { article: 'a', published: '2025-01-23', countries, meetings: [meeting('m1', ['aoun', 'faisal'], 'Baabda', '2025-01-23', 'visit')] },
      { article: 'b', published: '2025-01-24', countries, meetings: [meeting('m1', ['aoun', 'budaiwi', 'yahya'], 'Baabda', '2025-01-24', 'visit')] },
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a'], ['b']]);
    // A table of more countries (a host, a guest and his mediators) is not told apart so.
    const table = groupMeetings([
      { article: 'a', published: '2025-01-23', countries: { ...countries, x: 'Egypt', y: 'Qatar' }, meetings: [meeting('m1', ['aoun', 'faisal', 'x', 'y'], 'Baabda', '2025-01-23', 'visit')] },
      { article: 'b', published: '2025-01-23', countries, meetings: [meeting('m1', ['aoun', 'salam', 'yahya'], 'Baabda', '2025-01-23', 'visit')] },
    ]);
    expect(table).toHaveLength(1);
  });

  it('a summit of a few and a visit to its host the same day by a guest of another country are two events', () => {
    const countries = { mbz: 'United Arab Emirates', abdullah: 'Jordan', hamad: 'Bahrain', mitsotakis: 'Greece', dendias: 'Greece' };
    const groups = groupMeetings([
      { article: 'a', published: '2020-11-19', countries, meetings: [meeting('m1', ['abdullah', 'hamad', 'mbz'], 'Abu Dhabi', '2020-11-18', 'summit')] },
      { article: 'b', published: '2020-11-18', countries, meetings: [meeting('m1', ['mbz', 'mitsotakis', 'dendias'], 'Abu Dhabi', '2020-11-18', 'visit')] },
    ]);
    expect(groups.map((g) => g.articles).sort()).toEqual([['a'], ['b']]);
    // A report of the summit naming a leader the other also names is still one event.
    const one = groupMeetings([
      { article: 'a', published: '2020-11-19', countries, meetings: [meeting('m1', ['abdullah', 'hamad', 'mbz'], 'Abu Dhabi', '2020-11-18', 'summit')] },
      { article: 'b', published: '2020-11-18', countries, meetings: [meeting('m1', ['mbz', 'abdullah'], 'Abu Dhabi', '2020-11-18', 'meeting')] },
    ]);
    expect(one).toHaveLength(1);
  });

  it('a meeting only mentioned is no report of it', () => {
    const groups = groupMeetings([
      report('a', '2025-02-18', meeting('m', ['lavrov', 'rubio'], 'Riyadh', '2025-02-18', 'talks')),
      report('b', '2025-02-20', { ...meeting('m', ['lavrov', 'rubio'], 'Riyadh', '2025-02-18', 'talks'), mentioned: true }),
    ]);
    expect(groups.map((g) => g.articles)).toEqual([['a']]);
  });
});

describe('claim words', () => {
  it('strips clitics, the article and common suffixes', () => {
    expect(lightStem('والمحادثات')).toBe(lightStem('محادثات'));
    expect(lightStem('بالعقوبات')).toBe(lightStem('العقوبات'));
    expect(lightStem('بناءة')).toBe(lightStem('البناءة'));
  });

  it('reads numbers in digits, words and duals', () => {
    expect(claimWords('استمرت المحادثات أربع ساعات').numbers).toEqual([{ value: 4, unit: 'ساع' }]);
    expect(claimWords('استمرت المحادثات 4 ساعات').numbers).toEqual([{ value: 4, unit: 'ساع' }]);
    expect(claimWords('استمرت المحادثات ساعتين').numbers).toEqual([{ value: 2, unit: 'ساع' }]);
    expect(claimWords('استمرت المحادثات حوالي الساعتين').numbers).toEqual([{ value: 2, unit: 'ساع' }]);
    expect(claimWords('بعد يومين من المفاوضات').numbers).toEqual([{ value: 2, unit: 'يوم' }]);
  });
});

describe('compareClaims', () => {
  it('corroborated: same speaker, same content in other words and spellings', () => {
    const [result] = compareClaims(
      [claim('pompeo', 'بلاده وروسيا اتفقتا على سبل للمضي قدما نحو حل سياسي في ليبيا')],
      [{ article: 'b', claims: [claim('pompeo', 'الولايات المتحدة وروسيا اتفقتا على سبل للمضي قُدُماً نحو حلّ سياسي في ليبيا')] }],
    );
    expect(result!.onlyHere).toBe(false);
    expect(result!.matches[0]).toMatchObject({ article: 'b', relation: 'corroborated', divergence: null });
  });

  it('divergent numbers for the same fact: ساعتين / أربع ساعات', () => {
    const [result] = compareClaims(
      [claim('lavrov', 'المحادثات مع الوفد الأمريكي استمرت ساعتين في أجواء إيجابية')],
      [{ article: 'b', claims: [claim('lavrov', 'المحادثات مع الوفد الأمريكي استمرت أربع ساعات في أجواء إيجابية')] }],
    );
    expect(result!.matches[0]).toMatchObject({ relation: 'divergent', divergence: 'numbers' });
  });

  it('attributed differently: the same quoted words given to someone else', () => {
    const [result] = compareClaims(
      [claim('pompeo', 'إن المحادثات كانت "بناءة للغاية وصريحة ومفيدة"', 'بناءة للغاية وصريحة ومفيدة')],
      [{ article: 'b', claims: [claim('zakharova', 'المحادثات بين الوزيرين "بناءة للغاية وصريحة ومفيدة"', 'بناءة للغاية وصريحة ومفيدة')] }],
    );
    expect(result!.matches[0]).toMatchObject({ relation: 'attributed-differently', divergence: null });
  });

  it('one source names the speaker, the other does not: corroborated, not a contradiction', () => {
    const [result] = compareClaims(
      [claim(null, 'الجانبين اتفقا على استئناف الرحلات الجوية المباشرة')],
      [{ article: 'b', claims: [claim('lavrov', 'الجانبين اتفقا على استئناف الرحلات الجوية المباشرة بين البلدين')] }],
    );
    expect(result!.matches[0]).toMatchObject({ relation: 'corroborated', divergence: null });
  });

  it('only this source: nothing alike elsewhere', () => {
    const results = compareClaims(
      [claim('pompeo', 'واشنطن لا تسعى إلى حرب مع إيران'), claim('pompeo', 'العقوبات على فنزويلا باقية')],
      [{ article: 'b', claims: [claim('lavrov', 'روسيا مستعدة لاستئناف الحوار حول الاستقرار الاستراتيجي')] }],
    );
    expect(results.map((r) => r.onlyHere)).toEqual([true, true]);
  });

  it('compares every claim of an article with a handful of others (speed is measured in bench/, not here)', () => {
    const many = Array.from({ length: 40 }, (_, i) => claim('x', `قال الوزير إن الجولة رقم ${i} من المحادثات تناولت ملفات الأمن والطاقة والتجارة والهجرة`));
    const result = compareClaims(many, Array.from({ length: 5 }, (_, i) => ({ article: `a${i}`, claims: many })));
    expect(result).toHaveLength(40);
  });
});
