// الجزيرة واير (jazira-wire.test): a large broadcaster's site. BEM class names, a lead photo
// whose caption holds the agency's English caption and the Arabic one, the source line at
// the end of the story, "more from this section" and "most read" lists naming officials.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody, DEFAULT_COOKIE_NOTICE, cookieScript } from '../lib/body.js';
import { numericDate, clockTime } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

export const zones = {
  story: '.wysiwyg',
  headline: '.article-header h1',
  notStory: {
    cookie: '#onetrust-banner-sdk',
    menu: '.site-header__navigation',
    share: '.article-share',
    related: '.more-on',
    mostRead: '.most-read',
    footer: '.site-footer',
  },
};

const MENU = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'كيري ولافروف', 'برامج', 'البث المباشر'];

const MORE_ON = [
  'كيري ولافروف يبحثان في جنيف هدنة إنسانية في حلب',
  'أردوغان يلتقي بوتين في سان بطرسبرغ ويعلنان طي صفحة الخلاف',
  'بان كي مون يدعو إلى وقف القتال في حلب',
];

const MOST_READ = ['شويغو: مفاوضات نشطة مع الأميركيين بشأن سوريا', 'زلزال وسط إيطاليا يوقع قتلى', 'أوباما يزور لويزيانا بعد الفيضانات'];

const CSS = `
body{margin:0;font-family:'Noto Kufi Arabic','Segoe UI',Tahoma,'DejaVu Sans',sans-serif;background:#fff;color:#0f0f0f}
a{color:#0f0f0f}
.site-header{background:#fff;border-bottom:1px solid #e5e5e5}
.site-header__brand{display:flex;align-items:center;gap:10px;padding:10px 28px;font-size:24px;font-weight:700;color:#fa9000}
.site-header__navigation ul{list-style:none;margin:0;padding:0 20px;display:flex;gap:2px;flex-wrap:wrap}
.site-header__navigation a{display:block;padding:8px 12px;font-size:15px;text-decoration:none}
.l-container{max-width:1080px;margin:0 auto;padding:18px 20px;display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:30px}
.article-header h1{font-size:32px;line-height:1.45;margin:0 0 10px}
.article-dates{font-size:13px;color:#666;margin-bottom:12px}
.article-featured-image{margin:0 0 16px}
.article-featured-image img{width:100%;height:auto;display:block}
.article-featured-image__caption{font-size:13px;color:#555;background:#f5f5f5;padding:6px 10px}
.article-featured-image__caption .caption-en{display:block;direction:ltr;text-align:left;color:#888}
.wysiwyg{font-size:18px;line-height:1.9}
.article-source{color:#666;font-size:15px}
.article-share{display:flex;gap:8px;margin:12px 0}.article-share a{background:#eee;border-radius:50%;width:34px;height:34px;display:inline-flex;align-items:center;justify-content:center;text-decoration:none;font-size:12px}
.more-on{border-top:2px solid #fa9000;margin-top:20px}
.most-read{border-top:2px solid #0f0f0f}
.most-read ol{padding-right:20px}
.site-footer{background:#0f0f0f;color:#bbb;padding:18px 28px;font-size:13px}
#onetrust-banner-sdk{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2);padding:12px 28px;display:flex;gap:16px;align-items:center;font-size:14px;z-index:5}
#onetrust-banner-sdk button{font:inherit;background:#fa9000;color:#fff;border:0;padding:6px 16px}
`;

/** @param {import('../site.js').SeedPageContext} ctx */
export function render({ page, parts, url }) {
  const first = parts.body.find((b) => b.kind === 'paragraph')?.text ?? parts.headline;
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<h2>${text}</h2>`,
    readAlso: (text, i) => html`<p class="inline-related"><a href="/news/related-${i}">اقرأ أيضا: ${text}</a></p>`,
    spacer: () => html`<p>&nbsp;</p>`,
    initials: (text) => html`<p>${text}</p>`,
    source: (text) => html`<p class="article-source">${text}</p>`,
    counter: (text) => html`<p>${text}</p>`,
    dateLine: (text) => html`<p>${text}</p>`,
  });
  const image = new URL('/media/kerry-lavrov-kremlin.svg', url).href;
  const figure = parts.figure
    ? html`<figure class="article-featured-image">
      <img src="/media/kerry-lavrov-kremlin.svg" width="960" height="540" alt="${parts.figure.caption}">
      <figcaption class="article-featured-image__caption"><span class="caption-en" lang="en" dir="ltr">${parts.figure.captionEn}</span> <span class="caption-ar">${parts.figure.caption}</span></figcaption>
    </figure>`
    : '';
  const head = newsHead({
    documentTitle: `${parts.headline} | ${page.outlet}`,
    headline: parts.headline,
    siteName: page.outlet,
    url,
    image,
    description: descriptionOf(first),
    publishedTime: page.publishedTime,
    section: page.section,
    author: page.byline,
    jsonLd: true,
    css: CSS,
  });
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${head}
</head>
<body>
<header class="site-header">
  <div class="site-header__brand">${raw(logoSvg('ج', '#fa9000'))}<a href="/">${page.outlet}</a></div>
  <nav class="site-header__navigation" aria-label="الأقسام"><ul>${MENU.map((m, i) => html`<li><a href="/${i === 0 ? '' : `section-${i}`}">${m}</a></li>`)}</ul></nav>
</header>
<div class="l-container">
  <main id="main-content-area">
    <article class="article">
      <header class="article-header"><h1>${parts.headline}</h1>
        <div class="article-dates"><span class="date-simple">${numericDate(page.published)}</span> | <span>آخر تحديث: ${numericDate(page.published)} ${clockTime(page.publishedTime)} (مكة المكرمة)</span></div>
      </header>
      ${figure}
      <div class="wysiwyg wysiwyg--all-content">
${body}      </div>
      <div class="article-share" aria-label="شارك"><a href="#facebook">ف</a><a href="#twitter">ت</a><a href="#whatsapp">و</a><a href="#copy">🔗</a></div>
    </article>
    <section class="more-on"><h2>المزيد من ${page.section}</h2><ul>${MORE_ON.map((title, i) => html`<li><a href="/news/2016/8/${20 + i}/story-${i}">${title}</a></li>`)}</ul></section>
  </main>
  <aside class="most-read"><h2>الأكثر قراءة</h2><ol>${MOST_READ.map((title, i) => html`<li><a href="/news/2016/8/23/most-${i}">${title}</a></li>`)}</ol></aside>
</div>
<footer class="site-footer">© 2016 ${page.outlet} · <a href="/privacy">سياسة الخصوصية</a> · <a href="/cookies">ملفات تعريف الارتباط</a></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="ملفات تعريف الارتباط">
  <p id="onetrust-policy-text">${DEFAULT_COOKIE_NOTICE}</p>
  <button type="button" id="onetrust-accept-btn-handler">قبول جميع ملفات تعريف الارتباط</button>
</div>
${cookieScript('onetrust-banner-sdk', 'onetrust-accept-btn-handler')}
</body>
</html>
`.value;
}
