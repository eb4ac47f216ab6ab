/**
 * «وأكد الجانبان …», «وشدد الزعيمان …»: words given to both sides of the meeting the article
 * reports. The claims stage marks them (nobody named) and says by which word; this stage, run
 * after the meetings stage, gives them to the two sides' leading participants: for each country
 * the highest in rank (head of state, head of government, crown prince, vice-president, foreign
 * minister, others), the first named on a tie; for «الوزيران», each country's minister at the
 * table (a president who received the minister is not one of «the two ministers»); for «القادة»
 * and a plural verb with no subject («وأكدوا»), each country's leading participant at a table of
 * two to four. Otherwise (more or fewer countries, no reported meeting) nobody is guessed.
 *
 * A count after the many («وأكد الوزراء الثلاثة», «القادة الأربعة») picks the table of that many the story tells (a
 * meeting reported, then one recalled), and «الوزراء» or a plural verb after it goes on with them. The many of one
 * country («المسؤولون الأمريكيون») are that country's people at the table, else those one sentence lists.
 *
 * Before all that, the two people of two countries the joint word's own sentence named before it («بأن X شكر Y …،
 * وأن الجانبين شددا …») are its sides; when the word opens its sentence, the two the sentence before named, in its
 * paragraph (no spokesman among them).
 *
 * In: the claims, the joint ones among them with their word's side, the meetings, the officials.
 * Out: the claims, joint ones with `speaker` (the side named first) and `speakers` (both); one side named by its
 * country («وأكد الجانب الروسي») with the leading participant of that country as `speaker`.
 */
import type { TextContext } from '../entities/context.ts';
import { countryOnDate, isActive, spokespersonTermOn } from '../knowledge/terms.ts';
import type { ArticleMeeting, Claim, Official } from '../types.ts';
import { normalizeKey } from '../text/normalize.ts';
import type { JointSide } from './claims.ts';

const RANK: Record<string, number> = {
  'head-of-state': 0,
  'head-of-government': 1,
  'crown-prince': 2,
  'vice-president': 3,
  'foreign-minister': 4,
};
const OTHER = 9;

export function assignJointSpeakers(
  ctx: TextContext,
  claims: readonly Claim[],
  joint: ReadonlyMap<Claim, JointSide>,
  meetings: readonly ArticleMeeting[],
  officials: readonly Official[],
): Claim[] {
  if (joint.size === 0) return [...claims];
  // The two sides of the whole story, made once for «الجانب الروسي» (the sides of given words depend on where they stand).
  let storySides: string[] | null | undefined;
  const sidesOfStory = () => (storySides === undefined ? (storySides = sidesOf(ctx, meetings, officials, 'sides')) : storySides);
  let told: string[] | null | undefined;
  const heads = () => (told === undefined ? (told = namedHeads(ctx, meetings, officials)) : told);
  // «وأكد الوزيران …، … إذ أكد الجانبان …»: the two sides the story has just given joint words to are the ones it
  // still means by «الجانبان», not the leaders of their countries it also names.
  // (Only two who sit at a meeting the story reports: «لقائدي البلدين، جلالة الملك …» named in passing are not its sides.)
  let lastPair: readonly string[] | null = null;
  // «ونوّه الوزراء الثلاثة …، وشددوا …. كما اتفق الوزراء على …»: the many the story counted are still the ones it
  // means by «الوزراء» after them.
  let lastCounted: { side: JointSide; ids: readonly string[] } | null = null;
  const atTable = new Set(meetings.filter((m) => !m.mentioned).flatMap((m) => m.participants));
  return claims.map((c) => {
    const side = joint.get(c);
    if (!side) return c;
    // «وأكد الجانب الروسي …»: of the two sides, the one of that country.
    if (side.startsWith('country:')) {
      const code = side.slice('country:'.length);
      const one = (sidesOfStory() ?? []).filter((id) => countryOnDate(ctx.k.people.get(id)?.terms ?? [], ctx.date) === code);
      return one.length === 1 ? { ...c, speaker: one[0]! } : c;
    }
    // «وأعرب المسؤولون الأمريكيون عن …»: everyone of that country at the table the story reports (two at least).
    if (side.startsWith('people:')) {
      const ofCountry = peopleOf(ctx, meetings, officials, side.slice('people:'.length), c.start);
      if (!ofCountry) return c;
      const { institution: _told, ...claim } = c;
      return { ...claim, speaker: ofCountry[0]!, speakers: ofCountry };
    }
    const many = side === 'all' || side === 'all-ministers' ? countedBefore(ctx, c.start) : null;
    const count = many?.count ?? null;
    if (count !== JOINED_TO_ANOTHER && (side === 'all' || side === 'all-ministers')) {
      // «ونوّه الوزراء الثلاثة …، وشددوا …»: the plural verb goes on with the ministers counted, not their leaders.
      const table: JointSide = many?.ministers ? 'all-ministers' : side;
      const counted = count !== null ? tableOf(ctx, meetings, officials, table, count) : lastCounted?.side === side ? lastCounted.ids : null;
      if (count !== null && counted) lastCounted = { side: table, ids: counted };
      if (counted) {
        const { institution: _told, ...claim } = c;
        return { ...claim, speaker: counted[0]!, speakers: [...counted] };
      }
    }
    const those =
      (side === 'sides' || side === 'leaders' ? namedInSentence(ctx, officials, c.start, meetings) : null) ??
      // «جمع لقاء بين وزير الخارجية التونسي … ونظيره الجزائري …، أكد خلاله الوزيران …»: the two ministers the sentence names.
      (side === 'ministers' ? ministersInSentence(ctx, officials, c.start) : null) ??
      justToldSides(ctx, meetings, officials, side, c.start) ??
      (side === 'sides' ? (heads() ?? lastPair) : null) ??
      // (By the words' place too: only people named before the words can be the sides that spoke them.)
      sidesOf(ctx, meetings, officials, side, c.start);
    if (those && those.length === 2 && those.every((id) => atTable.has(id))) lastPair = those;
    if (!those) return c;
    // («وأضاف البيان أن الجانبين …»: the statement that told it is no longer the speaker once the sides are known.)
    const { institution: _told, ...claim } = c;
    return { ...claim, speaker: those[0]!, speakers: [...those] };
  });
}

