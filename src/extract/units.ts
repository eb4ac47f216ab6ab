/**
 * Text units: the runs of inline text between block boundaries (block elements and `<br>`).
 *
 * story.ts cuts the live page this way (Readability decides which text nodes are story, the
 * units decide where paragraphs and line breaks fall), so the story text has the page's own
 * paragraphs whatever Readability's rewrapping did to its copy.
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, isHiddenByMarkup, tagOf } from './dom.ts';
import { ELEMENT_NODE, TEXT_NODE, normalizeSpace } from './text.ts';

/** What separates a unit from the one before it in the walk. */
export type Break = 'paragraph' | 'line';

export interface TextUnit {
  /** The unit's text nodes, in document order. */
  nodes: Text[];
  /** The nearest block element around the unit. */
  block: Element;
  /** Its text with white space collapsed and trimmed: the key it is matched by. */
  key: string;
  /** Non-space characters in the unit, and how many of them are inside links. */
  chars: number;
  linkChars: number;
  /** The break before this unit (after a `<br>` inside the same block: 'line'). */
  breakBefore: Break;
}

/**
 * Cuts the text under `root` into units, in document order. Skips code, media and form controls,
 * and elements hidden by markup. Units with no visible character are dropped.
 */
export function collectUnits(root: Element): TextUnit[] {
  const units: TextUnit[] = [];
  let nodes: Text[] = [];
  let chars = 0;
  let linkChars = 0;
  let block: Element = root;
  let pending: Break = 'paragraph';

  const close = (reason: Break) => {
    const key = nodes.length > 0 ? normalizeSpace(nodes.map((n) => n.data).join('')) : '';
    if (key !== '') {
      units.push({ nodes, block, key, chars, linkChars, breakBefore: pending });
      pending = reason;
    } else if (reason === 'paragraph' || pending === 'line') {
      // A block boundary, or an empty line (two <br>s in a row), separates paragraphs.
      pending = 'paragraph';
    }
    nodes = [];
    chars = 0;
    linkChars = 0;
  };

  const walk = (parent: Node, inLink: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child as Text;
        if (nodes.length === 0) block = nearestBlock(parent, root);
        nodes.push(text);
        const visible = text.data.replace(/\s+/g, '').length;
        chars += visible;
        if (inLink) linkChars += visible;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const tag = tagOf(el);
        if (NON_TEXT_TAGS.has(tag) || isHiddenByMarkup(el)) continue;
        if (tag === 'br') {
          close('line');
        } else if (BLOCK_TAGS.has(tag)) {
          close('paragraph');
          walk(el, inLink);
          close('paragraph');
        } else {
          walk(el, inLink || (tag === 'a' && el.hasAttribute('href')));
        }
      }
    }
  };

  walk(root, false);
  close('paragraph');
  return units;
}

function nearestBlock(node: Node, root: Element): Element {
  for (let el: Node | null = node; el && el !== root; el = el.parentNode) {
    if (el.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(el as Element))) return el as Element;
  }
  return root;
}
