/**
 * One reading of an Arabic news page: extract the story, analyse it, paint what was found.
 * The session (session.ts) decides when to read and keeps what this returns.
 */
import { readsLikeRecipeOrShop } from '../extract/detect.ts';
import { extractStory, type Story } from '../extract/story.ts';
import type { Analysis } from '../nlp/types.ts';
import { analysisFromWire } from '../messages.ts';
import { send } from './send.ts';
import { cardsFor, type Card } from './cards.ts';
import { paint, type Painting } from './paint.ts';

export interface Reading {
  story: Story;
  analysis: Analysis;
  cards: Card[];
  painting: Painting;
}

/**
 * Performance entries the footprint benchmark reads (names only; no data of the page): this one,
 * from the story's extraction to its highlights painted, and its parts isnad:extract,
 * isnad:analyze (the round trip to the background) and isnad:paint.
 */
export const MEASURE_ANNOTATE = 'isnad:annotate';

/**
 * Takes the story out of the page. 'unchanged' when its text is `previousText`, null when there
 * is no story (or it reads like a recipe or a shop).
 */
export function extract(doc: Document, url: string, previousText: string | null): Story | 'unchanged' | null {
  const started = performance.now();
  const story = extractStory(doc, url);
  if (!story) return null;
  if (story.text === previousText) return 'unchanged';
  if (readsLikeRecipeOrShop(story.title, story.text)) return null;
  measure('isnad:extract', started, performance.now());
  return story;
}

/**
 * Sends the story to the background, which analyses and stores it: the knowledge stays compiled
 * there between pages, and this script carries neither the pipeline nor the knowledge files.
 * 'paused' when the reader paused Isnad on this site; null when the background cannot answer
 * (the page is then left alone).
 */
export async function analyzeRemotely(story: Story): Promise<{ analysis: Analysis; aliases: Record<string, string[]> } | 'paused' | null> {
  const started = performance.now();
  try {
    const result = await send({
      type: 'article:read',
      article: {
        url: story.url,
        canonicalUrl: story.canonicalUrl,
        title: story.title,
        published: story.published,
        siteName: story.siteName,
        lang: story.lang,
        text: story.text,
      },
    });
    measure('isnad:analyze', started, performance.now());
    return result.paused ? 'paused' : { analysis: analysisFromWire(result.analysis, story.text), aliases: result.aliases };
  } catch (error) {
    console.warn('Isnad: the article could not be analysed:', error instanceof Error ? error.message : error);
    return null;
  }
}

/** Paints an analysed story; `before()` runs just before, so the caller can take down the previous painting. */
export function paintReading(doc: Document, story: Story, analysis: Analysis, aliases: Record<string, string[]>, before: () => void): Reading {
  const started = performance.now();
  const { spans, cards } = cardsFor(analysis, (id) => aliases[id] ?? []);
  before();
  const painting = paint(doc, story.segments, spans);
  measure('isnad:paint', started, performance.now());
  return { story, analysis, cards, painting };
}

/** A point in time the page-speed benchmark reads (`isnad:session`, `isnad:annotated`). */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Only for benchmarks.
  }
}

export function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // An old browser without measure options: the timings are only for benchmarks.
  }
}