/**
 * The participants of one country at the meetings the story reports, named before the words, in the order named
 * (else the people of that country one sentence lists); null unless two at least.
 */
function peopleOf(ctx: TextContext, meetings: readonly ArticleMeeting[], officials: readonly Official[], code: string, at: number): string[] | null {
  const first = (id: string) => officials.find((o) => o.id === id)?.mentions[0]?.start ?? Infinity;
  const ofCountry = (ids: Iterable<string>) => [...ids].filter((id) => countryOnDate(ctx.k.people.get(id)?.terms ?? [], ctx.date) === code && first(id) < at).sort((a, b) => first(a) - first(b));
  const atTable = ofCountry(new Set(meetings.filter((m) => !m.mentioned).flatMap((m) => m.participants)));
  if (atTable.length >= 2) return atTable;
  // («استقبل ولي العهد … وفدا من كبار مسؤولي الإدارة الأمريكية … وضم الوفد …» with the guests no meeting seated, even
  // named after the words: when none of that country is at a table, the one sentence nearest the words that names two
  // of them or more.)
  if (atTable.length > 0) return null;
  const text = ctx.norm.original;
  const bySentence = new Map<number, string[]>();
  for (const o of officials) {
    if (countryOnDate(ctx.k.people.get(o.id)?.terms ?? [], ctx.date) !== code) continue;
    const from = sentenceStart(text, first(o.id));
    bySentence.set(from, [...(bySentence.get(from) ?? []), o.id]);
  }
  const listing = [...bySentence].filter(([, ids]) => ids.length >= 2).sort(([a], [b]) => Math.abs(a - at) - Math.abs(b - at))[0];
  return listing ? listing[1].sort((a, b) => first(a) - first(b)) : null;
}

/** «الثلاثة», «الأربعة» …: how many the joint word counts. */
const COUNTS: ReadonlyMap<string, number> = new Map(
  [
    ['الثلاثة الثلاث', 3],
    ['الأربعة الأربع', 4],
    ['الخمسة الخمس', 5],
    ['الستة الست', 6],
    ['السبعة السبع', 7],
    ['الثمانية', 8],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [normalizeKey(w), n as number] as [string, number])),
);
/** The many a count follows: «الوزراء الثلاثة», «القادة الأربعة», «المشاركون الخمسة». */
const COUNTED = new Set('الوزراء القادة الزعماء الرؤساء المجتمعون المجتمعين المشاركون المشاركين'.split(' ').map(normalizeKey));

