/**
 * Credits: the news agency a story says it carries, and which of its claims each credit covers.
 *
 * Where Arabic copy credits an agency (forms of `knowledge/agencies.json`):
 * - a dateline at the head of a line: «الرياض - واس», «دمشق-سانا», «موسكو/ الأناضول»;
 * - a credit in brackets or between slashes, at the head of a line or on the last: «(واس)», «موسكو (رويترز) -»,
 *   «/قنا/», «/ وام /» (one in the middle of a paragraph credits a photo: «… في الكرملين (أسوشيتد برس)»);
 * - a line that is only the credit: «- رويترز», «المصدر: رويترز»; Reuters Arabic's sign-off «للنشرة العربية»;
 * - a citation: «وفق ما نقلت وكالة …», «ذكرت وكالة …», «بحسب سانا», «في تصريح لوكالة الأنباء الكويتية».
 * Short credit forms (واس، قنا، بنا …) are read only in the first three positions: elsewhere they
 * are ordinary words or places (قنا is also a city in Egypt). A dateline, bracket or sign-off credits
 * the whole story: every claim carries that agency; a citation in a claim's own sentence credits
 * that claim (the words came through that agency), before the story's credit.
 */
import agenciesFile from '../knowledge/agencies.json' with { type: 'json' };
import type { TextContext } from '../entities/context.ts';
import { normalize } from '../text/normalize.ts';
import type { Claim } from '../types.ts';

export interface AgencyEntry {
  id: string;
  en: string;
  abbr: string;
  ar: string[];
  credits: string[];
  country: string;
  ownership: 'state' | 'public' | 'private';
  source: string;
}

export const AGENCIES: readonly AgencyEntry[] = (agenciesFile as { agencies: AgencyEntry[] }).agencies;

export type CreditKind = 'dateline' | 'bracket' | 'signoff' | 'cited';

export interface Credit {
  agency: string;
  kind: CreditKind;
  /** Offset in the original text where the credit's name starts. */
  at: number;
}

interface Compiled {
  /** Normalised form (spaces and dots dropped) → agency id. */
  byForm: Map<string, string>;
  short: string;
  full: string;
}

let compiled: Compiled | null = null;

const key = (s: string) => s.replace(/[\s.]+/g, '');
const pattern = (form: string) =>
  normalize(form)
    .text.trim()
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[\\^$*+?()[\]{}|/-]/g, '\\$&'))
    .join('[\\s.]*');

