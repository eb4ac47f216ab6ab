/**
 * «جدد شكره», «كرر امتنانه», «جدد إشادته»: thanks, gratitude and praise renewed are words said, like the stances
 * جدد already takes. From set 49's nc batch; sentences of our own. The day set between commas after the subject
 * («جدد الرئيس …، اليوم الاثنين، التزام …») stands between the verb and its noun as a frame does, and «مساندة» is
 * support renewed as «دعم» is (the real corpus: twelve claims over twelve reports, none lost).
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

describe('a stance renewed past the day', () => {
  const lead = 'استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني. ';

  it('«جدد …، اليوم الاثنين، التزام …» starts the words at the noun', () => {
    expect(said(lead + 'وجدد الرئيس تبون، اليوم الاثنين، التزام الجزائر بدعم الاستقرار في منطقة الساحل.', '2024-05-13')).toEqual([
      ['abdelmadjid-tebboune', 'التزام الجزائر بدعم الاستقرار في منطقة الساحل'],
    ]);
  });

  it('past the day and a frame, and «مساندة» as support', () => {
    expect(said(lead + 'جدد تاياني، الاثنين، خلال زيارته إلى الجزائر، مساندة بلاده لجهود الأمم المتحدة في ليبيا.', '2024-05-13')).toEqual([
      ['antonio-tajani', 'مساندة بلاده لجهود الأمم المتحدة في ليبيا'],
    ]);
  });

  it('a quotation right after the day is the words whole', () => {
    const words = said(lead + 'من جهته، أبدى تاياني، الاثنين، "ارتياحا كبيرا" لنتائج الزيارة.', '2024-05-13');
    expect(words[0]?.[1]).toContain('"ارتياحا كبيرا"');
  });
});
