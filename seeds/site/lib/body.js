// Turns the story's blocks into markup with a template's own renderer for each kind of
// block, so every outlet can mark up the same parts its own way.
import { html, raw } from './html.js';

/**
 * @typedef {import('./seedBlocks.js').BodyBlock} BodyBlock
 * @typedef {{ [K in BodyBlock['kind']]: (text: string, index: number) => import('./html.js').Markup }} BlockRenderers
 */

/** @param {BodyBlock[]} blocks @param {BlockRenderers} renderers */
export function renderBody(blocks, renderers) {
  return html`${blocks.map((block, index) => html`${renderers[block.kind](block.text, index)}\n`)}`;
}

/** The default cookie notice of the outlets whose seed did not carry one. */
export const DEFAULT_COOKIE_NOTICE =
  'هذا الموقع يستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك في التصفح وتحليل الزيارات. باستمرارك في التصفح فإنك توافق على ذلك.';

/** The one script the pages carry: the cookie banner's button hides the banner (only when clicked). */
export function cookieScript(bannerId, buttonId) {
  return html`<script>
document.getElementById(${raw(JSON.stringify(buttonId))}).addEventListener('click', function () {
  document.getElementById(${raw(JSON.stringify(bannerId))}).hidden = true;
});
</script>`;
}
