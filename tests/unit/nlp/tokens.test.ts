import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/nlp/text/normalize.ts';
import { cliticStems, Gap, isCliticOnly, tokenize } from '../../../src/nlp/text/tokens.ts';

const stems = (word: string) => cliticStems(normalize(word).text).map((s) => `${s.prefix}:${s.text}`);

describe('tokenize', () => {
  it('splits words, numbers and Latin words and records what separates them', () => {
    const tokens = tokenize(normalize('قال لافروف، إن «ستارت3» و338 Kerry.').text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'لافروف', 'ان', 'ستارت', '3', 'و', '338', 'kerry']);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word', 'number', 'word', 'number', 'latin']);
    expect(tokens[2]!.gapBefore & Gap.Comma).toBeTruthy();
    expect(tokens[3]!.gapBefore & Gap.Quote).toBeTruthy();
    expect(tokens[4]!.gapBefore).toBe(Gap.None);
    expect(tokens[7]!.gapBefore).toBe(Gap.Space);
  });

  it('marks a newline between paragraphs', () => {
    const tokens = tokenize('بوتين\n\nلافروف');
    expect(tokens[1]!.gapBefore & Gap.Newline).toBeTruthy();
  });
});

describe('clitics', () => {
  it('offers the whole word first, then each valid clitic reading', () => {
    expect(stems('وبوتين')).toEqual(['0:وبوتين', '1:بوتين', '2:وتين']);
    expect(stems('لبومبيو')).toEqual(['0:لبومبيو', '1:بومبيو']);
    expect(stems('فالوزير')).toEqual(['0:فالوزير', '1:الوزير']);
    expect(stems('بالقرار')).toEqual(['0:بالقرار', '1:القرار']);
  });

  it('restores the article swallowed by ل (للرئيس = ل + الرئيس) and keeps the other reading', () => {
    expect(stems('للرئيس')).toContain('1:الرئيس');
    expect(stems('وللرئيس')).toContain('2:الرئيس');
    expect(stems('للافروف')).toContain('1:لافروف');
  });

  it('never loses the whole reading of names that begin with clitic letters', () => {
    for (const name of ['لافروف', 'بولتون', 'باتروشيف', 'ليبيا', 'فيصل', 'كيري']) {
      expect(stems(name)[0]).toBe(`0:${normalize(name).text}`);
    }
  });

  it('does not strip a clitic that would leave fewer than three letters', () => {
    expect(stems('بان')).toEqual(['0:بان']);
    expect(stems('وله')).toEqual(['0:وله']);
  });

  it('recognises a clitic standing alone before a quote (بـ"…")', () => {
    const tokens = tokenize(normalize('بـ “إخراج القوات”').text);
    expect(tokens[0]!.text).toBe('ب');
    expect(isCliticOnly(tokens[0]!.text)).toBe(true);
    expect(isCliticOnly('بوتين')).toBe(false);
  });
});

describe('abbreviations of titles', () => {
  it('the full stop of «د.» or «م.» before a name ends no clause; after other words it does', async () => {
    const { tokenize, Gap } = await import('../../../src/nlp/text/tokens.ts');
    const gaps = (text: string) => tokenize(text).map((t) => (t.gapBefore & Gap.Stop) !== 0);
    expect(gaps('الشيخ د.أحمد')).toEqual([false, false, false]);
    expect(gaps('المهندس م. محمد')).toEqual([false, false, false]);
    expect(gaps('وصل الوفد. وقال')).toEqual([false, false, true]);
    expect(gaps('قال د! أحمد')).toEqual([false, false, true]);
  });

  it('the full stop of a Latin initial spelt in Arabic («إس. جايشانكار», «جون إف. كينيدي») ends no clause on its line', async () => {
    const { tokenize, Gap } = await import('../../../src/nlp/text/tokens.ts');
    const gaps = (text: string) => tokenize(text).map((t) => (t.gapBefore & Gap.Stop) !== 0);
    // (Normalised text, as the pipeline tokenizes it: «إس» is «اس».)
    expect(gaps('الوزير اس. جايشانكار')).toEqual([false, false, false]);
    expect(gaps('جون اف. كينيدي')).toEqual([false, false, false]);
    // At a line's end it may close a heading: the stop stays.
    expect(gaps('الوزير اس.\nجايشانكار')).toEqual([false, false, true]);
  });
});
