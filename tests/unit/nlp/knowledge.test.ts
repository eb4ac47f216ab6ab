/** Integrity of the shipped knowledge files: what the recogniser relies on. */
import { describe, expect, it } from 'vitest';
import { knowledgeSource } from '../../../src/nlp/knowledge/defaultKnowledge.ts';
import { phraseWords } from '../../../src/nlp/knowledge/knowledge.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const { officials, agreements, roles, countries } = knowledgeSource;
const roleKeys = new Set(roles.map((r) => r.key));
const countryCodes = new Set(countries.map((c) => c.code));

describe('knowledge files', () => {
  it('give every official and agreement a unique ASCII slug id', () => {
    const all = [...officials.map((o) => o.id), ...agreements.map((a) => a.id)];
    for (const id of all) expect(id, id).toMatch(SLUG);
    const seen = new Set<string>();
    const duplicates = all.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('list one person once: no full name of one entry is another entry’s (a title and a family name, «الرئيس عون», may be two holders’)', () => {
    // Two princes of one name, told apart by date and title in the text.
    const SHARED = new Set(['الامير خالد بن بندر']);
    const TITLED = /^(الرئيس|الامير|الشيخ|الملك|السلطان) /;
    const owners = new Map<string, Set<string>>();
    for (const o of officials)
      for (const name of o.ar) {
        const key = phraseWords(name).join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(o.id));
      }
    const twice = [...owners].filter(([name, ids]) => ids.size > 1 && !TITLED.test(name) && !SHARED.has(name)).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('give every official an English name, an Arabic name and terms of known roles and countries', () => {
    const problems: string[] = [];
    for (const o of officials) {
      if (!o.en) problems.push(`${o.id}: no English name`);
      if (!o.ar?.length || o.ar.some((n) => phraseWords(n).length === 0)) problems.push(`${o.id}: no Arabic name`);
      if (!o.terms?.length) problems.push(`${o.id}: no terms`);
      for (const t of o.terms ?? []) {
        if (!roleKeys.has(t.role)) problems.push(`${o.id}: unknown role ${t.role}`);
        if (!countryCodes.has(t.country)) problems.push(`${o.id}: unknown country ${t.country}`);
        if (t.from != null && !DATE.test(t.from)) problems.push(`${o.id}: bad from ${t.from}`);
        if (t.to != null && !DATE.test(t.to)) problems.push(`${o.id}: bad to ${t.to}`);
        if (t.from && t.to && t.to < t.from) problems.push(`${o.id}: term ends before it starts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give an office of an organisation that organisation, not a state with a like code (the African Union is AU-ORG, not AU, Australia)', () => {
    const organisations = countries.filter((c) => !/^[A-Z]{2}$/.test(c.code) || ['UN', 'EU', 'AL'].includes(c.code));
    const problems: string[] = [];
    for (const o of officials)
      for (const t of o.terms ?? []) {
        // An ambassador to an organisation is his own country's official; a joint envoy of two organisations is one of them.
        if (t.role === 'ambassador' || !t.title || organisations.some((c) => c.code === t.country)) continue;
        const named = organisations.filter((c) => t.title!.includes(c.en)).map((c) => c.code);
        if (named.length && !named.includes(t.country)) problems.push(`${o.id}: ${t.title} under ${t.country}`);
      }
    expect(problems).toEqual([]);
  });

  it('give every agreement an English name and an Arabic name', () => {
    for (const a of agreements) {
      expect(a.en, a.id).toBeTruthy();
      expect(a.ar.length, a.id).toBeGreaterThan(0);
    }
  });

  it('name no agreement by a description of any two countries («… بين البلدين») or by its kind alone: such a name matches every pair’s document', () => {
    const described = agreements.flatMap((a) => a.ar.filter((name) => /(بين|حكومتي) (البلدين|الجانبين|الطرفين)\s*$/u.test(name)).map((name) => `${a.id}: ${name}`));
    expect(described).toEqual([]);
    // Nor by its kind alone («بيان مشترك», «الاتفاق»): every statement of every meeting would be that one.
    const kinds = new Set(['بيان مشترك', 'البيان المشترك', 'البيان الختامي', 'إعلان مشترك', 'الإعلان المشترك', 'مذكرة تفاهم', 'مذكرة التفاهم', 'اتفاقية', 'الاتفاقية', 'الاتفاق', 'اتفاق', 'المعاهدة', 'معاهدة']);
    expect(agreements.flatMap((a) => a.ar.filter((name) => kinds.has(name.trim())).map((name) => `${a.id}: ${name}`))).toEqual([]);
  });

  it('give an agreement with a date, parties or a place a valid date, known countries and a source', () => {
    const problems: string[] = [];
    for (const a of agreements) {
      if (a.date !== undefined && !DATE.test(a.date)) problems.push(`${a.id}: bad date ${a.date}`);
      for (const code of [...(a.parties ?? []), ...(a.mediators ?? [])]) if (!countryCodes.has(code)) problems.push(`${a.id}: unknown country ${code}`);
      // One party only for the sides of one country brought together by a mediator (the Yemeni parties' UN roadmap).
      if (a.parties && a.parties.length < 2 && (a.parties.length === 0 || (a.mediators ?? []).length === 0)) problems.push(`${a.id}: fewer than two parties`);
      if (a.place !== undefined && phraseWords(a.place).length === 0) problems.push(`${a.id}: empty place`);
      if ((a.date || a.parties || a.place) && !a.source) problems.push(`${a.id}: no source for its date, parties or place`);
      // A plan named after its author: the author is a listed official, and the plan is dated (so that his plans are told apart).
      for (const p of a.proposers ?? []) if (!officials.some((o) => o.id === p)) problems.push(`${a.id}: unknown proposer ${p}`);
      if (a.proposers?.length && !a.date) problems.push(`${a.id}: a proposed plan with no date`);
      // The days it was agreed again come after its first date, each valid: a truce renewed, not an earlier one.
      for (const d of a.renewed ?? []) if (!DATE.test(d) || !a.date || d <= a.date) problems.push(`${a.id}: bad renewal ${d}`);
      // A name used before the document: only before its date.
      if (a.namedSince !== undefined && (!DATE.test(a.namedSince) || !a.date || a.namedSince >= a.date)) problems.push(`${a.id}: bad namedSince ${a.namedSince}`);
    }
    expect(problems).toEqual([]);
  });

  it('date the agreements that share a city apart (two declarations of Jeddah a week apart)', () => {
    const jeddah = agreements.filter((a) => a.place === 'جدة').map((a) => a.date);
    expect(jeddah).toContain('2023-05-11');
    expect(jeddah).toContain('2023-05-19');
  });

  it('give every role a label and titles, and every country a name, with unique keys', () => {
    expect(roleKeys.size).toBe(roles.length);
    expect(countryCodes.size).toBe(countries.length);
    for (const key of ['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister', 'national-security-adviser',
      'security-council-secretary', 'mfa-spokesperson', 'presidential-spokesperson', 'presidential-aide', 'envoy', 'ambassador',
      'un-secretary-general', 'chief-of-staff', 'minister', 'vice-president', 'spokesperson']) {
      expect(roleKeys.has(key), key).toBe(true);
    }
    for (const r of roles) {
      expect(r.en, r.key).toBeTruthy();
      expect(r.titles.length, r.key).toBeGreaterThan(0);
      for (const t of r.titles) if (typeof t !== 'string' && t.country) expect(countryCodes.has(t.country), `${r.key}: ${t.country}`).toBe(true);
      for (const code of Object.keys(r.enByCountry ?? {})) expect(countryCodes.has(code), `${r.key}: ${code}`).toBe(true);
    }
    for (const c of countries) {
      expect(c.en, c.code).toBeTruthy();
      expect(c.ar.length, c.code).toBeGreaterThan(0);
    }
  });

  it('say where their facts come from', async () => {
    const files = await Promise.all(
      ['officials', 'agreements', 'roles', 'countries'].map(
        async (name) => (await import(`../../../src/nlp/knowledge/${name}.json`, { with: { type: 'json' } })).default as { source?: string },
      ),
    );
    for (const file of files) expect(typeof file.source === 'string' && file.source.length > 10).toBe(true);
  });
});

/**
 * Ordinary Arabic words and very common first names: a short form equal to one of them would
 * name a person wherever the word occurs (رئيسي "main", المعلم "the teacher", الشرع "the law").
 */
const COMMON_WORDS = [
  'رئيسي', 'رئيسية', 'المعلم', 'الشرع', 'عباس', 'سليمان', 'محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'خالد', 'عمر',
  'صالح', 'عبد الله', 'إبراهيم', 'يوسف', 'منصور', 'مبارك', 'هادي', 'سلام', 'السلام', 'عون', 'العون', 'بري', 'حتى', 'حتي',
  'خميس', 'الخميس', 'شعبان', 'رمضان', 'سفر', 'حجاب', 'جودة', 'خطاب', 'خلاف', 'صقر', 'قنديل', 'سلامة', 'العربي', 'السوداني',
  'الحكيم', 'العطية', 'الخاطر', 'النسور', 'البرهان', 'السراج', 'الأنصاري', 'كنعاني', 'أفخم', 'مخبر', 'ماي', 'ماس', 'مالي',
  'ليون', 'خيل', 'راب', 'تروس', 'متري', 'الملقي', 'الإمام', 'الشيخ', 'الأمير', 'الملك', 'الرئيس', 'الوزير', 'أبو', 'بن',
  'ترأس', 'جديد', 'قال', 'اليوم', 'أمس', 'الحرب', 'السلام', 'الأمن', 'الدولة', 'الحكومة', 'الشعب', 'القانون', 'العدل', 'الحق',
  'السيد', 'السيدة', 'الشاعر', 'أماني', 'نور الدين', 'مؤمنة', 'عرفة', 'غني', 'غلام', 'ألم', 'مصطفى', 'بافيل',
];

describe('short forms', () => {
  it('are never an ordinary word or a very common first name', async () => {
    const { normalizeKey } = await import('../../../src/nlp/text/normalize.ts');
    const common = new Set(COMMON_WORDS.map(normalizeKey));
    const clashes: string[] = [];
    for (const o of officials) {
      for (const s of o.short ?? []) if (common.has(normalizeKey(s))) clashes.push(`${o.id}: ${s}`);
      // A one-word "full" name is read as a short form too.
      for (const n of o.ar) if (phraseWords(n).length === 1 && common.has(normalizeKey(n))) clashes.push(`${o.id}: ${n}`);
    }
    expect(clashes).toEqual([]);
  });

  it('cover the offices the recogniser is asked about, country by country', () => {
    const countries = ['US', 'RU', 'SY', 'TR', 'IR', 'SA', 'AE', 'QA', 'EG', 'JO', 'IQ', 'LB', 'IL', 'GB', 'FR', 'DE', 'CN', 'UA', 'VE'];
    const missing: string[] = [];
    for (const code of countries) {
      for (const role of ['head-of-state', 'foreign-minister']) {
        const held = officials.some((o) => o.terms.some((t) => t.country === code && (t.role === role || (role === 'head-of-state' && t.role === 'head-of-government'))));
        if (!held) missing.push(`${code} ${role}`);
      }
    }
    expect(missing).toEqual([]);
    expect(officials.length).toBeGreaterThanOrEqual(250);
    expect(officials.filter((o) => o.terms.some((t) => t.role === 'un-secretary-general')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('agencies.json', () => {
  it('gives every news agency a unique slug, English and Arabic names, credit forms, a known country, an ownership and a source', async () => {
    const { AGENCIES } = await import('../../../src/nlp/statements/credits.ts');
    expect(AGENCIES.length).toBeGreaterThanOrEqual(16);
    const ids = AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of AGENCIES) {
      expect(a.id, a.id).toMatch(SLUG);
      expect(a.en, a.id).toBeTruthy();
      expect(a.ar.length + a.credits.length, a.id).toBeGreaterThan(0);
      for (const n of [...a.ar, ...a.credits]) expect(phraseWords(n).length + n.replace(/[^\u0621-\u064a]/g, '').length, `${a.id}: ${n}`).toBeGreaterThan(0);
      expect(countryCodes.has(a.country), `${a.id}: ${a.country}`).toBe(true);
      expect(['state', 'public', 'private'], a.id).toContain(a.ownership);
      expect(a.source, a.id).toBeTruthy();
    }
    for (const id of ['spa', 'sana', 'qna', 'kuna', 'wam', 'mena', 'petra', 'irna', 'anadolu', 'tass', 'ria-novosti', 'sputnik', 'xinhua', 'reuters', 'afp', 'ap']) expect(ids, id).toContain(id);
  });

  it('gives no credit form to two agencies', async () => {
    const { AGENCIES } = await import('../../../src/nlp/statements/credits.ts');
    const { normalize } = await import('../../../src/nlp/text/normalize.ts');
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of AGENCIES)
      for (const f of [...a.ar, ...a.credits]) {
        const k = normalize(f).text.replace(/[\s.]+/g, '');
        if (owner.has(k) && owner.get(k) !== a.id) clashes.push(`${f}: ${owner.get(k)} / ${a.id}`);
        owner.set(k, a.id);
      }
    expect(clashes).toEqual([]);
  });
});
