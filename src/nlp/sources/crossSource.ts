/**
 * What the popup and the background call to compare sources: pure functions over
 * analyses already made (no text is read again, nothing leaves the machine).
 */
export { groupMeetings, groupId, officialCountries, type ArticleMeetings, type MeetingGroup } from './group.ts';
export { alignClaims, compareClaims, strongest, type ArticleClaims, type ClaimComparison, type ClaimGroup, type ClaimMatch, type ClaimRef, type Divergence, type Relation } from './align.ts';
export { claimWords, lightStem, type ClaimWords, type NumberFact } from '../text/stem.ts';
