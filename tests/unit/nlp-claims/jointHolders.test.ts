/**
 * «وجاء الاتفاق في مكالمة هاتفية أجراها الطرفان اليوم»: a meeting held by «الطرفان», «الزعيمان» … with nobody
 * named in its sentence is held by the two the sentence before named; «واتفقا على عقد لقاء» is a meeting agreed on,
 * not one held. Found in the whole real corpus (a Libyan–Turkish call, a Jordanian–Qatari visit, a meeting told as
 * agreed on in a call) while the twenty-fourth held-out set was being written; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

const reported = (text: string, published: string) =>
  analyse(text, published)
    .meetings.filter((m) => !m.mentioned)
    .map(({ kind, participants, date }) => ({ kind, participants, date }));

describe('a meeting held by «الطرفان» named in the sentence before', () => {
  it('«أجراها الطرفان» after the meeting word: the two named just before', () => {
    expect(
      reported('اتفق الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب على مواصلة التنسيق.\nوجاء الاتفاق في مكالمة هاتفية أجراها الطرفان اليوم الجمعة.', '2025-11-07'),
    ).toEqual([{ kind: 'phone call', participants: ['donald-trump', 'vladimir-putin'], date: '2025-11-07' }]);
  });

  it('«وشدد الزعيمان، خلال مباحثات …»: the two as the opening verb’s subject', () => {
    expect(
      reported('عبر الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب اليوم عن ارتياحهما للعلاقات.\nوشدد الزعيمان، خلال مباحثات ثنائية في قصر الكرملين، على أهمية الحوار.', '2025-11-07').map(
        (m) => m.participants,
      ),
    ).toEqual([['donald-trump', 'vladimir-putin']]);
  });

  it('nobody is borrowed when the sentence before names one person, or «الطرفان» are far from the word', () => {
    expect(reported('أشاد الرئيس الروسي فلاديمير بوتين بالتعاون.\nوجاء ذلك في مكالمة هاتفية أجراها الطرفان اليوم الجمعة.', '2025-11-07')).toEqual([]);
  });
});

describe('a meeting agreed on', () => {
  it('«واتفقا على عقد لقاء في بودابست» is not a meeting held', () => {
    expect(
      reported('وتحدث الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب هاتفيا اليوم.\nواتفق الرئيسان على عقد لقاء في العاصمة المجرية بودابست.', '2025-10-16').map((m) => m.kind),
    ).toEqual(['phone call']);
  });
});
