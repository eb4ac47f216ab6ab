import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findHeadline } from '../../../src/extract/headline.ts';
import { extractStory } from '../../../src/extract/story.ts';
import { locate } from '../../../src/extract/anchor.ts';
import { analyze } from '../../../src/nlp/analyze.ts';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

// A story whose body names the minister only by his office: his name is in the headline alone.
const HEADLINE = 'لافروف يبحث مع نظيره التركي في أنقرة ملف الحبوب';
const BODY = [
  'بحث وزير الخارجية الروسي مع نظيره التركي خلال لقائهما في العاصمة التركية يوم الأربعاء ملف صادرات الحبوب عبر البحر الأسود وسبل إعادة العمل بالممر البحري.',
  'وقال الوزير الروسي في مؤتمر صحفي مشترك عقب المحادثات إن بلاده مستعدة لدراسة أي مقترح يضمن وصول صادراتها من الأسمدة إلى الأسواق العالمية دون عوائق.',
  'وأضاف أن العقوبات الغربية ما زالت تعرقل عمل المصارف وشركات التأمين المرتبطة بهذه الصادرات، مشيرا إلى أن المباحثات تناولت أيضا الأوضاع في المنطقة.',
];

function page(h1: string, extra = '') {
  return parse(`<!doctype html><html lang="ar" dir="rtl"><head><title>${HEADLINE} | أخبار اليوم</title>
<meta property="og:title" content="${HEADLINE}"><meta property="article:published_time" content="2022-06-08T10:00:00Z"></head>
<body><header><h1 class="logo">أخبار اليوم</h1></header>${extra}
<main><h1 class="title">${h1}</h1><article>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside><h1>${HEADLINE}</h1></aside></body></html>`);
}

describe('the headline as the page shows it', () => {
  it('is the first h1 outside menus and sidebars whose text is the title, or the main part of the document title', () => {
    const doc = page(HEADLINE);
    expect(findHeadline(doc, [HEADLINE])?.className).toBe('title');
    // Only the document title, with the outlet's name after the headline, is known.
    expect(findHeadline(doc, [`${HEADLINE} | أخبار اليوم`])?.className).toBe('title');
    // A logo or section name is never taken for the headline, nor a heading in a sidebar.
    expect(findHeadline(page('سياسة'), [HEADLINE])).toBeNull();
    expect(findHeadline(doc, ['عنوان آخر لا علاقة له بهذه الصفحة'])).toBeNull();
  });

  it('leads the story text, anchored to its own nodes, so whoever it alone names is found and highlighted', () => {
    const doc = page(HEADLINE);
    const story = extractStory(doc, 'https://akhbar.test/2022/06/08/lavrov-ankara')!;
    expect(story.title).toBe(HEADLINE);
    expect(story.text.startsWith(`${HEADLINE}\n\n${BODY[0]}`)).toBe(true);

    const analysis = analyze(story.text, { published: story.published!, title: story.title });
    const lavrov = analysis.officials.find((o) => o.id === 'sergey-lavrov');
    expect(lavrov).toBeDefined();
    const mention = lavrov!.mentions[0]!;
    expect(mention.end).toBeLessThanOrEqual(HEADLINE.length);
    const from = locate(story.segments, mention.start, 'start')!;
    const to = locate(story.segments, mention.end, 'end')!;
    expect(from.node.parentNode).toBe(doc.querySelector('h1.title'));
    expect(from.node.data.slice(from.offset, to.offset)).toBe('لافروف');
  });

  it('is not repeated when the story body already holds it, and a page without one keeps its body text alone', () => {
    const inBody = parse(`<!doctype html><html lang="ar"><head><meta property="og:title" content="${HEADLINE}"></head>
<body><article><h1>${HEADLINE}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    const story = extractStory(inBody, 'https://a.test/x')!;
    expect(story.text.split(HEADLINE).length - 1).toBeLessThanOrEqual(1);

    const none = parse(`<!doctype html><html lang="ar"><head><meta property="og:title" content="${HEADLINE}"></head>
<body><article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    expect(extractStory(none, 'https://a.test/y')!.text.startsWith(BODY[0]!)).toBe(true);
  });
});
