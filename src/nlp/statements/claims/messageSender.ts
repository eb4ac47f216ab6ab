/**
 * A message's words are its sender's: «وسلمه رسالة خطية من الرئيس عبد الفتاح السيسي، شددت على …»,
 * «رسالة شفهية من الرئيس الروسي، تؤكد أن …», «وأكدت الرسالة حرص مصر على …». The verb agrees with
 * the message (feminine), never with the envoy who carried it, who is the sentence's subject; so
 * without this the envoy, or nobody, would be given the sender's words.
 *
 * Input: the tokens, sentences and mentions of a story and the token of a speech verb that has
 * no subject named after it. Output: the mention of the message's sender, and for «وأكدت الرسالة»
 * the token of «الرسالة» (the words start after it); or null.
 */
import type { TokenMention, MentionIndex } from '../mentionIndex.ts';
import type { Structure } from '../structure.ts';
import type { Token } from '../../text/tokens.ts';
import { Gap } from '../../text/tokens.ts';
import { wordSet } from '../../text/lexicon.ts';

/** Nouns of something sent, with or without the article or a clitic («برسالة»). */
const MESSAGE = wordSet('رسالة رسالته رسالتين برقية برقيته الرسالة البرقية');
/** The message already named, as the subject of a verb of its own: «وأكدت الرسالة …». */
const THE_MESSAGE = wordSet('الرسالة البرقية');
/** What a message may be between the noun and «من»: «رسالة خطية من …», «رسالة تهنئة من …». */
const MESSAGE_ADJECTIVES = wordSet('خطية شفهية مكتوبة رسمية جوابية خاصة تهنئة تعزية شكر');
const FROM = wordSet('من');
/** The one sent to may stand before the comma: «رسالة من السيسي إلى تينوبو، تناولت …». */
const TO = wordSet('إلى الى');
/** How many words of titles may stand between «من» and the sender's name. */
const SENDER_WORDS = 6;
/** How far back in its sentence the message of a verb after a comma may be. */
const SAME_SENTENCE_REACH = 20;
/** How many sentences back «الرسالة» may point. */
const SENTENCES_BACK = 4;

export interface MessageSender {
  sender: TokenMention;
  /** The token of «الرسالة» after the verb, when the message is the verb's subject there. */
  subjectLast?: number;
}

/** «شددت», «وأكدت», «تؤكد»: a form that agrees with a feminine subject. */
function feminine(token: Token): boolean {
  const text = token.text.startsWith('و') || token.text.startsWith('ف') ? token.text.slice(1) : token.text;
  return text.endsWith('ت') || (text.startsWith('ت') && !text.endsWith('ت'));
}

function isMessage(token: Token): boolean {
  return MESSAGE.has(token.text) || token.stems.some((st) => st.prefix > 0 && MESSAGE.has(st.text));
}

/** The sender of the message whose noun is at token j: the first person named after «من». */
function senderOf(tokens: readonly Token[], mentions: MentionIndex, j: number, end: number): TokenMention | null {
  let k = j + 1;
  while (k < end && MESSAGE_ADJECTIVES.has(tokens[k]!.text)) k++;
  if (k >= end || !FROM.has(tokens[k]!.text)) return null;
  for (let m = k + 1; m < end && m <= k + SENDER_WORDS; m++) {
    if ((tokens[m]!.gapBefore & ~Gap.Space) !== 0 && m > k + 1) return null;
    const mention = mentions.at.get(m);
    if (mention) return mention;
  }
  return null;
}

/**
 * Whether only names, titles, an apposition between commas and «إلى» with the one it went to stand between the
 * sender and the verb: a verb of someone else there would have taken the words.
 */
function directlyAfter(tokens: readonly Token[], mentions: MentionIndex, sender: TokenMention, verb: number): boolean {
  let apposition = false;
  for (let k = sender.last + 1; k < verb; k++) {
    const t = tokens[k]!;
    if ((t.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) return false;
    const mention = mentions.at.get(k);
    if (mention) {
      k = mention.last;
      continue;
    }
    if ((t.gapBefore & Gap.Comma) !== 0) apposition = true;
    if (!apposition && !TO.has(t.text) && !t.text.startsWith('ال')) return false;
  }
  return true;
}

/** `ownSubject`: whether a word after the verb is a subject of its own («الوكالة», «المصادر»). */
export function messageSender(tokens: readonly Token[], s: Structure, mentions: MentionIndex, verb: number, ownSubject: (t: Token) => boolean): MessageSender | null {
  const token = tokens[verb];
  if (!token || !feminine(token)) return null;
  const sentence = s.sentenceOf[verb]!;
  const next = tokens[verb + 1];
  // «وأكدت الرسالة …»: the message named before, in this sentence or a few before.
  if (next && THE_MESSAGE.has(next.text) && (next.gapBefore & ~Gap.Space) === 0) {
    const from = s.sentences[Math.max(0, sentence - SENTENCES_BACK)]!.first;
    for (let j = verb - 1; j >= from; j--) {
      if (!isMessage(tokens[j]!)) continue;
      const sender = senderOf(tokens, mentions, j, verb);
      if (sender) return { sender, subjectLast: verb + 1 };
    }
    return null;
  }
  // «…رسالة خطية من الرئيس السيسي، شددت على …»: the verb right after the message's clause, across a comma.
  // («…، وأشارت الوكالة إلى …»: a subject of its own after the verb.)
  if ((token.gapBefore & Gap.Comma) === 0 || mentions.at.has(verb + 1) || (next !== undefined && ownSubject(next))) return null;
  const first = s.sentences[sentence]!.first;
  for (let j = verb - 1; j >= first && j >= verb - SAME_SENTENCE_REACH; j--) {
    if (!isMessage(tokens[j]!)) continue;
    const sender = senderOf(tokens, mentions, j, verb);
    return sender && directlyAfter(tokens, mentions, sender, verb) ? { sender } : null;
  }
  return null;
}
