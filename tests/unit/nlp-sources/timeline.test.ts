import { describe, expect, it } from 'vitest';
import { byPublication, meetingTimeline } from '../../../src/nlp/sources/timeline.ts';
import type { Claim } from '../../../src/nlp/types.ts';

const claim = (speaker: string, text: string, quote: string | null = null): Claim => ({ speaker, reportedBy: null, verb: 'وقال', text, quote, start: 0, end: text.length });

describe('timeline', () => {
  it('orders by day, then by instant when the pages give one (time zones count), untimed after timed, unknown last', () => {
    const order = byPublication([
      { id: 'undated', published: null },
      { id: 'day-only', published: '2024-03-11' },
      { id: 'riyadh-9', published: '2024-03-11T09:00:00+03:00' },
      { id: 'dubai-8', published: '2024-03-11T08:30:00+04:00' },
      { id: 'previous-day', published: '2024-03-10' },
    ]).map((r) => r.id);
    expect(order).toEqual(['previous-day', 'dubai-8', 'riyadh-9', 'day-only', 'undated']);
  });

  it('gives each claim to the report that carried it first, and keeps what only a later report added', () => {
    const stated = 'إن الجانبين توصلا إلى تفاهم أولي حول تبادل المحتجزين بين البلدين';
    const timeline = meetingTimeline(
      [
        { article: 'late', published: '2024-03-12', claims: [claim('envoy-b', stated), claim('minister-a', 'إن الجولة التالية من المباحثات ستعقد في العاصمة العمانية الشهر المقبل')] },
        { article: 'early', published: '2024-03-11', claims: [claim('envoy-b', 'إن الطرفين توصلا لتفاهم أولي بشأن تبادل المحتجزين بين البلدين')] },
        { article: 'copy', published: '2024-03-12T10:00:00Z', claims: [claim('envoy-b', stated)] },
      ],
      (a) => (a === 'late' ? ['copy', 'elsewhere'] : a === 'copy' ? ['late'] : []),
    );
    expect(timeline.map((e) => e.article)).toEqual(['early', 'copy', 'late']);
    expect(timeline.find((e) => e.article === 'early')!.firstClaims).toEqual([0]);
    expect(timeline.find((e) => e.article === 'copy')!.firstClaims).toEqual([]);
    expect(timeline.find((e) => e.article === 'late')!.firstClaims).toEqual([1]);
    // Links to reports outside the timeline are left out.
    expect(timeline.find((e) => e.article === 'late')!.sameTextAs).toEqual(['copy']);
  });

  it('says what a later run of the same copy dropped (a cut paragraph), and nothing for an independent report', () => {
    const first = 'إن الجانبين توصلا إلى تفاهم أولي حول تبادل المحتجزين بين البلدين';
    const second = 'إن الجولة التالية من المباحثات ستعقد في العاصمة العمانية الشهر المقبل';
    const timeline = meetingTimeline(
      [
        { article: 'agency', published: '2024-03-11T08:00:00Z', claims: [claim('envoy-b', first), claim('minister-a', second)] },
        { article: 'cut', published: '2024-03-11T12:00:00Z', claims: [claim('envoy-b', first)] },
        { article: 'own', published: '2024-03-11T13:00:00Z', claims: [claim('envoy-b', first)] },
      ],
      (a) => (a === 'agency' ? ['cut'] : a === 'cut' ? ['agency'] : []),
    );
    expect(timeline.find((e) => e.article === 'cut')!.dropped).toEqual([{ article: 'agency', index: 1 }]);
    expect(timeline.find((e) => e.article === 'agency')!.dropped).toEqual([]);
    expect(timeline.find((e) => e.article === 'own')!.dropped).toEqual([]);
  });

  it('says what a later report changed: other numbers of a claim an earlier report carried', () => {
    const timeline = meetingTimeline([
      { article: 'first', published: '2024-03-11', claims: [claim('minister-a', 'إن 40 شاحنة مساعدات دخلت القطاع عبر معبر رفح خلال اليوم الأول من الهدنة')] },
      { article: 'later', published: '2024-03-12', claims: [claim('minister-a', 'إن 25 شاحنة مساعدات دخلت القطاع عبر معبر رفح خلال اليوم الأول من الهدنة')] },
    ]);
    expect(timeline[0]!.changed).toEqual([]);
    expect(timeline[1]!.changed).toEqual([{ index: 0, relation: 'divergent' }]);
    expect(timeline[1]!.firstClaims).toEqual([]);
  });
});
