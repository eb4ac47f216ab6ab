/**
 * «في المقابل، أطلعت رئيسة البعثة الأممية الوزير المصري على …»: a feminine verb whose subject is a woman's title the
 * officials stage gave nobody speaks for the woman of the story, not for the man named after it (the verb's object)
 * nor the man who spoke before. From set 68's ri batch; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const said = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speaker, c.verb]);

describe('a woman speaking after a man', () => {
  const lead =
    'استقبل وزير الخارجية بدر عبد العاطي اليوم الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه. ' +
    'وأكد الوزير المصري أن مصر تدعم البعثة الأممية. وأوضح الوزير أن القاهرة ماضية في جهودها. ';

  it('«أطلعت رئيسة البعثة الوزير المصري على …» and the verbs after it are hers', () => {
    expect(said(lead + 'في المقابل، أطلعت رئيسة البعثة الأممية الوزير المصري على عمل اللجنة الاستشارية، وشددت على أهمية إجراء الانتخابات.', '2025-03-26')).toEqual([
      ['badr-abdelatty', 'وأكد'],
      ['badr-abdelatty', 'وأوضح'],
      ['hanna-tetteh', 'أطلعت'],
      ['hanna-tetteh', 'وشددت'],
    ]);
  });

  it('a woman named with a title in construct («نائبة وزير الخارجية …») is a woman: her feminine verbs stay hers', () => {
    const text =
      'وصفت نائبة وزير الخارجية الأميركي ويندي شيرمان المحادثات مع نائب وزير الخارجية الروسي سيرغي ريابكوف بأنها صريحة. ' +
      'وأوضحت المسؤولة الأميركية أن الوفد تمسك بموقفه.';
    expect(said(text, '2022-01-10').map(([speaker]) => speaker)).toEqual(['wendy-sherman', 'wendy-sherman']);
  });

  it('a feminine verb with a country or a ministry as its subject changes nobody', () => {
    expect(said(lead + 'وأضاف أن مصر أكدت دعمها للحل السياسي.', '2025-03-26').map(([speaker]) => speaker)).toEqual([
      'badr-abdelatty',
      'badr-abdelatty',
      'badr-abdelatty',
    ]);
  });
});
