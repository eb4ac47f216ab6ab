/**
 * «وذكر الكرملين في بيان أن "الرئيسين أكدا …"», «وتابع البيان أن «الرئيسين اتفقا …»»: an institution's quotation that
 * opens with both sides and a dual verb of speech relays the two sides' words. From the thirty-third held-out set
 * (jg: Kremlin readouts of Obama–Putin calls), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

const call = 'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الأمريكي دونالد ترامب اليوم.\n';
const speakersOf = (text: string, words: string) => {
  // (The institution's own claim holds the whole quotation: the innermost claim with the words is the one asked for.)
  const claim = analyse(text, '2019-05-15').claims.filter((c) => c.text.includes(words)).at(-1);
  return claim ? (claim.speakers ?? [claim.speaker]) : null;
};

describe('both sides opening an institution’s quotation', () => {
  it('«وذكر الكرملين في بيان أن "الرئيسين أكدا …"»: the two presidents', () => {
    expect(speakersOf(`${call}وذكر الكرملين في بيان أن "الرئيسين أكدا عزمهما على تثبيت الهدنة".`, 'تثبيت الهدنة')).toEqual(['vladimir-putin', 'donald-trump']);
  });

  it('a later dual verb of theirs in the same quotation («أن "الرئيسين تناولا الوضع …، وأكدا …"»)', () => {
    expect(speakersOf(`${call}وذكر الكرملين في بيان أن "الرئيسين تناولا الوضع في سوريا، وأكدا عزمهما على تثبيت الهدنة".`, 'تثبيت الهدنة')).toEqual(['vladimir-putin', 'donald-trump']);
  });

  it('a person’s quotation stays the person’s («وقال بوتين إن "الرئيسين اتفقا …"» is Putin’s words)', () => {
    expect(speakersOf(`${call}وقال بوتين إن "الرئيسين اتفقا على مواصلة الحوار".`, 'مواصلة الحوار')).toEqual(['vladimir-putin']);
  });

  it('a spokesman relaying them is a person speaking («وقال المتحدث باسم الكرملين إن "الرئيسين اتفقا …"»)', () => {
    expect(speakersOf(`${call}وقال المتحدث باسم الكرملين إن "الرئيسين اتفقا على مواصلة الحوار".`, 'مواصلة الحوار')).not.toEqual(['vladimir-putin', 'donald-trump']);
  });
});
