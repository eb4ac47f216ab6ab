/**
 * «استقبله رئيس إقليم كوردستان إلى جانب نائبي رئيس الإقليم جعفر شيخ مصطفى ومصطفى سيد قادر»: after the dual or plural of
 * a deputy's word in construct («نائبي», «نواب», «مساعدي») the title is the office they serve, and the names after it are
 * the deputies': the story's «رئيس إقليم كوردستان» stays the president, not the first deputy named after the title.
 * From the thirty-fifth held-out set (jw: Macron in Erbil), after its first score; sentences of our own, read with the
 * knowledge files.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

describe('a title after a deputy\'s word in the dual names the office served, not the deputies after it', () => {
  it('«نائبي رئيس الإقليم جعفر شيخ مصطفى» leaves «رئيس إقليم كوردستان» to the president', () => {
    const a = analyze(
      'وصل الرئيس الفرنسي إيمانويل ماكرون إلى أربيل حيث استقبله رئيس إقليم كوردستان إلى جانب نائبي رئيس الإقليم جعفر شيخ مصطفى ومصطفى سيد قادر.',
      { published: '2021-08-29' },
    );
    const mentions = (id: string) => a.officials.find((o) => o.id === id)?.mentions.map((m) => m.text) ?? [];
    expect(mentions('nechirvan-barzani')).toEqual(['رئيس إقليم كوردستان']);
    expect(mentions('jafar-sheikh-mustafa')).toEqual(['جعفر شيخ مصطفى']);
  });
});

/**
 * «ندوة صحفية لرئيس الجمهورية قيس سعيّد ونظيره الجزائري …، وأشار رئيس الجمهورية …»: a title bound to a name right after
 * it binds the same title later, with the earlier one's clitic («لـ») set aside, when the person named held the office.
 * From the thirty-seventh held-out set (kh: Tebboune in Carthage), after its first score; sentences of our own.
 */
describe('a title bound to a name after a clitic binds it later in the story', () => {
  it('«لرئيس الجمهورية قيس سعيّد» … «رئيس الجمهورية» is Saied, not the guest named last', () => {
    const a = analyze(
      'احتضن قصر قرطاج اليوم ندوة صحفية مشتركة لرئيس الجمهورية قيس سعيّد ونظيره الجزائري عبد المجيد تبون. وأشار رئيس الجمهورية إلى أن البلدين شعب واحد.',
      { published: '2021-12-15' },
    );
    expect(a.officials.find((o) => o.id === 'kais-saied')?.mentions.map((m) => m.text)).toEqual(['قيس سعيّد', 'رئيس الجمهورية']);
  });
});
