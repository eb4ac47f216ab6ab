/**
 * Where a claim's words start: after «أن»/«إن», a colon, an opening quote or the verb's
 * preposition, past the frame of the statement («خلال لقائه … أمس») and its addressee.
 */
import { speechVerbAt, isSpeechNoun, isObjectFirstNoun } from '../speech.ts';
import { Gap, isCliticOnly } from '../../text/tokens.ts';
import { THAT, PREPOSITIONS, ASIDES, NOT_REPORTING_THAT, isDayWord } from './reading.ts';
import { NOT_SUBJECTS, COUNTERPART, HONORIFIC_NOUNS, FRAME, RELATIVES, MAX_CONTENT_DISTANCE } from './subjectAfterVerb.ts';
import type { Trigger } from './drafts.ts';
import { TriggerFinder } from './triggers.ts';
import { wordSet } from '../../text/lexicon.ts';

/** Nouns that take «أن» as their own complement: «أهمية أن», «ضرورة أن». */
/** «له», «لهم»: the one a wish is for, after a verb of wishing. */
const FOR_WHOM = wordSet('له لها لهم لهما');
const NECESSITY = wordSet('أهمية ضرورة وجوب أولوية');
const FRAME_DISTANCE = 8;
const MAX_FRAME_PARTS = 6;
/** How far after its subject a noun of speech may follow its verb: «قدم له خلال الاتصال الهاتفي التعازي». */
const NOUN_DISTANCE = 5;
/** How far the noun of a light verb whose words start with its object may stand («… الولايات المتحدة وحلفاءها مسؤولية»). */
const OBJECT_NOUN_DISTANCE = 8;
/** The most words of the one called on between a verb of appeal and its preposition («المجتمع الدولي والجهات المانحة»). */
const ADDRESSEE_WORDS = 6;
/** How long a frame between commas may be before the «إن» that opens the words. */
const LONG_FRAME = 40;
/** Nouns of an outlet told something, before its name in quotes: «لمراسل "إيران إنترناشيونال"», «لصحيفة "الشرق الأوسط"». */
const OUTLET_NOUNS = wordSet('لمراسل لصحيفة لوكالة لقناة لموقع لشبكة لإذاعة لتلفزيون لمجلة');
/** How many words of a frame («في إحاطتها الصحفية») a weak verb's colon may come after. */
const WEAK_FRAME = 6;

