/**
 * Precision of agreements on set 49: a body's own statement («وقال الديوان الملكي، في بيان، إن …») is no joint statement
 * of that week; «مسار السياسة الخارجية لترامب» is no plan of his. Sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const agreements = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

describe('a body’s statement between commas', () => {
  it('is not the joint statement of two countries the story names in passing', () => {
    const text =
      'أبوظبي - التقى العاهل الأردني الملك عبد الله الثاني الرئيس الإماراتي محمد بن زايد اليوم. ' +
      'وقال الديوان الملكي الهاشمي، في بيان، إن المباحثات ركزت على العلاقات الثنائية. ' +
      'وتأتي الزيارة غداة جولة لولي العهد السعودي محمد بن سلمان شملت القاهرة وعمّان قبل أن ينتقل إلى أنقرة حيث التقى الرئيس التركي.';
    expect(agreements(text, '2022-06-23')).toEqual([]);
  });
});

describe('a course and its author', () => {
  it('«مسار السياسة الخارجية لترامب» is not Trump’s peace plan', () => {
    const text = 'قال المبعوث الروسي ألكسندر لافرينتيف إن روسيا تلمس آفاقا لتغيير قد يطرأ على مسار السياسة الخارجية للرئيس الأمريكي دونالد ترامب.';
    expect(agreements(text, '2024-11-12')).toEqual([]);
  });
});
