/**
 * The content script's first and, on most pages, only question: leave this page alone, read
 * it now, or wait for its story? Answered from structure before text, because structure is a
 * handful of attribute reads and selector matches while text means walking nodes:
 *
 * 1. `<html lang>` / `dir` name another language: skip (no text read at all).
 * 2. The title's script, when the page declares no language: a Latin or CJK title skips.
 * 3. Metadata: JSON-LD types (a cheap text match, no JSON.parse), og:type,
 *    article:published_time, `<article>`, `<time datetime>`. A recipe or product type skips;
 *    news metadata on an Arabic page reads it now ('news').
 * 4. Only when none of that decides: a bounded sample of text (detect.ts).
 *
 * 'news' does not promise a story: a page that renders its article late has the metadata
 * before the text, so the caller watches it for a while (the "shell" case).
 */
import { assessNews, languageRulesOut, mightBeArabic } from './detect.ts';
import { countLetters } from './text.ts';

export type Verdict = 'skip' | 'news';

export interface Triage {
  verdict: Verdict;
  /** Why, for tests and debugging, e.g. ["lang:ar", "jsonld:NewsArticle", "og:article"]. */
  signals: string[];
  /** The page declares Arabic or right-to-left and carries news metadata: worth watching if its story comes late. */
  newsShell: boolean;
}

/**
 * Schema.org types (lower case) that make a page news, an article, or certainly not news.
 * Sets and string scans rather than regular expressions: on a page's first and only run,
 * compiling a regular expression costs more than the whole decision may.
 */
const NEWS_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
]);
const ARTICLE_TYPES = new Set(['article', 'report', 'blogposting']);
const NON_NEWS_TYPES = new Set(['recipe', 'product', 'productgroup', 'offer', 'aggregateoffer', 'store', 'howto', 'menu', 'restaurant']);
/** JSON-LD read per page: the types sit near the top of each block. */
const JSON_LD_CHARS = 20_000;

export function triage(doc: Document): Triage {
  const root = doc.documentElement;
  if (!root || languageRulesOut(doc)) return skip('lang');
  const signals: string[] = [];
  const lang = (root.getAttribute('lang') ?? '').trim().toLowerCase();
  const rtl = (root.getAttribute('dir') ?? '').toLowerCase() === 'rtl' || (doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
  const declaredArabic = lang.startsWith('ar') || rtl;
  if (declaredArabic) signals.push(lang.startsWith('ar') ? 'lang:ar' : 'dir:rtl');
  else {
    // No language declared: the title tells most pages apart without touching the body.
    const { arabic, letters } = countLetters((doc.title ?? '').slice(0, 300));
    if (letters >= 12 && arabic < letters * 0.2) return skip('title-script');
    if (letters >= 6 && arabic >= letters * 0.6) signals.push('title:arabic');
  }

  const meta = newsMetadata(doc);
  signals.push(...meta.signals);
  if (meta.notNews) return { verdict: 'skip', signals, newsShell: false };
  const arabicEvidence = declaredArabic || signals.includes('title:arabic');
  if (arabicEvidence && meta.score >= 2) return { verdict: 'news', signals, newsShell: true };

  // Ambiguous: read a bounded sample of text (detect.ts bounds both the sample and the prose walk).
  if (!mightBeArabic(doc)) return { verdict: 'skip', signals: [...signals, 'text:not-arabic'], newsShell: false };
  const assessed = assessNews(doc);
  return { verdict: assessed.news ? 'news' : 'skip', signals: [...signals, ...assessed.signals], newsShell: false };
}

function skip(signal: string): Triage {
  return { verdict: 'skip', signals: [signal], newsShell: false };
}

interface MetadataFinding {
  score: number;
  notNews: boolean;
  signals: string[];
}

/** Structural evidence only: no text node is read. */
export function newsMetadata(doc: Document): MetadataFinding {
  const signals: string[] = [];
  let score = 0;
  let newsType = false;
  let articleType = false;
  let otherType: string | null = null;
  const classify = (type: string) => {
    const t = type.toLowerCase();
    if (NEWS_TYPES.has(t)) newsType = true;
    else if (ARTICLE_TYPES.has(t)) articleType = true;
    else if (otherType === null && NON_NEWS_TYPES.has(t)) otherType = t;
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 8; i++) jsonLdTypes(scriptText(scripts[i]!), classify);
  if (otherType !== null && !newsType) return notNews(otherType);
  // Microdata says the same in itemtype attributes ("https://schema.org/NewsArticle").
  const itemType = doc.querySelector('[itemtype]')?.getAttribute('itemtype')?.trim() ?? '';
  if (itemType) classify(itemType.slice(itemType.lastIndexOf('/') + 1));

  const ogType = (meta(doc, 'og:type') ?? '').toLowerCase();
  // A page that calls itself a recipe or a product is one, whatever else it carries,
  // unless it also declares a news type (a news story may embed a product box).
  if (!newsType && (otherType !== null || ogType.startsWith('product') || ogType === 'restaurant')) {
    return notNews(otherType ?? ogType);
  }
  if (newsType) {
    score += 2;
    signals.push('type:news');
  } else if (articleType) {
    score += 1;
    signals.push('type:article');
  }
  if (ogType === 'article') {
    score += 1;
    signals.push('og:article');
  }
  if (meta(doc, 'article:published_time') !== null || doc.querySelector('time[datetime], [itemprop="datePublished"]') !== null) {
    score += 1;
    signals.push('published');
  }
  if (doc.querySelector('article') !== null) {
    score += 1;
    signals.push('<article>');
  }
  return { score, notNews: false, signals };
}

function notNews(type: string): MetadataFinding {
  return { score: 0, notNews: true, signals: [`type:${type}`] };
}

/**
 * The start of a script's text. A script is one text node: its data is the string the page
 * already holds, where textContent would build a copy of the whole block first.
 */
function scriptText(script: Element): string {
  const only = script.firstChild;
  const text = only !== null && only === script.lastChild && only.nodeType === 3 ? (only as Text).data : (script.textContent ?? '');
  return text.length > JSON_LD_CHARS ? text.slice(0, JSON_LD_CHARS) : text;
}

/** Calls `found` with the first type of each `"@type": "X"` or `"@type": ["X", …]` in JSON-LD text. */
function jsonLdTypes(source: string, found: (type: string) => void): void {
  for (let at = source.indexOf('"@type"'); at !== -1; at = source.indexOf('"@type"', at + 7)) {
    let i = at + 7;
    while (i < source.length && (source[i] === ' ' || source[i] === ':' || source[i] === '[' || source[i] === '\n' || source[i] === '\t' || source[i] === '\r')) i++;
    if (source[i] !== '"') continue;
    const end = source.indexOf('"', i + 1);
    if (end === -1 || end - i > 60) continue;
    found(source.slice(i + 1, end));
  }
}

function meta(doc: Document, property: string): string | null {
  return doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content')?.trim() || null;
}
