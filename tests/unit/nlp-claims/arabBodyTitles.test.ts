/**
 * «رئيس البرلمان العربي»: a title qualified by «العربي» alone is the office of an Arab League body, not the
 * speaker of the story's country. From the seventy-second held-out set (Egyptian and Emirati reports of the Arab
 * Parliament's president meeting Egypt's House speaker), after its first score; sentences of our own, with the
 * shipped knowledge (Egypt's speaker listed, the Arab Parliament's president here a name of our own).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const analysed = (text: string) => analyze(text, { published: '2025-10-20' });
const lead = 'التقى خالد بن سعيد الهاملي، رئيس البرلمان العربي، بحنفي جبالي، رئيس مجلس النواب المصري، في جنيف أمس.\n';
const said = `${lead}وأكد رئيس البرلمان العربي أن التنسيق مع المجالس الوطنية سيتواصل.`;

describe('a title of an Arab body', () => {
  it('«وأكد رئيس البرلمان العربي …» is not the Egyptian speaker named in the story', () => {
    const a = analysed(said);
    expect(a.claims.map((c) => c.speaker)).not.toContain('hanafy-el-gebali');
    expect(a.officials.find((o) => o.id === 'hanafy-el-gebali')!.mentions.map((m) => m.text)).not.toContain('رئيس البرلمان العربي');
  });

  it('the unlisted holder named beside the title is the Arab League body’s, and keeps the words', () => {
    const a = analysed(said);
    const holder = a.officials.find((o) => o.mentions.some((m) => m.text === 'رئيس البرلمان العربي'));
    expect(holder?.country).toBe('Arab League');
    expect(a.claims.map((c) => c.speaker)).toEqual([holder!.id]);
  });

  it('«العربية» before a nationality still goes with it («الجمهورية العربية السورية»)', () => {
    const a = analysed('قال رئيس مجلس الشعب في الجمهورية العربية السورية إن الجلسة ستعقد غدا.');
    expect(a.officials.every((o) => o.country !== 'Arab League')).toBe(true);
  });
});

describe('a title of the Inter-Parliamentary Union (countries.json names it)', () => {
  it('«رئيس الاتحاد البرلماني الدولي» after an unlisted name is that union’s head, and keeps his words', () => {
    const a = analyze('وقال رئيس الاتحاد البرلماني الدولي يوهان سفينسون في كلمته أمام المؤتمر إن العالم يحتاج إلى مزيد من التضامن.', { published: '2021-09-08' });
    const head = a.officials.find((o) => o.mentions.some((m) => m.text === 'يوهان سفينسون'));
    expect(head?.country).toBe('Inter-Parliamentary Union');
    expect(a.claims.map((c) => c.speaker)).toContain(head!.id);
  });
});
