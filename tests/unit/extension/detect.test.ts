import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { clearlyNotArabic, detectArabicNews, languageRulesOut, mightBeArabic } from '../../../src/extract/detect.ts';
import { countLetters } from '../../../src/extract/text.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const WIRE = [
  'أعلن المتحدث باسم وزارة الخارجية في بيان اليوم الاثنين أن الوزير سيتوجه إلى عمّان الأسبوع المقبل لإجراء محادثات مع نظيره الأردني.',
  'وأضاف المتحدث أن المباحثات ستتناول العلاقات الثنائية والأوضاع الإقليمية، مشيرا إلى أن الجانبين سيوقعان مذكرة تفاهم في مجال الطاقة.',
  'وكان رئيس الحكومة قد أكد في تصريحات سابقة أن بلاده تدعم الحل السياسي للأزمة، وفق ما نقلت وكالة الأنباء الرسمية.',
  'ونقلت مصادر دبلوماسية عن مسؤول في الخارجية قوله إن الاجتماع سيعقد في العاصمة بحضور سفراء عدد من الدول الأعضاء في مجلس الأمن.',
];

const newsPage = (attrs: string) => `<!doctype html><html ${attrs}><head><title>الخارجية: الوزير يزور عمّان الأسبوع المقبل</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>الوزير يزور عمّان</h1>${WIRE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('detection', () => {
  it('finds Arabic news by its structure, prose and vocabulary', () => {
    expect(detectArabicNews(doc(newsPage('lang="ar" dir="rtl"')))).toBe(true);
    // No lang at all: the text decides.
    expect(detectArabicNews(doc(newsPage('')))).toBe(true);
    // A template left lang="en" on an Arabic right-to-left site.
    expect(detectArabicNews(doc(newsPage('lang="en" dir="rtl"')))).toBe(true);
  });

  it('rules pages out by their declared language before reading any text', () => {
    expect(languageRulesOut(doc('<html lang="en"><body></body></html>'))).toBe(true);
    expect(languageRulesOut(doc('<html lang="fa" dir="rtl"><body></body></html>'))).toBe(true);
    expect(languageRulesOut(doc('<html lang="ar-EG"><body></body></html>'))).toBe(false);
    expect(languageRulesOut(doc('<html><body></body></html>'))).toBe(false);
    expect(detectArabicNews(doc(newsPage('lang="ur" dir="rtl"')))).toBe(false);
  });

  it('dismisses a page whose title and first paragraphs are in another script at a glance', () => {
    const english = doc(`<html><head><title>Ministers meet in Amman</title></head><body>${'<p>The foreign minister said on Monday that talks with his Jordanian counterpart would continue next week.</p>'.repeat(5)}</body></html>`);
    expect(clearlyNotArabic(english)).toBe(true);
    expect(mightBeArabic(english)).toBe(false);
    expect(clearlyNotArabic(doc(newsPage('')))).toBe(false);
  });

  it('counts letters of several scripts without counting digits, punctuation or diacritics', () => {
    expect(countLetters('قالَ 12، abc é Привет 東京')).toEqual({ arabic: 3, letters: 3 + 3 + 1 + 6 + 2 });
  });
});
