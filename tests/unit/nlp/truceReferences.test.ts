/**
 * Truces told by what they are («اتفاق الهدنة», «الهدنة الإنسانية التي استمرت أسبوعا») in a story that names their
 * place elsewhere. Sentences of our own, in the constructions of Gaza and Lebanon copy, with two truce entries.
 */
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../../src/nlp/knowledge/knowledge.ts';
import type { AgreementEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { testAgreements, testSource } from './fixtures/knowledge.ts';

const truces: AgreementEntry[] = [
  { id: 'gaza-truces', en: 'Gaza truces', ar: ['اتفاق وقف إطلاق النار في قطاع غزة', 'الهدنة في غزة'], date: '2023-11-22', renewed: ['2025-01-15'] },
  { id: 'lebanon-ceasefire', en: 'Lebanon ceasefire', ar: ['اتفاق وقف إطلاق النار بين لبنان وإسرائيل'], date: '2024-11-27', parties: ['LB', 'IL'] },
];
const k = compileKnowledge({ ...testSource, agreements: [...testAgreements, ...truces] });
const found = (text: string, published: string) =>
  analyzeWith(text, { published }, k)
    .agreements.filter((a) => a.id === 'gaza-truces' || a.id === 'lebanon-ceasefire')
    .map((a) => [a.id, a.mentions.map((m) => m.text)]);
const GAZA = 'بحث الرئيسان هاتفيا الأوضاع الإنسانية في قطاع غزة. ';

describe('truces told by description', () => {
  it('«اتفاق الهدنة» in a story of Gaza is the Gaza truce of the time', () => {
    expect(found(GAZA + 'ودعا الجانبان إلى العودة إلى اتفاق الهدنة.', '2025-04-07')).toEqual([['gaza-truces', ['اتفاق الهدنة']]]);
  });
  it('«هدنة إنسانية استمرت أسبوعا»: an indefinite truce whose clause says it lasted, within the year', () => {
    expect(found(GAZA + 'وكانت هدنة إنسانية استمرت أسبوعا قد أتاحت إدخال المساعدات.', '2024-02-13')).toEqual([['gaza-truces', ['هدنة إنسانية']]]);
    // Two years on, an indefinite truce of the place may be any other.
    expect(found(GAZA + 'وكانت هدنة إنسانية استمرت أسبوعا قد أتاحت إدخال المساعدات.', '2027-03-01')).toEqual([]);
  });
  it('the month its clause gives must be one of its days', () => {
    expect(found(GAZA + 'وأسهمت مصر في التوصل إلى اتفاق هدنة في يناير الماضي.', '2025-04-12')).toEqual([['gaza-truces', ['اتفاق هدنة']]]);
    expect(found(GAZA + 'وأسهمت مصر في التوصل إلى اتفاق هدنة في مارس الماضي.', '2025-04-12')).toEqual([]);
  });
  it('not a truce still sought or negotiated', () => {
    expect(found(GAZA + 'وأكدا أهمية الجهود الرامية للتوصل إلى هدنة.', '2024-06-29')).toEqual([]);
    expect(found(GAZA + 'واجتمع الوزير بالوسطاء للتباحث في اتفاق التهدئة.', '2024-06-29')).toEqual([]);
    // «… وضمان تدفق المساعدات إليه»: «إليه» is no truce reached without a verb of reaching before it.
    expect(found(GAZA + 'وطالب الملك بوقف إطلاق النار وضمان تدفق المساعدات إليه.', '2024-01-10')).toEqual([]);
  });
  it('two places and none in the sentence: no guess; the sentence’s place when it names one', () => {
    const both = 'بحث الوزيران الأوضاع في غزة ولبنان. ';
    expect(found(both + 'وشددا على ضرورة تثبيت الهدنة.', '2025-02-01')).toEqual([]);
    expect(found(both + 'وشددا على ضرورة تثبيت الهدنة في جنوب لبنان.', '2025-02-01')).toEqual([['lebanon-ceasefire', ['الهدنة']]]);
  });
  it('a truce the story has named already is the one a later «الهدنة» keeps', () => {
    const text = 'بحث الوزيران الأوضاع في غزة، وتنفيذ اتفاق وقف إطلاق النار بين لبنان وإسرائيل. وحذرا من خرق الهدنة.';
    expect(found(text, '2025-02-01')).toEqual([['lebanon-ceasefire', ['اتفاق وقف إطلاق النار بين لبنان وإسرائيل', 'الهدنة']]]);
  });
  it('a truce given a place of its own that no entry holds is not the story’s', () => {
    expect(found(GAZA + 'ودعا الوزير إلى تثبيت الهدنة في السويداء.', '2025-07-20')).toEqual([]);
  });
});
