/**
 * Attributed statements: who said what, with the verb as written and the words in
 * quotation marks.
 *
 * A claim starts at a reporting verb (knowledge/speech.json) and its speaker is found
 * by the shapes of wire copy:
 * - verb then subject: «وقال وزير الخارجية … لافروف إن …» (the officials stage has already
 *   turned titles, surnames and «الوزير» into people, so the subject is the first
 *   mention after the verb that is not an object: «لبومبيو», «مع بوتين»);
 * - subject then verb: «أن بوتين أكد …», «وكان … بيسكوف أعلن …»;
 * - no subject: «وأضاف», «وتابع», «مؤكدا أن» continue the speaker of the sentence, else
 *   the previous speaker;
 * - relayed: «نقل X عن Y قوله», «ذكر X أن Y أكد …»: Y speaks, X reported it;
 * - an institution as subject («أعلنت الخارجية», «قالت مصادر», «ونقلت وكالة … عن مسؤول»,
 *   «وكانت وزارة الخارجية … قد أعلنت») gives speaker null; the
 *   words of a person it quotes are theirs only when the text names them («… أن لافروف شدد»);
 * - «بحسب X», «وفق X»: X speaks.
 * The reported words start after أن/إن, a colon, an opening quote or the verb's
 * preposition (أشار إلى أن), and run to the end of the sentence or the next claim; a
 * clause turning to someone else («، فيما …»), an attribution at the end («، وفق ما …») and
 * the frame of the statement before words that follow the verb directly («مجددا خلال
 * لقائه … أمس») are left out.
 *
 * The stages are classes of their own files in `claims/`, each building on the one before:
 * reading.ts (the shared state and questions about a place in the text) → subjectAfterVerb.ts
 * → triggers.ts → wordsExtent.ts → titledSpeakers.ts → speakers.ts → this file.
 */
import type { TextContext } from '../entities/context.ts';
import { indexMentions } from './mentionIndex.ts';
import { normalizeKey, originalRange } from '../text/normalize.ts';
import { defaultSpeech, speechVerbAt, conjunctionStems, accordingWordAt, type SpeechLexicon } from './speech.ts';
import { analyseStructure, type Quote } from './structure.ts';
import { Gap } from '../text/tokens.ts';
import type { Claim, Official } from '../types.ts';
import { PREPOSITIONS, type TitledOffice } from './claims/reading.ts';
import { countryCodesByName } from '../entities/agreements.ts';
import { NOT_SUBJECTS, INSTITUTION_HEADS, HONORIFIC_PRONOUNS, JOINT_SUBJECTS, jointSide } from './claims/subjectAfterVerb.ts';
import type { JointSide, Draft, Trigger } from './claims/drafts.ts';
import { CONTRAST, SpeakerResolver } from './claims/speakers.ts';
import { wordSet } from '../text/lexicon.ts';
import { lowerBound } from '../text/lowerBound.ts';
import { feminineVerb, gendersOf, headGender, type Gender } from './claims/gender.ts';

export type { JointSide } from './claims/drafts.ts';

/** «فيما يتعلق ب»: فيما as «as for», which continues the words. */
const NOT_CONTRAST_AFTER = wordSet('يتعلق يخص يتصل يتعلقان');
/** Words a claim does not end on (a conjunction before the next claim). */
/** «الاتصال شهد التأكيد على …», «اللقاء شهد التأكيد على …»: the occasion saw both sides say it. */
const OCCASION_SUBJECTS = wordSet('الاتصال اللقاء الاجتماع المباحثات المحادثات المكالمة');
const SAW = wordSet('شهد شهدت');
/** A dual verb after the joint subject: «الجانبين تبادلا …», «الطرفين أكدا …». */
const DUAL_VERB = /^[^\s]{2,}(ا|تا)$/u;

/**
 * The two sides as the subject of the words a statement reports: «الجانبين تبادلا الإدانة …» (a joint subject and a
 * dual verb), or «الاتصال شهد التأكيد على …» (the occasion saw it said); null otherwise.
 */
function jointOpening(ctx: TextContext, start: number, end: number): JointSide | null {
  const { tokens } = ctx;
  const first = tokens[start];
  const next = tokens[start + 1];
  if (!first || !next || start + 1 > end) return null;
  const side = jointSide(first.text);
  if (JOINT_SUBJECTS.has(first.text) && DUAL_VERB.test(next.text) && side !== 'all' && side !== 'all-ministers') return side;
  if (OCCASION_SUBJECTS.has(first.text) && SAW.has(next.text)) return 'sides';
  return null;
}

