import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import type { Analysis, Official } from '../../../src/nlp/types.ts';
import { testKnowledge } from './fixtures/knowledge.ts';

/** Runs the pipeline on a sentence with the test knowledge and a publication date. */
export function run(text: string, published = '2019-05-15'): Analysis {
  const result = analyzeWith(text, { published }, testKnowledge());
  for (const entity of [...result.officials, ...result.agreements]) {
    for (const m of entity.mentions) {
      if (text.slice(m.start, m.end) !== m.text) throw new Error(`span ${m.start}-${m.end} is not '${m.text}'`);
    }
  }
  return result;
}

export const ids = (result: Analysis) => result.officials.map((o) => o.id).sort();
export const agreementIds = (result: Analysis) => result.agreements.map((a) => a.id).sort();

export function official(result: Analysis, id: string): Official {
  const found = result.officials.find((o) => o.id === id);
  if (!found) throw new Error(`no official ${id} in ${JSON.stringify(ids(result))}`);
  return found;
}

export const mentionTexts = (result: Analysis, id: string) => official(result, id).mentions.map((m) => m.text);
