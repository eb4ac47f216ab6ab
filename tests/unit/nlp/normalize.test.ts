import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, originalRange } from '../../../src/nlp/text/normalize.ts';

/** The original characters of a normalised substring found by indexOf. */
function back(original: string, needle: string): string {
  const norm = normalize(original);
  const at = norm.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const range = originalRange(norm, at, at + needle.length);
  return original.slice(range.start, range.end);
}

describe('normalize', () => {
  it('removes diacritics and tatweel and maps the match back to the written word', () => {
    const text = 'نحو حل سياسي قُدُماً في سوريا';
    expect(normalize(text).text).toBe('نحو حل سياسي قدما في سوريا');
    expect(back(text, 'قدما')).toBe('قُدُماً');
    expect(normalize('بـ"إخراج"').text).toBe('ب"اخراج"');
    expect(normalize('الأمـــريكي').text).toBe('الامريكي');
  });

  it('folds alef forms, final ya and ta marbuta', () => {
    expect(normalize('أوشاكوف إيران آسيا ٱلله').text).toBe('اوشاكوف ايران اسيا الله');
    expect(normalize('الروسى').text).toBe('الروسي');
    expect(normalize('المتحدثة').text).toBe('المتحدثه');
    expect(normalizeKey('وزير الخارجية الروسى')).toBe(normalizeKey('وزير الخارجيه الروسي'));
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits', () => {
    expect(normalize('القرار ٢٢٥٤').text).toBe('القرار 2254');
    expect(normalize('القرار ۲۲۵۴').text).toBe('القرار 2254');
  });

  it('treats every quotation mark alike', () => {
    expect(normalize('«ستارت 3» “جون” ″x″ „y‟ ‹z›').text).toBe('"ستارت 3" "جون" "x" "y" "z"');
  });

  it('turns exotic spaces into spaces and drops invisible characters', () => {
    const text = 'سيرغي\u00A0لافروف\u200F و\u200Dبوتين\uFEFF';
    const norm = normalize(text);
    expect(norm.text).toBe('سيرغي لافروف وبوتين');
    expect(back(text, 'لافروف')).toBe('لافروف');
    expect(back(text, 'وبوتين')).toBe('و\u200Dبوتين');
  });

  it('expands presentation forms without breaking the map', () => {
    const text = 'ﻻ بد';
    const norm = normalize(text);
    expect(norm.text).toBe('لا بد');
    expect(back(text, 'لا')).toBe('ﻻ');
  });

  it('keeps a monotonic map that ends at the original length', () => {
    const text = 'وأعلن «الكرملين» أمسِ، أنّ ٣ اتفاقات\u200Cوُقّعت…';
    const norm = normalize(text);
    expect(norm.toOriginal.length).toBe(norm.text.length + 1);
    expect(norm.toOriginal[norm.text.length]).toBe(text.length);
    for (let i = 1; i <= norm.text.length; i++) expect(norm.toOriginal[i]!).toBeGreaterThanOrEqual(norm.toOriginal[i - 1]!);
  });

  it('maps every normalised letter to the original letter it came from', () => {
    const text = 'قال وزيرُ الخارجيّة الأمريكى مايك بومبيو إنّ «التوتر» ٢٠١٩';
    const norm = normalize(text);
    for (let i = 0; i < norm.text.length; i++) {
      const original = text[norm.toOriginal[i]!]!;
      expect(normalize(original).text).toBe(norm.text[i]);
    }
  });

  it('handles empty and huge strings', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('').toOriginal[0]).toBe(0);
    const big = 'ب'.repeat(200_000);
    expect(normalize(big).text.length).toBe(200_000);
  });

  it('includes marks written after the last letter in the span, not the next word', () => {
    const text = 'بومبيوُّ قال';
    const norm = normalize(text);
    const range = originalRange(norm, 0, 6);
    expect(text.slice(range.start, range.end)).toBe('بومبيوُّ');
  });
});
