/** The fixture site's pages parsed with linkedom, as the CLI parses a saved page. */
import { parseHTML } from 'linkedom';
// @ts-expect-error: a plain JavaScript module without type declarations
import { createSite } from '../../../seeds/site/site.js';
// @ts-expect-error: a plain JavaScript module without type declarations
import { seedParts } from '../../../seeds/site/lib/seedBlocks.js';
import { readFileSync } from 'node:fs';

export interface FixturePage {
  id: string;
  kind: 'seed' | 'english' | 'recipe' | 'index';
  url: string;
  title: string;
  seedFile: string | null;
  zones: { story: string; headline: string; notStory: Record<string, string> } | null;
}

interface Site {
  pages: FixturePage[];
  respond(host: string, path: string): { status: number; body: string };
}

const site = createSite(8080) as Site;
const catalogue = JSON.parse(readFileSync('seeds/site/pages.json', 'utf8')) as { seeds: { id: string; seed: string }[] };

export const fixturePages: FixturePage[] = site.pages;

export function fixturePage(id: string): FixturePage {
  const page = site.pages.find((p) => p.id === id);
  if (!page) throw new Error(`no fixture page ${id}`);
  return page;
}

/** A fresh linkedom document of the page. */
export function fixtureDocument(id: string): Document {
  const url = new URL(fixturePage(id).url);
  const { body } = site.respond(url.host, decodeURIComponent(url.pathname));
  return parseHTML(body).document as unknown as Document;
}

/** The paragraphs of a seed article, as the fixture page renders them. */
export function seedParagraphs(id: string): string[] {
  const layout = catalogue.seeds.find((s) => s.id === id)!;
  const parts = seedParts(readFileSync(`seeds/${layout.seed}`, 'utf8'), layout) as { body: { kind: string; text: string }[] };
  return parts.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
}
