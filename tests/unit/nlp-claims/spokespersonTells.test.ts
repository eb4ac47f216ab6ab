/**
 * A presidency's spokesperson telling a call: what both presidents agreed («بأن الرئيسين اتفقا على …») is their joint
 * words, and a feeling the principal expressed («…أن السيد الرئيس قدم التهنئة، معربا عن اعتزاز مصر …») is his. From the
 * twenty-fourth held-out set (an Egyptian presidency readout of a call to Beirut), after its first score; sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const people: OfficialEntry[] = [
  { id: 'abdel-fattah-el-sisi', en: 'Abdel Fattah el-Sisi', ar: ['عبد الفتاح السيسي'], short: ['السيسي'], terms: [{ role: 'head-of-state', country: 'EG', from: '2014-06-08', to: null }] },
  { id: 'joseph-aoun', en: 'Joseph Aoun', ar: ['جوزاف عون', 'جوزيف عون'], short: ['عون'], terms: [{ role: 'head-of-state', country: 'LB', from: '2025-01-09', to: null }] },
  { id: 'mohamed-el-shenawy', en: 'Mohamed El-Shenawy', ar: ['محمد الشناوي'], short: ['الشناوي'], terms: [{ role: 'presidential-spokesperson', country: 'EG', from: '2024-09-01', to: null }] },
];
const knowledge = knowledgeWithDescriptors(people);
const said = (text: string) =>
  analyzeWith(text, { published: '2025-11-25' }, knowledge).claims.map((c) => [c.speakers ? [...c.speakers].sort() : c.speaker, c.text.split(' ').slice(-3).join(' ')]);
const call = 'أجرى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا بالرئيس اللبناني جوزاف عون.\n';

describe('a spokesperson telling a call', () => {
  it('«واختتم المتحدث الرسمي تصريحه بأن الرئيسين اتفقا على …» is both presidents’ words', () => {
    const claims = said(`${call}وصرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن الاتصال تناول العلاقات الثنائية.\nواختتم المتحدث الرسمي تصريحه بأن الرئيسين اتفقا على مواصلة التنسيق خلال المرحلة المقبلة.`);
    expect(claims.at(-1)).toEqual([['abdel-fattah-el-sisi', 'joseph-aoun'], 'خلال المرحلة المقبلة']);
  });

  it('«…بأن السيد الرئيس قدم التهنئة، معربا عن اعتزاز مصر …»: the feeling is the president’s, not the spokesperson’s', () => {
    const claims = said(`${call}وصرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن السيد الرئيس قدم خلال الاتصال التهنئة للرئيس عون، معربا عن اعتزاز مصر بالعلاقات بين البلدين.`);
    expect(claims.find(([, text]) => text?.includes('بين البلدين'))?.[0]).toBe('abdel-fattah-el-sisi');
  });

  it('«وصرح المتحدث الرسمي … بأن السيد الرئيس قدم …، معربا عن …» with the spokesperson unnamed: the feeling is the president’s', () => {
    // (The told clause opens with a courtesy, «السيد», before the title that names the president.)
    const claims = said(`${call}وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن السيد الرئيس قدم خلال الاتصال واجب العزاء في ضحايا السيول، معربا عن تضامن مصر الكامل مع لبنان.`);
    expect(claims.find(([, text]) => text?.includes('مع لبنان'))?.[0]).toBe('abdel-fattah-el-sisi');
  });

  it('«…بأن الرئيس عون شكر السيسي على تهنئته، مؤكدا عمق الروابط …»: an assertion after thanks is the one thanking', () => {
    const claims = said(`${call}وأفاد محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس عون شكر السيسي على تهنئته، مؤكدا عمق الروابط التاريخية بين الشعبين.`);
    expect(claims.find(([, text]) => text?.includes('بين الشعبين'))?.[0]).toBe('joseph-aoun');
  });
});

describe('a readout of a call received', () => {
  const abbas: OfficialEntry = { id: 'mahmoud-abbas', en: 'Mahmoud Abbas', ar: ['محمود عباس'], short: ['عباس'], terms: [{ role: 'head-of-state', country: 'PS', from: '2005-01-15', to: null }] };
  const k = knowledgeWithDescriptors([...people, abbas]);
  const who = (text: string) => analyzeWith(text, { published: '2025-08-08' }, k).claims.map((c) => [c.speaker, c.text.split(' ').slice(0, 2).join(' ')]);
  const lead =
    'تلقى السيد الرئيس عبد الفتاح السيسي اتصالاً هاتفياً اليوم من السيد محمود عباس رئيس دولة فلسطين.\n' +
    'وأوضح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية أن الرئيس الفلسطيني حذر من خطورة القرار الإسرائيلي، معتبرا إياه جريمة جديدة.\n';

  it('«من جانبه، أكد السيد الرئيس …» is the one the story introduced as «السيد الرئيس …», not the president who spoke last', () => {
    expect(who(`${lead}من جانبه، أكد السيد الرئيس موقف مصر الثابت الداعم للشعب الفلسطيني.`).at(-1)).toEqual(['abdel-fattah-el-sisi', 'موقف مصر']);
  });

  it('«…أن الرئيس الفلسطيني حذر من …، معتبرا إياه …»: the warning’s judgement goes on with the one warning', () => {
    expect(who(lead).map(([speaker]) => speaker)).toEqual(['mahmoud-abbas', 'mahmoud-abbas']);
  });
});