/** «أنه», «بأنه», «إنه»: that he (the one speaking) …. */
const SELF_THAT = wordSet('أنه بأنه إنه أنها بأنها إنها');
const TRAILING = wordSet('و كما ثم فيما بينما حين في حيث إذ لكن لكنه لكنها لكنهم');
/** The most words an institution's name runs to («المتحدث الرسمي باسم وزارة الخارجية الروسية»). */
const MAX_INSTITUTION_WORDS = 7;
/** Bodies that speak as such: «أكد البيان», «أعلنت الرئاسة», «قال المتحدث باسم …». */
const SPEAKING_BODIES = wordSet('بيان رئاسة خارجية حكومة كرملين جيش برلمان مجلس ديوان أمانة جامعة منظمة أمم متحدث متحدثة ناطق ناطقة سفارة قيادة');
/** Unnamed sources: they speak, but are no institution one could name. */
const ANONYMOUS = wordSet('مصدر مصادر مسؤول مسؤولون مسؤولين دبلوماسي دبلوماسيون مراقبون محللون خبراء جهات مصادرنا');
/**
 * The quotations (of more than one character) that open at or after `from` and close before `to`, in text order. The
 * text's quotations are in order and do not overlap: the first is found by halving, not by reading them all for each
 * claim (a long page has many of both).
 */
function quotesWithin(quotes: readonly Quote[], from: number, to: number): Quote[] {
  const lo = lowerBound(quotes, (q) => q.open < from);
  const out: Quote[] = [];
  for (let n = lo; n < quotes.length && quotes[n]!.open < to; n++) {
    const q = quotes[n]!;
    if (q.close < to && q.close - q.open > 1) out.push(q);
  }
  return out;
}

/**
 * `joint` receives the claims whose words are both sides' with nobody named («وأكد الجانبان»):
 * the meetings stage knows who the two sides are (jointSpeakers.ts).
 */
export function extractClaims(ctx: TextContext, officials: readonly Official[], lexicon: SpeechLexicon = defaultSpeech(), joint?: Map<Claim, JointSide>): Claim[] {
  if (ctx.tokens.length === 0) return [];
  const extractor = new ClaimExtractor(ctx, analyseStructure(ctx), indexMentions(ctx, officials), lexicon, familyNames(officials), titledOffices(ctx, officials));
  return extractor.run(joint);
}

/**
 * The offices of the people found by a title alone (`ar:` ids), read back from the country and role the officials
 * stage shows for them, so that a descriptor («المسؤول الروسي») can stand for them as for a listed person.
 */
function titledOffices(ctx: TextContext, officials: readonly Official[]): ReadonlyMap<string, TitledOffice> {
  const offices = new Map<string, TitledOffice>();
  const codes = countryCodesByName(ctx.k);
  for (const o of officials) {
    if (!o.id.startsWith('ar:')) continue;
    const country = codes.get(o.country);
    if (country) offices.set(o.id, { country, role: roleKeyOf(ctx, o.role, country) });
  }
  return offices;
}

/** The role whose English label (in that country) a shown role is, or null («Presidential Envoy» of a title's own). */
function roleKeyOf(ctx: TextContext, label: string, country: string): string | null {
  for (const info of ctx.k.roles.values()) if ((info.enByCountry[country] ?? info.en) === label) return info.key;
  return null;
}

/**
 * «ورحب السوداني»: the last word of a name the story gave in full, right after a verb of
 * speech, is that person even when the word is also an ordinary one (an adjective) that no
 * knowledge file may list as a short form. Only names borne by one person of the story.
 */
function familyNames(officials: readonly Official[]): ReadonlyMap<string, { id: string; from: number }> {
  const found = new Map<string, { id: string; from: number } | null>();
  for (const o of officials) {
    const words = normalizeKey(o.name).split(' ');
    if (words.length < 2 || o.mentions.length === 0) continue;
    const family = words[words.length - 1]!;
    // «خليفة بن زايد»: after «بن» the last word is a father's name, which brothers share.
    if (words[words.length - 2] === 'بن' || words[words.length - 2] === 'ابن') continue;
    // Three letters are enough («عون», «بري»): the name only counts right after a speech verb, for someone the text named in full.
    if (family.length < 3) continue;
    const entry = { id: o.id, from: Math.min(...o.mentions.map((m) => m.start)) };
    found.set(family, found.has(family) && found.get(family)?.id !== o.id ? null : entry);
  }
  return new Map([...found].filter((e): e is [string, { id: string; from: number }] => e[1] !== null));
}

/**
 * The last stage: each trigger through the speaker stage in text order (a run of «وأضاف» takes the
 * speaker of the draft before it), then each claim's words cut where the next claim or a turn to
 * someone else begins.
 */
