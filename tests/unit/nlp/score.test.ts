import { describe, expect, it } from 'vitest';
import { add, compare, prf, zero } from '../../../src/eval/score.ts';

describe('scoring', () => {
  it('counts distinct entities, and optional items neither way', () => {
    const c = compare(
      [
        { id: 'a', surfaces: [] },
        { id: 'a', surfaces: [] },
        { id: 'x', surfaces: [] },
        { id: 'opt', surfaces: [] },
        { id: 'ar:سهيل الحسن', surfaces: ['سهيل الحسن'] },
      ],
      [{ id: 'a' }, { id: 'b' }],
      [{ id: 'opt' }, { id: 'suhail', surfaces: ['سُهيل الحسن'] }],
    );
    expect(c).toMatchObject({ tp: 1, fp: 1, fn: 1, falsePositives: ['x'], falseNegatives: ['b'] });
  });

  it('a person found by title only whose written name is a gold surface is that person; not so for agreements', () => {
    const predicted = [{ id: 'ar:علي نجفي', surfaces: ['علي نجفي', 'السفير'] }];
    const gold = [{ id: 'ali-najafi', surfaces: ['علي نجفي'] }];
    expect(compare(predicted, gold, [], true)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(compare(predicted, gold)).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // A mention that is only a title does not make the match.
    expect(compare([{ id: 'ar:x', surfaces: ['السفير'] }], [{ id: 'y', surfaces: ['السفير'] }], [], false)).toMatchObject({ tp: 0 });
  });

  it('an ar: agreement is a gold agreement that no knowledge entry lists when their texts hold one another, never a listed one', () => {
    const predicted = [{ id: 'ar:الإعلان المشترك Cairo 2024-02-14', surfaces: ['الإعلان المشترك'] }];
    const gold = [{ id: 'egypt-turkey-declaration', surfaces: ['الإعلان المشترك حول إعادة تشكيل المجلس'] }];
    expect(compare(predicted, gold, [], false, new Set())).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Listed in the knowledge: it had to be linked to its entry.
    expect(compare(predicted, gold, [], false, new Set(['egypt-turkey-declaration']))).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // Another text is another agreement.
    expect(compare([{ id: 'ar:x', surfaces: ['مذكرة تفاهم في مجال الطاقة'] }], gold, [], false, new Set())).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('lets an ar: agreement whose mention holds or is held by an optional surface count neither way, and nothing else', () => {
    const optional = [{ id: 'unlisted-final-statement', surfaces: ['البيان الختامي للدورة'] }];
    expect(compare([{ id: 'ar:البيان الختامي x', surfaces: ['البيان الختامي'] }], [], optional)).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(compare([{ id: 'ar:البيان المشترك x', surfaces: ['البيان المشترك'] }], [], optional)).toMatchObject({ fp: 1 });
    // A known id is not compared loosely, and an ar: id is never a true positive.
    expect(compare([{ id: 'some-entry', surfaces: ['البيان الختامي'] }], [], optional)).toMatchObject({ fp: 1 });
    expect(compare([{ id: 'ar:البيان الختامي x', surfaces: ['البيان الختامي'] }], [{ id: 'g', surfaces: ['البيان الختامي'] }])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('lets an ar: person whose written name an optional surface holds count neither way', () => {
    const optional = [{ id: 'hassan-nasrallah', surfaces: ['الأمين العام لحزب الله السيد حسن نصر الله'] }];
    expect(compare([{ id: 'ar:حسن نصر الله', surfaces: ['حسن نصر الله'] }], [], optional, true)).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(compare([{ id: 'ar:نعيم قاسم', surfaces: ['نعيم قاسم'] }], [], optional, true)).toMatchObject({ fp: 1 });
  });

  it('computes precision, recall and F1, with 1 for nothing expected and nothing found', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(prf(zero())).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
    expect(add({ tp: 1, fp: 2, fn: 3 }, { tp: 1, fp: 0, fn: 1 })).toEqual({ tp: 2, fp: 2, fn: 4 });
  });
});

describe('people and documents no knowledge entry lists, found by their written words', () => {
  it('a person found by title only whose name is written in an unlisted gold person’s surface is that person', () => {
    const gold = [{ id: 'zhang-tao', surfaces: ['السفير الصيني لدى بغداد تشانغ تاو'] }];
    expect(compare([{ id: 'ar:تشانغ تاو', surfaces: ['تشانغ تاو'] }], gold, [], true, new Set()).tp).toBe(1);
    // A listed person must be linked, not found by name.
    expect(compare([{ id: 'ar:تشانغ تاو', surfaces: ['تشانغ تاو'] }], gold, [], true, new Set(['zhang-tao'])).tp).toBe(0);
  });

  it('a gold surface’s leading conjunction is a clitic the mention leaves out', () => {
    const optional = [{ id: 'unlisted-mou', surfaces: ['وأخرى للتعاون في المجالات الفنية'] }];
    expect(compare([{ id: 'ar:مذكره Beijing', surfaces: ['أخرى للتعاون في المجالات الفنية'] }], [], optional, false, new Set()).fp).toBe(0);
  });
});