/** What `countedBefore` gives for a count joined to someone else («وزير الخارجية والوزراء الثلاثة»). */
const JOINED_TO_ANOTHER = -1;

/** The number the joint word before the words gives them, in the words' sentence («ونوّه الوزراء الثلاثة …، وشددوا على …»), and whether it counts ministers; or null. */
function countedBefore(ctx: TextContext, at: number): { count: number; ministers: boolean } | null {
  const text = ctx.norm.original;
  const words = normalizeKey(text.slice(sentenceStart(text, at), at)).split(/\s+/);
  let found: { count: number; ministers: boolean } | null = null;
  for (let n = 1; n < words.length; n++) {
    if (!COUNTS.has(words[n]!)) continue;
    if (COUNTED.has(words[n - 1]!)) found = { count: COUNTS.get(words[n]!)!, ministers: words[n - 1] === MINISTERS_WORD };
    // «الرئيس ترامب والقادة الثلاثة اتفقوا»: the three joined to someone else are not all who speak.
    else if (words[n - 1]!.startsWith('و') && COUNTED.has(words[n - 1]!.slice(1))) found = { count: JOINED_TO_ANOTHER, ministers: false };
  }
  return found;
}
const MINISTERS_WORD = normalizeKey('الوزراء');

/**
 * The table of `count` sides the story tells (a meeting it reports first, then one it only recalls, as «على هامش
 * مشاركته في المؤتمر …» tells the gathering the three met at): each country's leading participant, or minister.
 */
function tableOf(ctx: TextContext, meetings: readonly ArticleMeeting[], officials: readonly Official[], side: JointSide, count: number): string[] | null {
  const ordered = [...meetings.filter((m) => !m.mentioned), ...meetings.filter((m) => m.mentioned)];
  for (const meeting of ordered) {
    if (meeting.participants.length < count) continue;
    const sides = sidesAt(ctx, meeting, officials, side, false);
    if (sides && sides.length === count) return sides;
  }
  return null;
}

/**
 * «… بأن الشيخ محمد بن زايد شكر العاهل المغربي على …، وأن الجانبين شددا على …»: the two people of two countries the
 * sentence named before its joint word are the two sides, whatever meeting the story reports (none, or another).
 */
function namedInSentence(ctx: TextContext, officials: readonly Official[], at: number, meetings: readonly ArticleMeeting[] = []): string[] | null {
  const text = ctx.norm.original;
  const from = sentenceStart(text, at);
  const namedIn = (start: number, end: number) => {
    const named = new Map<string, number>();
    // (A mention that runs into the sentence counts: «إس. جايشانكار» keeps the full stop of its initial.)
    for (const o of officials) for (const m of o.mentions) if (m.end > start && m.start < end && !named.has(o.id)) named.set(o.id, m.start);
    return named;
  };
  let named = namedIn(from, at);
  // «… حيث عقد لقاء مع العاهل البحريني في قصر الصخير. وأشاد الجانبان خلال اللقاء …»: a sentence that opens with the
  // joint word goes on with the two the sentence before it named, in its paragraph.
  // («وفي الاتصال الثاني، بحث السوداني مع الرئيس الإماراتي …» as a paragraph of its own, then «وأكد الجانبان …»: across
  // the paragraph's end, only two the story seats together at a meeting it reports, one of two it tells.)
  const paragraphEnd = text[from - 1] === '\n';
  if (named.size === 0 && from > 1) {
    let end = from - 1;
    while (paragraphEnd && end > 0 && /\s/.test(text[end]!)) end--;
    const start = sentenceStart(text, end);
    // (Not a spokesman who told it: «أوضح المتحدث الرئاسي أن ميلوني أشادت …» is not the presidency's side.)
    named = namedIn(start, from);
    for (const id of [...named.keys()]) if (spokespersonTermOn(ctx.k.people.get(id)?.terms ?? [], ctx.date)) named.delete(id);
    const reported = meetings.filter((m) => !m.mentioned);
    if (paragraphEnd && !(reported.length > 1 && reported.some((m) => m.participants.length === 2 && [...named.keys()].every((id) => m.participants.includes(id))))) return null;
  }
  if (named.size !== 2) return null;
  const ids = [...named.keys()];
  const countries = ids.map((id) => countryOnDate(ctx.k.people.get(id)?.terms ?? [], ctx.date));
  if (countries.some((c) => c === null) || countries[0] === countries[1]) return null;
  return ids.sort((a, b) => named.get(a)! - named.get(b)!);
}
/** The two ministers of two countries named in the sentence of the words, before them, in the order the story first names them; else null. */
function ministersInSentence(ctx: TextContext, officials: readonly Official[], at: number): string[] | null {
  const named = namedInSentence(ctx, officials, at);
  if (!named || !named.every((id) => isMinister(ctx, id))) return null;
  const first = (id: string) => officials.find((o) => o.id === id)?.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) ?? Infinity;
  return [...named].sort((a, b) => first(a) - first(b));
}
const SENTENCE_END = /[.!?؟\n]/u;

