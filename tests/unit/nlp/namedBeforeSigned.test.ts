/**
 * An agreement the knowledge dates by its signing but lets an article name earlier (`namedSince`: negotiations
 * concluded, text initialled) is found by what the story calls it in that time too, as it is by its full name.
 * From set 48's mw batch (the UAE–Kenya partnership agreement in August 2024); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const agreements = (text: string, published: string) => analyze(text, { published }).agreements.map((a) => a.id);

describe('an agreement described before it was signed', () => {
  const text = 'أجرى الشيخ محمد بن زايد آل نهيان رئيس الدولة اتصالا هاتفيا مع الرئيس الكيني وليام روتو. وبحث الجانبان اتفاقية الشراكة الاقتصادية الشاملة بين البلدين.';

  it('is the listed agreement once the knowledge says it may be named', () => {
    expect(agreements(text, '2024-08-07')).toEqual(['uae-kenya-cepa-2025']);
  });

  it('is nothing before then', () => {
    expect(agreements(text, '2023-06-01')).toEqual([]);
  });
});
