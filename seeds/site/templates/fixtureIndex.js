// The fixture site's front page (isnad-fixtures.test, also localhost): a list of every page
// with what Isnad should do on it, for people trying Isnad with `npm start`.
import { html, raw } from '../lib/html.js';

const CSS = `
body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:900px;margin:24px auto;padding:0 16px;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:8px;text-align:left;vertical-align:top}
td.ar{direction:rtl;text-align:right}
code{background:#f2f2f2;padding:1px 4px}
`;

/** @param {import('../site.js').OtherPageContext} ctx */
export function render({ page, site }) {
  const rows = site.filter((p) => p.kind !== 'index');
  return html`<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<style>${raw(CSS)}</style>
</head>
<body>
<h1>${page.title}</h1>
<p>Five Arabic news articles, each on the page of its own fictional outlet, and pages Isnad must leave alone.
On a news page Isnad highlights the officials and agreements in the story (not in menus, banners, related links or comments);
the toolbar button opens the popup with what it stored. <code>&lt;html data-isnad="…"&gt;</code> says what Isnad did.</p>
<table>
<thead><tr><th>Page</th><th>Title</th><th>Isnad should</th></tr></thead>
<tbody>
${rows.map((p) => html`<tr><td><a href="${p.url}">${p.outlet ?? p.host}</a><br><small>${p.host}</small></td><td class="${p.kind === 'english' ? '' : 'ar'}">${p.title}</td><td>${p.expect === 'annotated' ? 'annotate' : 'leave alone'}</td></tr>\n`)}
</tbody>
</table>
</body>
</html>
`.value;
}
