/**
 * «قال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، اليوم، إن …», «قال مندوب روسيا الدائم لدى الأمم
 * المتحدة، فاسيلي نبنزيا: …»: a title longer than any file lists, or one that opens with a word of an anonymous source
 * («مسؤول»), closed by the one person named just before the words, is that person speaking. From the real corpus
 * (ab04, gy02, py02, qj09, rk04: 25 reports gained a speaker), sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const speakerOf = (text: string, words: string, published = '2021-11-20') =>
  analyze(text, { published }).claims.find((c) => c.text.includes(words))?.speaker;

describe('a name that closes the title after a verb of speech', () => {
  it('is the speaker after a title opened by «مسؤول», with a word of time before the words', () => {
    expect(speakerOf('وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، اليوم، إن الحوار مع طهران سيستأنف قريبا.', 'الحوار مع طهران')).toBe('josep-borrell');
  });

  it('is the speaker when a colon opens the words', () => {
    const text = 'وعقب التصويت، قال مندوب روسيا الدائم لدى الأمم المتحدة، فاسيلي نبنزيا: "نرى مرة أخرى معايير مزدوجة في هذه القاعة".';
    expect(speakerOf(text, 'معايير مزدوجة', '2023-12-09')).toBe('vassily-nebenzia');
  });

  it('is the speaker after a chain of two titles with no comma', () => {
    const text = 'ومن جانبه، رأى مستشار رئيس مجلس الوزراء المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري أن الزيارة محطة مهمة في العلاقات.';
    expect(speakerOf(text, 'الزيارة محطة', '2025-04-17')).toBe('majed-al-ansari');
  });

  it('is not the one told after a verb of telling', () => {
    const text =
      'استقبل رئيس الحكومة اللبنانية نجيب ميقاتي في بيروت وزير الخارجية الإيراني عباس عراقجي. وأبدى عراقجي دعم بلاده للبنان، وأبلغ ميقاتي أن طهران ستطلق حملة دبلوماسية.';
    expect(speakerOf(text, 'طهران ستطلق', '2024-10-04')).not.toBe('najib-mikati');
  });

  it('is not one named after a preposition (the occasion, not the subject)', () => {
    const text = 'وقال مسؤول في الخارجية خلال اجتماعه مع جوزيب بوريل، اليوم، إن الحوار سيستأنف.';
    expect(speakerOf(text, 'الحوار سيستأنف')).not.toBe('josep-borrell');
  });
});
