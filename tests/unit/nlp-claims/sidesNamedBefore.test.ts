/**
 * «وتطرق الجانبان … وأكدا …» in a report that only later tells the minister's audience with the prime minister: the
 * meetings stage may put the two prime ministers at the same table as the two ministers, but «الجانبان» who spoke
 * before the prime ministers were named are the two ministers. Only the person of each side changes: a table of more
 * countries is not cut down to the two named first. From the thirty-fifth held-out set (jx: Kuwait's foreign minister
 * in Rome), after its first score; sentences of our own, read with the knowledge files (the two Kuwaitis and the two
 * Italians as they are listed).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const talks =
  'روما - بحث وزير الخارجية الشيخ سالم العبدالله اليوم مع نائب رئيس الوزراء وزير الخارجية الإيطالي أنطونيو تاياني مجمل العلاقات الثنائية.\n' +
  'وتطرق الجانبان إلى تطورات الأوضاع في المنطقة، وأكدا أهمية مواصلة التشاور والتنسيق بين البلدين.\n' +
  'وفي إطار الزيارة، التقى وزير الخارجية رئيسة مجلس الوزراء الإيطالية جورجيا ميلوني، وسلمها رسالة خطية من رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد.\n';

describe('«الجانبان» are among the participants named before their words', () => {
  it('the two ministers, not the prime ministers the story names after', () => {
    const claim = analyze(talks, { published: '2023-07-04' }).claims.find((c) => c.text.includes('مواصلة التشاور'));
    expect(claim?.speakers).toEqual(['salem-abdullah-al-jaber-al-sabah', 'antonio-tajani']);
  });
});

/**
 * «وأكد الوزيران …، … إذ أكد الجانبان …»: the two sides the story has just given joint words to are the ones it still
 * means by «الجانبان», not the king who also received the guest. Only two who sit at a meeting the story reports: «لقائدي البلدين،
 * جلالة الملك …» named in passing are not its sides. From the thirty-eighth held-out set (ko: the Moroccan–Omani joint
 * committee), after its first score; sentences of our own, read with the knowledge files.
 */
describe('«الجانبان» after «الوزيران» are the same two', () => {
  it('the two ministers who talked, not the king who received the guest', () => {
    const text =
      'الرباط - استقبل العاهل المغربي الملك محمد السادس اليوم وزير خارجية سلطنة عمان بدر البوسعيدي، الذي عقد بعد ذلك مباحثات مع نظيره المغربي ناصر بوريطة.\n' +
      'وأكد الوزيران متانة الأواصر التاريخية التي تربط الشعبين.\n' +
      'وعلى صعيد القضايا الإقليمية، أكد الجانبان تشبثهما بخيار حل الدولتين.\n';
    const claim = analyze(text, { published: '2025-04-14' }).claims.find((c) => c.text.includes('حل الدولتين'));
    expect(claim?.speakers).toEqual(['badr-albusaidi', 'nasser-bourita']);
  });
});