/** Where the sentence that holds offset `at` of the original text starts. */
function sentenceStart(text: string, at: number): number {
  let from = Math.min(at, text.length);
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  return from;
}

/** How close before the words the two sides must both have been named to be the ones speaking. */
const JUST_TOLD = 400;

/**
 * «وسبقت الزيارة اجتماعات تحضيرية، أبرزها استقبال فيصل بن فرحان … محمد بن عبد الرحمن …، وأشاد الجانبان …»:
 * the two sides of another meeting the story tells (reported or only mentioned) that were both named
 * just before the words, in their paragraph, more lately than the sides of the meeting chosen for the whole story.
 */
function justToldSides(
  ctx: TextContext,
  meetings: readonly ArticleMeeting[],
  officials: readonly Official[],
  side: JointSide,
  at: number,
): string[] | null {
  const text = ctx.norm.original;
  const lastBefore = (id: string) => {
    const official = officials.find((o) => o.id === id);
    let best = -1;
    for (const m of official?.mentions ?? []) if (m.start < at && m.start > best) best = m.start;
    return best;
  };
  // Both named in the paragraph of the words («…، وأشاد الجانبان …»), not in an earlier one.
  const inParagraph = (from: number) => from >= 0 && !text.slice(from, at).includes('\n');
  let chosen: { sides: string[]; score: number } | null = null;
  for (const meeting of meetings) {
    if (meeting.participants.length < 2) continue;
    const sides = sidesAt(ctx, meeting, officials, side, false);
    if (!sides || sides.length !== 2) continue;
    const score = Math.min(...sides.map(lastBefore));
    if (score < 0 || at - score > JUST_TOLD || !inParagraph(score)) continue;
    if (!chosen || score > chosen.score) chosen = { sides, score };
  }
  if (!chosen) return null;
  // Only when it differs from what the story's own meeting gives and that one's sides were named earlier.
  const whole = sidesOf(ctx, meetings, officials, side);
  if (!whole || whole.every((id) => chosen!.sides.includes(id))) return null;
  const wholeScore = Math.min(...whole.map(lastBefore));
  return chosen.score > wholeScore ? chosen.sides : null;
}

/**
 * «ترأس الجانب العماني … بدر البوسعيدي، فيما ترأس الجانب الروسي … لافروف», «ترأسها عن الجانب العماني X، وعن الجانب
 * الصيني Y»: «الجانب …» after a word of heading («ترأس», and «عن/من الجانب» later in its sentence).
 */
const HEADED_SIDE = /ترأس\S*\s+(?:(?:فيها|فيه|فيهما)\s+)?(?:(?:عن|من)\s+)?الجانب\s+\S+|(?:^|[\s،,])و?(?:عن|من)\s+الجانب\s+\S+/g;
/** How far after «الجانب …» the head must be named (honorifics and a title between). */
const HEAD_WITHIN = 60;

/**
 * The heads of the two sides when the story says who headed each («ترأس الجانب …»): they are «الجانبان» of its
 * talks, before the head of state who received the guest (a sultan at the audience, his minister at the table).
 * Two countries, one head each, at least one of them a participant of a reported meeting; otherwise nobody.
 */
