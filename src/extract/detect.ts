/**
 * Is this page Arabic news? In stages, so that the common case (a page that is not
 * Arabic at all) costs almost nothing:
 *
 * 0. `languageRulesOut`: `<html lang>` (and `dir`) name another language.
 * 1. `mightBeArabic`: a bounded sample of text (the title and the first few KB of body text,
 *    at most a fixed number of text nodes) and the share of Arabic letters in it.
 * 2. `assessNews`: only for pages that pass 1: article structure (Open Graph, JSON-LD,
 *    `<article>`, publication time), enough paragraphs of Arabic prose, and the vocabulary of
 *    reporting against that of recipes and shops.
 *
 * Everything here reads the DOM without layout and without `window`, so it runs on the live
 * page and on a linkedom document in Node.
 */
import { NON_TEXT_TAGS, tagOf } from './dom.ts';
import { SHOW_TEXT, countLetters, labelKey } from './text.ts';

/** Stage 1 budget: characters of text sampled and text nodes visited. */
const SAMPLE_CHARS = 3000;
const SAMPLE_NODES = 1500;
/** After this much text the sample usually already tells: a page with almost no Arabic stops here. */
const QUICK_SAMPLE_CHARS = 600;
const QUICK_MIN_LETTERS = 150;
const QUICK_MAX_ARABIC_SHARE = 0.1;

/** Stage 2 budget: text nodes visited when looking for prose. */
const PROSE_NODES = 20_000;
/** A run of text with this many Arabic letters is a sentence or more, not a menu item. */
const PROSE_RUN_LETTERS = 60;
const PROSE_MIN_RUNS = 3;
const PROSE_MIN_LETTERS = 400;
/** How much prose the vocabulary test reads. */
const VOCABULARY_SAMPLE_CHARS = 8000;

export interface ScriptSample {
  arabic: number;
  letters: number;
  /** `<html lang>`, lower case, '' when missing. */
  lang: string;
}

/**
 * The cheap sample: the title plus the first visible-text nodes of the body, up to
 * `maxChars`. Stops early, after QUICK_SAMPLE_CHARS, when the text so far has plenty of letters
 * and either hardly any or mostly Arabic ones.
 */
export function sampleScript(doc: Document, maxChars: number = SAMPLE_CHARS): ScriptSample {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  let arabic = 0;
  let letters = 0;
  let length = 0;
  const add = (text: string) => {
    const counted = countLetters(text);
    arabic += counted.arabic;
    letters += counted.letters;
    length += text.length;
  };
  add((doc.title ?? '').slice(0, maxChars));
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    let visited = 0;
    let quickDone = false;
    for (let node = walker.nextNode(); node && visited < SAMPLE_NODES && length < maxChars; node = walker.nextNode()) {
      visited++;
      const parent = node.parentNode as Element | null;
      if (parent && parent.nodeType === 1 && NON_TEXT_TAGS.has(tagOf(parent))) continue;
      add((node as Text).data.slice(0, maxChars - length));
      if (!quickDone && length >= QUICK_SAMPLE_CHARS) {
        quickDone = true;
        // Either way the answer is plain by now: hardly any Arabic, or mostly Arabic.
        if (letters >= QUICK_MIN_LETTERS && (arabic < letters * QUICK_MAX_ARABIC_SHARE || arabic >= letters * 0.7)) break;
      }
    }
  }
  return { arabic, letters, lang };
}

/**
 * The quickest look: the title and the first paragraphs, read in a handful of DOM calls (a tree
 * walk costs a call per node, and cold, on a page's first and only run, that adds up). True
 * only when they hold plenty of letters and hardly any Arabic; anything else goes on to the sample.
 */
export function clearlyNotArabic(doc: Document): boolean {
  let text = doc.title ?? '';
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 5 && text.length < QUICK_SAMPLE_CHARS; i++) {
    text += ' ' + (paragraphs[i]!.textContent ?? '').slice(0, QUICK_SAMPLE_CHARS);
  }
  const { arabic, letters } = countLetters(text.slice(0, 2 * QUICK_SAMPLE_CHARS));
  return letters >= QUICK_MIN_LETTERS && arabic < letters * QUICK_MAX_ARABIC_SHARE;
}

/**
 * Stage 1: could this page be Arabic? True when Arabic letters make up most of the sampled
 * letters (a lower share is enough when `<html lang>` already says Arabic).
 */
