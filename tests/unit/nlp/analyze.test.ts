import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/nlp/pipeline.ts';
import { testKnowledge } from './fixtures/knowledge.ts';
import { ids, run } from './helpers.ts';

const empty = { officials: [], agreements: [], claims: [], meetings: [] };

describe('analyze on bad input', () => {
  it('returns an empty analysis for empty, non-Arabic and binary text', () => {
    expect(run('')).toEqual(empty);
    expect(run('Lavrov meets Pompeo in Sochi to discuss Syria and the INF treaty.')).toEqual(empty);
    const binary = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const result = analyzeWith(binary, {}, testKnowledge());
    expect(result.claims).toEqual([]);
    for (const e of [...result.officials, ...result.agreements])
      for (const m of e.mentions) expect(binary.slice(m.start, m.end)).toBe(m.text);
  });

  it('never throws on values that are not strings or on odd metadata', () => {
    expect(analyzeWith(undefined as unknown as string, {}, testKnowledge())).toEqual(empty);
    expect(analyzeWith(42 as unknown as string, {}, testKnowledge())).toEqual(empty);
    expect(() => analyzeWith('قال بوتين', { published: 'not a date' }, testKnowledge())).not.toThrow();
    expect(() => analyzeWith('قال بوتين', null as unknown as object, testKnowledge())).not.toThrow();
  });

  it('reads a 5 MB page up to its limit (speed: npm run bench)', () => {
    const paragraph = 'وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ملتزمة بالقرار 2254، وأضاف لافروف أن الحوار مستمر.\n';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const result = analyzeWith(text, { published: '2019-05-15' }, testKnowledge());
    expect(ids(result)).toEqual(['sergey-lavrov']);
  });
});

