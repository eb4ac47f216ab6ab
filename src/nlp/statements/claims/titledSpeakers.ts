/**
 * Speakers named by their office or honorific alone: «وأكد جلالة الملك», «وقال سمو ولي العهد», the
 * caller of a call, a country's own speaker — the one person of the story who holds it.
 */
import type { TokenMention } from '../mentionIndex.ts';
import { normalizeKey } from '../../text/normalize.ts';
import { Gap } from '../../text/tokens.ts';
import { isActive, ROYAL_COUNTRIES } from '../../knowledge/terms.ts';
import { HONORIFIC_PRONOUNS, HONORIFIC_NOUNS } from './subjectAfterVerb.ts';
import { WordsExtent } from './wordsExtent.ts';
import { wordSet } from '../../text/lexicon.ts';

/** Pronouns of the one addressed, the occasion and the turn, between a verb and its words. */
/** «عبّر فيها عن …», «أكد خلاله …»: in the call or letter just told. */
const IN_THE_CALL = wordSet('فيها فيه خلالها خلاله');
/** «تلقى … اتصالا من …», «في اتصال تلقاه … من …»: a call, letter or cable received from someone. */
const RECEIVED = wordSet('تلقى تلقت تلقيا وتلقى وتلقت تلقاه تلقته تلقاها');
/** The offices an honorific pronoun stands for, when nobody is being quoted yet: «ونوه سموه» is a prince or an emir. */
const HONORIFIC_ROLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['سموه', 'سموها'].map((w) => [normalizeKey(w), ['head-of-state', 'crown-prince', 'head-of-government', 'deputy-prime-minister', 'foreign-minister', 'defence-minister', 'interior-minister', 'minister']] as [string, readonly string[]]),
  ...['جلالته', 'جلالتها'].map((w) => [normalizeKey(w), ['head-of-state']] as [string, readonly string[]]),
  ...['فخامته', 'فخامتها'].map((w) => [normalizeKey(w), ['head-of-state', 'vice-president']] as [string, readonly string[]]),
  ...['دولته'].map((w) => [normalizeKey(w), ['head-of-government']] as [string, readonly string[]]),
  // «سيادته» in the Egyptian presidency's copy: the president, or a head of government.
  ...['سيادته', 'سيادتها'].map((w) => [normalizeKey(w), ['head-of-state', 'head-of-government']] as [string, readonly string[]]),
  ...['معاليه', 'معاليها'].map((w) => [normalizeKey(w), ['foreign-minister', 'defence-minister', 'interior-minister', 'minister', 'deputy-minister', 'secretary-general', 'national-security-adviser']] as [string, readonly string[]]),
]);
/** How many words a title before a name may have. */
const TITLE_BEFORE_NAME = 6;
/** The honorific noun each honorific pronoun stands for: «دولته» for the one called «دولة …». */
const OWN_HONORIFIC: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['سموه', 'سمو السمو'],
      ['جلالته', 'جلالة الجلالة'],
      ['فخامته', 'فخامة الفخامة'],
      ['دولته', 'دولة'],
      ['معاليه', 'معالي'],
    ] as const
  ).map(([pronoun, nouns]) => [normalizeKey(pronoun), new Set(nouns.split(' ').map(normalizeKey))]),
);
const HONORIFIC_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['سموه', 'سموها', 'جلالته', 'جلالتها'].map((w) => [normalizeKey(w), ROYAL_COUNTRIES] as [string, ReadonlySet<string>]),
);
/** Honorifics that stand before a title: «جلالة الملك», «سمو الأمير», «فخامة الرئيس», «حضرة صاحب السمو». */
/** Honorific nouns only royal houses use: «سمو الأمير», «جلالة الملك». */
export const ROYAL_HONORIFICS = wordSet('سمو جلالة صاحب');
/** Nouns of a statement made by the person after them with «لـ»: «تصريح لـX، … أعلن فيه …». */
const STATEMENT_OF = wordSet('تصريح تصريحات بيان كلمة رسالة مقابلة حديث تغريدة منشور');
/** How far back from the verb such a statement may be named. */
const STATEMENT_REACH = 12;
/** Sending a cable or a letter («بعث سموه ببرقية إلى …، أعرب فيها …»): its subject is the one whose words it holds. */
// («خطاب ألقاه الرئيس الروسي … أمام الجمعية الفيدرالية، حمّل فيه الغرب …»: the speech delivered is its speaker's.)
const SENT_VERBS = wordSet('بعث وبعث أرسل وأرسل بعثت وبعثت أرسلت وأرسلت ألقاه ألقته ألقاها');
/** «سموه»: the honorific of princes and emirs, never of a king. */
const HIGHNESS = wordSet('سموه سموها');
/** Offices a royal honorific with no name may stand for as the sender of a cable. */
const ROYAL_SENDER_ROLES = ['head-of-state', 'crown-prince'];
/** How far after the sending verb its subject may be named, past honorifics and titles («بعث صاحب السمو الشيخ …»). */
const SENDER_REACH = 6;
const NEGATIONS = wordSet('لن لا لم');
/** The office a spokesperson of a kind speaks for (a government's or a body's spokesperson: whichever). */
const SERVED_BY: ReadonlyMap<string, string> = new Map([
  ['presidential-spokesperson', 'head-of-state'],
  ['mfa-spokesperson', 'foreign-minister'],
]);
/** Adjectives of a country's commitment: «مصر ملتزمة», «المملكة حريصة». */
const COMMITTED = wordSet('ملتزمة حريصة مستعدة ماضية عازمة متمسكة');
/** Words in ت/ي that are no verb of a stand. */
export const STOP_WORDS_OF_CLAIMS = wordSet('تجاه تحت تلك تلقاء');
/** How far after the verb the «أن» opening the reported words may be, for the country they speak for. */
const OWN_COUNTRY_REACH = 6;

