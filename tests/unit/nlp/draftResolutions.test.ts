/**
 * Draft resolutions told by their sponsors at a vote. Sentences of our own, in the constructions of Security
 * Council copy, with the shipped knowledge (countries and their adjectives).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const drafts = (text: string, published = '2016-10-09') =>
  analyze(text, { published })
    .agreements.filter((a) => a.id.startsWith('ar:مشروع قرار'))
    .map((a) => [a.id, a.mentions.map((m) => m.text)]);

describe('draft resolutions', () => {
  it('«مشروع قرار فرنسي», «مشروع القرار الروسي», then «المشروع الفرنسي»: one agreement per sponsor', () => {
    const text =
      'نيويورك - استخدمت روسيا حق النقض ضد مشروع قرار فرنسي حول حلب في مجلس الأمن، فيما فشل مشروع القرار الروسي في الحصول على الأصوات اللازمة. وقال المندوب الروسي إن المشروع الفرنسي منحاز.';
    expect(drafts(text)).toEqual([
      ['ar:مشروع قرار FR 2016-10-09', ['مشروع قرار فرنسي', 'المشروع الفرنسي']],
      ['ar:مشروع قرار RU 2016-10-09', ['مشروع القرار الروسي']],
    ]);
  });
  it('«مشروع قرار غربي»: the Western sponsors as one', () => {
    expect(drafts('نيويورك - أرجأ مجلس الأمن التصويت على مشروع قرار غربي يدين الهجوم.')).toEqual([['ar:مشروع قرار WEST 2016-10-09', ['مشروع قرار غربي']]]);
  });
  it('not «المشروع الإيراني في المنطقة» when no draft of Iran is told', () => {
    expect(drafts('بيروت - حذر الوزير من المشروع الإيراني في المنطقة ومن المشروع الروسي في سوريا.')).toEqual([]);
  });
});
