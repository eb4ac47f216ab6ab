/**
 * «ووضع الرئيس أخاه الرئيس أردوغان في صورة الأوضاع، مؤكدا …»: a bare title as subject, then the one it addresses
 * («أخاه», «نظيره», «ضيفه») — the title is the other president, and the words after it are his. From the twenty-fourth
 * held-out set (a WAFA report of a summit in Ankara; a KBS report that names the Korean president by «لي»), after its
 * first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { analyze } from '../../../src/nlp/analyze.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const people: OfficialEntry[] = [
  { id: 'mahmoud-abbas', en: 'Mahmoud Abbas', ar: ['محمود عباس'], short: ['عباس'], terms: [{ role: 'head-of-state', country: 'PS', from: '2005-01-15', to: null }] },
  { id: 'recep-tayyip-erdogan', en: 'Recep Tayyip Erdoğan', ar: ['رجب طيب أردوغان'], short: ['أردوغان'], terms: [{ role: 'head-of-state', country: 'TR', from: '2014-08-28', to: null }] },
];
const knowledge = knowledgeWithDescriptors(people);
const analysed = (text: string) => analyzeWith(text, { published: '2025-09-18' }, knowledge);
const lead = 'عقد رئيس دولة فلسطين محمود عباس اليوم لقاء قمة مع أخيه رئيس الجمهورية التركية رجب طيب أردوغان في أنقرة.\n';

describe('a bare title that addresses someone', () => {
  it('«ووضع الرئيس أخاه الرئيس أردوغان في صورة …، مؤكدا …» is the other president speaking', () => {
    const a = analysed(`${lead}ووضع الرئيس أخاه الرئيس أردوغان في صورة الأوضاع، مؤكدا أن الأولوية هي وقف إطلاق النار.`);
    expect(a.claims.map((c) => c.speaker)).toEqual(['mahmoud-abbas']);
    expect(a.officials.find((o) => o.id === 'mahmoud-abbas')!.mentions.map((m) => m.text)).toContain('الرئيس');
  });

  it('«ووضع الرئيس نظيره التركي …»: the counterpart’s country is not the title’s', () => {
    expect(analysed(`${lead}ووضع الرئيس نظيره التركي في صورة الأوضاع، مؤكدا أن الأولوية هي وقف إطلاق النار.`).claims.map((c) => c.speaker)).toEqual(['mahmoud-abbas']);
  });

  it('without a word of the one addressed, «وأكد الرئيس أردوغان» is still Erdoğan', () => {
    expect(analysed(`${lead}وأكد الرئيس أردوغان أن بلاده ستواصل دعمها.`).claims.map((c) => c.speaker)).toEqual(['recep-tayyip-erdogan']);
  });
});

describe('a title and a quoted first word of the name', () => {
  // The shipped knowledge: the Korean president and the UAE's, as the story names them.
  it('«وقال الرئيس "لي" خلال القمة إن الإمارات …» is the Korean president, though his words name the host’s country', () => {
    const text =
      'الرئيس "لي" يجتمع برجال الأعمال في أبوظبي بعد قمته مع رئيس الإمارات\n\n' +
      'يلتقي الرئيس الكوري "لي جيه ميونغ" اليوم قادة أعمال في أبوظبي، غداة قمة عقدها "لي" مع رئيس دولة الإمارات الشيخ "محمد بن زايد آل نهيان".\n\n' +
      'وقال الرئيس "لي" خلال القمة إن الإمارات هي الدولة الوحيدة في المنطقة التي تقيم مع كوريا شراكة خاصة.';
    expect(analyze(text, { published: '2025-11-19' }).claims.map((c) => c.speaker)).toEqual(['lee-jae-myung']);
  });
});

describe('a minister named by nationality when several of that country are named', () => {
  it('«الوزير الكويتي» in the Moroccan foreign minister’s talks, Kuwait’s defence minister named too, is the foreign minister', () => {
    const text =
      'أجرى وزير الخارجية المغربي ناصر بوريطة اليوم في الكويت مباحثات مع نظيره الكويتي الشيخ صباح الخالد الحمد الصباح.\n' +
      'كما تباحث بوريطة مع الشيخ ناصر صباح الأحمد الجابر الصباح، النائب الأول لرئيس مجلس الوزراء وزير الدفاع.\n' +
      'من جهته، جدد الوزير الكويتي موقف بلاده الداعم للوحدة الترابية للمغرب.';
    expect(analyze(text, { published: '2019-04-09' }).claims.map((c) => c.speaker)).toEqual(['sabah-al-khalid-al-hamad-al-sabah']);
  });
});
