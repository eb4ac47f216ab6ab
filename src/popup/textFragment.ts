/**
 * A link that opens an article scrolled to a sentence and highlights it: a URL text fragment
 * (`#:~:text=start,end`). Long sentences are given by their first and last words, which
 * survives small differences in the middle (a line break, a link) between stored text and page.
 */

/** Words at either end of a long sentence. */
const EDGE_WORDS = 4;

/** Percent-encodes a text directive's part: the dash, comma and ampersand are syntax there. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentLink(url: string, sentence: string): string {
  const base = url.replace(/#.*$/, '');
  // Quotation marks and punctuation at the ends may be outside the page's text node: start and end on words.
  const words = sentence
    .replace(/[\s\u200f\u200e]+/g, ' ')
    .replace(/^[\s«"“”'(]+|[\s»"“”'),.،؛:]+$/g, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return base;
  const directive =
    words.length <= EDGE_WORDS * 2
      ? encodePart(words.join(' '))
      : `${encodePart(words.slice(0, EDGE_WORDS).join(' '))},${encodePart(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