describe('analyze', () => {
  it('returns mentions whose offsets index the exact original characters, sorted', () => {
    const text = 'أكّد الرئيسُ الروسيّ فلاديمير بوتين\u00A0مجدّداً خلال لقائه وزيرَ الخارجية الأمريكي مايك بومبيو أن القرار ٢٢٥٤ أساس الحل. وقال بوتين: «نأمل».';
    const r = run(text);
    expect(ids(r)).toEqual(['mike-pompeo', 'vladimir-putin']);
    for (const e of [...r.officials, ...r.agreements]) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(r.officials.map((o) => o.id)).toEqual(['vladimir-putin', 'mike-pompeo']);
    expect(r.agreements[0]!.mentions[0]!.text).toBe('القرار ٢٢٥٤');
  });

  it('ignores «read also» lines and cookie notices', () => {
    const text = [
      'هذا الموقع يستخدم ملفات تعريف الارتباط Cookies لتحسين تجربتك',
      'قال الرئيس الروسي فلاديمير بوتين إن المحادثات بنّاءة.',
      'اقرأ أيضا: مايك بومبيو يصل إلى موسكو',
      'إقرأ أيضاً',
      'وأضاف بوتين أن بلاده مستعدة. اقرأ أيضا: جون بولتون في جنيف',
    ].join('\n');
    const r = run(text);
    expect(ids(r)).toEqual(['vladimir-putin']);
    expect(r.officials[0]!.mentions.map((m) => m.text)).toEqual(['فلاديمير بوتين', 'بوتين']);
  });

  it('keeps spans exact and apart on random mixtures of names, titles, clitics and punctuation', () => {
    const pieces = ['وزير الخارجية', 'الروسي', 'الأميركى', 'سيرغي', 'لافروف', 'وبومبيو', 'للرئيس', 'بوتين', 'نظيره', '«', '»', '،', '.',
      'القرار', '٢٢٥٤', 'معاهدة', 'ستارت', '3', 'الاتفاق النووي', 'اقرأ أيضا', '\n', 'قال', 'المتحدث باسم الكرملين', 'ديمتري', 'بيسكوف',
      'الوزير', 'مايك', 'بومبو', 'ـ', 'ً', '\u200c', 'الأمين العام للأمم المتحدة', 'و', 'عبد', 'الله'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const words: string[] = [];
      for (let w = 0; w < 25; w++) words.push(pieces[Math.floor(random() * pieces.length)]!);
      const text = words.join(random() < 0.5 ? ' ' : '');
      const r = run(text);
      const spans = [...r.officials, ...r.agreements].flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start, text).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('is deterministic', () => {
    const text = 'وبحث وزير الخارجية السعودي عادل الجبير مع نظيره الأمريكي مايك بومبيو الاتفاق النووي والقرار 2216.';
    expect(run(text)).toEqual(run(text));
  });
});

/** The dates `findDates` reads in a sentence, for an article published on `published`. */
async function datesIn(text: string, published: string): Promise<(string | null)[]> {
  const { findDates } = await import('../../../src/nlp/entities/dates.ts');
  const { normalize } = await import('../../../src/nlp/text/normalize.ts');
  const { tokenize } = await import('../../../src/nlp/text/tokens.ts');
  const { defaultKnowledge } = await import('../../../src/nlp/knowledge/defaultKnowledge.ts');
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  return findDates({ norm, tokens, k: defaultKnowledge(), date: published }, 0, tokens.length - 1, published).map((d) => d.date);
}

describe('a written day «من العام الماضي»', () => {
  it('is a day of the year before the article', async () => {
    expect(await datesIn('الاتفاق الذي أعلن في 27 نوفمبر من العام الماضي', '2025-09-11')).toContain('2024-11-27');
  });
});

describe('a written day and month followed by «الماضي»', () => {
  it('is the last such day before the article, in the year before when it must be', async () => {
    expect(await datesIn('التقى الرئيسان في 27 نوفمبر الماضي في باريس', '2025-02-07')).toEqual(['2024-11-27']);
    expect(await datesIn('التقى الرئيسان في 3 فبراير الماضي في باريس', '2025-02-07')).toEqual(['2025-02-03']);
    // One date for a month written in two words and its other name, not a second vague one for «نوفمبر الماضي».
    expect(await datesIn('التقى الرئيسان في 27 تشرين الثاني/نوفمبر الماضي في باريس', '2025-02-07')).toEqual(['2024-11-27']);
    // Without «الماضي», a later day of the article's year is to come.
    expect(await datesIn('يلتقي الرئيسان في 27 نوفمبر في باريس', '2025-02-07')).toEqual(['2025-11-27']);
  });
});

describe('«أول من أمس» and «أول أمس»', () => {
  it('are the day before yesterday; «أمس» alone is yesterday', async () => {
    const dates = (text: string) => datesIn(text, '2022-04-09');
    expect(await dates('انتهت الزيارة مساء أول من أمس')).toEqual(['2022-04-07']);
    expect(await dates('وكان قد شرع أول أمس الخميس في زيارة')).toEqual(['2022-04-07']);
    expect(await dates('وصل أمس إلى الرباط')).toEqual(['2022-04-08']);
  });
});

describe('a weekday something is scheduled for', () => {
  it('«المقرر الأربعاء» is the Wednesday to come; a weekday alone is the last one', async () => {
    // 22 June 2021 was a Tuesday.
    const dates = (text: string) => datesIn(text, '2021-06-22');
    expect(await dates('قبل يوم من مؤتمر برلين المقرر الأربعاء')).toEqual(['2021-06-23']);
    expect(await dates('اختتم المؤتمر أعماله الأربعاء')).toEqual(['2021-06-16']);
  });
});

describe('the Maghreb agencies’ month names', () => {
  it('MAP’s «دجنبر», «يوليوز», «غشت» and APS’s and TAP’s «جويلية», «جوان», «أفريل» are months', async () => {
    expect(await datesIn('احتضنت مدريد اليوم الخميس 4 دجنبر 2025 أشغال الدورة', '2025-12-04')).toContain('2025-12-04');
    expect(await datesIn('جرى اللقاء يوم 24 نونبر ببرشلونة', '2022-11-29')).toEqual(['2022-11-24']);
    expect(await datesIn('منذ الإطاحة بالرئيس في 26 جويلية 2023', '2024-08-13')).toContain('2023-07-26');
    expect(await datesIn('وصل الوزير يوم 3 غشت إلى الرباط', '2024-08-05')).toEqual(['2024-08-03']);
    expect(await datesIn('في 12 أفريل الماضي وفي 5 جوان', '2024-08-05')).toEqual(['2024-04-12', '2024-06-05']);
  });
});

describe('the Levantine months of two words', () => {
  it('«كانون الثاني» is January and «كانون الأول» December, «تشرين الأول» October; the year after the ordinal is read', async () => {
    expect(await datesIn('أجرى الرئيس اليوم السبت 17 كانون الثاني 2026 اتصالا', '2026-01-17')).toContain('2026-01-17');
    expect(await datesIn('في 30 كانون الأول 2025', '2026-01-17')).toEqual(['2025-12-30']);
    expect(await datesIn('في 7 تشرين الأول 2023 وفي 27 تشرين الثاني 2024', '2025-09-23')).toEqual(['2023-10-07', '2024-11-27']);
    expect(await datesIn('يوم 14 يناير/كانون الثاني 2021', '2021-06-22')).toEqual(['2021-01-14']);
  });
});

describe('a date that names a document', () => {
  it('«إعلان 27 تشرين الثاني 2024» does not date the meeting the sentence tells', async () => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    const text =
      'التقى الرئيس الصيني شي جين بينغ ولي العهد السعودي الأمير محمد بن سلمان في نيويورك.\n' +
      'وخلال اللقاء، طالب ولي العهد بالالتزام بإعلان 27 تشرين الثاني 2024 الخاص بوقف الأعمال العدائية.';
    const reported = analyze(text, { published: '2025-09-23' }).meetings.filter((m) => !m.mentioned);
    expect(reported.map((m) => [m.participants.length, m.date])).toEqual([[2, null]]);
  });
});

describe('a document its own clause dates before the meeting', () => {
  it('«الإعلان المشترك الصادر في أبريل الماضي» is no statement of the meeting the article reports', async () => {
    const { analyze } = await import('../../../src/nlp/analyze.ts');
    const ids = (text: string) => analyze(text, { published: '2022-11-29' }).agreements.map((a) => a.id);
    const met = 'التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني خوسيه مانويل ألباريس أمس في مدريد. ';
    expect(ids(`${met}وبحث الوزيران تنفيذ خارطة الطريق المنبثقة عن الإعلان المشترك الصادر في أبريل الماضي.`).filter((id) => id.startsWith('ar:'))).toEqual([]);
    expect(ids(`${met}وأشاد الوزيران بالإعلان المشترك الصادر في ختام اللقاء.`).some((id) => id.startsWith('ar:'))).toBe(true);
  });
});