export abstract class WordsExtent extends TriggerFinder {
  /**
   * The first token of the reported words, or -1 when the verb introduces none. Far from
   * the verb only «أن» and a colon count (and a preposition of the verb's own, for verbs
   * that need one: «شدد أثناء المكالمة، على أن»); an ordinary verb (زاد، تابع) with no
   * named speaker is speech only when the words follow at once.
   */
  protected contentStart(trigger: Trigger, from: number, sentence: number): number {
    const { tokens } = this.ctx;
    // A bulleted line of a person's statements is all words, whatever «أن» it holds.
    if (trigger.listed) return from;
    const verb = trigger.verb;
    // «عبر له فيها عن …», «وأكد بدوره أن …», «أشاد بايدن أيضا بقرار …»: the one addressed and the occasion, as pronouns,
    // and «أيضا/كذلك» stand between verb and words.
    // («متمنيا له التوفيق»: the one a wish is for is part of what was wished.)
    while (
      from < tokens.length &&
      this.s.sentenceOf[from] === sentence &&
      ASIDES.has(tokens[from]!.text) &&
      !(verb?.wish && FOR_WHOM.has(tokens[from]!.text)) &&
      (tokens[from]!.gapBefore & ~Gap.Space) === 0
    )
      from++;
    // «ودعا الملك، وفق ما أورده الديوان الملكي، إلى …»: the channel named between commas after the subject is set aside.
    const channel = this.channelAsideAt(from, sentence);
    if (channel > from) from = channel;
    // A weak verb (زاد، تابع، نقل) is speech far from its words only with a subject of its own: a person or an institution.
    // «وكتب سمو الأمير المفدى، في تغريدة، أن …»: an honorific after the verb is a person as subject too.
    const honorific = HONORIFIC_NOUNS.has(tokens[trigger.verbToken + 1]?.text ?? '');
    // («وحث نظيره الروسي على …»: the counterpart called on stands between a verb of appeal and its words.)
    const calledOn = verb !== null && verb.appeal && COUNTERPART.has(tokens[trigger.verbToken + 1]?.text ?? '');
    const strict = verb !== null && verb.weak && trigger.subject === null && !trigger.institution && !trigger.pronoun && !trigger.dignitary && !honorific && !calledOn;
    const limit = strict ? from + 1 : from + MAX_CONTENT_DISTANCE;
    // «رحب السوداني في كلمته بعودة …», «شدد خلال اللقاء على …»: after the frame of the statement
    // (where and when it was made), the verb's preposition is as near as right after the verb.
    const framed = FRAME.has(tokens[from]?.text ?? '') ? this.afterFrame(from, sentence, trigger.subject?.id ?? null) : from;
    // «جدد عزمه على …», «تقدم بالشكر إلى …», «قدم له خلال الاتصال التعازي»: the words start at
    // the noun of speech, after at most the one addressed and the frame.
    if (verb && verb.nouns.size > 0) {
      const reach = verb.objectFirst ? OBJECT_NOUN_DISTANCE : NOUN_DISTANCE;
      for (let j = from, aside = 0, resumed = -1, afterFrame = -1; j <= from + reach + aside && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
        const token = tokens[j]!;
        // «جدد الرئيس، حسب البيان، دعمه …», «جدد، خلال الاستقبال، تعبيره عن …»: an according-phrase or a
        // frame between commas is set aside.
        // («جدد الرئيس الأميركي جو بايدن، اليوم الاثنين، التزام …», «…، الاثنين، خلال أول زيارة …، تأكيد»: so is
        // the day, before a frame or alone.)
        const frame = FRAME.has(token.text) && j !== afterFrame;
        if ((token.gapBefore & Gap.Comma) !== 0 && (this.lexicon.according.has(token.text) || isDayWord(token.text) || frame)) {
          // («، خلال محادثاته مع نظيره السوداني علي يوسف في مدينة بورتسودان،»: a frame may be long.)
          const close = this.closingComma(j, sentence, frame ? LONG_FRAME : 5);
          if (close > j) {
            aside += close - j;
            resumed = close;
            if (frame) afterFrame = close;
            j = close - 1;
            continue;
          }
        }
        if (j > from && j !== resumed && ((token.gapBefore & Gap.Comma) !== 0 || this.opensQuote(j))) break;
        // («أبدى تيلرسون، الجمعة، "خيبة أمل كبيرة" …»: a quotation right after the day is the words, whole.)
        if (j === resumed && j !== afterFrame && this.opensQuote(j)) break;
        // («حمّل لافروف الولايات المتحدة مسؤولية …»: the one held responsible is part of the words.)
        if (isSpeechNoun(verb, token)) return isObjectFirstNoun(verb, token) ? from : j;
        if (this.isThat(token) || speechVerbAt(this.lexicon, token)) break;
      }
      if (verb.light) return -1;
    }
    // «وقال جلالته، في كلمة خلال قمة … التي انعقدت اليوم … بدعوة من الرئيس …، إن …»: a frame between commas
    // may be longer than the usual reach; the words start at «إن» right after its closing comma.
    // «وقال لافروف، في تصريحات أدلى بها عقب محادثات أجراها أمس …، التي جرت على هامش …: "…"»: or at the colon that
    // closes the frame (past the relative clauses it holds).
    if (!strict && FRAME.has(tokens[from]?.text ?? '') && (tokens[from]!.gapBefore & Gap.Comma) !== 0) {
      for (let j = from + 1; j <= from + LONG_FRAME && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
        const token = tokens[j]!;
        if (this.s.colonBefore(j)) return j;
        if (this.opensQuote(j) || (speechVerbAt(this.lexicon, token) && !RELATIVES.has(tokens[j - 1]?.text ?? ''))) break;
        if ((token.gapBefore & Gap.Comma) !== 0) {
          if (this.thatWord(token)) return this.inSentence(j + 1, sentence);
          if (RELATIVES.has(token.text)) continue;
          break;
        }
      }
    }
    // «وتابعت في إحاطتها الصحفية: «…»»: a weak verb opening its sentence, going on with the one speaking, may have its
    // frame before the colon that opens its words.
    const opensSentence = this.s.sentenceOf[trigger.verbToken - 1] !== sentence && tokens[trigger.verbToken]!.text.startsWith('و');
    if (strict && opensSentence && FRAME.has(tokens[from]?.text ?? '')) {
      for (let j = from + 1; j <= from + WEAK_FRAME && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
        if (this.s.colonBefore(j)) return j;
        if ((tokens[j]!.gapBefore & ~Gap.Space) !== 0 || speechVerbAt(this.lexicon, tokens[j]!)) break;
      }
    }
    for (let j = from; j < limit && j < tokens.length; j++) {
      const token = tokens[j]!;
      const near = j === from || (!strict && j === framed);
      if (this.s.sentenceOf[j] !== sentence) break;
      // «وقال بلينكن للصحفيين بعد الاجتماع "أوضحت بجلاء قلقنا …"»: a quotation that opens with a verb of speech in the
      // first person is the words, not another report.
      // («قالت ليفيت لمراسل "إيران إنترناشيونال" في واشنطن: "…"»: an outlet's name in quotes after the one told is no words.)
      if (this.opensQuote(j) && (near || !verb?.object) && !OUTLET_NOUNS.has(tokens[j - 1]?.text ?? '')) return j;
      // «في الكلمة التي اختتم بها أعمال المؤتمر: …»: a verb of a relative clause in the frame is not another report.
      if (j > from && speechVerbAt(this.lexicon, token) && !(FRAME.has(tokens[from]?.text ?? '') && RELATIVES.has(tokens[j - 1]?.text ?? ''))) break;
      if (this.s.colonBefore(j)) return j;
      // «أكد أهمية أن تتخذ روسيا …»: «أن» after a noun of necessity is that noun's; the words start at the noun.
      if (this.thatWord(token) && j === from + 1 && verb?.object && NECESSITY.has(tokens[from]!.text)) return from;
      // Far from the verb, «وأن» coordinates inside the words already reported; «دون أن» is no report.
      if (this.thatWord(token) && (near || (token.text !== 'وان' && !NOT_REPORTING_THAT.has(tokens[j - 1]?.text ?? ''))))
        return this.inSentence(j + 1, sentence);
      // «وصف شكري المحادثات بأنها عميقة»: what is described is part of what was said.
      if (this.thatWithPronoun(token)) return verb?.object && !near && token.text.startsWith('ب') ? from : j;
      if (this.lexicon.relaySaying.has(token.text)) return this.afterSaying(j, sentence);
      // «أشاد الوزير بدور المملكة», «نوه سموه بحرص …»: the preposition ب/ل on the first word of the words.
      if (verb && near && this.complementClitic(token, verb)) return j;
      const complement = verb && (verb.complement.has(token.text) || (isCliticOnly(token.text) && verb.complement.has(token.text.slice(-1))));
      // «ودعا الرئيس إسرائيل إلى الانسحاب», «وطالب موسكو بسحب قواتها»: the one called on is part of the words.
      if (verb?.appeal && j > framed && (complement || this.complementClitic(token, verb)) && this.addressedFrom(framed, j)) return framed;
      if (complement && (near || !verb.object)) {
        const next = tokens[j + 1];
        return this.inSentence(next && THAT.has(next.text) ? j + 2 : j + 1, sentence);
      }
    }
    if (verb && verb.object && !verb.weak) return this.inSentence(this.afterFrame(from, sentence, trigger.subject?.id ?? null), sentence);
    if (!verb) return this.inSentence(this.skipComma(from), sentence);
    return -1;
  }

