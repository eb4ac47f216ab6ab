/**
 * «ويتزامن اللقاء مع جولة يقوم بها وزير الخارجية الأميركي … حيث التقى رئيس الوزراء …»: what the news coincides with
 * is its setting, not the news; the sides of «أكد الجانبان» stay those of the news. From set 49's mz05; sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const TEXT =
  'يتزامن اللقاء مع جولة يجريها وزير الخارجية الأميركي في المنطقة.\n\n' +
  'عقد العاهل الأردني الملك عبد الله الثاني وولي العهد السعودي الأمير محمد بن سلمان لقاءً في الرياض اليوم الثلاثاء. ' +
  'ويتزامن اللقاء مع جولة يقوم بها وزير الخارجية الأميركي أنتوني بلينكن في المنطقة، استهلها اليوم من إسرائيل حيث التقى رئيس الوزراء بنيامين نتنياهو.\n\n' +
  'ووفق البيان، أكد الجانبان خلال اللقاء ضرورة مضاعفة الجهود من أجل وقف إطلاق النار.';

describe('an occasion the news coincides with', () => {
  const a = analyze(TEXT, { published: '2024-10-22' });

  it('is not a meeting the story reports', () => {
    expect(a.meetings.filter((m) => !m.mentioned && m.participants.includes('benjamin-netanyahu'))).toEqual([]);
  });

  it('does not lend its people to «الجانبان»', () => {
    expect(a.claims.map((c) => c.speakers ?? c.speaker)).toEqual([['abdullah-ii-of-jordan', 'mohammed-bin-salman']]);
  });
});
