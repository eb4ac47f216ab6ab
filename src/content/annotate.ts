/**
 * An Arabic news page: extract the story, analyse it, paint what was found, store it, then
 * report on `<html>` (data-isnad="annotated", data-isnad-officials, data-isnad-agreements).
 */
import { extractStory } from '../extract/story.ts';
import { analyze } from '../nlp/analyze.ts';
import type { Analysis } from '../nlp/types.ts';
import { request } from '../request.ts';
import { paint, type PaintSpan, type Painting } from './paint.ts';

/** The current painting, so that a later run (or a future "pause on this site") can undo it. */
let painting: Painting | null = null;

export async function annotate(doc: Document, url: string): Promise<void> {
  const root = doc.documentElement;
  const story = extractStory(doc, url);
  if (!story) {
    root.setAttribute('data-isnad', 'skipped');
    return;
  }
  const analysis = analyze(story.text, { title: story.title, published: story.published ?? undefined, url: story.canonicalUrl });
  painting?.unpaint();
  painting = paint(doc, story.segments, spansOf(analysis));

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
    // The highlights stand even when the library could not store the article.
    console.warn('Isnad: the article was not saved:', error instanceof Error ? error.message : error);
  }
  root.setAttribute('data-isnad-officials', String(analysis.officials.length));
  root.setAttribute('data-isnad-agreements', String(analysis.agreements.length));
  root.setAttribute('data-isnad', 'annotated');
}

function spansOf(analysis: Analysis): PaintSpan[] {
  return [
    ...analysis.officials.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'official' as const }))),
    ...analysis.agreements.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'agreement' as const }))),
  ];
}
