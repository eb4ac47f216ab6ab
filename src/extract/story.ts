/**
 * The story of a news page: its title, date, address and body text, with the body text
 * anchored to the page's own text nodes.
 *
 * Readability (Firefox's reader view) decides what is story. It runs on a clone, because it
 * rewrites the document it is given; every text node of the clone is paired with its original
 * before it runs, and Readability moves text nodes around without recreating them, so the text
 * nodes it keeps lead straight back to the live page. The story text is then cut from the live
 * nodes (units.ts) and each piece remembers its node (anchor.ts): an offset the NLP returns for
 * the text becomes a DOM Range on the page, and a clone or a linkedom document (the CLI) works
 * the same way.
 */
import { articleKey } from '../articleKey.ts';
import { Readability } from '@mozilla/readability';
import { AnchoredTextBuilder, type Segment } from './anchor.ts';
import { collectUnits, type TextUnit } from './units.ts';
import { findHeadline } from './headline.ts';
import { ELEMENT_NODE, SHOW_TEXT, labelKey } from './text.ts';

export interface Story {
  /** The headline. */
  title: string;
  /** Publication time as the page states it (ISO date or timestamp), or null. */
  published: string | null;
  /** The address the story was read from. */
  url: string;
  /** The page's canonical address (link rel=canonical, og:url), else `url` without its fragment. */
  canonicalUrl: string;
  /** The outlet's name (og:site_name), else the host name. */
  siteName: string;
  /** Language of the page (`<html lang>`), '' when not stated. */
  lang: string;
  /** The story text: paragraphs separated by blank lines, white space collapsed. */
  text: string;
  /** Where the text comes from in `doc`: every character outside a separator is in a segment. */
  segments: Segment[];
}

/** Readability gives up (throws) on documents with more elements than this: no article page has them. */
const MAX_ELEMENTS = 60_000;
/** A unit with at least this many visible characters is prose, not a label. */
const PROSE_CHARS = 80;
/** A unit whose characters are mostly link text is a list of links to other pages. */
const MAX_LINK_SHARE = 0.5;
/** Less text than this is a caption or a teaser, not a story. */
const MIN_STORY_CHARS = 150;