export abstract class TitledSpeakers extends WordsExtent {
  /**
   * «ونوه سموه» with nobody quoted yet: the story's protagonist, the first person it named (as a
   * subject) who holds an office the honorific fits; agencies lead with their own dignitary.
   */
  protected dignitaryBefore(verbToken: number): string | null {
    const roles = HONORIFIC_ROLES.get(this.ctx.tokens[verbToken + 1]?.text ?? '');
    return roles ? this.firstHolderBefore(verbToken, roles) : null;
  }

  /**
   * Whether the honorific pronoun at token j («سموه») stands for this person: an office it fits, its house, and the
   * story gave them its noun («سمو رئيس مجلس الوزراء الشيخ …»; a foreign minister called «الشيخ» only is not «سموه»).
   */
  protected standsFor(id: string, j: number): boolean {
    const word = this.ctx.tokens[j]?.text ?? '';
    const roles = HONORIFIC_ROLES.get(word);
    const own = OWN_HONORIFIC.get(word);
    return roles !== undefined && own !== undefined && this.holds(id, roles, null) && this.fitsHonorific(id, j) && this.mentions.all.some((m) => m.id === id && m.first < j && this.honouredAt(m, own));
  }

  protected firstHolderBefore(verbToken: number, roles: readonly string[], also?: (id: string) => boolean): string | null {
    const honorific = this.ctx.tokens[verbToken + 1]?.text ?? '';
    const fits = (m: TokenMention) =>
      m.first < verbToken && !this.isObject(m) && this.holds(m.id, roles, null) && (!also || also(m.id)) && (!HONORIFIC_ROLES.has(honorific) || this.fitsHonorific(m.id, verbToken + 1));
    // «جلالته» stands for the one the story gave «جلالة» («جلالة الملك يهاتف العاهل الأردني» names the caller first);
    // «دولته» for the one it gave «دولة», not the crown prince it gave «صاحب السمو» who is prime minister too.
    const own = OWN_HONORIFIC.get(honorific);
    const honoured = (own ? this.mentions.all.find((m) => fits(m) && this.honouredAt(m, own)) : undefined) ?? this.mentions.all.find((m) => fits(m) && this.honouredAt(m));
    return (honoured ?? this.mentions.all.find(fits))?.id ?? null;
  }

