/**
 * «ترأس الجانب العماني …، فيما ترأس الجانب الروسي …»: when the story says who headed each side of its talks,
 * «الجانبان» are those two, not the head of state who received the guest. Found among the whole real corpus's
 * joint claims (two Omani reports) while the twenty-fourth held-out set was being written; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { knowledgeWithDescriptors } from './helpers.ts';
import type { OfficialEntry } from '../../../src/nlp/knowledge/knowledgeTypes.ts';

const people: OfficialEntry[] = [
  { id: 'haitham-bin-tariq', en: 'Haitham bin Tariq', ar: ['هيثم بن طارق'], terms: [{ role: 'head-of-state', country: 'OM', from: '2020-01-11', to: null }] },
  { id: 'badr-albusaidi', en: 'Badr Albusaidi', ar: ['بدر بن حمد البوسعيدي'], short: ['البوسعيدي'], terms: [{ role: 'foreign-minister', country: 'OM', from: '2020-08-18', to: null }] },
  { id: 'sergey-lavrov', en: 'Sergey Lavrov', ar: ['سيرجي لافروف'], short: ['لافروف'], terms: [{ role: 'foreign-minister', country: 'RU', from: '2004-03-09', to: null }] },
];
const knowledge = knowledgeWithDescriptors(people);
const joint = (text: string) =>
  analyzeWith(text, { published: '2022-05-12' }, knowledge)
    .claims.filter((c) => c.speakers)
    .map((c) => [...c.speakers!].sort());

const audience = 'استقبل السلطان هيثم بن طارق أمس في مسقط سيرجي لافروف وزير خارجية روسيا.\nوأشاد لافروف بمواقف السلطنة.\n';

describe('the heads of the two sides, as the story names them', () => {
  it('«ترأس الجانب العماني …، فيما ترأس الجانب الروسي …»: «وأكد الجانبان» is the two heads', () => {
    expect(
      joint(
        audience +
          'وعقد البلدان جلسة مباحثات رسمية بديوان وزارة الخارجية. ترأس الجانب العماني السيد بدر بن حمد البوسعيدي وزير الخارجية، فيما ترأس الجانب الروسي سيرجي لافروف.\n' +
          'وأكد الجانبان حرصهما على تطوير التعاون في شتى المجالات.',
      ),
    ).toEqual([['badr-albusaidi', 'sergey-lavrov']]);
  });

  it('«ترأسها عن الجانب العماني X، وعن الجانب الروسي Y» names them too', () => {
    expect(
      joint(
        audience +
          'وعقدت جلسة مباحثات ترأسها عن الجانب العماني معالي السيد بدر بن حمد البوسعيدي، وعن الجانب الروسي معالي سيرجي لافروف.\n' +
          'وأعرب الجانبان عن دعمهما لتوسيع الاستثمارات.',
      ),
    ).toEqual([['badr-albusaidi', 'sergey-lavrov']]);
  });

  it('without a word of heading, «الجانبان» are the highest in rank at the reported meeting', () => {
    expect(joint(audience + 'وحضر المقابلة السيد بدر بن حمد البوسعيدي وزير الخارجية.\nوأكد الجانبان حرصهما على تطوير التعاون.')).toEqual([
      ['haitham-bin-tariq', 'sergey-lavrov'],
    ]);
  });
});

describe('the two named in the sentence of the joint word', () => {
  it('«…بأن X شكر Y على …، وأن الجانبين شددا على …»: the two of two countries named before «الجانبين» in its sentence', () => {
    const k2 = knowledgeWithDescriptors([
      ...people,
      { id: 'mohamed-bin-zayed', en: 'Mohamed bin Zayed', ar: ['محمد بن زايد'], terms: [{ role: 'head-of-state', country: 'AE', from: '2022-05-14', to: null }] },
    ]);
    const text =
      'أجرى السلطان هيثم بن طارق اليوم اتصالا هاتفيا بوزير الخارجية الروسي سيرجي لافروف.\n' +
      'وأفادت وكالة أنباء الإمارات بأن الشيخ محمد بن زايد شكر السلطان هيثم بن طارق على موقف السلطنة، وأن الجانبين شددا على ضرورة الوقف الفوري للتصعيد.';
    const claims = analyzeWith(text, { published: '2026-02-28' }, k2).claims.filter((c) => c.speakers);
    expect(claims.map((c) => [...c.speakers!].sort())).toEqual([['haitham-bin-tariq', 'mohamed-bin-zayed']]);
  });
});
