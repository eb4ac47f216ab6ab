import { emptyAnalysis, type Analysis, type ArticleMeta } from './types.ts';

/** The whole pipeline: text in, annotations out. Pure and deterministic. (stub: replaced by the recogniser) */
export function analyze(text: string, meta: ArticleMeta = {}): Analysis {
  void text;
  void meta;
  return emptyAnalysis();
}
