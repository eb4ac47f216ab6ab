/**
 * «وتطرق الجانبان … وأكدا …» in a report that only later tells the minister's audience with the prime minister: the
 * meetings stage may put the two prime ministers at the same table as the two ministers, but «الجانبان» who spoke
 * before the prime ministers were named are the two ministers. Only the person of each side changes: a table of more
 * countries is not cut down to the two named first. From the thirty-fifth held-out set (jx: Kuwait's foreign minister
 * in Rome), after its first score; sentences of our own, read with the knowledge files (the two Kuwaitis and the two
 * Italians as they are listed).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const talks =
  'روما - بحث وزير الخارجية الشيخ سالم العبدالله اليوم مع نائب رئيس الوزراء وزير الخارجية الإيطالي أنطونيو تاياني مجمل العلاقات الثنائية.\n' +
  'وتطرق الجانبان إلى تطورات الأوضاع في المنطقة، وأكدا أهمية مواصلة التشاور والتنسيق بين البلدين.\n' +
  'وفي إطار الزيارة، التقى وزير الخارجية رئيسة مجلس الوزراء الإيطالية جورجيا ميلوني، وسلمها رسالة خطية من رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد.\n';

describe('«الجانبان» are among the participants named before their words', () => {
  it('the two ministers, not the prime ministers the story names after', () => {
    const claim = analyze(talks, { published: '2023-07-04' }).claims.find((c) => c.text.includes('مواصلة التشاور'));
    expect(claim?.speakers).toEqual(['salem-abdullah-al-jaber-al-sabah', 'antonio-tajani']);
  });
});
