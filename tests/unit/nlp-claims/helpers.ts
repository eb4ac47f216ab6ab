import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import type { Analysis, Claim } from '../../../src/nlp/types.ts';
import { compileKnowledge, type Knowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import type { KnowledgeSource, OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';
import roles from '../../../src/nlp/knowledge/roles.json' with { type: 'json' };
import { testKnowledge, testSource } from '../nlp/fixtures/knowledge.ts';

/** The pipeline on wire-style sentences with the test knowledge; every claim span is checked. */
export function analyse(text: string, published = '2019-05-15'): Analysis {
  const result = analyzeWith(text, { published }, testKnowledge());
  for (const c of result.claims) {
    if (text.slice(c.start, c.end) !== c.text) throw new Error(`claim span ${c.start}-${c.end} is not '${c.text}'`);
  }
  return result;
}

/** [speaker, text] of each claim, for compact expectations. */
export const said = (text: string, published?: string) => analyse(text, published).claims.map((c) => [c.speaker, c.text] as const);

/** The claim whose text contains `words`. */
export function claimWith(claims: readonly Claim[], words: string): Claim {
  const found = claims.find((c) => c.text.includes(words));
  if (!found) throw new Error(`no claim with '${words}' in ${JSON.stringify(claims.map((c) => c.text))}`);
  return found;
}

/** The test knowledge with `officials` in place of its own, and the shipped descriptors («المسؤول الروسي», «الوزير»). */
export function knowledgeWithDescriptors(officials: readonly OfficialEntry[] = testSource.officials): Knowledge {
  return compileKnowledge({ ...testSource, officials: [...officials], descriptors: (roles as unknown as { descriptors: KnowledgeSource['descriptors'] }).descriptors });
}
