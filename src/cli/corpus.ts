/**
 * `isnad corpus DIR -o OUT.json`: a folder of saved articles (.txt, .html) becomes one Isnad JSON
 * document, each article run through the pipeline and the meetings grouped across them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { analyze } from '../nlp/analyze.ts';
import { findSharedText } from '../nlp/sources/sharedText.ts';
import { fileAddress, makeDocument, parseIsnadDocument, type IsnadArticle } from '../export/document.ts';
import { LIMITS } from '../messages.ts';
import { readText } from './readArticle.ts';
import { writeOutput } from './export.ts';
import { sourceOf } from './sources.ts';

const USAGE = 'usage: isnad corpus DIR [-o OUT.json]';
const MAX_BYTES = 8 * 1024 * 1024;

export async function runCorpus(args: string[]): Promise<number> {
  let out: string | null = null;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') out = args[++i] ?? null;
    else if (arg.startsWith('-')) return usage(`unknown option '${arg}'`);
    else dirs.push(arg);
  }
  if (dirs.length !== 1) return usage('corpus takes one folder');
  if (out === null && args.includes('-o')) return usage('-o needs a file name');

  let names: string[];
  try {
    names = (await readdir(dirs[0]!)).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
  } catch (error) {
    process.stderr.write(`isnad: ${(error as Error).message}\n`);
    return 1;
  }
  const articles: IsnadArticle[] = [];
  let failed = false;
  for (const name of names) {
    const path = join(dirs[0]!, name);
    try {
      const article = await readCorpusFile(path);
      if (article) articles.push(article);
      else process.stderr.write(`isnad: ${name}: not Arabic news, skipped\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`isnad: ${name}: ${(error as Error).message}\n`);
    }
  }
  // The files of one copy, linked by canonical URL as the extension links them when it saves.
  const shared = findSharedText(articles.map((a) => ({ key: a.canonicalUrl, text: a.text, title: a.title })));
  articles.forEach((a, i) => {
    const same = shared.get(a.canonicalUrl) ?? [];
    if (same.length > 0) articles[i] = { ...a, sameTextAs: same };
  });
  const doc = makeDocument(articles);
  // What the pipeline made must read back: a failure here is a bug to see, not a file to ship.
  const check = parseIsnadDocument(doc);
  if (!check.ok) {
    process.stderr.write(`isnad: the document made does not validate:\n${check.errors.map((e) => `  ${e}\n`).join('')}`);
    return 1;
  }
  await writeOutput(out, JSON.stringify(doc, null, 2) + '\n');
  process.stderr.write(`isnad: ${articles.length} article${articles.length === 1 ? '' : 's'}, ${doc.meetings.length} meeting${doc.meetings.length === 1 ? '' : 's'}${out ? ` → ${out}` : ''}\n`);
  return failed ? 1 : 0;
}

interface ReadFile {
  url: string;
  host: string;
  siteName: string;
  lang: string;
  title: string;
  published: string | null;
  text: string;
}

/** One saved article with its analysis, or null when it is not Arabic news. */
export async function readCorpusFile(path: string): Promise<IsnadArticle | null> {
  const info = await stat(path);
  if (info.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MB, not an article`);
  const content = (await readFile(path)).toString('utf8');
  const name = basename(path);
  const read = /\.html?$/i.test(name) ? await readHtml(content, name) : readTxt(content, name);
  if (!read) return null;
  // The folder's sources.json fills what the file cannot say of itself.
  const source = await sourceOf(path);
  if (source.url && read.url.startsWith('urn:')) read.url = source.url;
  if (source.source && !read.host) [read.host, read.siteName] = [source.source.host, source.source.name];
  if (source.published && !read.published) read.published = source.published;
  if (source.title && /\.txt$/i.test(name)) read.title = source.title;
  const analysis = analyze(read.text, { title: read.title, published: read.published ?? undefined, url: read.url });
  return {
    url: read.url,
    canonicalUrl: read.url,
    urls: [read.url],
    title: read.title.slice(0, LIMITS.title),
    published: publishedDate(read.published),
    source: { host: read.host, name: read.siteName || read.host },
    lang: read.lang,
    text: read.text,
    // The file's time, not the run's: running the command twice gives the same articles.
    savedAt: info.mtime.toISOString(),
    ...analysis,
  };
}

function readTxt(content: string, name: string): ReadFile | null {
  const input = readText(content, null);
  if (!input.isArabicNews) return null;
  return { url: fileAddress(name), host: hostFromFileName(name), siteName: '', lang: 'ar', title: input.title, published: input.published, text: input.text };
}

async function readHtml(html: string, name: string): Promise<ReadFile | null> {
  const { parseHTML } = await import('linkedom');
  const { detectArabicNews } = await import('../extract/detect.ts');
  const { extractStory } = await import('../extract/story.ts');
  const doc = parseHTML(html).document as unknown as Document;
  if (!detectArabicNews(doc)) return null;
  const story = extractStory(doc, `file:///${encodeURIComponent(name)}`);
  if (!story || !story.text) return null;
  // The page's canonical or og:url address names it; a page saved without one is named by its file.
  const web = /^https?:/i.test(story.canonicalUrl) ? story.canonicalUrl : null;
  const host = web ? new URL(web).hostname : hostFromFileName(name);
  return {
    url: web ?? fileAddress(name),
    host,
    siteName: story.siteName,
    lang: story.lang || 'ar',
    title: story.title,
    published: story.published,
    text: story.text,
  };
}

/** The page's date as the format takes it: an ISO timestamp kept whole, else its date, else null. */
function publishedDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value) && Number.isFinite(Date.parse(value))) return value;
  const date = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))/.exec(value)?.[1];
  return date && Number.isFinite(Date.parse(date)) ? date : null;
}

/** `www.example-news.com_2019-05-14.txt` names its outlet; `000_38e9.txt` does not (''). */
export function hostFromFileName(name: string): string {
  const stem = basename(name, extname(name)).toLowerCase();
  return /^((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?=$|[_\s]|--)/.exec(stem)?.[1] ?? '';
}

function usage(message: string): number {
  process.stderr.write(`isnad: ${message}\n${USAGE}\n`);
  return 2;
}
