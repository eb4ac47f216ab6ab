/** The shapes claim extraction passes between its stages: a trigger found in the text, a claim drafted from it. */
import type { TokenMention } from '../mentionIndex.ts';
import type { SpeechVerb } from '../speech.ts';
import type { Descriptor } from './reading.ts';

/**
 * Whose words joint words are, by the word that says it: «الوزيران» the two ministers at the
 * table, «الرئيسان»/«الزعيمان» the two leaders, «الجانبان»/«البلدان» each side's leading person.
 */
export type JointSide = 'sides' | 'ministers' | 'leaders' | 'all' | 'all-ministers' | `country:${string}` | `people:${string}`;
export type Joint = JointSide | false;
export interface Trigger {
  /** The token whose verb (or according-word) starts the claim. */
  verbToken: number;
  verb: SpeechVerb | null;
  /** Where the claim cuts the one before it. */
  boundary: number;
  subject: TokenMention | null;
  /** An explicit subject that is not a person (an institution): the speaker is null. */
  institution: boolean;
  /** Where the institution is named, when it is one that speaks (a ministry, a statement, a presidency). */
  institutionAt?: number;
  /** «بحسب X» at the end of a sentence: the words before it are X's. */
  contentBefore: boolean;
  /** «… لأمن تركيا. أعلن ذلك وزير الخارجية …»: the words are the whole sentence before the verb's. */
  sentenceBefore?: boolean;
  /** «ودعا سموه»: an honorific pronoun stands for the subject, the person already speaking. */
  pronoun: boolean;
  /** «وأكد الجانبان», «أن الطرفين شددا», «وأعربا»: the words are both sides' (which of each side the word says). */
  joint: Joint;
  /** «لافروف: المحادثات كانت مثمرة»: a name and a colon open a sentence (headlines, captions of quotes). */
  colon?: boolean;
  /** One bulleted line of a list the header gave to a person («أبرز ما جاء في تصريحات لافروف:»): the words start at the verb token. */
  listed?: boolean;
  /** «وأكد جلالة الملك», «وقال سمو ولي العهد» with no name: the offices the honorific and title fit, and where they end. */
  dignitary?: { roles: readonly string[]; last: number };
  /** «إن رئيسي والسلطان هيثم شددا»: two people named as the subject of a dual verb. */
  pair: TokenMention | null;
  /** «شدد السيسي وعباس والملك عبد الله الثاني على …»: the third and further people of one subject. */
  also?: TokenMention[];
  /** «…، لكنه وصف الحوار بأنه …»: a pronoun before the verb is its subject, the one already speaking. */
  continues?: boolean;
  /** «رحب رئيس الوزراء الجورجي بـ…»: the subject is a title of a country whose holder the story never named: nobody speaks. */
  unknownHolder?: boolean;
  /** «وقال زكي إن الوزراء طالبوا …»: a verb of the many inside another's words, which stay his: no claim of its own. */
  insideWords?: boolean;
  /** «وكان الدبلوماسي الروسي قد أوضح …»: a descriptor before the verb that the officials stage left to nobody. */
  describedBefore?: Descriptor;
  /** «وأكد الجانب الروسي …»: the last token of a subject of several words that names nobody (the words start after it). */
  subjectLast?: number;
}
export interface Draft {
  trigger: Trigger;
  /** A verb with a named subject that reports no words («رحب الأمير بضيفه»): it gives the participles after it their speaker. */
  silent?: boolean;
  speaker: string | null;
  /** Both speakers of joint words, when the text names them. */
  pair: string | null;
  joint: Joint;
  reportedBy: string | null;
  start: number;
  sentence: number;
  /**
   * Said inside another's words of the same sentence («وأضاف أوشاكوف أن بوتين أطلع نظيره على …»):
   * that other speaker, who goes on speaking in the next sentences («وأوضح أن …»).
   */
  outer?: string;
}
