/**
 * Three outlets' reports of one meeting, written for the popup's verdict test: the first
 * article's claims meet, in the other two, each kind of verdict (corroborated, also said by
 * someone else, the same quoted words given to another person, other numbers) and one claim no
 * one else reports. Sentences of our own; ids and hosts are made up.
 */
import type { ArticlePayload } from '../../src/messages.ts';
import type { Analysis, Claim } from '../../src/nlp/types.ts';

const NAMES: Record<string, string> = { 'minister-x': 'سالم الحارثي', 'envoy-y': 'جون ميلر', 'spokesman-z': 'ليلى حداد' };

function claim(speaker: string | null, text: string, at: number, quote: string | null = null): Claim {
  return { speaker, reportedBy: null, verb: 'وقال', text, quote, start: at, end: at + text.length };
}

function article(host: string, site: string, claims: Claim[], officials: string[]): ArticlePayload {
  const url = `https://${host}/2024/05/02/verdicts`;
  const analysis: Analysis = {
    officials: officials.map((id, i) => ({
      id,
      name: NAMES[id]!,
      nameEn: id,
      role: 'Foreign Minister',
      country: 'Oman',
      mentions: [{ start: i * 10, end: i * 10 + 5, text: 'xxxxx' }],
    })),
    agreements: [],
    claims,
    meetings: [{ id: 'm1', kind: 'talks', participants: ['envoy-y', 'minister-x'], place: 'Muscat', date: '2024-05-01' }],
  };
  return { url, canonicalUrl: url, title: `مباحثات الوزير والمبعوث — ${site}`, published: '2024-05-02T08:00:00+03:00', siteName: site, lang: 'ar', text: 'نص تجريبي '.repeat(60), analysis };
}

/** Words the first outlet quotes. */
export const QUOTED = 'لن نسمح بأن تتحول المنطقة إلى ساحة لتصفية الحسابات';
/** Words a claim of the first outlet reports without quoting. */
export const PARAPHRASE = 'الجانبين اتفقا على تشكيل فريق عمل مشترك لبحث عودة السفراء';

export const first = article(
  'verdicts-one.test',
  'وكالة الأولى',
  [
    claim('minister-x', `«${QUOTED}»`, 20, QUOTED),
    claim('minister-x', PARAPHRASE, 120),
    claim('minister-x', '«المفاوضات بلغت مرحلة متقدمة تسمح بتوقيع الاتفاق قريبا»', 220, 'المفاوضات بلغت مرحلة متقدمة تسمح بتوقيع الاتفاق قريبا'),
    claim('minister-x', 'المحادثات مع الوفد الزائر استمرت ساعتين في أجواء ودية', 340),
    claim('minister-x', 'الوزير سيزور العاصمة الإيطالية في الخريف المقبل لافتتاح معرض للكتاب', 440),
  ],
  ['minister-x', 'envoy-y'],
);

export const second = article(
  'verdicts-two.test',
  'صحيفة الثانية',
  [
    claim('minister-x', `وقال: «${QUOTED}»`, 30, QUOTED),
    claim('envoy-y', 'الطرفين اتفقا على تشكيل فريق عمل مشترك لبحث عودة السفراء إلى العاصمتين', 140),
  ],
  ['minister-x', 'envoy-y'],
);

export const third = article(
  'verdicts-three.test',
  'تقرير الثالثة',
  [
    claim('spokesman-z', '«المفاوضات بلغت مرحلة متقدمة تسمح بتوقيع الاتفاق قريبا»', 40, 'المفاوضات بلغت مرحلة متقدمة تسمح بتوقيع الاتفاق قريبا'),
    claim('minister-x', 'المحادثات مع الوفد الزائر استمرت خمس ساعات في أجواء ودية', 160),
  ],
  ['minister-x', 'envoy-y', 'spokesman-z'],
);
