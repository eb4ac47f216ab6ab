/**
 * «… حيث عقد لقاء مع الرئيس الجزائري … . وأشاد الجانبان خلال اللقاء …»: a sentence that opens with the joint word goes
 * on with the two people of two countries the sentence before it named, when the story's own news is another
 * occasion (the summit opening that day); never a spokesman who told it. From set 48's mu05; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const who = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text.split(' ').slice(0, 3).join(' ')]);

describe('«الجانبان» opening the sentence after the meeting it goes on with', () => {
  it('are the two the sentence before named, when the story reports a summit of many', () => {
    const text =
      'تنطلق في العاصمة الجزائرية اليوم أعمال القمة العربية برئاسة الرئيس عبد المجيد تبون وبمشاركة القادة العرب. ' +
      'وكان الرئيس التونسي قيس سعيد قد وصل أمس إلى الجزائر، حيث عقد لقاء مع الرئيس الجزائري في قصر المرادية تناول التحضيرات للقمة. ' +
      'وأشاد الجانبان خلال اللقاء بالمستوى المتميز للعلاقات بين البلدين.';
    expect(who(text, '2022-11-01')).toEqual([[['kais-saied', 'abdelmadjid-tebboune'], 'بالمستوى المتميز للعلاقات']]);
  });

  it('are not a spokesman and the one he quoted', () => {
    const text =
      'تنطلق في العاصمة المصرية اليوم أعمال المؤتمر الدولي برئاسة الرئيس عبد الفتاح السيسي. ' +
      'وأوضح المتحدث باسم الرئاسة المصرية أحمد فهمي أن ميلوني أشادت بالجهود المصرية. ' +
      'كما اتفق الجانبان على ضرورة تكثيف التعاون الثنائي.';
    const joint = who(text, '2023-10-21').find(([, words]) => words === 'ضرورة تكثيف التعاون');
    expect(JSON.stringify(joint?.[0] ?? null)).not.toContain('ahmed-fahmy');
  });
});
