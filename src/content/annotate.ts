/**
 * One reading of an Arabic news page: extract the story, analyse it, paint what was found.
 * The session (session.ts) decides when to read and keeps what this returns.
 */
import { readsLikeRecipeOrShop } from '../extract/detect.ts';
import { extractStory, type Story } from '../extract/story.ts';
import { analyze } from '../nlp/analyze.ts';
import { knowledgeSource } from '../nlp/defaultKnowledge.ts';
import type { Analysis } from '../nlp/types.ts';
import { request } from '../request.ts';
import { cardsFor, type Card } from './cards.ts';
import { paint, type Painting } from './paint.ts';

export interface Reading {
  story: Story;
  analysis: Analysis;
  cards: Card[];
  painting: Painting;
}

/** Performance entries the footprint benchmark reads (names only; no data of the page): this one and its parts isnad:extract, isnad:analyze, isnad:paint. */
export const MEASURE_ANNOTATE = 'isnad:annotate';

/**
 * Reads the page. Returns 'unchanged' when the story text is `previousText`, null when there is
 * no story (or it reads like a recipe or a shop), else the new reading, already painted;
 * `before()` runs just before painting so the caller can take down the previous painting.
 */
export function read(doc: Document, url: string, previousText: string | null, before: () => void): Reading | 'unchanged' | null {
  const started = performance.now();
  const story = extractStory(doc, url);
  if (!story) return null;
  if (story.text === previousText) return 'unchanged';
  if (readsLikeRecipeOrShop(story.title, story.text)) return null;
  const extracted = performance.now();
  const analysis = analyze(story.text, { title: story.title, published: story.published ?? undefined, url: story.canonicalUrl });
  const { spans, cards } = cardsFor(analysis, agreementAliases);
  const analysed = performance.now();
  before();
  const painting = paint(doc, story.segments, spans);
  const painted = performance.now();
  measure(MEASURE_ANNOTATE, started, painted);
  measure('isnad:extract', started, extracted);
  measure('isnad:analyze', extracted, analysed);
  measure('isnad:paint', analysed, painted);
  return { story, analysis, cards, painting };
}

function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // An old browser without measure options: the timings are only for benchmarks.
  }
}

/** Stores the article in the library; the highlights stand even when that fails. */
export async function save(story: Story, analysis: Analysis): Promise<void> {
  try {
    await request({
      type: 'article:save',
      article: {
        url: story.url,
        canonicalUrl: story.canonicalUrl,
        title: story.title,
        published: story.published,
        siteName: story.siteName,
        lang: story.lang,
        text: story.text,
        analysis,
      },
    });
  } catch (error) {
    console.warn('Isnad: the article was not saved:', error instanceof Error ? error.message : error);
  }
}

let aliasIndex: Map<string, readonly string[]> | null = null;

/** The Arabic names the knowledge lists for an agreement (already in this bundle for the analysis). */
function agreementAliases(id: string): readonly string[] {
  aliasIndex ??= new Map(knowledgeSource.agreements.map((a) => [a.id, a.ar ?? []]));
  return aliasIndex.get(id) ?? [];
}
