/** The knowledge compiled at build time (vite.config.ts, `src/nlp/knowledge/prebuilt.ts`). */
declare module 'virtual:isnad/compiled-knowledge' {
  import type { SerializedKnowledge } from '../nlp/knowledge/serialized.ts';
  const knowledge: SerializedKnowledge;
  export default knowledge;
}
