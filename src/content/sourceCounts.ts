/**
 * "Mentioned by N saved sources": the background counts, per entity id, the stored articles
 * that mention it (message `entities:sourceCounts`). A background that does not know the
 * message yet, or fails, leaves the card without a count: never an error on the page.
 */
import { send } from './send.ts';

type LooseRequest = (message: { type: string; ids: string[] }) => Promise<unknown>;

export async function sourceCounts(ids: readonly string[]): Promise<Record<string, number>> {
  if (ids.length === 0) return {};
  try {
    const answer = await (send as unknown as LooseRequest)({ type: 'entities:sourceCounts', ids: [...ids] });
    const out: Record<string, number> = {};
    if (answer && typeof answer === 'object') {
      for (const [id, n] of Object.entries(answer as Record<string, unknown>)) {
        if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[id] = n;
      }
    }
    return out;
  } catch {
    return {};
  }
}
