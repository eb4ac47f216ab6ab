/**
 * The extension's stand-in for `src/nlp/knowledge/defaultKnowledge.ts` (vite.config.ts puts it in its place in the
 * build): the background hands over the knowledge compiled at build time (main.ts), so the knowledge files
 * themselves are not bundled. They would more than double the background's size, past what Firefox's add-on
 * linter parses (5 MB), for data the compiled knowledge already holds.
 */
import type { Knowledge } from '../nlp/knowledge/knowledge.ts';

let compiled: Knowledge | null = null;

/** The knowledge main.ts provided; it provides it before the first message is read. */
export function defaultKnowledge(): Knowledge {
  if (!compiled) throw new Error('The knowledge compiled at build time was not loaded.');
  return compiled;
}

/** Hands over the knowledge compiled at build time. */
export function provideDefaultKnowledge(knowledge: Knowledge): void {
  compiled = knowledge;
}
