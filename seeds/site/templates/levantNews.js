// أخبار المشرق (levant-news.test): a magazine theme in the style of WordPress's "Jannah":
// deep wrapper <div>s, the category as a kicker above the title, a view counter and the
// source line under the story, "مقالات ذات صلة" with thumbnails, a "most read" sidebar
// and the screen-reader "زر الذهاب إلى الأعلى" button.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody, DEFAULT_COOKIE_NOTICE, cookieScript } from '../lib/body.js';
import { levantDate } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

export const zones = {
  story: '#the-post .entry-content',
  headline: 'h1.post-title',
  notStory: {
    cookie: '#gdpr-box',
    menu: '#main-nav',
    share: '.share-links',
    related: '#related-posts',
    sidebar: 'aside.sidebar',
    footer: '#footer',
    backToTop: '#go-to-top',
  },
};

const MENU = ['الرئيسية', 'الشأن السوري', 'عربي', 'دولي', 'تقارير', 'مقالات', 'لقاءات بوتين'];

const RELATED = [
  'لافروف يلتقي نظيره التركي في أنقرة لبحث ملف إدلب',
  'بولتون يصل إلى جنيف للقاء باتروشيف',
  'زاخاروفا: على واشنطن الخروج من التنف',
];

const MOST_READ = ['بومبيو يهدد بعقوبات جديدة على طهران', 'الجبير: لا دور لإيران في مستقبل سوريا', 'مقتل 12 مدنيا بقصف على ريف إدلب'];

const CSS = `
body{margin:0;font-family:Tahoma,'DejaVu Sans',sans-serif;background:#eef0f3;color:#2c2f34;font-size:15px}
a{color:#2c2f34;text-decoration:none}
#gdpr-box{background:#2c2f34;color:#fff;padding:10px 20px;display:flex;gap:14px;align-items:center;font-size:13px}
#gdpr-box button{font:inherit;background:#0088ff;color:#fff;border:0;padding:4px 16px}
#theme-header{background:#fff}
.logo-row{padding:14px 30px;display:flex;align-items:center;gap:10px;font-size:24px;font-weight:700;color:#0088ff}
#main-nav{background:#1f2024}
#main-nav ul.menu{list-style:none;margin:0;padding:0 24px;display:flex;flex-wrap:wrap}
#main-nav a{color:#fff;display:block;padding:10px 14px;font-weight:700;font-size:14px}
#breadcrumb{font-size:12px;color:#777;padding:10px 0}
#content{max-width:1060px;margin:0 auto;display:flex;gap:24px;padding:0 16px}
.main-content{flex:1;min-width:0}
.container-wrapper{background:#fff;border:1px solid rgba(0,0,0,.1);border-radius:2px;padding:26px;margin-bottom:24px}
.post-cat{background:#0088ff;color:#fff;font-size:12px;padding:2px 8px}
h1.post-title{font-size:27px;line-height:1.45;margin:12px 0}
.post-meta{font-size:12px;color:#777;display:flex;gap:14px}
.entry-content{font-size:17px;line-height:1.9;margin-top:18px}
.post-bottom-meta{font-size:12px;color:#999}
.share-links{display:flex;gap:4px}.share-links a{flex:1;text-align:center;color:#fff;background:#3b5998;padding:6px;font-size:13px}.share-links a:nth-child(2){background:#55acee}.share-links a:nth-child(3){background:#25d366}
#related-posts .related-item{display:flex;gap:12px;margin-bottom:12px;align-items:center}
#related-posts img{width:110px;height:62px;object-fit:cover}
aside.sidebar{width:300px}
aside.sidebar .widget-title{border-bottom:2px solid #0088ff;font-size:15px}
#footer{background:#1f2024;color:#aaa;padding:20px 30px;font-size:13px}
#go-to-top{position:fixed;bottom:16px;left:16px;background:#0088ff;width:40px;height:40px;border-radius:50%}
.screen-reader-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

/** @param {import('../site.js').SeedPageContext} ctx */
export function render({ page, parts, url }) {
  const first = parts.body.find((b) => b.kind === 'paragraph')?.text ?? parts.headline;
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<h3>${text}</h3>`,
    readAlso: (text, i) => html`<p><strong>اقرأ أيضا: </strong><a href="/archives/${48100 + i}">${text}</a></p>`,
    spacer: () => html`<p>&nbsp;</p>`,
    initials: (text) => html`<p>${text}</p>`,
    source: (text) => html`<p><strong>${text}</strong></p>`,
    counter: (text) => {
      const [id, views] = text.split(/\s+/);
      return html`<div class="post-bottom-meta"><span class="post-id">${id}</span> <span class="meta-views">${views ?? ''}</span></div>`;
    },
    dateLine: (text) => html`<p>${text}</p>`,
  });
  const head = newsHead({
    documentTitle: `${parts.headline} - ${page.outlet}`,
    headline: parts.headline,
    siteName: page.outlet,
    url,
    description: descriptionOf(first),
    publishedTime: page.publishedTime,
    section: page.section,
    author: page.byline,
    image: new URL('/media/geneva-talks.svg', url).href,
    css: CSS,
  });
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${head}
</head>
<body id="tie-body" class="post-template-default single single-post">
<div id="gdpr-box" class="gdpr-consent">
  <span>${DEFAULT_COOKIE_NOTICE}</span>
  <button type="button" id="gdpr-accept">قبول</button>