  /** The head of state titled Emir the story named before token i, in office at its date (the one «الأمير» alone means). */
  protected emirNamedBefore(i: number): string | null {
    for (const m of this.mentions.all) {
      if (m.first >= i) break;
      const person = this.ctx.k.people.get(m.id);
      if (person?.terms.some((t) => t.role === 'head-of-state' && t.title === 'Emir') && this.holds(m.id, ['head-of-state'], null)) return m.id;
    }
    return null;
  }

  /** «جلالة الملك محمد السادس», «صاحب السمو الشيخ …»: a mention with an honorific noun just before it. */
  protected honouredAt(m: TokenMention, nouns: ReadonlySet<string> = HONORIFIC_NOUNS): boolean {
    const { tokens, k } = this.ctx;
    if (nouns.has(tokens[m.first]!.text)) return true;
    // «دولة رئيس مجلس الدولة الصيني لي تشيانغ»: the honorific before a whole title (and its country) that runs into the name.
    for (let j = m.first - 1; j >= 1 && j >= m.first - TITLE_BEFORE_NAME; j--) {
      for (const title of k.titles.matchAt(tokens, j, { clitics: false })) {
        const adjective = k.countryAdjectives.matchAt(tokens, title.last + 1, { clitics: false })[0];
        if ((title.last === m.first - 1 || adjective?.last === m.first - 1) && nouns.has(tokens[j - 1]!.text)) return true;
      }
    }
    // Back over the words of a title («صاحب السمو أمير البلاد الشيخ نواف»), never over a verb («جلالة الملك يهاتف العاهل …»).
    for (let j = m.first - 1; j >= 0 && j >= m.first - 4; j--) {
      if ((tokens[j + 1]!.gapBefore & ~Gap.Space) !== 0) return false;
      const word = tokens[j]!.text;
      if (nouns.has(word)) return true;
      if (!word.startsWith('ال') && k.titles.matchAt(tokens, j, { clitics: false }).length === 0) return false;
    }
    return false;
  }

  /** Whether a person holds office in one of the royal houses (a king's, emir's, sultan's or prince's country). */
  /** Whether the person is head of state of a country whose head is titled King (not Emir or Sultan). */
  protected titledKing(id: string): boolean {
    const head = this.ctx.k.roles.get('head-of-state');
    return this.ctx.k.people.get(id)?.terms.some((t) => t.role === 'head-of-state' && isActive(t, this.ctx.date) && head?.enByCountry[t.country] === 'King') === true;
  }

  protected reigns(id: string): boolean {
    return this.ctx.k.people.get(id)?.terms.some((t) => ROYAL_COUNTRIES.has(t.country)) === true;
  }

  /** Whether the honorific pronoun at token j («سموه», «جلالته») may stand for this person: a royal one only for a royal house's country. */
  /** The one person named before token i with the honorific noun the pronoun after i stands for («دولة» for «دولته»). */
  protected onlyHonouredAs(i: number): string | null {
    const own = OWN_HONORIFIC.get(this.ctx.tokens[i + 1]?.text ?? '');
    if (!own) return null;
    const ids = new Set(this.mentions.all.filter((m) => m.first < i && this.honouredAt(m, own)).map((m) => m.id));
    return ids.size === 1 ? [...ids][0]! : null;
  }

  protected fitsHonorific(id: string, j: number): boolean {
    const word = this.ctx.tokens[j]?.text ?? '';
    const countries = HONORIFIC_COUNTRIES.get(word);
    // «وأكد سموه» in a story of the Kuwaiti emir in Bahrain: a king is «جلالته», never «سموه».
    if (HIGHNESS.has(word) && this.titledKing(id)) return false;
    return !countries || this.ctx.k.people.get(id)?.terms.some((t) => countries.has(t.country)) === true;
  }

