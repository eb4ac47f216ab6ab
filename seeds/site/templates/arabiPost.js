// عربي بوست (arabi-post.test): a WordPress news theme. Semantic markup (<nav>, <article>,
// <aside>), inline "اقرأ أيضا" asides between paragraphs, tags and a share bar inside the
// <article>, a related-news list after it, the cookie notice from the seed at the bottom.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody, DEFAULT_COOKIE_NOTICE, cookieScript } from '../lib/body.js';
import { longDate, clockTime } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

/** Where the story is, and page furniture that must never be annotated (read by the browser tests). */
export const zones = {
  story: 'article .entry-content',
  headline: 'h1.entry-title',
  notStory: {
    cookie: '#cookie-notice',
    menu: 'nav.main-menu',
    inlineRelated: '.entry-content aside.read-also',
    tags: '.post-tags',
    share: '.share-bar',
    related: 'section.related-news',
    footer: 'footer.site-footer',
  },
};

const MENU = ['الرئيسية', 'سياسة', 'اقتصاد', 'مجتمع', 'ثقافة', 'رياضة', 'ملف: بوتين وأردوغان', 'فيديو'];

const RELATED = [
  'لافروف يلتقي نظيره التركي في أنقرة لبحث الوضع في إدلب',
  'بومبيو: العقوبات على طهران باقية حتى تغيّر سلوكها',
  'أردوغان يبحث مع بوتين هاتفيا التصعيد في شمال غرب سوريا',
  'ظريف يصل إلى طوكيو في جولة آسيوية',
];

const CSS = `
body{margin:0;font-family:'Noto Naskh Arabic','Segoe UI',Tahoma,'DejaVu Sans',sans-serif;background:#f4f4f2;color:#222;line-height:1.8}
a{color:#0b5c8a;text-decoration:none}
.top-bar{background:#111;color:#ccc;font-size:13px;padding:4px 24px;display:flex;gap:18px}
.top-bar a{color:#ccc}
.brand{background:#fff;padding:12px 24px;display:flex;align-items:center;gap:12px}
.brand .logo{display:flex;align-items:center;gap:10px;font-size:26px;font-weight:700;color:#c8102e}
nav.main-menu{background:#c8102e}
nav.main-menu ul{list-style:none;margin:0;padding:0 16px;display:flex;flex-wrap:wrap}
nav.main-menu a{display:block;color:#fff;padding:8px 14px;font-size:15px}
nav.main-menu li.current a{background:#9c0c24}
.site-main{max-width:1040px;margin:0 auto;display:grid;grid-template-columns:minmax(0,1fr) 260px;gap:24px;padding:18px 16px}
.breadcrumbs{grid-column:1/-1;font-size:13px;color:#777}
article.post{background:#fff;padding:20px 28px;border-radius:4px}
.cat-label{display:inline-block;background:#c8102e;color:#fff;font-size:13px;padding:0 10px;border-radius:2px}
h1.entry-title{font-size:30px;line-height:1.5;margin:10px 0}
.entry-meta{color:#666;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.entry-content p{font-size:18px;margin:0 0 16px}
aside.read-also{border-right:4px solid #c8102e;background:#fbf1f2;padding:6px 12px;margin:0 0 16px;font-size:16px}
aside.read-also b{color:#c8102e}
.post-tags{font-size:14px;margin-top:12px}.post-tags a{background:#eee;padding:2px 8px;margin-left:4px;border-radius:3px}
.share-bar{display:flex;gap:8px;margin-top:14px}.share-bar a,.share-bar button{font:inherit;font-size:14px;border:0;background:#333;color:#fff;padding:4px 12px;border-radius:3px}
section.related-news{background:#fff;padding:14px 18px;border-radius:4px;align-self:start}
section.related-news h2{font-size:18px;margin:0 0 8px;color:#c8102e}
section.related-news li{margin-bottom:8px}
footer.site-footer{background:#222;color:#aaa;padding:18px 24px;font-size:14px}
footer.site-footer a{color:#ddd;margin-left:14px}
#cookie-notice{position:fixed;bottom:0;left:0;right:0;background:rgba(20,20,20,.95);color:#fff;padding:10px 24px;display:flex;gap:16px;align-items:center;justify-content:center;font-size:15px;z-index:10}
#cookie-notice button{font:inherit;background:#c8102e;color:#fff;border:0;padding:4px 18px;border-radius:3px}
`;