</div>
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
  <header id="theme-header" class="theme-header">
    <div class="logo-row">${raw(logoSvg('م', '#0088ff'))}<a href="/">${page.outlet}</a></div>
    <nav id="main-nav" class="main-nav" aria-label="القائمة الرئيسية">
      <ul id="menu-main" class="menu">${MENU.map((m, i) => html`<li class="menu-item"><a href="/category/${i}">${m}</a></li>`)}</ul>
    </nav>
  </header>
  <div id="content" class="site-content container">
    <div class="main-content">
      <nav id="breadcrumb"><a href="/">الرئيسية</a> / <a href="/category/1">${parts.kicker ?? page.section}</a></nav>
      <article id="the-post" class="container-wrapper post-content">
        <header class="entry-header-outer">
          <div class="entry-header">
            <span class="post-cat-wrap"><a class="post-cat" href="/category/1">${parts.kicker ?? page.section}</a></span>
            <h1 class="post-title entry-title">${parts.headline}</h1>
            <div class="post-meta"><span class="author-meta">${page.byline}</span><span class="date meta-item">${levantDate(page.published)}</span></div>
          </div>
        </header>
        <div class="entry-content entry clearfix">
${body}        </div>
        <div class="share-links"><a href="#fb">فيسبوك</a><a href="#tw">تويتر</a><a href="#wa">واتساب</a></div>
      </article>
      <div id="related-posts" class="container-wrapper">
        <div class="mag-box-title"><h3>${parts.relatedHeading ?? 'مقالات ذات صلة'}</h3></div>
        <div class="related-posts-list">${RELATED.map((title, i) => html`<div class="related-item"><a class="post-thumb" href="/archives/${48190 + i}"><img src="/media/related-${i}.svg" alt=""></a><h3 class="post-title"><a href="/archives/${48190 + i}">${title}</a></h3></div>`)}</div>
      </div>
    </div>
    <aside class="sidebar">
      <div class="container-wrapper widget"><div class="widget-title"><h4>الأكثر قراءة</h4></div>
        <ul>${MOST_READ.map((title, i) => html`<li><a href="/archives/${47000 + i}">${title}</a></li>`)}</ul>
      </div>
    </aside>
  </div>
  <footer id="footer" class="site-footer"><div class="copyright-text">© جميع الحقوق محفوظة لموقع ${page.outlet} 2018</div></footer>
</div>
</div>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="screen-reader-text">${parts.backToTop ?? 'زر الذهاب إلى الأعلى'}</span></a>
${cookieScript('gdpr-box', 'gdpr-accept')}
</body>
</html>
`.value;
}
