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

  it('divergent speaker: the same quoted words given to someone else', () => {
    const [result] = compareClaims(
      [claim('pompeo', 'بأنها "بناءة للغاية"', 'بناءة للغاية')],
      [{ article: 'b', claims: [claim('zakharova', 'المحادثات بين الوزيرين بـ"البناءة للغاية"', 'البناءة للغاية')] }],
    );
    expect(result!.matches[0]).toMatchObject({ relation: 'divergent', divergence: 'speaker' });
  });

  it('divergent attribution: one source names the speaker, the other does not', () => {
    const [result] = compareClaims(
      [claim(null, 'الجانبين اتفقا على استئناف الرحلات الجوية المباشرة')],
      [{ article: 'b', claims: [claim('lavrov', 'الجانبين اتفقا على استئناف الرحلات الجوية المباشرة بين البلدين')] }],
    );
    expect(result!.matches[0]).toMatchObject({ relation: 'divergent', divergence: 'attribution' });
  });

  it('only this source: nothing alike elsewhere', () => {
    const results = compareClaims(
      [claim('pompeo', 'واشنطن لا تسعى إلى حرب مع إيران'), claim('pompeo', 'العقوبات على فنزويلا باقية')],
      [{ article: 'b', claims: [claim('lavrov', 'روسيا مستعدة لاستئناف الحوار حول الاستقرار الاستراتيجي')] }],
    );
    expect(results.map((r) => r.onlyHere)).toEqual([true, true]);
  });

  it('is fast with a handful of articles', () => {
    const many = Array.from({ length: 40 }, (_, i) => claim('x', `قال الوزير إن الجولة رقم ${i} من المحادثات تناولت ملفات الأمن والطاقة والتجارة والهجرة`));
    const started = performance.now();
    compareClaims(many, Array.from({ length: 5 }, (_, i) => ({ article: `a${i}`, claims: many })));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