  /** The roles of a mention that is a title and nothing more (no name in it), else null. */
  protected titleRoles(m: TokenMention): { roles: string[]; country: string | null } | null {
    const { tokens } = this.ctx;
    const matches = this.ctx.k.titles.matchAt(tokens, m.first);
    const match = matches.find((t) => t.last === m.last);
    if (!match) {
      // «المبعوث الأميركي» after two American envoys were named: an office many hold in one country, with that
      // country, is as ambiguous as a bare title.
      const titled = matches.find((t) => this.ctx.k.countryAdjectives.matchAt(tokens, t.last + 1, { clitics: false }).some((a) => a.last === m.last));
      if (!titled) return null;
      const roles = titled.values.map((d) => d.role).filter((r) => this.ctx.k.roles.get(r)?.unique !== true);
      const country = this.ctx.k.countryAdjectives.matchAt(tokens, titled.last + 1, { clitics: false })[0]!.values[0]!;
      return roles.length > 0 && roles.length === titled.values.length ? { roles, country } : null;
    }
    // «ولي العهد السعودي»: a title with its country names its holder; only the bare title is ambiguous.
    if (this.ctx.k.countryAdjectives.matchAt(tokens, m.last + 1, { clitics: false }).length > 0) return null;
    const country = match.values.find((d) => d.country)?.country ?? null;
    if (country) return null;
    // «رئيس مجلس السيادة», «خادم الحرمين الشريفين»: a head of state's own title is one office, which the officials stage resolved.
    if (match.values.every((d) => d.en !== null && d.role === 'head-of-state')) return null;
    return { roles: match.values.map((d) => d.role), country: null };
  }

  /** The one person the story names who holds `roles` in the country a spokesperson speaks for; null when none or two. */
  protected principalOf(spokesperson: string, roles: readonly string[]): string | null {
    const term = this.spokespersonTerm(spokesperson);
    if (!term) return null;
    // (The presidency's spokesman speaks for the president, the foreign ministry's for the minister: in their words
    // «رئيس الوزراء» is not their principal, and may be the guest.)
    const served = SERVED_BY.get(term.role);
    if (served && !roles.includes(served)) return null;
    const holders = new Set(this.mentions.all.filter((m) => this.holds(m.id, roles, term.country)).map((m) => m.id));
    return holders.size === 1 ? [...holders][0]! : null;
  }

  /** «… ورحب الملك بضيفه، فيما أعرب فخامته …»: the last dignitary named before whom the honorific fits, other than the one speaking. */
  protected otherDignitary(verbToken: number, speaking: string | null): string | null {
    const roles = HONORIFIC_ROLES.get(this.ctx.tokens[verbToken + 1]?.text ?? '');
    if (!roles) return null;
    for (let k = this.mentions.all.length - 1; k >= 0; k--) {
      const m = this.mentions.all[k]!;
      if (m.first < verbToken && m.id !== speaking && this.holds(m.id, roles, null)) return m.id;
    }
    return null;
  }

  /**
   * An honorific pronoun standing as the subject of an earlier verb of the sentence («بعث سموه»,
   * «أجراها جلالته»), before token i and before any person named as a subject: its index, else -1.
   */
  protected honorificSubjectBefore(i: number, sentence: number): number {
    const { tokens } = this.ctx;
    for (let j = this.s.sentences[sentence]!.first + 1; j < i; j++) {
      const m = this.mentions.at.get(j);
      if (m && !this.isObject(m)) return -1;
      if (HONORIFIC_PRONOUNS.has(tokens[j]!.text) && (tokens[j]!.gapBefore & ~Gap.Space) === 0 && !this.mentions.at.has(j - 1)) return j;
    }
    return -1;
  }

