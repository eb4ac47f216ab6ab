import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { isBoilerplateLine } from '../nlp/text/boilerplate.ts';
import { sourceOf } from './sources.ts';

/** One input file, read the way the extension reads a page. */
export interface ArticleInput {
  file: string;
  isArabicNews: boolean;
  title: string;
  published: string | null;
  url: string | null;
  text: string;
}

/** Files larger than this are refused: no news article is this long, and the pipeline must stay bounded. */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads a .txt (first line is the title) or .html file into the text the pipeline analyses.
 * `published` (from --published) wins over what the file or its folder says.
 */
export async function readArticle(path: string, published: string | null = null): Promise<ArticleInput> {
  const raw = await readFile(path);
  if (raw.byteLength > MAX_BYTES) throw new Error(`${path}: larger than ${MAX_BYTES / 1024 / 1024} MB, not an article`);
  const content = raw.toString('utf8');
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return { file, ...(await readHtml(content, path)), ...(published ? { published } : {}) };
  // A .txt file's address and date come from the folder's sources.json, when it has one.
  const source = await sourceOf(path);
  const article = readText(content, published ?? source.published ?? null);
  return { file, ...article, title: source.title ?? article.title, url: source.url ?? null };
}

/**
 * A plain-text article: the first non-empty line is its title, the whole file is the text
 * (offsets index the file as written). A line holding only an ISO date gives the publication date.
 */
export function readText(content: string, published: string | null): Omit<ArticleInput, 'file'> {
  const text = content.replace(/^\uFEFF/, '');
  // The first line is the title, unless it is a cookie notice or a related link saved with the story.
  const title = text.split(/\r?\n/).find((line) => !isBoilerplateLine(line))?.trim() ?? '';
  return {
    isArabicNews: looksLikeArabicProse(text),
    title,
    published: published ?? dateLine(text),
    url: null,
    text,
  };
}

async function readHtml(html: string, path: string): Promise<Omit<ArticleInput, 'file'>> {
  const { parseHTML } = await import('linkedom');
  const { detectArabicNews } = await import('../extract/detect.ts');
  const { extractStory } = await import('../extract/story.ts');
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const isArabicNews = detectArabicNews(doc);
  const story = isArabicNews ? extractStory(doc, `file://${path}`) : null;
  return {
    isArabicNews: isArabicNews && story !== null,
    title: story?.title ?? doc.title ?? '',
    published: story?.published ?? null,
    url: story?.url ?? null,
    text: story?.text ?? '',
  };
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/g;
const ANY_LETTER = /\p{L}/gu;

/** Enough Arabic prose to be worth analysing: mostly Arabic letters, and more than a caption. */
function looksLikeArabicProse(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  return arabic >= 200 && arabic / Math.max(letters, 1) >= 0.6;
}

function dateLine(text: string): string | null {
  return /^\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1] ?? null;
}
