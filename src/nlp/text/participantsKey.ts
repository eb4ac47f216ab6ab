/**
 * The participants' part of a meeting's id («…:vladimir-putin+donald-trump»), and of the ids made from a
 * meeting (its statement, its documents). Ids stay readable, but a summit of twenty leaders must not make one
 * longer than the messages and the export accept (LIMITS.name, 500 characters): past a bound, the first
 * participants that fit are kept and a hash of the whole list stands for the rest, so that two runs over the
 * same reports still give the same id and two different tables still get different ones.
 */

/** Characters of the participants' part beyond which it is shortened (well under LIMITS.name with the rest of an id). */
export const MAX_PARTICIPANTS_CHARS = 240;

/** The participants joined by «+», shortened with a hash past MAX_PARTICIPANTS_CHARS; '' for none. */
export function participantsKey(participants: readonly string[]): string {
  const all = participants.join('+');
  if (all.length <= MAX_PARTICIPANTS_CHARS) return all;
  const tail = `+…${fnv1a(all)}`;
  let shown = '';
  for (const id of participants) {
    const next = shown === '' ? id : `${shown}+${id}`;
    if (next.length + tail.length > MAX_PARTICIPANTS_CHARS) break;
    shown = next;
  }
  return `${shown}${tail}`;
}

/** FNV-1a over UTF-16 code units, as eight hex digits: small, deterministic, no dependency. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
