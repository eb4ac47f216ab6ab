// Two news sites built by their own scripts, the way many are now:
// - lateStory (late-news.test): the server sends the shell (metadata, masthead, menu, an empty
//   story box with a loading line) and a script puts the story in after a delay, as if it came
//   from an API. Isnad must wait for it, and must not give up on the page too early.
// - spaNews (spa-news.test): a single-page site; clicking a headline in "more stories" swaps
//   the story in place and changes the address with history.pushState (back works too). Isnad
//   must re-read the page and paint the new story.
// The stories are seed articles; every path of a site serves that story directly too.
import { html, raw } from '../lib/html.js';
import { newsHead, descriptionOf } from '../lib/head.js';
import { renderBody } from '../lib/body.js';
import { longDate } from '../lib/dates.js';
import { logoSvg } from '../lib/media.js';

export const zones = {
  story: '#story-body',
  headline: '#story-headline',
  notStory: { menu: 'nav.site-menu', more: 'aside.more-stories', footer: 'footer.site-footer' },
};

const CSS = `
body{margin:0;font-family:Tahoma,'DejaVu Sans',sans-serif;background:#fbfbfd;color:#161616}
header.site-head{display:flex;align-items:center;gap:10px;padding:12px 22px;background:#0e3a5d;color:#fff}
header.site-head a{color:#fff;font-size:24px;font-weight:700;text-decoration:none}
nav.site-menu ul{list-style:none;display:flex;gap:16px;margin:0;padding:8px 22px;background:#fff;border-bottom:1px solid #ddd}
main{max-width:800px;margin:0 auto;padding:16px 20px}
h1{font-size:30px;line-height:1.45}
.story-meta{color:#555;font-size:14px}
#story-body{font-size:19px;line-height:1.9}
.loading{color:#888}
aside.more-stories{border-top:3px solid #0e3a5d;margin-top:20px}
footer.site-footer{margin-top:24px;padding:14px;text-align:center;background:#0e3a5d;color:#dde;font-size:13px}
`;

const MENU = ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'منوعات'];

/**
 * @typedef {{ page: import('../site.js').SeedPage, parts: import('../lib/seedBlocks.js').SeedParts, url: string }} StoryContext
 */

/** The story's markup: the headline line and the body blocks. @param {StoryContext} story */
function storyMarkup({ page, parts }) {
  const body = renderBody(parts.body, {
    paragraph: (text) => html`<p>${text}</p>`,
    subheading: (text) => html`<h3>${text}</h3>`,
    readAlso: () => html``,
    spacer: () => html``,
    initials: (text) => html`<p class="initials">${text}</p>`,
    source: (text) => html`<p class="source">${text}</p>`,
    counter: () => html``,
    dateLine: () => html``,
  });
  return {
    headline: parts.headline,
    meta: `${page.byline} · ${longDate(page.published)}`,
    body: body.value,
  };
}

/** @param {string} value */
const scriptJson = (value) => raw(JSON.stringify(value).replaceAll('<', '\\u003c'));

/** @param {StoryContext} story @param {string} siteName */
function head(story, siteName) {
  const first = story.parts.body.find((b) => b.kind === 'paragraph')?.text ?? story.parts.headline;
  return newsHead({
    documentTitle: `${story.parts.headline} | ${siteName}`,
    headline: story.parts.headline,
    siteName,
    url: story.url,
    description: descriptionOf(first),
    publishedTime: story.page.publishedTime,
    section: story.page.section,
    author: story.page.byline,
    jsonLd: true,
    css: CSS,
  });
}

/** @param {string} siteName @param {string} colourLetter */
function chrome(siteName, colourLetter) {
  return {
    top: html`<header class="site-head">${raw(logoSvg(colourLetter, '#0e3a5d'))}<a href="/">${siteName}</a></header>
<nav class="site-menu"><ul>${MENU.map((m, i) => html`<li><a href="/section/${i}">${m}</a></li>`)}</ul></nav>`,
    footer: html`<footer class="site-footer">© ${siteName}</footer>`,
  };
}

/**
 * The late-loading page: the story arrives `delayMs` after the page has loaded.
 * @param {{ story: StoryContext, siteName: string, delayMs: number }} ctx
 */
export function renderLate({ story, siteName, delayMs }) {
  const { top, footer } = chrome(siteName, 'ل');
  const markup = storyMarkup(story);
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${head(story, siteName)}
</head>
<body>
${top}
<main>
  <article id="story">
    <h1 id="story-headline"></h1>
    <div class="story-meta" id="story-meta"></div>
    <div id="story-body"><p class="loading">جار التحميل…</p></div>
  </article>
</main>
${footer}
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    var story = ${scriptJson(markup)};
    document.getElementById('story-headline').textContent = story.headline;
    document.getElementById('story-meta').textContent = story.meta;
    document.getElementById('story-body').innerHTML = story.body;
  }, ${raw(String(delayMs))});
});
</script>
</body>
</html>
`.value;
}

/**
 * The single-page site: `current` is the story served at this path; every story is in the page's
 * script, and the "more stories" links swap them in place.
 * @param {{ stories: StoryContext[], current: number, siteName: string }} ctx
 */
export function renderSpa({ stories, current, siteName }) {
  const { top, footer } = chrome(siteName, 'ص');
  const story = stories[current];
  if (!story) throw new Error(`no story ${current}`);
  const markup = storyMarkup(story);
  const all = stories.map((s) => ({ path: new URL(s.url).pathname, title: `${s.parts.headline} | ${siteName}`, ...storyMarkup(s) }));
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${head(story, siteName)}
</head>
<body>
${top}
<main>
  <article id="story">
    <h1 id="story-headline">${markup.headline}</h1>
    <div class="story-meta" id="story-meta">${markup.meta}</div>
    <div id="story-body">${raw(markup.body)}</div>
  </article>
  <aside class="more-stories">
    <h2>المزيد من الأخبار</h2>
    <ul>${all.map((s, i) => html`<li><a class="spa-link" data-story="${String(i)}" href="${s.path}">${s.headline}</a></li>`)}</ul>
  </aside>
</main>
${footer}
<script>
(function () {
  var stories = ${scriptJson(all)};
  function show(i) {
    var s = stories[i];
    document.title = s.title;
    document.getElementById('story-headline').textContent = s.headline;
    document.getElementById('story-meta').textContent = s.meta;
    document.getElementById('story-body').innerHTML = s.body;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.spa-link');
    if (!link) return;
    event.preventDefault();
    var i = Number(link.getAttribute('data-story'));
    history.pushState({ story: i }, '', stories[i].path);
    show(i);
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', function (event) {
    var i = event.state && typeof event.state.story === 'number' ? event.state.story : ${raw(String(current))};
    show(i);
  });
})();
</script>
</body>
</html>
`.value;
}
