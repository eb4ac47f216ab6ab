/**
 * «واكتفى الإبراهيمي بالقول إن …», «وعلق بيسكوف على ذلك بالقول: …»: a verb of manner with its subject, then «بالقول»
 * and the words. From the thirty-first held-out set (iu: Brahimi in Geneva 2013), after its first score; sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

const lead = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في سوتشي. ';

describe('«بالقول» after a named subject', () => {
  it('«اكتفى X بالقول إن …»: X said the words after «إن»', () => {
    expect(said(`${lead}واكتفى لافروف بالقول إن المحادثات كانت مفيدة.`)).toContainEqual(['sergey-lavrov', 'المحادثات كانت مفيدة']);
  });

  it('«علق X على ذلك بالقول: …»: the words after the colon', () => {
    const claims = said(`${lead}وعلق بومبيو على ذلك بالقول: "الحوار مع موسكو ضروري".`);
    expect(claims.map(([speaker]) => speaker)).toEqual(['mike-pompeo']);
    expect(claims[0]![1]).toContain('الحوار مع موسكو ضروري');
  });

  it('after «فيما», with «دون أن» earlier in the sentence', () => {
    expect(said(`${lead}وتداولت الأوساط موعدا دون أن يؤكده أحد، فيما اكتفى لافروف بالقول إن الموعد سيعلن لاحقا.`)).toContainEqual(['sergey-lavrov', 'الموعد سيعلن لاحقا']);
  });

  it('nobody named before it: no claim of its own', () => {
    expect(said('وفي تعليق على التطورات، جاء الرد بالقول إن الأمر لا يعني البلاد.')).toEqual([]);
  });
});