export function mightBeArabic(doc: Document): boolean {
  if (clearlyNotArabic(doc)) return false;
  const { arabic, letters, lang } = sampleScript(doc);
  if (arabic < 30) return false;
  const share = arabic / letters;
  return share >= 0.5 || (lang.startsWith('ar') && share >= 0.3);
}

export interface NewsAssessment {
  news: boolean;
  /** The evidence, for tests and debugging: e.g. ["prose", "og:article", "jsonld:NewsArticle"]. */
  signals: string[];
}

/** JSON-LD / microdata types that mean "a news story". */
const NEWS_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
]);
/** Types of generic articles: weaker evidence. */
const ARTICLE_TYPES = new Set(['article', 'blogposting', 'report', 'scholarlyarticle']);
/** Types that mean the page is something else, whatever else it says. */
const NON_NEWS_TYPES = new Set(['recipe', 'product', 'productgroup', 'offer', 'aggregateoffer', 'store', 'howto', 'menu']);

/** Words of reporting (normalised: alef forms unified, no diacritics); a clitic و or ف may precede them. */
const NEWS_WORDS = new Set([
  'قال', 'قالت', 'اكد', 'اكدت', 'اعلن', 'اعلنت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'افاد', 'افادت',
  'اوضح', 'اوضحت', 'اشار', 'اشارت', 'نقل', 'نقلت', 'تابع', 'وكالة', 'مصادر', 'مصدر', 'مسؤول', 'مسؤولون', 'المتحدث',
  'الرئيس', 'وزير', 'وزيرة', 'الوزير', 'الحكومة', 'رئيس', 'مجلس', 'الخارجية', 'بيان', 'تصريح', 'تصريحات', 'محادثات',
  'اجتماع', 'مؤتمر', 'العاصمة', 'الجيش', 'البرلمان', 'السفير', 'الامم', 'المتحدة',
]);
/** Words of cooking and shopping. */
const NON_NEWS_WORDS = new Set([
  'المقادير', 'المكونات', 'ملعقة', 'ملاعق', 'كوب', 'اكواب', 'الفرن', 'وصفة', 'وصفات', 'الطهي', 'التحضير', 'تحضير',
  'السلة', 'للسلة', 'شحن', 'الشحن', 'اشتر', 'تسوق', 'خصم', 'المنتج', 'المنتجات', 'الطلب', 'الكمية', 'حبة', 'رشة',
  'غرام', 'جرام', 'السعر', 'الدفع',
]);

/** Stage 2: article structure, Arabic prose, and vocabulary. Call only when `mightBeArabic` passed. */
export function assessNews(doc: Document): NewsAssessment {
  const signals: string[] = [];
  const types = structuredTypes(doc);
  const nonNews = [...types].find((t) => NON_NEWS_TYPES.has(t));
  if (nonNews) return { news: false, signals: [`type:${nonNews}`] };

  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? '';
  if (ogType.startsWith('product') || ogType === 'og:product' || ogType === 'restaurant') {
    return { news: false, signals: [`og:${ogType}`] };
  }

  const prose = findArabicProse(doc);
  if (!prose.enough) return { news: false, signals: ['no-prose'] };
  signals.push('prose');

  let score = 0;
  if ([...types].some((t) => NEWS_TYPES.has(t))) {
    score += 2;
    signals.push('type:news');
  } else if ([...types].some((t) => ARTICLE_TYPES.has(t))) {
    score += 1;
    signals.push('type:article');
  }
  if (ogType === 'article') {
    score += 1;
    signals.push('og:article');
  }
  if (hasPublicationTime(doc)) {
    score += 1;
    signals.push('published');
  }
  if (doc.querySelector('article') !== null) {
    score += 1;
    signals.push('<article>');
  }

  const vocabulary = labelKey(`${doc.title ?? ''} ${prose.sample}`);
  const newsHits = distinctHits(vocabulary, NEWS_WORDS);
  const nonNewsHits = distinctHits(vocabulary, NON_NEWS_WORDS);
  if (newsHits >= 3) {
    score += newsHits >= 6 ? 2 : 1;
    signals.push(`news-words:${newsHits}`);
  }
  if (nonNewsHits >= 3 && nonNewsHits >= newsHits / 2) {
    score -= 3;
    signals.push(`shop-or-recipe-words:${nonNewsHits}`);
  }
  return { news: score >= 2, signals };
}

/**
 * For a story already extracted from a page that passed on its metadata alone (blogs tag
 * recipes og:type=article too): its words are those of cooking or shopping rather than reporting.
 */
