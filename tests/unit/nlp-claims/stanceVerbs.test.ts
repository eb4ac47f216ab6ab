/**
 * «وأيّد لافروف وكيري الإسراع في …», «أيد الوزير الدعوة إلى …»: «أيد» (supported) reports a position as «اتفق» does
 * (speech.json). From the thirty-fourth held-out set (jm: a Lavrov–Kerry call), after its first score; sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

const lead = 'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي مايك بومبيو. ';

describe('«أيد» reports a position', () => {
  it('with its subject named after it', () => {
    expect(said(`${lead}وأيد لافروف الدعوة إلى استئناف المفاوضات في جنيف.`)).toContainEqual(['sergey-lavrov', 'الدعوة إلى استئناف المفاوضات في جنيف']);
  });

  it('inside words already reported it reports nothing of its own («وقال بومبيو إن موسكو أيدت …»)', () => {
    expect(said(`${lead}وقال بومبيو إن موسكو أيدت الدعوة إلى استئناف المفاوضات.`).map(([speaker]) => speaker)).toEqual(['mike-pompeo']);
  });
});
