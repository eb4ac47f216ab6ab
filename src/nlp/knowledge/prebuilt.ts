/**
 * The shipped knowledge compiled ahead of time, for the build (vite.config.ts) to hand to the
 * background as a module: the knowledge files stay the one source of truth, and this artefact
 * is made from them on every build, never written into the repository.
 */
import { knowledgeSource } from './defaultKnowledge.ts';
import { compileKnowledge } from './knowledge.ts';
import { serializeKnowledge, type SerializedKnowledge } from './serialized.ts';

export function prebuiltKnowledge(): SerializedKnowledge {
  return serializeKnowledge(compileKnowledge(knowledgeSource));
}

/**
 * The module's source: the data as a string literal given to JSON.parse, which engines read
 * much faster than the same data written as an object literal.
 */
export function prebuiltKnowledgeModule(): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(prebuiltKnowledge()))});\n`;
}
