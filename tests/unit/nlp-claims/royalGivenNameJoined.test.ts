/**
 * «وأبدى الأمير محمد وميلوني قلقهما …»: a royal's given name after his title is the royal named in full before, even
 * when another person the story named is joined to it by «و» (the name does not go on into hers). From set 50's nf10;
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

describe('a royal’s given name joined to another person', () => {
  const text =
    'تلقى ولي العهد الأمير محمد بن سلمان اتصالا هاتفيا من رئيسة الوزراء الإيطالية جورجيا ميلوني. وأبدى الأمير محمد وميلوني قلقهما حيال القرارات الإسرائيلية.';
  const a = analyze(text, { published: '2025-08-13' });

  it('is the royal named in full', () => {
    expect(a.officials.find((o) => o.id === 'mohammed-bin-salman')?.mentions.map((m) => m.text)).toContain('الأمير محمد');
  });

  it('and both speak', () => {
    expect(a.claims.map((c) => c.speakers ?? c.speaker)).toEqual([['mohammed-bin-salman', 'giorgia-meloni']]);
  });
});