class ClaimExtractor extends SpeakerResolver {
  run(joint?: Map<Claim, JointSide>): Claim[] {
    const triggers = this.findTriggers();
    const drafts = this.drafts;
    let last: Draft | null = null;
    let spoken: Draft | null = null;
    // The last draft told outside quoted words: «…: "أعلن الرئيس ترامب أن …". وأضافت: "…"» goes on with the one quoting.
    let unquoted: Draft | null = null;
    for (const trigger of triggers) {
      const quoted = this.spokenInQuote(trigger.verbToken);
      // A silent verb lends its subject only within its own sentence.
      let prior = last && last.silent && last.sentence !== this.s.sentenceOf[trigger.verbToken] ? spoken : last;
      // («وتابع البيان: «… اعتبرت ميلوني أن …»، مؤكدة أن …»: a feminine verb after the quote goes on with the woman
      // quoted in it, not with the masculine statement that quoted her.)
      if (!quoted && prior && prior !== unquoted && this.spokenInQuote(prior.trigger.verbToken) && !this.agreesOnlyWith(trigger, prior, unquoted)) prior = unquoted;
      const draft = this.resolve(trigger, prior);
      if (!draft) continue;
      this.agreeInGender(draft);
      if (!draft.silent) {
        drafts.push(draft);
        spoken = draft;
      }
      last = draft;
      if (!quoted) unquoted = draft;
    }
    return this.finish(drafts, joint);
  }

  /** The gender the story's titles give each person (made on first use). */
  private genders: ReadonlyMap<string, Gender | null> | null = null;

  /**
   * «في المقابل، أطلعت رئيسة البعثة الأممية الوزير المصري على …»: a feminine verb whose subject is a woman's title
   * the officials stage gave nobody is a woman's words, not those of the man named after it (the verb's object) or
   * of the man speaking before: the woman the story named last, in this sentence or the one before, else the one
   * woman it named before, else nobody. (A feminine verb alone says little: its subject is as often a country, a
   * ministry or a statement, whose words the story may still give to a man.)
   */
  private agreeInGender(draft: Draft): void {
    const { trigger } = draft;
    if (draft.speaker === null || draft.joint || draft.pair !== null || trigger.verb === null || draft.reportedBy !== null || trigger.institution) return;
    if (trigger.verb.participle || trigger.verb.present) return;
    const { tokens } = this.ctx;
    const subject = trigger.verbToken + 1;
    if (feminineVerb(tokens[trigger.verbToken]!.text, false, normalizeKey(trigger.verb.lemma)) !== true) return;
    if (headGender(tokens[subject]) !== 'f' || this.mentions.at.has(subject)) return;
    this.genders ??= gendersOf(tokens, this.mentions.all);
    if (this.genders.get(draft.speaker) !== 'm') return;
    const sentence = this.s.sentenceOf[trigger.verbToken]!;
    const women = this.mentions.all.filter((m) => m.first < trigger.verbToken && this.genders!.get(m.id) === 'f');
    const near = women.filter((m) => this.s.sentenceOf[m.first]! >= sentence - 1);
    draft.speaker = near.at(-1)?.id ?? (new Set(women.map((m) => m.id)).size === 1 ? women[0]!.id : null);
  }

  /** Whether a trigger's verb is feminine and agrees with `quoted`'s verb, not with `quoting`'s (masculine). */
  private agreesOnlyWith(trigger: Trigger, quoted: Draft, quoting: Draft | null): boolean {
    const feminine = (t: Trigger) => (t.verb !== null ? feminineVerb(this.ctx.tokens[t.verbToken]!.text, t.verb.participle === true) : null);
    return quoting !== null && feminine(trigger) === true && feminine(quoted.trigger) === true && feminine(quoting.trigger) === false;
  }

  /**
   * Whether the verb at i stands in words quoted after a colon, someone's direct speech («قالت ليفيت: "أعلن الرئيس
   * ترامب أن …"»), not in a phrase a report quotes of its own subject («أن عباس «أطلع نظيره على …»»).
   */
  private spokenInQuote(i: number): boolean {
    const first = this.s.firstInQuote(i);
    return first !== null && this.s.insideQuotation(i, i) && this.s.colonBefore(first);
  }