function compile(): Compiled {
  if (compiled) return compiled;
  const byForm = new Map<string, string>();
  const shortForms: string[] = [];
  const fullForms: string[] = [];
  for (const a of AGENCIES) {
    for (const f of a.credits) {
      byForm.set(key(normalize(f).text), a.id);
      shortForms.push(f);
    }
    for (const f of a.ar) {
      byForm.set(key(normalize(f).text), a.id);
      fullForms.push(f);
    }
  }
  const alternation = (forms: string[]) => [...new Set(forms.map(pattern))].sort((x, y) => y.length - x.length).join('|');
  compiled = { byForm, short: alternation([...shortForms, ...fullForms]), full: alternation(fullForms) };
  return compiled;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
/** Verbs and prepositions that cite a source: «نقلت», «وفق ما ذكرت», «بحسب», «نقلا عن». */
const CITE =
  '(?:و?(?:نقلت|نقلته|ذكرت|ذكرته|افادت|اوردت|اوردته|قالت|نشرت|بثت|وفق|وفقا\\s*ل|بحسب|حسب|نقلا\\s*عن|طبقا\\s*ل)(?:\\s+ما\\s+(?:نقلته|نقلت|ذكرته|ذكرت|اوردته|اوردت|افادت\\s+به|بثته|نشرته))?\\s+|ل(?=وكاله))';

interface CreditPattern {
  kind: CreditKind;
  re: RegExp;
  /**
   * The match must not follow a letter. Checked for each match instead of by a lookbehind at the
   * pattern's head, which keeps the engine from scanning ahead for where the pattern can start
   * (the citation pattern ran about four times slower that way); the matches are the same.
   */
  notAfterLetter: boolean;
}

let patterns: CreditPattern[] | null = null;

function creditPatterns(): CreditPattern[] {
  if (patterns) return patterns;
  const c = compile();
  const SHORT = `(${c.short})`;
  patterns = [
    // «(واس)», «/قنا/», «/ وام /», «(رويترز) -»
    { kind: 'bracket', re: new RegExp(`[(/]\\s*${SHORT}\\s*[)/]`, 'gu'), notAfterLetter: false },
    // A dateline: a place (and a date) at the head of a line, a dash or slash, the credit.
    {
      kind: 'dateline',
      re: new RegExp(`(?:^|\\n)[^\\n]{1,60}?\\s*[-/]+\\s*${NOT_LETTER_BEFORE}${SHORT}${NOT_LETTER_AFTER}\\s*(?=$|\\n|-|:|،|,)`, 'gu'),
      notAfterLetter: false,
    },
    // A line that is only the credit: «- رويترز», «المصدر: رويترز».
    { kind: 'signoff', re: new RegExp(`(?:^|\\n)\\s*(?:المصدر\\s*:?\\s*)?-*\\s*${SHORT}\\s*\\.?\\s*(?=$|\\n)`, 'gu'), notAfterLetter: false },
    // A citation, anywhere, not inside a word: «وفق ما نقلت وكالة …», «لوكالة الأنباء الكويتية», «بحسب سانا».
    { kind: 'cited', re: new RegExp(`${CITE}(?:وكاله\\s+(?:انباء\\s+|الانباء\\s+)?)?(${c.short})${NOT_LETTER_AFTER}`, 'gu'), notAfterLetter: true },
  ];
  return patterns;
}

/** Whether a letter ends just before `at` (what NOT_LETTER_BEFORE rules out). */
const AFTER_LETTER = /(?<=\p{L})/uy;

function afterLetter(text: string, at: number): boolean {
  AFTER_LETTER.lastIndex = at;
  return AFTER_LETTER.test(text);
}

/** The agency of a form as matched, «وكالة» and attached prepositions aside. */
function agencyOf(form: string): string | null {
  const c = compile();
  const k = key(form);
  return c.byForm.get(k) ?? c.byForm.get(k.replace(/^وكاله(?:الانباء|انباء)?/, '')) ?? null;
}

/** Every credit of a text, in text order. */
export function findCredits(ctx: Pick<TextContext, 'norm'>): Credit[] {
  const { text, toOriginal } = ctx.norm;
  const found: Credit[] = [];
  const seen = new Set<string>();
  for (const { kind, re, notAfterLetter } of creditPatterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (notAfterLetter && afterLetter(text, m.index)) {
        // Where the pattern with its lookbehind would have gone on looking: the next character.
        re.lastIndex = m.index + 1;
        continue;
      }
      const form = m[1]!;
      const agency = agencyOf(form);
      const at = m.index + m[0].lastIndexOf(form);
      if (!agency || seen.has(`${at}`)) continue;
      // A bracket in the middle of a paragraph that is not the last is a photo's credit (a caption
      // run into the text: «… في الكرملين (أسوشيتد برس)»), not the story's.
      if (kind === 'bracket' && !headOrLast(text, m.index, m.index + m[0].length)) continue;
      seen.add(`${at}`);
      found.push({ agency, kind, at: toOriginal[at] ?? at });
    }
  }
  // Reuters Arabic signs its copy «(إعداد … للنشرة العربية - تحرير …)».
  const signature = /للنشره\s+العربيه/u.exec(text);
  if (signature && !found.some((f) => f.agency === 'reuters')) found.push({ agency: 'reuters', kind: 'signoff', at: toOriginal[signature.index] ?? signature.index });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Whether a bracketed credit from `at` to `end` stands where a story's credit does: near the head
 * of a line with the story going on after it (a dateline: «موسكو (رويترز) - قال …»), or on the
 * text's last line (a sign-off). A bracket that ends a line before the last closes a caption.
 */
function headOrLast(text: string, at: number, end: number): boolean {
  if (text.slice(at).trim().indexOf('\n') < 0) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return at - lineStart <= 60 && /\p{L}/u.test(after);
}

const SENTENCE_END = /[.!?؟\n]/;

/** The agencies a story credits (ids, first credited first) and its claims with the agency each carries. */
export function creditClaims(ctx: Pick<TextContext, 'norm'>, claims: readonly Claim[]): { agencies: string[]; claims: Claim[] } {
  const credits = findCredits(ctx);
  if (credits.length === 0) return { agencies: [], claims: [...claims] };
  const agencies = [...new Set(credits.map((c) => c.agency))];
  const story = credits.find((c) => c.kind !== 'cited')?.agency ?? null;
  const original = ctx.norm.original;
  const cited = credits.filter((c) => c.kind === 'cited');
  return {
    agencies,
    claims: claims.map((claim) => {
      let from = claim.start;
      while (from > 0 && !SENTENCE_END.test(original[from - 1]!)) from--;
      let to = claim.end;
      while (to < original.length && !SENTENCE_END.test(original[to]!)) to++;
      const own = cited.find((c) => c.at >= from && c.at < to)?.agency ?? null;
      const agency = own ?? story;
      return agency ? { ...claim, agency } : claim;
    }),
  };
}
