/**
 * The knowledge files shipped with Isnad, compiled once on first use.
 * JSON imports are bundled by Vite for the extension and read by tsx/Vitest in Node.
 */
import agreements from './agreements.json' with { type: 'json' };
import countries from './countries.json' with { type: 'json' };
import officials from './officials.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import { compileKnowledge, type Knowledge } from './knowledge.ts';
import type { KnowledgeSource } from './knowledgeTypes.ts';

/** The knowledge files as they are on disk (for integrity tests and tools). */
export const knowledgeSource: KnowledgeSource = {
  officials: (officials as { officials: KnowledgeSource['officials'] }).officials,
  agreements: (agreements as { agreements: KnowledgeSource['agreements'] }).agreements,
  roles: (roles as unknown as { roles: KnowledgeSource['roles'] }).roles,
  countries: (countries as { countries: KnowledgeSource['countries'] }).countries,
  descriptors: (roles as unknown as { descriptors?: KnowledgeSource['descriptors'] }).descriptors ?? [],
  notOffices: (roles as unknown as { notOffices?: KnowledgeSource['notOffices'] }).notOffices ?? [],
  notGivenNames: (roles as unknown as { notGivenNames?: KnowledgeSource['notGivenNames'] }).notGivenNames ?? [],
};

let compiled: Knowledge | null = null;

/** The compiled default knowledge (built on the first call, then shared). */
export function defaultKnowledge(): Knowledge {
  compiled ??= compileKnowledge(knowledgeSource);
  return compiled;
}

/**
 * Hands over the default knowledge compiled ahead of time (the extension's background loads
 * it from a build artefact, `serialized.ts`), so that no analysis ever compiles it.
 * It must be the compilation of these same files.
 */
export function provideDefaultKnowledge(knowledge: Knowledge): void {
  compiled = knowledge;
}