export function readsLikeRecipeOrShop(title: string, text: string): boolean {
  const vocabulary = labelKey(`${title} ${text.slice(0, VOCABULARY_SAMPLE_CHARS)}`);
  const nonNewsHits = distinctHits(vocabulary, NON_NEWS_WORDS);
  return nonNewsHits >= 3 && nonNewsHits >= distinctHits(vocabulary, NEWS_WORDS);
}

/** Right-to-left languages in Arabic script (or Hebrew script) that are not Arabic. */
const OTHER_RTL_LANGUAGES = new Set(['fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'dv', 'he', 'yi', 'pnb', 'bal', 'azb', 'lrc', 'mzn', 'glk']);

/**
 * Stage 0, free: the page declares a language that is not Arabic. A declared non-Arabic
 * right-to-left language always rules it out; any other declared language does unless the
 * page is also marked right-to-left (Arabic sites that leave a template's lang="en" behind).
 */
export function languageRulesOut(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return true;
  const lang = (root.getAttribute('lang') ?? '').trim().toLowerCase();
  if (lang === '') return false;
  // No regular expression here: compiling one costs more than this whole check on a cold page.
  let cut = 0;
  while (cut < lang.length && lang[cut] !== '-' && lang[cut] !== '_') cut++;
  const primary = lang.slice(0, cut);
  if (primary === 'ar') return false;
  if (OTHER_RTL_LANGUAGES.has(primary)) return true;
  const dir = (root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').trim().toLowerCase();
  return dir !== 'rtl';
}

/** All stages: the single question the content script and the CLI ask. */
export function detectArabicNews(doc: Document): boolean {
  return !languageRulesOut(doc) && mightBeArabic(doc) && assessNews(doc).news;
}

function metaContent(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : null;
}

function hasPublicationTime(doc: Document): boolean {
  return (
    metaContent(doc, 'article:published_time') !== null ||
    doc.querySelector('[itemprop="datePublished"], time[datetime]') !== null
  );
}

/** Lower-case schema.org types from JSON-LD blocks and microdata `itemtype`s. */
export function structuredTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 10; i++) {
    const source = scripts[i]!.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      collectJsonLdTypes(JSON.parse(source), types, 0);
    } catch {
      // Broken JSON-LD is common on real sites; it is simply no evidence.
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]')).slice(0, 50)) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.split('/').pop();
      if (name) types.add(name.toLowerCase());
    }
  }
  return types;
}

function collectJsonLdTypes(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) collectJsonLdTypes(item, into, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') into.add(t.toLowerCase());
  // The page's own type sits at the top, in @graph, or as mainEntity(OfPage); authors and publishers
  // nested elsewhere (Organization, Person) say nothing about the page, so only these are followed.
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) collectJsonLdTypes(record[key], into, depth + 1);
}

interface ProseFinding {
  enough: boolean;
  /** The first few KB of the prose runs, for the vocabulary test. */
  sample: string;
}

/** Runs of text long enough to be sentences, in Arabic: the body of a story, not its menus. */
function findArabicProse(doc: Document): ProseFinding {
  const body = doc.body;
  if (!body) return { enough: false, sample: '' };
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let runs = 0;
  let total = 0;
  let sample = '';
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < PROSE_NODES; node = walker.nextNode()) {
    visited++;
    const data = (node as Text).data;
    if (data.length < PROSE_RUN_LETTERS) continue;
    const parent = node.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && NON_TEXT_TAGS.has(tagOf(parent))) continue;
    const { arabic } = countLetters(data);
    if (arabic < PROSE_RUN_LETTERS) continue;
    runs++;
    total += arabic;
    if (sample.length < VOCABULARY_SAMPLE_CHARS) sample += ' ' + data.slice(0, VOCABULARY_SAMPLE_CHARS - sample.length);
    else if (runs >= PROSE_MIN_RUNS && total >= PROSE_MIN_LETTERS) break;
  }
  return { enough: runs >= PROSE_MIN_RUNS && total >= PROSE_MIN_LETTERS, sample };
}

/** How many different words of `words` occur in `text` (alone or after a clitic و / ف). */
function distinctHits(text: string, words: ReadonlySet<string>): number {
  const hits = new Set<string>();
  for (const token of text.split(/[^\p{L}]+/u)) {
    if (words.has(token)) hits.add(token);
    else if (token.length > 3 && (token[0] === 'و' || token[0] === 'ف') && words.has(token.slice(1))) hits.add(token.slice(1));
  }
  return hits.size;
}
