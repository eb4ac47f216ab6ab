/**
 * «متمنيا له التوفيق», «متمنيين لبلديهما وشعبيهما …»: what was wished includes the one it is for, as readers and the
 * corpus's gold quote it. From set 48's mw and mv batches; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const said = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speakers ?? c.speaker, c.text]);

describe('a wish and the one it is for', () => {
  it('«متمنياً لهم ولشعوبهم …»: the words start at «لهم»', () => {
    const text = 'أبوظبي - استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم الرئيس الغاني نانا أكوفو أدو، متمنياً لهم ولشعوبهم مزيداً من التقدم والرخاء.';
    expect(said(text, '2023-01-16')).toEqual([['mohamed-bin-zayed', 'لهم ولشعوبهم مزيداً من التقدم والرخاء']]);
  });

  it('a verb that is not a wish still sets the one addressed aside («أكد له أن …»)', () => {
    const text = 'أبوظبي - استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم الرئيس الغاني نانا أكوفو أدو، وأكد له أن الإمارات تدعم التنمية في أفريقيا.';
    expect(said(text, '2023-01-16').map(([, words]) => words)).toEqual(['الإمارات تدعم التنمية في أفريقيا']);
  });
});
