// تقرير سانا (sana-report.test): an older agency site built from <div>s with ids: the menu is
// a list in a <div>, a scrolling "news ticker", an empty &nbsp; paragraph inside the story
// and a bare date at its end (as the seed has), "أخبار ذات صلة", a latest-news sidebar and
// a comment form.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody, DEFAULT_COOKIE_NOTICE, cookieScript } from '../lib/body.js';
import { longDate, clockTime } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

export const zones = {
  story: '.post-content',
  headline: 'h1.title',
  notStory: {
    cookie: '#cookie-law-info-bar',
    menu: '#menu-main',
    ticker: '.news-ticker',
    share: '.social-share',
    related: '.related-posts-widget',
    sidebar: '#sidebar',
    comments: '#respond',
    footer: '#footer',
  },
};

const MENU = ['الرئيسية', 'سياسة', 'محليات', 'اقتصاد', 'ثقافة', 'زيارة بومبيو إلى روسيا', 'صور', 'اتصل بنا'];

const TICKER = ['لافروف يلتقي نظيره التركي في أنقرة', 'المعلم يستقبل المبعوث الأممي إلى سوريا غير بيدرسون', 'افتتاح معرض الكتاب في دمشق'];

const RELATED = ['بوتين يستقبل بومبيو في سوتشي', 'لافروف وبومبيو يبحثان الأزمة في فنزويلا', 'زاخاروفا: واشنطن تعرقل الحل السياسي'];

const LATEST = ['ترامب: محادثاتي مع بوتين كانت جيدة جدا', 'انخفاض درجات الحرارة في معظم المناطق', 'وزير الخارجية الصيني وانغ يي يزور موسكو الأسبوع المقبل'];

const CSS = `
body{margin:0;font-family:Tahoma,Arial,'DejaVu Sans',sans-serif;background:#e9e4d9;color:#222;font-size:14px}
a{color:#7a1f1f;text-decoration:none}
#wrapper{max-width:1000px;margin:0 auto;background:#fff}
#header{display:flex;align-items:center;gap:12px;padding:14px 20px;background:linear-gradient(#fff,#f1ede4)}
#header .site-name{font-size:26px;font-weight:700;color:#7a1f1f}
#header .date-today{margin-right:auto;color:#666;font-size:12px}
.menu{background:#7a1f1f}
#menu-main{list-style:none;margin:0;padding:0 10px;display:flex;flex-wrap:wrap}
#menu-main a{color:#fff;display:block;padding:8px 12px;font-weight:700}
.news-ticker{display:flex;gap:10px;background:#fff6e0;border-bottom:1px solid #e0d4b0;padding:6px 14px;overflow:hidden;white-space:nowrap}
.news-ticker .label{background:#c00;color:#fff;padding:0 8px}
.news-ticker ul{list-style:none;margin:0;padding:0;display:flex;gap:30px}
#main{display:flex;gap:18px;padding:16px 20px}
#content{flex:1;min-width:0}
h1.title{font-size:25px;line-height:1.5;color:#7a1f1f;margin:0 0 8px}
.post-info{color:#777;font-size:12px;border-bottom:1px dotted #bbb;padding-bottom:6px}
.post-content{font-size:16px;line-height:1.95;text-align:justify}
.post-date-footer{color:#999;font-size:12px;direction:ltr;text-align:left}
.social-share a{display:inline-block;background:#eee;padding:3px 10px;margin-left:4px;border:1px solid #ccc}
.related-posts-widget{border:1px solid #ddd;padding:8px 14px;margin-top:14px}
.related-posts-widget h3,#sidebar h3{background:#7a1f1f;color:#fff;padding:4px 10px;font-size:14px;margin:0 0 6px}
#sidebar{width:260px}
#respond textarea{width:100%;height:70px}
#footer{background:#333;color:#ccc;text-align:center;padding:12px;font-size:12px}
#cookie-law-info-bar{position:fixed;top:0;left:0;right:0;background:#333;color:#fff;padding:8px 20px;display:flex;gap:14px;align-items:center;z-index:9}
#cookie-law-info-bar button{font:inherit;background:#61a229;color:#fff;border:0;padding:3px 12px}
`;

/** @param {import('../site.js').SeedPageContext} ctx */
export function render({ page, parts, url }) {
  const first = parts.body.find((b) => b.kind === 'paragraph')?.text ?? parts.headline;
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<p><strong>${text}</strong></p>`,
    readAlso: (text, i) => html`<p class="also"><a href="/?p=${29000 + i}">اقرأ أيضا: ${text}</a></p>`,
    spacer: () => html`<p>&nbsp;</p>`,
    initials: (text) => html`<p>${text}</p>`,
    source: (text) => html`<p>${text}</p>`,
    counter: (text) => html`<p>${text}</p>`,
    dateLine: (text) => html`<div class="post-date-footer">${text}</div>`,
  });
  const head = newsHead({
    documentTitle: parts.headline,
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
<body class="single">
<div id="cookie-law-info-bar">
  <span>${DEFAULT_COOKIE_NOTICE}</span>
  <button type="button" id="cookie_action_close_header">موافق</button>
</div>
<div id="wrapper">
  <div id="header">${raw(logoSvg('س', '#7a1f1f'))}<a class="site-name" href="/">${page.outlet}</a><span class="date-today">${longDate(page.published)}</span></div>
  <div class="menu"><ul id="menu-main">${MENU.map((m, i) => html`<li><a href="/category/${i}/">${m}</a></li>`)}</ul></div>
  <div class="news-ticker"><span class="label">عاجل</span><ul>${TICKER.map((t) => html`<li>${t}</li>`)}</ul></div>
  <div id="main">
    <div id="content">
      <article class="post type-post status-publish">
        <h1 class="title">${parts.headline}</h1>
        <div class="post-info">${page.byline} | ${longDate(page.published)} ${clockTime(page.publishedTime)}</div>
        <div class="post-content">
${body}        </div>
        <div class="social-share"><a href="#f">Facebook</a><a href="#t">Twitter</a><a href="#tg">Telegram</a><a href="#p">طباعة</a></div>
      </article>
      <div class="related-posts-widget"><h3>أخبار ذات صلة</h3><ul>${RELATED.map((t, i) => html`<li><a href="/politics/2019/05/14/related-${i}/">${t}</a></li>`)}</ul></div>
      <div id="respond"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني.</p><textarea name="comment" placeholder="التعليق"></textarea><p><button type="button">إرسال التعليق</button></p></div>
    </div>
    <div id="sidebar"><div class="widget"><h3>آخر الأخبار</h3><ul>${LATEST.map((t, i) => html`<li><a href="/politics/2019/05/15/latest-${i}/">${t}</a></li>`)}</ul></div></div>
  </div>
  <div id="footer">جميع الحقوق محفوظة © ${page.outlet} 2019</div>
</div>
${cookieScript('cookie-law-info-bar', 'cookie_action_close_header')}
</body>
</html>
`.value;
}
