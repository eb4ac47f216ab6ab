// الشرق اليومية (sharq-daily.test): a newspaper site with schema.org microdata and JSON-LD,
// no <nav> element (the menu is a plain list), a breaking-news ticker, crossheads inside
// the story, the editor's initials at its end, "إقرأ أيضاً" story cards and readers' comments.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody, DEFAULT_COOKIE_NOTICE, cookieScript } from '../lib/body.js';
import { levantDate, longDate, clockTime } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

export const zones = {
  story: '.story-body',
  headline: 'h1[itemprop="headline"]',
  notStory: {
    cookie: '.consent-bar',
    menu: 'ul.nav-sections',
    ticker: '.ticker',
    share: '.story-tools',
    related: 'section.more-stories',
    comments: '#comments',
    footer: '#site-footer',
  },
};

const SECTIONS = ['محليات', 'عربي ودولي', 'اقتصاد', 'رأي', 'رياضة', 'حوارات لافروف وبومبيو', 'الصور'];

const TICKER = 'عاجل: ترامب يهاتف بوتين ويبحثان ملفي فنزويلا وكوريا الشمالية';

const MORE_STORIES = [
  'لافروف يلتقي نظيره التركي في أنقرة',
  'بومبيو: واشنطن لن تتراجع عن الضغط على طهران',
  'بوتين يستقبل الرئيس الفنزويلي نيكولاس مادورو في الكرملين',
];

const COMMENTS = [
  { who: 'أبو خالد', when: 'منذ ساعتين', text: 'بومبيو يقول في سوتشي شيئا ويفعل في واشنطن عكسه، والضحية دائما الشعب السوري.' },
  { who: 'سمر', when: 'منذ 3 ساعات', text: 'لافروف أذكى من كل الوزراء الأمريكيين الذين تعامل معهم، تحليل ممتاز.' },
  { who: 'مواطن عربي', when: 'منذ 5 ساعات', text: 'لا حل في سوريا من دون توافق روسي أمريكي.' },
];

const CSS = `
body{margin:0;font-family:'Noto Naskh Arabic',Tahoma,'DejaVu Sans',sans-serif;background:#fff;color:#1a1a1a}
a{color:inherit}
.consent-bar{background:#fdf6e3;border-bottom:1px solid #e8dcb5;padding:8px 20px;font-size:14px;display:flex;gap:12px;align-items:center}
.consent-bar button{font:inherit;background:#1f4e79;color:#fff;border:0;padding:3px 14px;border-radius:12px}
.masthead{text-align:center;padding:14px 0 6px;border-bottom:3px double #1f4e79}
.masthead .name{font-size:34px;font-weight:700;color:#1f4e79;display:inline-flex;gap:10px;align-items:center;text-decoration:none}
.masthead .issue{font-size:13px;color:#666}
ul.nav-sections{list-style:none;margin:0;padding:6px;display:flex;justify-content:center;gap:4px;border-bottom:1px solid #ddd;flex-wrap:wrap}
ul.nav-sections a{text-decoration:none;padding:4px 12px;font-size:15px}
.ticker{background:#1f4e79;color:#fff;padding:6px 20px;font-size:14px}
.ticker strong{background:#c00;padding:0 8px;margin-left:8px}
#page{max-width:820px;margin:0 auto;padding:16px 20px}
.story-kicker{color:#1f4e79;font-weight:700;font-size:14px}
h1[itemprop=headline]{font-size:32px;line-height:1.45;margin:6px 0 10px}
.story-meta{font-size:14px;color:#555;display:flex;gap:18px;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:6px 0}
.story-body{font-size:19px;line-height:1.9}
.story-body h3{font-size:20px;color:#1f4e79;margin:22px 0 6px}
.story-body .editor-initials{color:#888;font-size:15px}
.story-tools{display:flex;gap:10px;font-size:14px;margin:16px 0}
.story-tools a{border:1px solid #ccc;border-radius:14px;padding:2px 12px;text-decoration:none}
section.more-stories{border-top:3px solid #1f4e79;margin-top:18px}
section.more-stories .cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
section.more-stories .card{background:#f3f6f9;padding:10px;font-size:15px}
#comments{margin-top:24px}#comments li{margin-bottom:10px}#comments .who{font-weight:700}#comments .when{color:#888;font-size:12px;margin-right:8px}
#site-footer{margin-top:30px;background:#1f4e79;color:#dde;padding:16px;text-align:center;font-size:13px}
`;

/** @param {import('../site.js').SeedPageContext} ctx */
export function render({ page, parts, url }) {
  const first = parts.body.find((b) => b.kind === 'paragraph')?.text ?? parts.headline;
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<h3>${text}</h3>`,
    readAlso: (text, i) => html`<div class="inline-story"><a href="/article/related-${i}.html">اقرأ أيضا: ${text}</a></div>`,
    spacer: () => html`<p>&nbsp;</p>`,
    initials: (text) => html`<p class="editor-initials">${text}</p>`,
    source: (text) => html`<p class="story-source">${text}</p>`,
    counter: (text) => html`<p>${text}</p>`,
    dateLine: (text) => html`<p class="story-date">${text}</p>`,
  });
  const head = newsHead({
    documentTitle: `${page.outlet} - ${parts.headline}`,
    headline: parts.headline,
    siteName: page.outlet,
    url,
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
<div class="consent-bar" id="consent">
  <p>${DEFAULT_COOKIE_NOTICE}</p>
  <button type="button" id="consent-ok">أوافق</button>
</div>
<div class="masthead">
  <a class="name" href="/">${raw(logoSvg('ش', '#1f4e79'))}${page.outlet}</a>
  <div class="issue">${longDate(page.published)} الموافق ${levantDate(page.published)} · العدد 7731</div>
</div>
<ul class="nav-sections">${SECTIONS.map((s, i) => html`<li><a href="/section/${i}.html">${s}</a></li>`)}</ul>
<div class="ticker"><strong>عاجل</strong><span>${TICKER}</span></div>
<div id="page">
  <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="story-kicker">${page.section}</div>
    <h1 itemprop="headline">${parts.headline}</h1>
    <div class="story-meta">
      <span class="author" itemprop="author">${page.byline}</span>
      <time itemprop="datePublished" datetime="${page.publishedTime}">${longDate(page.published)} ${clockTime(page.publishedTime)}</time>
    </div>
    <div class="story-body" itemprop="articleBody">
${body}    </div>
    <div class="story-tools"><a href="#print">طباعة</a><a href="#email">إرسال</a><a href="#facebook">فيسبوك</a><a href="#twitter">تويتر</a></div>
  </article>
  <section class="more-stories">
    <h2>${parts.relatedHeading ?? 'اقرأ أيضا'}</h2>
    <div class="cards">${MORE_STORIES.map((title, i) => html`<div class="card"><a href="/article/2019/05/1${i + 4}/story-${i}.html"><h3>${title}</h3></a></div>`)}</div>
  </section>
  <section id="comments">
    <h2>التعليقات (${COMMENTS.length})</h2>
    <ol class="comment-list">${COMMENTS.map((c) => html`<li><span class="who">${c.who}</span><span class="when">${c.when}</span><p>${c.text}</p></li>`)}</ol>
    <form class="comment-form"><textarea placeholder="أضف تعليقك"></textarea><button type="button">إرسال</button></form>
  </section>
</div>
<footer id="site-footer">جميع الحقوق محفوظة © ${page.outlet} 2019 · <a href="/about.html">من نحن</a> · <a href="/ads.html">أعلن معنا</a></footer>
${cookieScript('consent', 'consent-ok')}
</body>
</html>
`.value;
}
