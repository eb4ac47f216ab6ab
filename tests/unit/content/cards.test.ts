import { describe, expect, it } from 'vitest';
import { cardsFor } from '../../../src/content/cards.ts';
import type { Analysis } from '../../../src/nlp/types.ts';

// «قال وزير المالية خالد ناصر إن الموازنة ستقر قريبا، وأكد الاتفاق النووي …» as an analysis would describe it.
const analysis: Analysis = {
  officials: [
    {
      id: 'khaled-nasser', name: 'خالد ناصر', nameEn: 'Khaled Nasser', role: 'Finance Minister', country: 'Jordan',
      mentions: [{ start: 13, end: 22, text: 'خالد ناصر' }, { start: 120, end: 124, text: 'ناصر' }],
    },
  ],
  agreements: [
    { id: 'deal-x', name: 'الاتفاق النووي', nameEn: 'Nuclear deal', mentions: [{ start: 60, end: 74, text: 'الاتفاق النووي' }, { start: 90, end: 104, text: 'الإتفاق النووى' }] },
  ],
  claims: [{ speaker: 'khaled-nasser', reportedBy: null, verb: 'قال', text: 'الموازنة ستقر قريبا', quote: null, start: 26, end: 45 }],
  meetings: [],
};

describe('cards and painted spans', () => {
  const { spans, cards } = cardsFor(analysis, (id) => (id === 'deal-x' ? ['خطة العمل الشاملة المشتركة', 'الاتفاق النووي'] : []));

  it('paints every mention, and the speaker of a claim a second time as a speaker', () => {
    expect(spans.filter((s) => s.kind === 'official').map((s) => s.start)).toEqual([13, 120]);
    const speaker = spans.filter((s) => s.kind === 'speaker');
    expect(speaker.map((s) => s.start)).toEqual([13]);
    const card = cards[speaker[0]!.ref]!;
    expect(card).toMatchObject({ kind: 'official', nameEn: 'Khaled Nasser', claim: { verb: 'قال', text: 'الموازنة ستقر قريبا' } });
  });

  it('gives an agreement its other names once each: the article\'s spellings and the knowledge\'s', () => {
    const card = cards.find((c) => c.kind === 'agreement');
    expect(card).toMatchObject({ name: 'الاتفاق النووي', aliases: ['الإتفاق النووى', 'خطة العمل الشاملة المشتركة'] });
  });
});
