import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { triage } from '../../../src/extract/triage.ts';
import { fixtureDocument } from '../extension/fixtures.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const PROSE = [
  'قال وزير الطاقة في مؤتمر صحفي عقده في العاصمة مساء الأحد إن الحكومة ستعرض خطة جديدة لدعم محطات الكهرباء خلال أسابيع.',
  'وأوضح الوزير أن الخطة تشمل تمويلا من البنك الدولي، مشيرا إلى أن المحادثات مع المانحين ما زالت جارية بحسب بيان للوزارة.',
  'ونقلت وكالة الأنباء الرسمية عن مصدر حكومي أن مجلس الوزراء سيناقش المشروع في جلسته المقبلة قبل إحالته إلى البرلمان.',
].map((p) => `<p>${p}</p>`).join('');

describe('triage: deciding from structure first', () => {
  it('skips a page declared in another language without reading its text', () => {
    expect(triage(doc(`<html lang="en"><head><title>Energy plan</title></head><body>${PROSE}</body></html>`))).toMatchObject({ verdict: 'skip', signals: ['lang'] });
  });

  it('skips a page with no language whose title is in another script', () => {
    const page = doc('<html><head><title>Minister unveils power plan for the grid</title></head><body><p>…</p></body></html>');
    expect(triage(page)).toMatchObject({ verdict: 'skip', signals: ['title-script'] });
  });

  it('skips an Arabic recipe or shop page by its declared type', () => {
    const recipe = doc(`<html lang="ar" dir="rtl"><head><title>كبة بالصينية</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"كبة"}</script></head><body>${PROSE}</body></html>`);
    expect(triage(recipe)).toMatchObject({ verdict: 'skip', newsShell: false });
    const shop = doc(`<html lang="ar"><head><meta property="og:type" content="product"><title>هاتف</title></head><body>${PROSE}</body></html>`);
    expect(triage(shop).verdict).toBe('skip');
  });

  it('reads an Arabic page with news metadata at once, even before its story is there', () => {
    const shell = doc(`<html lang="ar" dir="rtl"><head><title>الوزير يعرض خطة الكهرباء</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-02T09:00:00Z"></head>
      <body><article><div id="body">جار التحميل…</div></article></body></html>`);
    expect(triage(shell)).toMatchObject({ verdict: 'news', newsShell: true });
    // A news type in the JSON-LD outweighs a product it embeds.
    const withProduct = doc(`<html lang="ar"><head><title>خبر</title><script type="application/ld+json">
      [{"@type":"NewsArticle","headline":"خبر"},{"@type":"Product","name":"كتاب"}]</script></head><body><article>${PROSE}</article></body></html>`);
    expect(triage(withProduct).verdict).toBe('news');
  });

  it('falls back to the text when the structure says nothing', () => {
    expect(triage(doc(`<html><head><title>خطة الكهرباء</title></head><body>${PROSE}${PROSE}</body></html>`)).verdict).toBe('news');
    expect(triage(doc(`<html><head><title></title></head><body>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(20)}</body></html>`)).verdict).toBe('skip');
  });

  it('on the fixture site: news pages read, the recipe and the English page skipped', () => {
    for (const id of ['000', '001', '002', '003', '004', 'late', 'spa']) expect(triage(fixtureDocument(id)).verdict, id).toBe('news');
    for (const id of ['recipe', 'english', 'index']) expect(triage(fixtureDocument(id)).verdict, id).toBe('skip');
  });
});