/** @param {import('../site.js').SeedPageContext} ctx */
export function render({ page, parts, url }) {
  const first = parts.body.find((b) => b.kind === 'paragraph')?.text ?? parts.headline;
  let readAlsoCount = 0;
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<h2>${text}</h2>`,
    readAlso: (text) => html`<aside class="read-also"><b>اقرأ أيضا:</b> <a href="/story/${1183100 + ++readAlsoCount * 37}/">${text}</a></aside>`,
    spacer: () => html`<p>&nbsp;</p>`,
    initials: (text) => html`<p class="initials">${text}</p>`,
    source: (text) => html`<p class="source">${text}</p>`,
    counter: (text) => html`<p class="counter">${text}</p>`,
    dateLine: (text) => html`<p class="date">${text}</p>`,
  });
  const head = newsHead({
    documentTitle: `${parts.headline} | ${page.outlet}`,
    headline: parts.headline,
    siteName: page.outlet,
    url,
    description: descriptionOf(first),
    publishedTime: page.publishedTime,
    section: page.section,
    author: page.byline,
    css: CSS,
  });
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${head}
</head>
<body class="single single-post">
<header class="site-header">
  <div class="top-bar"><span class="today">${longDate(page.published)}</span><a href="/newsletter/">النشرة البريدية</a><a href="/contact/">اتصل بنا</a></div>
  <div class="brand"><a class="logo" href="/">${raw(logoSvg('ع', '#c8102e'))}<span>${page.outlet}</span></a></div>
  <nav class="main-menu" aria-label="القائمة الرئيسية">
    <ul>${MENU.map((item, i) => html`<li${i === 1 ? raw(' class="current"') : ''}><a href="/section/${i}/">${item}</a></li>`)}</ul>
  </nav>
</header>
<main class="site-main">
  <div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/section/1/">${page.section}</a></div>
  <article class="post single-post">
    <header class="entry-header">
      <span class="cat-label">${page.section}</span>
      <h1 class="entry-title">${parts.headline}</h1>
      <div class="entry-meta"><span class="byline">${page.byline}</span> · <time datetime="${page.publishedTime}">${longDate(page.published)} - ${clockTime(page.publishedTime)}</time></div>
    </header>
    <div class="entry-content">
${body}    </div>
    <div class="post-tags">وسوم: <a href="/tag/syria/">سوريا</a><a href="/tag/russia/">روسيا</a><a href="/tag/usa/">أمريكا</a><a href="/tag/pompeo/">بومبيو</a><a href="/tag/putin/">بوتين</a></div>
    <div class="share-bar"><a href="#share-facebook">فيسبوك</a><a href="#share-twitter">تويتر</a><a href="#share-whatsapp">واتساب</a><button type="button">نسخ الرابط</button></div>
  </article>
  <section class="related-news">
    <h2>اقرأ أيضا</h2>
    <ul>${RELATED.map((title, i) => html`<li><a href="/story/${1184100 + i * 11}/">${title}</a></li>`)}</ul>
  </section>
</main>
<footer class="site-footer">
  <p><a href="/about/">من نحن</a><a href="/privacy/">سياسة الخصوصية</a><a href="/terms/">شروط الاستخدام</a></p>
  <p>© 2019 ${page.outlet}. جميع الحقوق محفوظة.</p>
</footer>
<div id="cookie-notice" role="dialog" aria-label="ملفات تعريف الارتباط">
  <span>${parts.cookie ?? DEFAULT_COOKIE_NOTICE}</span>
  <button type="button" id="cookie-accept">موافق</button>
</div>
${cookieScript('cookie-notice', 'cookie-accept')}
</body>
</html>
`.value;
}