  /** Whether the words from..to-1 can be the one called on: a few words, no comma, no «أن». */
  protected addressedFrom(from: number, to: number): boolean {
    if (to - from > ADDRESSEE_WORDS) return false;
    for (let k = from; k < to; k++) {
      const token = this.ctx.tokens[k]!;
      if ((k > from && (token.gapBefore & Gap.Comma) !== 0) || this.isThat(token) || this.opensQuote(k)) return false;
    }
    return true;
  }

  /** «قوله لبومبيو: "…"»: after «قوله», the words start at a colon or quote close by, else right after it. */
  protected afterSaying(j: number, sentence: number): number {
    // «تأكيده أن …», «ترحيبه بعرض …»: a noun of what was said is part of the words; only «قوله» is not.
    if (!this.ctx.tokens[j]!.text.startsWith('قول')) return j;
    for (let k = j + 1; k <= j + 3 && k < this.ctx.tokens.length && this.s.sentenceOf[k] === sentence; k++) {
      if (this.s.colonBefore(k) || this.opensQuote(k)) return k;
    }
    // «قوله إن …»: the words start after إن.
    const next = this.ctx.tokens[j + 1];
    return this.inSentence(next && THAT.has(next.text) ? j + 2 : j + 1, sentence);
  }

  protected skipComma(j: number): number {
    const next = this.ctx.tokens[j];
    return next && THAT.has(next.text) ? j + 1 : j;
  }

