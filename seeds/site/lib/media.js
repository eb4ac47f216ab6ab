// Images the pages link to, drawn as SVG so the fixture needs no binary files and no network.
import { escapeHtml } from './html.js';

/** A grey photo placeholder with a label, served under /media/<name>.svg on every host. */
export function photoSvg(label) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8a9bb0"/><stop offset="1" stop-color="#3d4a5c"/></linearGradient></defs>
<rect width="960" height="540" fill="url(#g)"/>
<circle cx="330" cy="250" r="70" fill="#c9d3de" opacity=".7"/><rect x="250" y="330" width="160" height="210" rx="60" fill="#c9d3de" opacity=".7"/>
<circle cx="630" cy="250" r="70" fill="#c9d3de" opacity=".7"/><rect x="550" y="330" width="160" height="210" rx="60" fill="#c9d3de" opacity=".7"/>
<text x="480" y="60" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${escapeHtml(label)}</text>
</svg>`;
}

/** An outlet's logo: a coloured tile with the outlet's initial, inline in the header. */
export function logoSvg(initial, color) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="44" height="44" viewBox="0 0 44 44" aria-hidden="true"><rect width="44" height="44" rx="9" fill="${color}"/><text x="22" y="30" font-family="sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${escapeHtml(initial)}</text></svg>`;
}