/** Lines that introduce links to other articles, and notices that are no part of a story (normalised by `labelKey`). */
const READ_ALSO = /^(?:[«"(]\s*)?(?:اقرا|طالع|شاهد|اقرئي)\s*(?:ايضا|كذلك|المزيد)|^(?:مقالات|مواضيع|اخبار|قصص)\s+(?:ذات صل[ةه]|متعلق[ةه]|مشابه[ةه])|^قد يهمك/;
const NOTICE = /ملفات? تعريف الارتباط|الكوكيز|\bcookies?\b|جميع الحقوق محفوظ[ةه]/;

/**
 * Extracts the story of `doc` (a live page or a parsed one). `url` is the address it was loaded
 * from. Returns null when there is no story to speak of; never throws.
 */
export function extractStory(doc: Document, url: string): Story | null {
  try {
    return extract(doc, url);
  } catch {
    // Readability throws on pathological documents; such a page simply has no story.
    return null;
  }
}

function extract(doc: Document, url: string): Story | null {
  const root = doc.documentElement;
  if (!root) return null;
  const { clone, originalOf } = cloneWithTextPairs(doc);
  // keepClasses: only the kept text nodes matter here, so Readability need not walk the result to strip classes.
  const article = new Readability<Node>(clone, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS, keepClasses: true }).parse();
  const content = article?.content;
  if (!article || !content) return null;

  const kept = new Set<Text>();
  const walker = clone.createTreeWalker(content, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const original = originalOf.get(node as Text);
    if (original) kept.add(original);
  }
  if (kept.size === 0) return null;

  const metaTitle = firstText(metaContent(doc, 'og:title'), article.title, doc.title) ?? '';
  const body = storyUnits(kept, metaTitle);
  if (body.length === 0) return null;
  // The headline leads the text, so that whoever it names is read and highlighted too.
  const shown = findHeadline(doc, [metaTitle, article.title, doc.title]);
  const headline = shown ? headlineUnits(shown, body) : [];
  const { text, segments } = buildText([...headline, ...body]);
  const title = headline.length > 0 ? buildText(headline).text : metaTitle;
  const headlineChars = headline.reduce((sum, { unit }) => sum + unit.chars, 0);
  if (text.replace(/\s+/g, '').length - headlineChars < MIN_STORY_CHARS) return null;

  const location = articleKey(url);
  return {
    title,
    published: publishedTime(doc) ?? normalizeDate(article.publishedTime),
    url: location,
    canonicalUrl: canonicalUrl(doc, location),
    siteName: firstText(metaContent(doc, 'og:site_name'), article.siteName, hostOf(location)) ?? '',
    lang: (root.getAttribute('lang') ?? article.lang ?? '').trim(),
    text,
    segments,
  };
}

/** A deep clone of `doc` and, for each text node of the clone, the text node it copies. */
function cloneWithTextPairs(doc: Document): { clone: Document; originalOf: Map<Text, Text> } {
  const clone = doc.cloneNode(true) as Document;
  const originalOf = new Map<Text, Text>();
  const from = doc.createTreeWalker(doc.documentElement, SHOW_TEXT);
  const to = clone.createTreeWalker(clone.documentElement, SHOW_TEXT);
  for (let a = from.nextNode(), b = to.nextNode(); a && b; a = from.nextNode(), b = to.nextNode()) {
    originalOf.set(b as Text, a as Text);
  }
  return { clone, originalOf };
}

/** A text unit reduced to the nodes Readability kept. */
interface StoryUnit {
  unit: TextUnit;
  nodes: Text[];
  /** Position among all units of the story root, to tell adjacent units from separated ones. */
  index: number;
}

/**
 * The units of the live page that make the story: cut from the smallest element holding all
 * prose Readability kept (so a headline, byline or breadcrumb it kept above the body falls
 * away), minus the headline itself, link lists and notices.
 */
function storyUnits(kept: ReadonlySet<Text>, title: string): StoryUnit[] {
  const container = commonAncestor([...kept]);
  if (!container) return [];
  const all = collectUnits(container)
    .map((unit, index) => ({ unit, nodes: unit.nodes.filter((n) => kept.has(n)), index }))
    .filter((u) => u.nodes.some((n) => /\S/.test(n.data)));

  const prose = all.filter((u) => u.unit.chars >= PROSE_CHARS);
  const body = commonAncestor((prose.length > 0 ? prose : all).map((u) => u.unit.block)) ?? container;
  const titleKey = labelKey(title);
  return all.filter(({ unit }) => {
    if (!contains(body, unit.block)) return false;
    const key = labelKey(unit.key);
    if (titleKey !== '' && key === titleKey) return false;
    if (unit.chars > 0 && unit.linkChars / unit.chars > MAX_LINK_SHARE) return false;
    if (READ_ALSO.test(key)) return false;
    if (unit.chars < 400 && NOTICE.test(key)) return false;
    return true;
  });
}

/** Position given to the headline's units: never adjacent to a body unit, so a paragraph break follows it. */
const HEADLINE_INDEX = -100;

/** The headline element's text as units, unless the story body already holds it. */
function headlineUnits(shown: Element, body: readonly StoryUnit[]): StoryUnit[] {
  if (body.some(({ nodes }) => nodes.some((n) => shown.contains(n)))) return [];
  return collectUnits(shown).map((unit, i) => ({ unit, nodes: unit.nodes, index: HEADLINE_INDEX + i }));
}

/**
 * Joins the units into the story text. Inside a unit, runs of white space become one space;
 * that space is anchored to a real space of the page when the run has one, so that every
 * anchored character of the text is the very character of its node.
 */
function buildText(units: readonly StoryUnit[]): { text: string; segments: Segment[] } {
  const builder = new AnchoredTextBuilder();
  let previous = -2;
  for (const { unit, nodes, index } of units) {
    if (builder.textLength > 0) builder.appendUnanchored(index === previous + 1 && unit.breakBefore === 'line' ? '\n' : '\n\n');
    previous = index;
    appendCollapsed(builder, nodes);
  }
  return builder.build();
}

const WORD_RUN = /\S+/g;

function appendCollapsed(builder: AnchoredTextBuilder, nodes: readonly Text[]): void {
  let started = false;
  let gap = false;
  let space = null as { node: Text; offset: number } | null;
  const noteGap = (node: Text, from: number, to: number) => {
    if (from >= to) return;
    gap = true;
    if (!space) {
      const at = node.data.indexOf(' ', from);
      if (at !== -1 && at < to) space = { node, offset: at };
    }
  };
  for (const node of nodes) {
    const data = node.data;
    let last = 0;
    WORD_RUN.lastIndex = 0;
    for (let match = WORD_RUN.exec(data); match; match = WORD_RUN.exec(data)) {
      noteGap(node, last, match.index);
      if (started && gap) {
        if (space) builder.appendFromNode(' ', space.node, space.offset);
        else builder.appendUnanchored(' ');
      }
      builder.appendFromNode(match[0], node, match.index);
      started = true;
      gap = false;
      space = null;
      last = match.index + match[0].length;
    }
    noteGap(node, last, data.length);
  }
}

/** The deepest element containing every node of `nodes`. */
function commonAncestor(nodes: readonly Node[]): Element | null {
  const first = nodes[0];
  if (!first) return null;
  let ancestor: Element | null = elementOf(first);
  for (const node of nodes) {
    while (ancestor && !contains(ancestor, node)) ancestor = ancestor.parentElement;
    if (!ancestor) return null;
  }
  return ancestor;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

function contains(ancestor: Node, node: Node): boolean {
  return ancestor === node || ancestor.contains(node);
}

function metaContent(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

function firstText(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const text = c?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/** Publication time from the page's metadata: Open Graph, JSON-LD, microdata, then `<time>`. */
function publishedTime(doc: Document): string | null {
  const fromMeta = normalizeDate(metaContent(doc, 'article:published_time') ?? metaContent(doc, 'datePublished'));
  if (fromMeta) return fromMeta;
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const item = doc.querySelector('[itemprop="datePublished"]');
  const fromItem = normalizeDate(item?.getAttribute('content') ?? item?.getAttribute('datetime'));
  if (fromItem) return fromItem;
  return normalizeDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}

function jsonLdDate(doc: Document): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 10; i++) {
    const source = scripts[i]!.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      const found = findDatePublished(JSON.parse(source), 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; it is no evidence.
    }
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 5 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = typeof record['datePublished'] === 'string' ? normalizeDate(record['datePublished']) : null;
  return own ?? findDatePublished(record['@graph'], depth + 1) ?? findDatePublished(record['mainEntity'], depth + 1);
}

/** An ISO date or timestamp as written, when it starts with a plausible date; anything else is no date. */
function normalizeDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  return /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text) && !Number.isNaN(Date.parse(text.slice(0, 10))) ? text : null;
}

function canonicalUrl(doc: Document, location: string): string {
  const candidates = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), metaContent(doc, 'og:url')];
  for (const href of candidates) {
    if (!href) continue;
    try {
      const resolved = new URL(href.trim(), location);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return articleKey(resolved.href);
    } catch {
      // an unparsable canonical link is ignored
    }
  }
  return location;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