function namedHeads(ctx: TextContext, meetings: readonly ArticleMeeting[], officials: readonly Official[]): string[] | null {
  const text = ctx.norm.original;
  if (!text.includes('الجانب')) return null;
  const atTable = new Set(meetings.filter((m) => !m.mentioned).flatMap((m) => m.participants));
  const byCountry = new Map<string, string>();
  let sawHeading = false;
  for (const match of text.matchAll(HEADED_SIDE)) {
    const heading = match[0].includes('ترأس');
    // «وعن الجانب الصيني …» only continues a sentence that has told who headed the other side.
    if (!heading && !(sawHeading && /ترأس/.test(text.slice(Math.max(0, match.index - 200), match.index).split(/[.\n]/).pop() ?? ''))) continue;
    sawHeading ||= heading;
    const end = match.index + match[0].length;
    let head: Official | null = null;
    let nearest = Infinity;
    for (const o of officials) {
      for (const m of o.mentions) {
        if (m.start < end || m.start - end > HEAD_WITHIN || m.start >= nearest) continue;
        if (/[.\n]/.test(text.slice(end, m.start))) continue;
        nearest = m.start;
        head = o;
      }
    }
    if (!head || !head.country) continue;
    const current = byCountry.get(head.country);
    if (current && current !== head.id) return null; // two heads of one side: not a story of two heads
    byCountry.set(head.country, head.id);
  }
  if (byCountry.size !== 2 || ![...byCountry.values()].some((id) => atTable.has(id))) return null;
  const first = (id: string) => officials.find((o) => o.id === id)?.mentions[0]?.start ?? Infinity;
  return [...byCountry.values()].sort((a, b) => first(a) - first(b));
}

/** Offices that are «الوزيران»: ministers of any portfolio. */
const MINISTERS = new Set(['foreign-minister', 'defence-minister', 'interior-minister', 'minister', 'deputy-prime-minister']);

/** Most countries at a table whose leaders «القادة», «الوزراء» and «وأكدوا» may name one by one: a summit or a ministerial of a few (the six of a contact group), not of twenty. */
const MAX_ALL = 8;

/**
 * The two sides' leading participants of the first meeting reported (else of the only meeting
 * told), in the order the text names them; for «القادة» and plural verbs ('all'), each country's,
 * at a table of two to four countries. When the first reported meeting has no such sides (a
 * meeting of three countries the article recalls as background: «… التي احتضنتها الرياض في 18
 * فبراير»), the other reported meetings are tried, the latest dated first.
 */
function sidesOf(ctx: TextContext, meetings: readonly ArticleMeeting[], officials: readonly Official[], side: JointSide, at = Infinity): string[] | null {
  // With no meeting reported as news at all, the one meeting the text tells of («البيان الختامي للقمة التي استضافها …»).
  const told = meetings.filter((m) => m.participants.length >= 2);
  const reported = told.filter((m) => !m.mentioned);
  if (reported.length === 0) return told.length === 1 && meetings.every((m) => m.mentioned) ? sidesAt(ctx, told[0]!, officials, side, true) : null;
  const [first, ...others] = reported;
  const byDate = others.filter((m) => m.date !== null && (!ctx.date || m.date <= ctx.date)).sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
  for (const meeting of [first!, ...byDate]) {
    const sides = sidesAt(ctx, meeting, officials, side, false, at);
    if (sides) return sides;
  }
  // «وأكد الرئيسان في البيان المشترك …» in a report of the ministers' meeting: the leaders of its two countries whom
  // the story names.
  if (side === 'leaders') return leadersOf(ctx, officials, sidesAt(ctx, first!, officials, 'sides', true));
  // No meeting of exactly two sides: the first one's two named first (a third country the stage gave it).
  return sidesAt(ctx, first!, officials, side, true);
}

/**
 * Each side itself when it is a leader (a head of state or government, or a crown prince), else the highest leader the
 * story names of its country (one of that rank); null unless both sides have one.
 */
function leadersOf(ctx: TextContext, officials: readonly Official[], sides: readonly string[] | null): string[] | null {
  if (!sides || sides.length !== 2) return null;
  const leaders = sides.map((id) => {
    if (rankOf(ctx, id) <= RANK['crown-prince']!) return id;
    const country = officials.find((o) => o.id === id)?.country;
    const named = officials.filter((o) => o.country === country).map((o) => ({ id: o.id, rank: rankOf(ctx, o.id) })).filter((o) => o.rank <= RANK['crown-prince']!);
    const top = Math.min(...named.map((o) => o.rank));
    const highest = named.filter((o) => o.rank === top);
    return highest.length === 1 ? highest[0]!.id : null;
  });
  return leaders.every((id) => id !== null) ? (leaders as string[]) : null;
}

