import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractStory } from '../../../src/extract/story.ts';
import { detectArabicNews } from '../../../src/extract/detect.ts';
import { locate } from '../../../src/extract/anchor.ts';
import { fixtureDocument, fixturePage, seedParagraphs } from './fixtures.ts';

const SEEDS = ['000', '001', '002', '003', '004'];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('extractStory on the fixture pages', () => {
  it.each(SEEDS)('page %s: the story holds every seed paragraph and no page furniture', (id) => {
    const doc = fixtureDocument(id);
    const page = fixturePage(id);
    expect(detectArabicNews(doc)).toBe(true);
    const story = extractStory(doc, page.url);
    expect(story).not.toBeNull();
    expect(story!.title).toBe(page.title);
    expect(story!.published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(story!.canonicalUrl).toBe(page.url);
    const text = collapse(story!.text);
    for (const paragraph of seedParagraphs(id)) expect(text).toContain(collapse(paragraph));

    // The headline leads the text, read from the page's own headline element.
    const zones = page.zones!;
    expect(collapse(doc.querySelector(zones.headline)?.textContent ?? '')).toBe(page.title);
    expect(story!.text.startsWith(`${page.title}\n\n`)).toBe(true);

    // Every anchored piece comes from the headline or the story zone, and from no furniture zone.
    const storyRoots = [...doc.querySelectorAll(zones.story), ...doc.querySelectorAll(zones.headline)];
    const furniture = Object.values(zones.notStory).flatMap((selector) => [...doc.querySelectorAll(selector)]);
    expect(storyRoots.length).toBeGreaterThan(0);
    for (const segment of story!.segments) {
      expect(storyRoots.some((root) => root.contains(segment.node))).toBe(true);
      expect(furniture.filter((el) => el.contains(segment.node)).map((el) => el.localName)).toEqual([]);
    }
    expect(story!.text).not.toMatch(/[اإ]قرأ أيضا/);
    expect(story!.text).not.toContain('تعريف الارتباط');
  });

  it.each(SEEDS)('page %s: every anchored character is the character of its node', (id) => {
    const doc = fixtureDocument(id);
    const story = extractStory(doc, fixturePage(id).url)!;
    let covered = 0;
    for (const s of story.segments) {
      expect(story.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start));
      covered += s.end - s.start;
    }
    // Only separators (line breaks, and spaces standing for line breaks in the markup) are unanchored.
    const unanchored = story.text.length - covered;
    expect(unanchored).toBeLessThan(story.text.length * 0.05);
  });

  it('turns a span of the text into DOM boundary points around the same characters', () => {
    const doc = fixtureDocument('004');
    const story = extractStory(doc, fixturePage('004').url)!;
    const word = story.text.indexOf('سوتشي');
    expect(word).toBeGreaterThan(0);
    // linkedom has no Range.setStart: check the boundary points rangeFor would use.
    const from = locate(story.segments, word, 'start')!;
    const to = locate(story.segments, word + 'سوتشي'.length, 'end')!;
    expect(to.node).toBe(from.node);
    expect(from.node.data.slice(from.offset, to.offset)).toBe('سوتشي');
  });

  it.each(['english', 'recipe', 'index'])('the %s page is not Arabic news', (id) => {
    expect(detectArabicNews(fixtureDocument(id))).toBe(false);
  });

  it('returns null rather than throwing on an empty or junk document', () => {
    expect(extractStory(parseHTML('').document as unknown as Document, 'https://example.org/')).toBeNull();
    expect(extractStory(parseHTML('<html><body><p>قصير</p></body></html>').document as unknown as Document, 'x')).toBeNull();
  });

  it('reads the date from JSON-LD when there is no Open Graph date, and joins text split across inline markup', () => {
    const sentence = 'وقال المتحدث باسم الوزارة في بيان صدر مساء الأحد إن الجولة المقبلة من المحادثات ستعقد في العاصمة العمانية مسقط خلال أسبوعين.';
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentence} <a href="/p${i}">التفاصيل</a>\n   ${sentence}</p>`).join('\n');
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان الخبر | موقع</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-03-10T09:00:00Z"}]}</script>
</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li></ul></nav>
<article><h1>عنوان الخبر</h1><div class="body">${paragraphs}</div></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    const story = extractStory(doc, 'https://news.example/a#top')!;
    expect(story.published).toBe('2024-03-10T09:00:00Z');
    expect(story.url).toBe('https://news.example/a');
    expect(story.text).not.toContain('الرئيسية');
    expect(story.text).not.toContain('جميع الحقوق');
    expect(story.text.split('\n\n')[0]).toBe(`${sentence} التفاصيل ${sentence}`);
  });
});
