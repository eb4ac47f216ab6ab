import { analyze } from '../../../src/nlp/analyze.ts';
import { makeDocument, type IsnadArticle, type IsnadDocument } from '../../../src/export/document.ts';

/** Wire-style Arabic written for these tests (no seed text), analysed by the real pipeline. */
export const TEXTS = {
  cairo: [
    'شكري يبحث مع الصفدي التهدئة في غزة',
    'القاهرة - بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، يوم الأحد في القاهرة، سبل تثبيت التهدئة وإدخال المساعدات.',
    'وقال شكري في مؤتمر صحفي مشترك إن "الأولوية هي حماية المدنيين، ولا بديل عن الحل السياسي".',
    'من جهته، أكد الصفدي أن بلاده ترفض أي تهجير للفلسطينيين، مشيرا إلى قرار مجلس الأمن 2334.',
  ].join('\n'),
  amman: [
    'الصفدي وشكري: لا بديل عن وقف النار',
    'عمان (رويترز) - التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة الأحد، وأعلن الوزيران رفضهما لأي تهجير.',
    'وأضاف الصفدي: "سنواصل العمل مع الأشقاء لوقف الحرب فورا".',
  ].join('\n'),
};

export function article(key: keyof typeof TEXTS, overrides: Partial<IsnadArticle> = {}): IsnadArticle {
  const text = TEXTS[key];
  const url = `https://news-${key}.example/2023/10/${key}`;
  const published = '2023-10-29';
  return {
    url,
    canonicalUrl: url,
    urls: [url],
    title: text.split('\n')[0]!,
    published,
    source: { host: `news-${key}.example`, name: `News ${key}` },
    lang: 'ar',
    text,
    savedAt: '2023-10-29T10:00:00.000Z',
    ...analyze(text, { published, url }),
    ...overrides,
  };
}

export function sampleDocument(): IsnadDocument {
  return makeDocument([article('cairo'), article('amman')], new Date('2023-11-01T00:00:00Z'));
}

/** A deep copy through JSON, as a file would bring it back. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
