/**
 * «جدد شكره», «كرر امتنانه», «جدد إشادته»: thanks, gratitude and praise renewed are words said, like the stances
 * جدد already takes. From set 49's nc batch; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const said = (text: string, published: string) => analyze(text, { published }).claims.map((c) => [c.speaker, c.text]);

describe('thanks renewed', () => {
  const lead = 'الرياض - استقبل ولي العهد الأمير محمد بن سلمان اليوم الرئيس الموريتاني محمد ولد الشيخ الغزواني. ';

  it('«كما جدد الرئيس الموريتاني خلال اللقاء شكره …» is his', () => {
    expect(said(lead + 'كما جدد الرئيس الموريتاني خلال اللقاء شكره للمملكة على دعمها المتواصل.', '2023-11-10')).toEqual([
      ['mohamed-ould-ghazouani', 'شكره للمملكة على دعمها المتواصل'],
    ]);
  });

  it('«وكرر امتنانه …» and «وجدد إشادته …» likewise', () => {
    const words = said(lead + 'وكرر الرئيس الموريتاني امتنانه لخادم الحرمين الشريفين. وجدد ولي العهد إشادته بالعلاقات بين البلدين.', '2023-11-10');
    expect(words.map(([speaker]) => speaker)).toEqual(['mohamed-ould-ghazouani', 'mohammed-bin-salman']);
  });
});
