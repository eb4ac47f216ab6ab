/**
 * «من جهته، شكر رئيس المجلس الأعلى للمصالحة الوطنية في أفغانستان، عبد الله عبد الله، حركة طالبان على …»: a title no
 * file lists that opens with «رئيس» in construct, then its holder between commas, is the subject — also of a verb
 * whose words are its object, with no «أن» after the name. From the thirty-fourth held-out set (jp: the intra-Afghan
 * talks in Doha), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

const lead = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو. وقال بومبيو إن المحادثات مهمة. ';

describe('a construct title no file lists, its holder between commas', () => {
  it('speaks, with «أن» or with the object right after the name', () => {
    expect(said(`${lead}من جهته، شكر رئيس المجلس الأعلى للعلاقات الدولية في روسيا، سيرغي لافروف، الجانب الأمريكي على تعاونه.`).map(([speaker]) => speaker)).toEqual([
      'mike-pompeo',
      'sergey-lavrov',
    ]);
    expect(said(`${lead}وقال رئيس المجلس الأعلى للعلاقات الدولية في روسيا، سيرغي لافروف، إن الحوار مستمر.`).map(([speaker]) => speaker)).toEqual(['mike-pompeo', 'sergey-lavrov']);
  });
});
