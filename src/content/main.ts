/**
 * The content script, on every http(s) page at document_idle. Most pages are not Arabic news:
 * for them this file is all that runs (a few attribute reads and a bounded text sample), it
 * leaves one attribute, `<html data-isnad="skipped">`, and nothing else: no listener, no style,
 * no highlight. Only an Arabic news page loads the rest (Readability, the NLP, painting).
 */
import { assessNews, languageRulesOut, mightBeArabic } from '../extract/detect.ts';

function isArabicNews(doc: Document): boolean {
  // Cheapest first: the declared language, then a sample of the text, then the page's structure.
  return !languageRulesOut(doc) && mightBeArabic(doc) && assessNews(doc).news;
}

async function main(): Promise<void> {
  const root = document.documentElement;
  // Injected twice (an extension reload, a re-executed script): the first run stands.
  if (!root || root.hasAttribute('data-isnad')) return;
  if (!isArabicNews(document)) {
    root.setAttribute('data-isnad', 'skipped');
    return;
  }
  const { annotate } = await import('./annotate.ts');
  await annotate(document, location.href);
}

void main();
