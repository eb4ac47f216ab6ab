/**
 * DOM predicates that need no layout and no window: they read tags and attributes only,
 * so they behave the same on the live page, on a cloned document and on linkedom in Node.
 */

/** Lower-case tag name (HTML documents report upper case in tagName, linkedom sometimes too). */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** Elements whose text is never reading text: code, media, form controls. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'button', 'select', 'option', 'textarea', 'input', 'head', 'title',
]);

/** Elements that start a new block of text (CSS could change this, but reading computed style would force layout). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|!|$)/i;

/** Hidden by markup (the `hidden` attribute, aria-hidden, an inline display:none), as Readability also judges it. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** The class and id of an element as one lower-case string, for pattern tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}
