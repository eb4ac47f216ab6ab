/**
 * Calls told as several: «خلال اتصالين هاتفيين منفصلين أجراهما رئيس الوزراء العراقي مع ولي العهد السعودي والرئيس
 * الإماراتي», «تلقى الرئيس اتصالين من …», «أجرى اتصالات هاتفية منفصلة مع …». One sentence names everyone, so the
 * meeting stage reads one call of three; the story says there were two (or more), each between the one person on
 * all of them and one other. That person is the one the story names first: the caller or the one called, who leads it.
 *
 * Input: the meetings the story tells (as the meeting stage merged them) and the people's mentions; output: the same
 * meetings, a call of three or more split into one call per other participant when the story tells separate calls.
 */
import type { TextContext } from '../entities/context.ts';
import type { TokenMention } from './mentionIndex.ts';
import { wordSet } from '../text/lexicon.ts';

/** «اتصالين», «مكالمتين»: two calls, in the dual. */
const TWO_CALLS = wordSet('اتصالين اتصالان مكالمتين مكالمتان');
/** «اتصالات»: calls, in the plural, separate only when the story says so. */
const CALLS = wordSet('اتصالات مكالمات');
/** «منفصلة», «منفصلين»: said of calls held one by one. */
const SEPARATE = wordSet('منفصلة منفصلين منفصلتين منفصلان');
/** How many words after the plural «اتصالات» its «منفصلة» may stand («اتصالات هاتفية منفصلة»). */
const SEPARATE_REACH = 3;

/** Where the story says there were several calls: how many (2 for the dual, any number for «منفصلة»), and who the sentence names. */
export interface CallsTold {
  calls: number;
  people: ReadonlySet<string>;
}

export function separateCallsTold(ctx: TextContext, sentenceOf: Int32Array, mentions: readonly TokenMention[]): CallsTold[] {
  const { tokens } = ctx;
  const told: CallsTold[] = [];
  const namedIn = (sentence: number) => new Set(mentions.filter((m) => sentenceOf[m.first] === sentence).map((m) => m.id));
  for (let i = 0; i < tokens.length; i++) {
    const stems = tokens[i]!.stems;
    if (stems.some((st) => TWO_CALLS.has(st.text))) told.push({ calls: 2, people: namedIn(sentenceOf[i]!) });
    else if (stems.some((st) => CALLS.has(st.text))) {
      for (let j = i + 1; j <= i + SEPARATE_REACH && j < tokens.length; j++) {
        if (SEPARATE.has(tokens[j]!.text)) {
          told.push({ calls: Infinity, people: namedIn(sentenceOf[i]!) });
          break;
        }
      }
    }
  }
  return told;
}

/**
 * The calls a call of several people stands for: the person named first in the story with each of the others, when
 * the story tells as many separate calls as there are others (two calls for three people; «منفصلة» for any number).
 * (Only calls told in a sentence that names none but the call's people: «بعد مكالمتين أجراهما وزير الدفاع الأمريكي
 * لويد أوستن مع نظيره الروسي» are two calls of another pair.)
 */
export function splitCall(participants: ReadonlySet<string>, mentions: readonly TokenMention[], told: readonly CallsTold[]): string[][] | null {
  const others = participants.size - 1;
  if (others < 2) return null;
  const ours = told.some((t) => (t.calls === Infinity || t.calls === others) && [...t.people].every((p) => participants.has(p)));
  if (!ours) return null;
  const host = mentions.find((m) => participants.has(m.id))?.id;
  if (!host) return null;
  return [...participants].filter((p) => p !== host).map((p) => [host, p]);
}
