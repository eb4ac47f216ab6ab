// The <head> of a news page: the metadata real Arabic news sites publish (Open Graph,
// article:published_time, canonical link, sometimes JSON-LD), which is what an article
// detector reads before it looks at the text.
import { html, raw } from './html.js';

/**
 * @param {{
 *   documentTitle: string, headline: string, siteName: string, url: string, image?: string,
 *   description: string, publishedTime: string, section: string, author: string,
 *   jsonLd?: boolean, css: string, lang?: string,
 * }} meta
 */
export function newsHead(meta) {
  const lang = meta.lang ?? 'ar';
  const jsonLd = meta.jsonLd
    ? raw(
        `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: meta.headline,
          datePublished: meta.publishedTime,
          inLanguage: lang,
          mainEntityOfPage: meta.url,
          author: { '@type': 'Organization', name: meta.author },
          publisher: { '@type': 'Organization', name: meta.siteName },
          ...(meta.image ? { image: [meta.image] } : {}),
        }).replaceAll('<', '\\u003c')}</script>`,
      )
    : '';
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.documentTitle}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.url}">
<meta property="og:locale" content="${lang === 'ar' ? 'ar_AR' : 'en_US'}">
<meta property="og:type" content="article">
<meta property="og:title" content="${meta.headline}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.url}">
<meta property="og:site_name" content="${meta.siteName}">
${meta.image ? html`<meta property="og:image" content="${meta.image}">\n` : ''}<meta property="article:published_time" content="${meta.publishedTime}">
<meta property="article:section" content="${meta.section}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="data:,">
${jsonLd}
<style>${raw(meta.css)}</style>`;
}

/** The first sentence-sized piece of the story, as sites put it in meta description. */
export function descriptionOf(firstParagraph) {
  const text = firstParagraph.trim();
  return text.length <= 160 ? text : `${text.slice(0, 157).trimEnd()}...`;
}