  protected inSentence(j: number, sentence: number): number {
    return j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence ? j : -1;
  }

  // The claims --------------------------------------------------------------------------------------

  /**
   * «أكد مجددا خلال لقائه نظيره الروسي أمس ضرورة …», «أكد … لنظيره الأمريكي X، خلال اتصال
   * هاتفي أمس، أهمية …»: before words that follow the verb directly, the adverbs, the
   * speaker named again, the addressee (ل) and the frame phrase (خلال/أثناء/عقب …) are not
   * what was said.
   */
  protected afterFrame(from: number, sentence: number, speaker: string | null): number {
    let j = from;
    for (let parts = 0; parts < MAX_FRAME_PARTS; parts++) {
      const next = this.framePart(j, sentence, speaker);
      if (next === j) break;
      j = next;
    }
    // Nothing left after the frame: keep the words as they are.
    return j < this.ctx.tokens.length && this.s.sentenceOf[j] === sentence ? j : from;
  }

  /** The token after one part of a statement's frame starting at j, or j when none starts there. */
  protected framePart(j: number, sentence: number, speaker: string | null): number {
    const { tokens } = this.ctx;
    const inside = (k: number) => k < tokens.length && this.s.sentenceOf[k] === sentence;
    if (!inside(j) || this.opensQuote(j)) return j;
    const token = tokens[j]!;
    if (NOT_SUBJECTS.has(token.text)) return j + 1;
    const m = this.mentions.at.get(j);
    if (m && (m.id === speaker || m.clitic.includes('ل'))) return m.last + 1;
    // «لنظيره الأمريكي»: an addressee and its adjectives.
    if (token.text.startsWith('ل') && this.possessed(j)) {
      let k = j + 1;
      while (inside(k) && tokens[k]!.text.startsWith('ال') && !this.mentions.at.has(k)) k++;
      const named = this.mentions.at.get(k);
      return named ? named.last + 1 : k;
    }
    if (!FRAME.has(token.text)) return j;
    // «، خلال اتصال هاتفي أمس،»: a frame between commas, whatever its words.
    if ((token.gapBefore & Gap.Comma) !== 0) {
      for (let k = j + 1; inside(k) && k - j <= FRAME_DISTANCE; k++) if ((tokens[k]!.gapBefore & Gap.Comma) !== 0) return k;
    }
    let k = j + 1;
    while (inside(k) && k - j <= FRAME_DISTANCE && !this.opensQuote(k) && (tokens[k]!.gapBefore & Gap.Comma) === 0) {
      const inner = this.mentions.at.get(k);
      if (inner) {
        k = inner.last + 1;
        continue;
      }
      const text = tokens[k]!.text;
      // («خلال لقائه»: a noun with its pronoun right after the frame word; «خلال اللقاء رغبتهما …»: after it, the words.)
      if (!(text.startsWith('ال') || NOT_SUBJECTS.has(text) || (this.possessed(k) && k === j + 1) || PREPOSITIONS.has(text))) break;
      k++;
    }
    return k - j > FRAME_DISTANCE ? j : k;
  }
}
