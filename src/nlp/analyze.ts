import { defaultKnowledge } from './knowledge/defaultKnowledge.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import { analyzeWith } from './pipeline.ts';
import type { Analysis, ArticleMeta } from './types.ts';

export { MAX_ANALYZED_CHARS } from './pipeline.ts';

/**
 * The whole pipeline: text in, annotations out (officials and agreements; claims and
 * meetings are filled by later stages). Pure and deterministic, never throws.
 * `knowledge` defaults to the shipped knowledge files, compiled on the first call;
 * tests may pass a small compiled one (`compileKnowledge`).
 */
export function analyze(text: string, meta: ArticleMeta = {}, knowledge?: Knowledge): Analysis {
  return analyzeWith(text, meta ?? {}, knowledge ?? defaultKnowledge());
}