  private finish(drafts: Draft[], joint?: Map<Claim, JointSide>): Claim[] {
    const { tokens } = this.ctx;
    const claims: Claim[] = [];
    for (let d = 0; d < drafts.length; d++) {
      const draft = drafts[d]!;
      const next = drafts[d + 1];
      let end = this.s.sentences[draft.sentence]!.last;
      if (draft.trigger.sentenceBefore) end = this.s.sentences[draft.sentence - 1]!.last;
      else if (draft.trigger.contentBefore) end = draft.trigger.verbToken - 1;
      else if (next && next.sentence === draft.sentence && next.trigger.boundary > draft.start - 1)
        end = Math.min(end, next.trigger.boundary - 1);
      else if (draft.trigger.colon) end = this.headlineGoesOn(draft.sentence, end, next);
      end = this.beforeContrast(draft.start, end);
      while (end >= draft.start && TRAILING.has(tokens[end]!.text)) end--;
      if (end < draft.start) {
        // «ذكر X أن Y أكد …»: the words are Y's, relayed by X.
        if (next && next.trigger.subject && next.trigger.boundary === draft.start && draft.speaker && next.speaker !== draft.speaker)
          next.reportedBy ??= draft.speaker;
        continue;
      }
      // «وأضاف المتحدث أن سيادته جدد …»: the honorific before the next verb is its subject, no words of the teller's.
      if (end === draft.start && HONORIFIC_PRONOUNS.has(tokens[end]!.text) && next && next.trigger.verbToken === end + 1) continue;
      // «أوضح الوزير أنه نقل إلى الرئيس تحيات …»: the one speaking tells what he himself conveyed; the words are one
      // claim of his from «أنه» on, not «أنه» alone and then the greetings.
      if (end === draft.start && SELF_THAT.has(tokens[end]!.text) && next && next.trigger.verbToken === end + 1 && next.speaker === draft.speaker && draft.speaker !== null) {
        next.start = draft.start;
        continue;
      }
      const claim = this.claim(draft, end);
      if (draft.pair && draft.speaker && draft.pair !== draft.speaker) claim.speakers = [draft.speaker, draft.pair, ...(draft.trigger.also ?? []).map((x) => x.id)];
      else if (draft.joint && !draft.speaker) joint?.set(claim, draft.joint);
      else if (!draft.speaker && draft.trigger.institutionAt !== undefined) {
        // «وأضاف البيان أن الجانبين تبادلا الإدانة …», «وذكر بيان المكتب أن الاتصال شهد التأكيد على …»: a statement
        // that tells what both sides said gives the words to them.
        const side = jointOpening(this.ctx, draft.start, end) ?? this.namedPairOpening(draft.start, end);
        if (side) joint?.set(claim, side);
      }
      claims.push(claim);
    }
    return claims;
  }

  /**
   * «ميلوني للدبيبة: قلقون من موسم الصيف.. ولا بد من تكثيف …»: in a headline (a line of its own), the words after a
   * name and a colon go on past «..» into a part that opens with «و» or «لكن», names nobody and has no colon of its
   * own («.. وماكرون: …», «.. والسيسي يرفض …» are someone else's). The last token of the words, from `end` on.
   */
  private headlineGoesOn(sentence: number, end: number, next: Draft | undefined): number {
    const { tokens } = this.ctx;
    const text = this.ctx.norm.text;
    let last = end;
    for (let n = sentence + 1; n < this.s.sentences.length; n++) {
      const { first, last: to } = this.s.sentences[n]!;
      const opener = tokens[first]!;
      if ((opener.gapBefore & Gap.Newline) !== 0 || (next && next.sentence <= n)) break;
      const between = text.slice(tokens[first - 1]!.end, opener.start);
      if (!/\.\.|…/.test(between) || !/^(?:و|لكن)/.test(opener.text)) break;
      let named = false;
      for (let j = first; j <= to; j++) if (this.mentions.at.has(j) || (j > first && this.s.colonBefore(j))) named = true;
      if (named) break;
      last = to;
    }
    return last;
  }

  /**
   * «وأضاف البيان أن بوتين وولي العهد ناقشا …، وقيّما …»: words of a statement that open with two people joined by «و»
   * and a dual verb tell what both sides did and said.
   */
  private namedPairOpening(start: number, end: number): JointSide | null {
    const a = this.mentions.at.get(start);
    const b = a ? this.mentions.at.get(a.last + 1) : undefined;
    if (!a || !b || b.id === a.id || !this.ctx.tokens[a.last + 1]!.text.startsWith('و') || b.last + 1 > end) return null;
    return DUAL_VERB.test(this.ctx.tokens[b.last + 1]?.text ?? '') ? 'sides' : null;
  }

