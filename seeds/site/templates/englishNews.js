// An English news article with every news signal (Open Graph article, published time,
// <article>, byline) and officials named throughout: only its language should make
// Isnad leave it alone.
import { html, raw } from '../lib/html.js';
import { newsHead } from '../lib/head.js';
import { cookieScript } from '../lib/body.js';
import { logoSvg } from '../lib/media.js';

const PUBLISHED_TIME = '2019-05-15T09:10:00+00:00';

const STORY = [
  'SOCHI, Russia — US Secretary of State Mike Pompeo said on Tuesday that his talks with Russian President Vladimir Putin in the Black Sea resort of Sochi had been "very constructive", and that both sides wanted to move the political process in Syria forward.',
  'Speaking to reporters before leaving Russia, Mr Pompeo said the two countries had found ways to work together on a committee meant to draft a new Syrian constitution, a step that has stalled for more than a year.',
  'Earlier in the day he met Foreign Minister Sergey Lavrov, who told a joint news conference that tension between Moscow and Washington "affects the whole world" and needed to be fixed.',
  'The two ministers also discussed Venezuela, North Korea, Ukraine and the Iran nuclear deal. Mr Lavrov said that Russia was ready to return to talks on strategic stability, including the future of the New START treaty.',
  'Yuri Ushakov, a foreign policy aide to Mr Putin, said the president had stressed the need to respect the sovereignty and territorial integrity of Syria.',
  'The meeting was the highest-level contact between the two governments in months, and officials on both sides played down the chance of quick results.',
];

const CSS = `
body{margin:0;font-family:Georgia,'DejaVu Serif',serif;color:#111;background:#fff}
header.masthead{display:flex;align-items:center;gap:10px;padding:12px 24px;border-bottom:1px solid #ddd;font-family:Arial,'DejaVu Sans',sans-serif}
header.masthead .name{font-size:24px;font-weight:700;color:#003366;text-decoration:none}
nav.sections ul{list-style:none;display:flex;gap:14px;margin:0;padding:8px 24px;font-family:Arial,'DejaVu Sans',sans-serif;font-size:14px;border-bottom:1px solid #eee}
main{max-width:720px;margin:0 auto;padding:16px}
h1{font-size:34px;line-height:1.25}
.byline{font-family:Arial,'DejaVu Sans',sans-serif;color:#555;font-size:14px}
article p{font-size:19px;line-height:1.6}
aside.related{border-top:2px solid #003366;font-family:Arial,'DejaVu Sans',sans-serif}
footer{border-top:1px solid #ddd;padding:14px 24px;font-size:13px;color:#666;font-family:Arial,'DejaVu Sans',sans-serif}
#cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px 24px;font-family:Arial,'DejaVu Sans',sans-serif}
`;

/** @param {import('../site.js').OtherPageContext} ctx */
export function render({ page, url }) {
  const head = newsHead({
    documentTitle: `${page.title} | World News Today`,
    headline: page.title,
    siteName: 'World News Today',
    url,
    description: STORY[0] ?? page.title,
    publishedTime: PUBLISHED_TIME,
    section: 'World',
    author: 'Staff and agencies',
    jsonLd: true,
    lang: 'en',
    css: CSS,
  });
  return html`<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
${head}
</head>
<body>
<header class="masthead">${raw(logoSvg('W', '#003366'))}<a class="name" href="/">World News Today</a></header>
<nav class="sections"><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/tag/putin/">Putin</a></li></ul></nav>
<main>
  <article>
    <h1>${page.title}</h1>
    <p class="byline">By Staff and agencies · <time datetime="${PUBLISHED_TIME}">15 May 2019</time></p>
    ${STORY.map((p) => html`<p>${p}</p>\n`)}
  </article>
  <aside class="related"><h2>Read more</h2><ul><li><a href="/world/2019/05/14/lavrov-ankara">Lavrov meets his Turkish counterpart in Ankara</a></li><li><a href="/world/2019/05/13/pompeo-brussels">Pompeo makes unannounced stop in Brussels</a></li></ul></aside>
</main>
<footer>© 2019 World News Today</footer>
<div id="cookie-banner">This site uses cookies to improve your experience. <button type="button" id="cookie-ok">OK</button></div>
${cookieScript('cookie-banner', 'cookie-ok')}
</body>
</html>
`.value;
}
