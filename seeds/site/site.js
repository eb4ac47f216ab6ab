// The fixture site: every page of pages.json rendered for one port, looked up by host name
// and path. Used by scripts/serve-fixtures.js (the server), the browser tests and the
// launcher; it has no dependency besides Node.
import { readFileSync } from 'node:fs';
import { seedParts } from './lib/seedBlocks.js';
import { photoSvg } from './lib/media.js';
import * as arabiPost from './templates/arabiPost.js';
import * as sharqDaily from './templates/sharqDaily.js';
import * as levantNews from './templates/levantNews.js';
import * as jaziraWire from './templates/jaziraWire.js';
import * as sanaReport from './templates/sanaReport.js';
import * as englishNews from './templates/englishNews.js';
import * as arabicRecipes from './templates/arabicRecipes.js';
import * as fixtureIndex from './templates/fixtureIndex.js';
import * as dynamicNews from './templates/dynamicNews.js';
import { notFoundPage } from './templates/notFound.js';

/**
 * @typedef {{ story: string, headline: string, notStory: Record<string, string> }} Zones
 * @typedef {{
 *   id: string, seed: string, template: keyof typeof SEED_TEMPLATES, host: string, outlet: string, path: string,
 *   headline: import('./lib/seedBlocks.js').LineRef, kicker?: import('./lib/seedBlocks.js').LineRef,
 *   figure?: { captionLines: [number, number] }, section: string, byline: string,
 *   published: string, publishedTime: string,
 * }} SeedPage
 * @typedef {{ id: string, template: keyof typeof OTHER_TEMPLATES, host: string, path: string, title: string, why: string }} OtherPage
 * @typedef {{
 *   id: string, template: 'lateStory' | 'spaNews', host: string, outlet: string, why: string, delayMs?: number,
 *   stories: (Omit<SeedPage, 'id' | 'template' | 'host' | 'outlet'>)[],
 * }} DynamicPage
 * @typedef {{ page: SeedPage, parts: import('./lib/seedBlocks.js').SeedParts, url: string }} SeedPageContext
 * @typedef {{ page: OtherPage, url: string, site: FixturePage[] }} OtherPageContext
 * @typedef {{
 *   id: string,
 *   kind: 'seed' | 'english' | 'recipe' | 'index' | 'dynamic',
 *   host: string,
 *   url: string,
 *   title: string,
 *   outlet: string | null,
 *   published: string | null,
 *   seedFile: string | null,
 *   expect: 'annotated' | 'skipped',
 *   zones: Zones | null,
 *   stories?: { url: string, title: string, seedFile: string }[],
 * }} FixturePage
 */

const SEED_TEMPLATES = { arabiPost, sharqDaily, levantNews, jaziraWire, sanaReport };
const OTHER_TEMPLATES = { englishNews, arabicRecipes, fixtureIndex };
/** Host names that also serve the index, for people who open the port directly. */
const INDEX_ALIASES = ['localhost', '127.0.0.1'];

const here = new URL('.', import.meta.url);
/** @type {{ seeds: SeedPage[], others: OtherPage[], dynamic?: DynamicPage[] }} */
const catalogue = JSON.parse(readFileSync(new URL('pages.json', here), 'utf8'));

/** @param {string} host @param {string} path @param {number} port */
function pageUrl(host, path, port) {
  return new URL(encodeURI(path), `http://${host}${port === 80 ? '' : `:${port}`}`).href;
}

/** @param {string} pathname */
function decodePath(pathname) {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a malformed escape is simply a path we do not serve
  }
  return decoded;
}

/**
 * @typedef {{ status: number, type: string, body: string }} FixtureResponse
 * @typedef {{ pages: FixturePage[], urls: Record<string, string>, respond: (host: string, pathname: string) => FixtureResponse }} FixtureSite
 */

/**
 * Renders the whole site for one port (the URLs in canonical links and og:url carry the port).
 * @param {number} port
 * @returns {FixtureSite}
 */
export function createSite(port) {
  /** @type {Map<string, string>} `host path` → HTML */
  const documents = new Map();
  /** @type {FixturePage[]} */
  const pages = [];

  for (const page of catalogue.seeds) {
    const url = pageUrl(page.host, page.path, port);
    const parts = seedParts(readFileSync(new URL(`../${page.seed}`, here), 'utf8'), page);
    const template = SEED_TEMPLATES[page.template];
    documents.set(`${page.host} ${page.path}`, template.render({ page, parts, url }));
    pages.push({
      id: page.id,
      kind: 'seed',
      host: page.host,
      url,
      title: parts.headline,
      outlet: page.outlet,
      published: page.published,
      seedFile: page.seed,
      expect: 'annotated',
      zones: template.zones,
    });
  }
  for (const site of catalogue.dynamic ?? []) {
    const stories = site.stories.map((story) => {
      const page = /** @type {SeedPage} */ ({ ...story, id: site.id, template: 'arabiPost', host: site.host, outlet: site.outlet });
      const url = pageUrl(site.host, story.path, port);
      return { page, parts: seedParts(readFileSync(new URL(`../${story.seed}`, here), 'utf8'), page), url };
    });
    stories.forEach((story, current) => {
      const body =
        site.template === 'lateStory'
          ? dynamicNews.renderLate({ story, siteName: site.outlet, delayMs: site.delayMs ?? 800 })
          : dynamicNews.renderSpa({ stories, current, siteName: site.outlet });
      documents.set(`${site.host} ${story.page.path}`, body);
    });
    const [first] = stories;
    if (!first) continue;
    pages.push({
      id: site.id,
      kind: 'dynamic',
      host: site.host,
      url: first.url,
      title: first.parts.headline,
      outlet: site.outlet,
      published: first.page.published,
      seedFile: first.page.seed,
      expect: 'annotated',
      zones: dynamicNews.zones,
      stories: stories.map((s) => ({ url: s.url, title: s.parts.headline, seedFile: s.page.seed })),
    });
  }
  const others = catalogue.others.map((page) => {
    /** @type {FixturePage} */
    const entry = {
      id: page.id,
      kind: page.id === 'english' ? 'english' : page.id === 'recipe' ? 'recipe' : 'index',
      host: page.host,
      url: pageUrl(page.host, page.path, port),
      title: page.title,
      outlet: null,
      published: null,
      seedFile: null,
      expect: 'skipped',
      zones: null,
    };
    pages.push(entry);
    return { page, entry };
  });
  for (const { page, entry } of others) {
    documents.set(`${page.host} ${page.path}`, OTHER_TEMPLATES[page.template].render({ page, url: entry.url, site: pages }));
  }
  const index = others.find(({ entry }) => entry.kind === 'index');

  return {
    pages,
    urls: Object.fromEntries(pages.map((p) => [p.id, p.url])),
    respond(host, pathname) {
      const hostname = host.replace(/:\d+$/, '').toLowerCase();
      const path = decodePath(pathname);
      if (path.startsWith('/media/') && path.endsWith('.svg')) {
        const label = path.slice('/media/'.length, -'.svg'.length).replace(/[-_]+/g, ' ');
        return { status: 200, type: 'image/svg+xml', body: photoSvg(label) };
      }
      const key = INDEX_ALIASES.includes(hostname) && index ? `${index.page.host} ${path}` : `${hostname} ${path}`;
      const document = documents.get(key);
      if (document) return { status: 200, type: 'text/html; charset=utf-8', body: document };
      return { status: 404, type: 'text/html; charset=utf-8', body: notFoundPage(hostname) };
    },
  };
}