function sidesAt(ctx: TextContext, main: ArticleMeeting, officials: readonly Official[], side: JointSide, trim: boolean, at = Infinity): string[] | null {
  const byId = new Map(officials.map((o) => [o.id, o]));
  // «وتطرق الجانبان … وأكدا …» in a report that only later tells the minister's audience with the prime minister
  // the stage put at the same table: of each of the two countries, the side is one named before the words. (Only
  // the person of each side changes: a table of more countries is not cut down to the two named first.)
  const many = side === 'all' || side === 'all-ministers';
  const countryOf = (id: string) => byId.get(id)?.country || null;
  const namedBefore = main.participants.filter((id) => (byId.get(id)?.mentions[0]?.start ?? Infinity) < at);
  const countriesBefore = new Set(namedBefore.map(countryOf).filter((c) => c !== null));
  const countriesAll = new Set(main.participants.map(countryOf).filter((c) => c !== null));
  // («وشدد المجتمعون …» after «اجتماع ثلاثي ضم وزير الطاقة السعودي … ووكيل وزارة النفط العراقية …»: the undersecretary
  // named before the words speaks for Iraq, not the prime minister the story names later as the host of another call.)
  const everyCountryBefore = countriesBefore.size === countriesAll.size;
  const participants = everyCountryBefore && (many || countriesAll.size === 2) ? namedBefore : main.participants;
  const best = new Map<string, { id: string; rank: number; first: number }>();
  for (const id of participants) {
    const official = byId.get(id);
    if (!official || official.country === '') continue;
    if ((side === 'ministers' || side === 'all-ministers') && !isMinister(ctx, id)) continue;
    // «الرئيسان», «الزعيمان»: leaders, not the ministers at the table.
    if (side === 'leaders' && rankOf(ctx, id) > RANK['crown-prince']!) continue;
    // A head of state and a head of government of one country are both its leader: the one the story names
    // first led the talks («محادثات … جمعت رئيس الوزراء مودي والسلطان هيثم», the president's welcome told later).
    const candidate = { id, rank: Math.max(rankOf(ctx, id), RANK['head-of-government']!), first: official.mentions[0]?.start ?? Infinity };
    const current = best.get(official.country);
    if (!current || candidate.rank < current.rank || (candidate.rank === current.rank && candidate.first < current.first)) best.set(official.country, candidate);
  }
  // Two rivals of one country at one table («السراج وحفتر»، the government and the Southern Council):
  // the two sides are the two people, not two countries.
  if (!many && best.size === 1 && main.participants.length === 2 && main.participants.every((id) => byId.get(id)?.country)) {
    return [...main.participants].sort((x, y) => (byId.get(x)!.mentions[0]?.start ?? Infinity) - (byId.get(y)!.mentions[0]?.start ?? Infinity));
  }
  if (many ? best.size < 2 || best.size > MAX_ALL : best.size < 2) return null;
  const ordered = [...best.values()].sort((x, y) => x.first - y.first);
  // «الجانبان» at a meeting the stage gave a third country (a leader the story tells of beside it): the two
  // sides are the two the story names first, its lead's.
  if (!many && ordered.length > 2) return trim && ordered.length === 3 ? ordered.slice(0, 2).map((b) => b.id) : null;
  // «تبادل القادة الأربعة … وأكدوا …» at a table where one country has two leaders (the UAE's president and
  // vice-president): «القادة» are every leader at it, not one a country.
  if (side === 'all') {
    const leaders = new Set(ordered.map((b) => b.id));
    for (const id of participants) if (byId.get(id)?.country && rankOf(ctx, id) <= RANK['vice-president']!) leaders.add(id);
    if (leaders.size > ordered.length && leaders.size <= MAX_ALL)
      return [...leaders].sort((x, y) => (byId.get(x)!.mentions[0]?.start ?? Infinity) - (byId.get(y)!.mentions[0]?.start ?? Infinity));
  }
  return ordered.map((b) => b.id);
}

function rankOf(ctx: TextContext, id: string): number {
  const person = ctx.k.people.get(id);
  if (!person) return OTHER;
  let rank = OTHER;
  for (const term of person.terms) if ((ctx.date === '' || isActive(term, ctx.date)) && term.role in RANK) rank = Math.min(rank, RANK[term.role]!);
  return rank;
}

function isMinister(ctx: TextContext, id: string): boolean {
  const person = ctx.k.people.get(id);
  return person !== undefined && person.terms.some((t) => (ctx.date === '' || isActive(t, ctx.date)) && MINISTERS.has(t.role));
}
