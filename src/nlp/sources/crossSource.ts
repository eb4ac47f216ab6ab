/**
 * What the popup and the background call to compare sources: pure functions over
 * analyses already made (no text is read again, nothing leaves the machine).
 */
export { groupMeetings, groupId, type ArticleMeetings, type MeetingGroup } from './group.ts';
export { compareClaims, type ClaimComparison, type ClaimMatch, type Divergence } from './align.ts';
export { claimWords, lightStem, type ClaimWords, type NumberFact } from '../text/stem.ts';
