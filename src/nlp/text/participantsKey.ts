/**
 * The participants' part of a meeting's id («…:vladimir-putin+donald-trump»), and of the ids made from a
 * meeting (its statement, its documents). Ids stay readable, but a summit of twenty leaders must not make one
 * longer than the messages and the export accept (LIMITS.name, 500 characters): past a bound, the first
 * participants that fit are kept and a hash of the whole list stands for the rest, so that two runs over the
 * same reports still give the same id and two different tables still get different ones.
 */
import { fnv1a } from './fnv.ts';

/** Characters of the participants' part beyond which it is shortened (well under LIMITS.name with the rest of an id). */
export const MAX_PARTICIPANTS_CHARS = 240;

/** The participants joined by «+», shortened with a hash past MAX_PARTICIPANTS_CHARS; '' for none. */
export function participantsKey(participants: readonly string[]): string {
  const all = participants.join('+');
  if (all.length <= MAX_PARTICIPANTS_CHARS) return all;
  const tail = `+…${fnv1a(all).toString(16).padStart(8, '0')}`;
  let shown = '';
  for (const id of participants) {
    const next = shown === '' ? id : `${shown}+${id}`;
    if (next.length + tail.length > MAX_PARTICIPANTS_CHARS) break;
    shown = next;
  }
  return `${shown}${tail}`;
}
