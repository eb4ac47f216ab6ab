/**
 * «المتحدث باسم وزارة الدفاع الأميركية الكابتن جيف ديفيس»: a Western military rank as Arabic copy transliterates it
 * (الكابتن، الكولونيل، الميجور جنرال) stands between a title and the name as «الجنرال» does, so the spokesman no file
 * lists is found by his title and speaks. From the thirty-sixth held-out set (jy: the chiefs of staff in Antalya),
 * after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('a transliterated military rank between the title and the name', () => {
  it('«الكابتن», «الكولونيل», «الميجور جنرال»', () => {
    expect(said('وكان المتحدث باسم وزارة الدفاع الأميركية الكابتن جيف ديفيس أعلن الاثنين أن عددا من الجنود انتشروا في المدينة.')).toEqual([
      ['ar:جيف ديفيس', 'عددا من الجنود انتشروا في المدينة'],
    ]);
    expect(said('وقال المتحدث باسم وزارة الدفاع الأمريكية الكولونيل روب مانينغ إن القوات انتشرت.')).toEqual([['ar:روب مانينغ', 'القوات انتشرت']]);
    expect(said('وقال المتحدث باسم وزارة الدفاع الأمريكية الميجور جنرال باتريك رايدر إن القوات انتشرت.')).toEqual([['ar:باتريك رايدر', 'القوات انتشرت']]);
  });
});