  /**
   * «تلقى … مكالمة هاتفية من نظيره الجزائري عبد المجيد تبون، عبّر (له) فيها عن …»: a verb whose
   * words are said in a call, letter or cable («فيها», «خلاله») received earlier in the sentence
   * from someone named: the sender. Null when the sentence tells no such thing.
   */
  protected callerSpeaking(verbToken: number): string | null {
    const { tokens } = this.ctx;
    const sentence = this.s.sentenceOf[verbToken]!;
    let k = verbToken + 1;
    if (tokens[k]?.text === 'له' || tokens[k]?.text === 'لها') k++;
    if (!IN_THE_CALL.has(tokens[k]?.text ?? '')) return null;
    const first = this.s.sentences[sentence]!.first;
    // «… بعد تصريح لمولود جاويش أوغلو، وزير الخارجية التركي، أعلن فيه أن …»: the one whose statement it is.
    for (let j = verbToken - 1; j >= first && j >= verbToken - STATEMENT_REACH; j--) {
      const mention = this.mentions.at.get(j);
      if (mention && mention.clitic.endsWith('ل') && STATEMENT_OF.has(tokens[j - 1]?.text ?? '')) return mention.id;
    }
    // «بعث صاحب السمو ببرقية إلى الرئيس ماكرون، أعرب فيها عن …»: the sender of a cable or letter, not the one it went to.
    for (let j = verbToken - 1; j >= first; j--) {
      if (!SENT_VERBS.has(tokens[j]!.text)) continue;
      for (let m = j + 1; m < verbToken && m <= j + SENDER_REACH; m++) {
        if (tokens[m]!.text === 'الي' || tokens[m]!.stems.some((st) => st.prefix > 0 && st.text.startsWith('برقي'))) break;
        const mention = this.mentions.at.get(m);
        if (mention) return mention.id;
        // «بعث صاحب السمو ببرقية …»: a royal honorific with no name is the story's own ruler.
        if (ROYAL_HONORIFICS.has(tokens[m]!.text)) return this.firstHolderBefore(verbToken, ROYAL_SENDER_ROLES, (id) => this.reigns(id));
      }
      break;
    }
    for (let j = verbToken - 1; j >= first; j--) {
      if (!RECEIVED.has(tokens[j]!.text)) continue;
      // «… من نظيره الجزائري عبد المجيد تبون»: the first person named after «من».
      for (let f = j + 1; f < verbToken; f++) {
        if (tokens[f]!.text !== 'من') continue;
        for (let m = f + 1; m < verbToken && m <= f + 5; m++) {
          const mention = this.mentions.at.get(m);
          if (!mention) continue;
          // «وكان وانغ قد تلقى اتصالا من بلينكن، أكد خلاله أن الصين تدين …»: words that speak for the one
          // called's country are his.
          const receiver = this.mentionBetween(first, j);
          return (receiver && this.ownCountrySpeaker(verbToken, [mention.id, receiver.id])) ?? mention.id;
        }
      }
      return null;
    }
    return null;
  }

  /** Whether the words at token j take a stand: an imperfect verb («تدين», «لن تقبل»), or an adjective of commitment. */
  protected takesStand(j: number): boolean {
    const { tokens } = this.ctx;
    let t = tokens[j];
    if (t && NEGATIONS.has(t.text)) t = tokens[j + 1];
    if (!t || t.kind !== 'word' || (t.gapBefore & ~Gap.Space) !== 0) return false;
    return COMMITTED.has(t.text) || (/^[تي]/.test(t.text) && t.text.length >= 4 && !t.text.startsWith('تم') && !STOP_WORDS_OF_CLAIMS.has(t.text));
  }

  /** The last person mention in tokens [from, to). */
  protected mentionBetween(from: number, to: number): TokenMention | null {
    for (let j = to - 1; j >= from; j--) {
      const m = this.mentions.at.get(j);
      if (m) return m;
    }
    return null;
  }

  /**
   * Of `ids`, the one person whose country the reported words open with («أن مصر ملتزمة …», «أن الصين تدين …»):
   * one speaks for one's own country. Null when the words open with no country or it is not one of theirs alone.
   */
  protected ownCountrySpeaker(verbToken: number, ids: readonly string[]): string | null {
    const { tokens, k } = this.ctx;
    const sentence = this.s.sentenceOf[verbToken];
    for (let j = verbToken + 1; j <= verbToken + OWN_COUNTRY_REACH && j < tokens.length && this.s.sentenceOf[j] === sentence; j++) {
      if (!this.isThat(tokens[j]!)) continue;
      const named = k.countryNames.matchAt(tokens, j + 1, { clitics: false })[0];
      // The country takes a stand in the words («مصر ملتزمة», «الصين تدين», «القاهرة لن تقبل»); words that
      // describe it («الصومال بلد عربي») are as often said of the other's.
      if (!named || !this.takesStand(named.last + 1)) return null;
      const country = named.values[0]!;
      const own = [...new Set(ids)].filter((id) => k.people.get(id)?.terms.some((t) => t.country === country && isActive(t, this.ctx.date)));
      return own.length === 1 ? own[0]! : null;
    }
    return null;
  }
}
