/**
 * «نظيره الفيتنامي» after one who holds two offices (Qatar's prime minister and foreign minister): the counterpart the
 * story already named in either office, not the holder of the first office the knowledge gives. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const holderOf = (text: string, published: string, surface: string) =>
  analyze(text, { published }).officials.find((o) => o.mentions.some((m) => m.text === surface))?.id ?? null;

describe('the counterpart of one who holds two offices', () => {
  it('is the prime minister the story named, not the foreign minister it did not', () => {
    const text =
      'الدوحة - وصل رئيس الوزراء الفيتنامي فام مينه تشينه إلى الدوحة اليوم. ' +
      'وعقد رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني جلسة مباحثات مع نظيره الفيتنامي تناولت التعاون.';
    expect(holderOf(text, '2024-10-31', 'نظيره الفيتنامي')).toBe('pham-minh-chinh');
  });

  it('with nobody of that country named before, the knowledge’s holder of the first office still answers', () => {
    const text = 'الدوحة - بحث رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني اليوم مع نظيره الأمريكي التطورات في غزة.';
    expect(holderOf(text, '2024-10-31', 'نظيره الأمريكي')).toBe('antony-blinken');
  });
});
