/**
 * «وكان الرئيس الأميركي قد أعلن صباح اليوم … في ختام مفاوضات استضافتها شرم الشيخ»: an occasion told in the pluperfect
 * after the story's news is one it recalls beside that news, even of the same day; told first, it is the news (a
 * report of the next morning). From set 73's sn batch (a Lebanese report of Jordan's foreign minister in Paris on the
 * day of the Gaza agreement), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const reported = (text: string) =>
  analyze(text, { published: '2025-10-09' })
    .meetings.filter((m) => !m.mentioned)
    .map((m) => m.place);

describe('a meeting told in the pluperfect after the news', () => {
  it('is recalled, not reported', () => {
    const text =
      'باريس\n\nبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الفرنسي جان نويل بارو في باريس اليوم الأوضاع في غزة.\n' +
      'وكان الرئيس الأميركي دونالد ترامب قد أعلن صباح اليوم اتفاقا في ختام مفاوضات غير مباشرة استضافتها مدينة شرم الشيخ.';
    expect(reported(text)).toEqual(['Paris']);
  });

  it('told first, it is the news', () => {
    const text = 'شرم الشيخ\n\nوكان الرئيس الأميركي دونالد ترامب قد أعلن صباح اليوم اتفاقا في ختام مفاوضات غير مباشرة استضافتها مدينة شرم الشيخ.';
    expect(reported(text)).toEqual(['Sharm El-Sheikh']);
  });
});
