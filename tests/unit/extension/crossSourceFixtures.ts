/**
 * Three outlets reporting one meeting (a foreign minister and an envoy in Muscat), one article
 * about a later, unrelated meeting of the same people, and one from the same day elsewhere.
 * Sentences written for these tests in the style of wire copy; ids are made up.
 */
import type { ArticlePayload } from '../../../src/messages.ts';
import type { Analysis, ArticleMeeting, Claim } from '../../../src/nlp/types.ts';

export const AGREEMENT = 'framework-accord';

function claim(speaker: string | null, text: string, at: number, quote: string | null = null): Claim {
  return { speaker, reportedBy: null, verb: 'وقال', text, quote, start: at, end: at + text.length };
}

function analysis(claims: Claim[], meetings: ArticleMeeting[], officials: string[], agreement = true): Analysis {
  return {
    officials: officials.map((id, i) => ({
      id,
      name: ARABIC_NAMES[id] ?? id,
      nameEn: id,
      role: 'Foreign Minister',
      country: 'Oman',
      mentions: [{ start: i * 10, end: i * 10 + 5, text: 'xxxxx' }],
    })),
    agreements: agreement ? [{ id: AGREEMENT, name: 'الاتفاق الإطاري', nameEn: 'Framework accord', mentions: [{ start: 300, end: 314, text: 'الاتفاق الإطاري' }] }] : [],
    claims,
    meetings,
  };
}

export const ARABIC_NAMES: Record<string, string> = {
  'minister-a': 'سالم الحارثي',
  'envoy-b': 'جون ميلر',
  'president-c': 'فؤاد نصار',
  'spokesman-d': 'ليلى حداد',
};

const TEXT = 'نص تجريبي '.repeat(60);

export function article(host: string, path: string, published: string, site: string, data: Analysis, title = `مباحثات مسقط — ${site}`): ArticlePayload {
  const url = `https://${host}${path}`;
  return { url, canonicalUrl: url, title, published, siteName: site, lang: 'ar', text: TEXT, analysis: data };
}

/** The shared claim, in each outlet's own wording. */
export const UNDERSTANDING = {
  first: 'إن الجانبين توصلا إلى تفاهم أولي حول تبادل المحتجزين',
  second: 'أن الطرفين توصلا لتفاهم أولي بشأن تبادل المحتجزين',
};

export const muscatA = article(
  'wire-one.example',
  '/news/muscat-talks',
  '2024-03-11T09:00:00+04:00',
  'وكالة الأولى',
  analysis(
    [
      claim('envoy-b', UNDERSTANDING.first, 20),
      claim('minister-a', 'إن المحادثات استمرت ساعتين في أجواء إيجابية', 120),
      claim('minister-a', 'إن الأجواء كانت بناءة وصريحة جدا بين الوفدين', 200),
      claim('minister-a', 'إن الجولة التالية من المباحثات ستعقد في العاصمة العمانية الشهر المقبل', 260),
    ],
    [{ id: 'm1', kind: 'talks', participants: ['envoy-b', 'minister-a'], place: 'Muscat', date: '2024-03-10' }],
    ['minister-a', 'envoy-b'],
  ),
);

export const muscatB = article(
  'daily-two.example',
  '/2024/03/11/oman-talks.html',
  '2024-03-11T07:30:00+03:00',
  'صحيفة الثانية',
  analysis(
    [claim('envoy-b', UNDERSTANDING.second, 40), claim('envoy-b', 'إن واشنطن لا تسعى إلى تصعيد في المنطقة', 140)],
    // Undated in this report: found by its publication day.
    [{ id: 'm1', kind: 'meeting', participants: ['envoy-b', 'minister-a', 'president-c'], place: 'Muscat', date: null }],
    ['minister-a', 'envoy-b', 'president-c'],
  ),
);

export const muscatC = article(
  'report-three.example',
  '/politics/muscat/',
  '2024-03-10T22:00:00+03:00',
  'تقرير الثالثة',
  analysis(
    [
      claim('minister-a', 'إن المحادثات استمرت ثلاث ساعات في أجواء إيجابية', 30),
      claim('spokesman-d', 'إن الأجواء كانت بناءة وصريحة بين الوفدين', 90),
    ],
    [{ id: 'm1', kind: 'talks', participants: ['minister-a', 'envoy-b'], place: 'Muscat', date: '2024-03-10' }],
    ['minister-a', 'envoy-b', 'spokesman-d'],
    false,
  ),
);

/** Same people a month later: another meeting. */
export const laterMeeting = article(
  'wire-one.example',
  '/news/muscat-second-round',
  '2024-04-20T09:00:00+04:00',
  'وكالة الأولى',
  analysis(
    [claim('envoy-b', UNDERSTANDING.first, 20)],
    [{ id: 'm1', kind: 'talks', participants: ['envoy-b', 'minister-a'], place: 'Muscat', date: '2024-04-19' }],
    ['minister-a', 'envoy-b'],
  ),
);

/** Same day, other people, other city. */
export const elsewhere = article(
  'daily-two.example',
  '/2024/03/11/cairo.html',
  '2024-03-11T10:00:00+03:00',
  'صحيفة الثانية',
  analysis(
    [claim('president-c', 'إن بلاده ترفض أي تدخل في شؤونها الداخلية', 10)],
    [{ id: 'm1', kind: 'meeting', participants: ['president-c', 'spokesman-d'], place: 'Cairo', date: '2024-03-11' }],
    ['president-c', 'spokesman-d'],
  ),
);
