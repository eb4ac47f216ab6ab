/**
 * «وزير الشؤون الخارجية الهندي الدكتور إس. جايشانكار»: a Latin initial written with its full stop is part of the
 * name, not a person of its own, and the sentence it stands in goes on («…، واتفقا على …» are the two it names).
 * From the seventy-second held-out set (Indian and Saudi reports of the Indian minister in Riyadh), after its first
 * score; sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const text =
  'عقد وزير الشؤون الخارجية الهندي الدكتور إس. جايشانكار، أمس الأحد في الرياض، اجتماعا مع وزير الخارجية السعودي الأمير فيصل بن فرحان، بحثا خلاله الأوضاع الإقليمية، واتفقا على تعزيز التنسيق بين البلدين.\n' +
  'ومن جهة أخرى، التقى الوزير الهندي ولي العهد السعودي الأمير محمد بن سلمان، وسلمه رسالة من رئيس الوزراء، كما التقى الأمين العام لمجلس التعاون لدول الخليج العربية نايف الحجرف.';

describe('a Latin initial in a name', () => {
  const a = analyze(text, { published: '2022-09-12' });

  it('is no person of its own: the minister is named «إس. جايشانكار»', () => {
    expect(a.officials.map((o) => o.id).filter((id) => id.startsWith('ar:'))).toEqual([]);
    expect(a.officials.find((o) => o.id === 'subrahmanyam-jaishankar')!.mentions[0]!.text).toBe('إس. جايشانكار');
  });

  it('the dual verb of its sentence goes to the two the sentence names, not to a leader met later', () => {
    const agreed = a.claims.find((c) => c.text.startsWith('تعزيز التنسيق'))!;
    expect(agreed.speakers).toEqual(['subrahmanyam-jaishankar', 'faisal-bin-farhan']);
  });
});
