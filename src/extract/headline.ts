/**
 * The headline as the page shows it: the element whose text is the story's title.
 *
 * Readability keeps the title apart from the story and story.ts drops a unit that repeats it,
 * so a person or an agreement named only in the headline used to be neither analysed nor
 * highlighted. The headline element is found here so that its text can lead the story text
 * (anchored to its own nodes, like every paragraph), as the first line of a saved report does.
 */
import { labelKey } from './text.ts';

/** Where a page's headline is usually marked up; the first few of each are looked at. */
const HEADLINE_SELECTOR = 'h1, [itemprop="headline"]';
const MAX_CANDIDATES = 12;
/** Containers whose headings name other pages (menus, sidebars, footers), not this story. */
const NOT_THIS_STORY = 'nav, aside, footer, [role="navigation"], [role="complementary"]';
/** Part of a document title that the element must cover: «العنوان - اسم الموقع» still matches «العنوان». */
const MIN_SHARE_OF_TITLE = 0.6;
/** A heading shorter than this (in characters, normalised) is a logo or a section name, not a headline. */
const MIN_HEADLINE_CHARS = 12;

/**
 * The element showing the headline: the first `h1` (or microdata headline) outside menus and
 * sidebars whose text is one of `titles`, or the main part of one («… | الموقع»). Null when
 * the page shows none of them.
 */
export function findHeadline(doc: Document, titles: readonly (string | null | undefined)[]): Element | null {
  const keys = titles.map((t) => labelKey(t ?? '')).filter((k) => k.length >= MIN_HEADLINE_CHARS);
  if (keys.length === 0) return null;
  const candidates = doc.querySelectorAll(HEADLINE_SELECTOR);
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i++) {
    const el = candidates[i]!;
    if (el.closest(NOT_THIS_STORY)) continue;
    const key = labelKey(el.textContent ?? '');
    if (key.length < MIN_HEADLINE_CHARS) continue;
    if (keys.some((title) => title === key || (title.includes(key) && key.length >= title.length * MIN_SHARE_OF_TITLE))) return el;
  }
  return null;
}