  private claim(draft: Draft, last: number): Claim {
    const { tokens, norm } = this.ctx;
    let from = tokens[draft.start]!.start;
    let to = tokens[last]!.end;
    const opening = this.s.quoteAt(from);
    if (opening && opening.open < from && this.gapStart(draft.start) <= opening.open) from = opening.open;
    const closing = this.s.quoteAt(to - 1);
    if (closing && closing.close >= to && closing.open >= from) to = closing.close + 1;
    const quotes = quotesWithin(this.s.quotes, from, to);
    const quote = quotes.length
      ? quotes
          .map((q) => {
            const r = originalRange(norm, q.open + 1, q.close);
            return norm.original.slice(r.start, r.end).trim();
          })
          .filter(Boolean)
          .join(' … ')
      : null;
    const range = originalRange(norm, from, to);
    const verbSpan = draft.trigger.colon
      ? { start: 0, end: 0 }
      : originalRange(norm, tokens[draft.trigger.verbToken]!.start, tokens[draft.trigger.verbToken]!.end);
    const institution = draft.speaker === null && draft.trigger.institutionAt !== undefined ? this.institutionName(draft.trigger.institutionAt) : undefined;
    return {
      speaker: draft.speaker,
      ...(institution ? { institution } : {}),
      reportedBy: draft.reportedBy,
      verb: draft.trigger.colon ? ':' : norm.original.slice(verbSpan.start, verbSpan.end),
      text: norm.original.slice(range.start, range.end),
      quote: quote || null,
      start: range.start,
      end: range.end,
    };
  }

  // Helpers -----------------------------------------------------------------------------------------

  /**
   * «…، فيما جدد ماكرون دعم …», «…، في حين أوضح لافروف …»: a clause after a comma that
   * turns to someone else ends the reported words (outside a quotation).
   */
  private beforeContrast(start: number, end: number): number {
    const { tokens } = this.ctx;
    for (let k = start + 1; k <= end; k++) {
      const token = tokens[k]!;
      if ((token.gapBefore & Gap.Comma) === 0 || this.s.quoteAt(token.start)) continue;
      const next = tokens[k + 1]?.text ?? '';
      if ((CONTRAST.has(token.text) && !NOT_CONTRAST_AFTER.has(next)) || (token.text === 'في' && next === 'حين')) return k - 1;
      // «…، وفق ما أوردته الوكالة»: the attribution at the end is not part of the words.
      if (accordingWordAt(this.lexicon, token) && (next === 'ما' || this.mentions.at.has(k + 1))) return k - 1;
    }
    return end;
  }

  /**
   * «الخارجية الروسية», «البيان الختامي», «المتحدث باسم الرئاسة المصرية», «الكرملين»: the words
   * that name an institution speaking, from its head to the first word that is not part of
   * the name (a preposition, أن, a verb, a date, punctuation). Unnamed sources («مصادر»،
   * «مسؤول») are no institution.
   */
  private institutionName(from: number): string | undefined {
    const { tokens, norm } = this.ctx;
    const sentence = this.s.sentenceOf[from]!;
    const head = tokens[from];
    if (!head || ANONYMOUS.has(head.text) || ANONYMOUS.has(conjunctionStems(head).at(-1) ?? '')) return undefined;
    // «البيت الأبيض», «الكرملين», «موسكو»: a seat or a country stands for its government.
    const seat = this.ctx.k.countryNames.matchAt(tokens, from)[0];
    const bare = (conjunctionStems(head).at(-1) ?? head.text).replace(/^ال/, '');
    if (!seat && !this.isNonPersonHead(head) && !INSTITUTION_HEADS.has(bare) && !SPEAKING_BODIES.has(bare)) return undefined;
    let last = seat ? seat.last : from;
    for (let j = last + 1; j < tokens.length && j - from < MAX_INSTITUTION_WORDS; j++) {
      const token = tokens[j]!;
      if (this.s.sentenceOf[j] !== sentence || (token.gapBefore & ~Gap.Space) !== 0 || token.kind !== 'word') break;
      if (this.isThat(token) || PREPOSITIONS.has(token.text) || NOT_SUBJECTS.has(token.text) || token.text === 'قد' || speechVerbAt(this.lexicon, token) || this.mentions.at.has(j)) break;
      // After a noun without the article (وزارة، بيان، باسم) its genitive follows; after a definite
      // word only an adjective of relation («الختامي», «الروسية») goes on naming it.
      const previous = tokens[j - 1]!.text;
      const construct = !previous.startsWith('ال') || token.text === 'باسم';
      const relation = token.text.startsWith('ال') && /(ي|يه)$/.test(token.text);
      if (!construct && !relation) break;
      last = j;
    }
    const range = originalRange(norm, tokens[from]!.start, tokens[last]!.end);
    return norm.original.slice(range.start, range.end).replace(/^[وف](?=ال)/, '') || undefined;
  }
}
