/** Credits: the agency a story credits, in each position Arabic copy puts it, and the claims it covers. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import { creditClaims, findCredits } from '../../../src/nlp/statements/credits.ts';
import { normalize } from '../../../src/nlp/text/normalize.ts';
import type { Claim } from '../../../src/nlp/types.ts';

const credits = (text: string) => findCredits({ norm: normalize(text) }).map((c) => [c.agency, c.kind]);
const BODY = 'وبحث الجانبان خلال اللقاء سبل تعزيز التعاون الثنائي في مجالات الطاقة والتجارة.';

describe('credits', () => {
  it('reads a dateline: «الرياض - واس», «دمشق-سانا», «موسكو/ الأناضول», with a date between', () => {
    expect(credits(`الرياض - واس\n${BODY}`)).toEqual([['spa', 'dateline']]);
    expect(credits(`دمشق-سانا\n${BODY}`)).toEqual([['sana', 'dateline']]);
    expect(credits(`موسكو/ الأناضول\n${BODY}`)).toEqual([['anadolu', 'dateline']]);
    expect(credits(`القاهرة في 5 مارس - أ ش أ\n${BODY}`)).toEqual([['mena', 'dateline']]);
    expect(credits(`عنوان الخبر\nبكين - شينخوا - ${BODY}`)).toEqual([['xinhua', 'dateline']]);
  });

  it('reads a credit in brackets or between slashes: «(واس)», «موسكو (رويترز) -», «/قنا/», «/ وام /», «(كونا) --»', () => {
    expect(credits(`${BODY}\n(واس)`)).toEqual([['spa', 'bracket']]);
    expect(credits(`موسكو (رويترز) - ${BODY}`)).toEqual([['reuters', 'bracket']]);
    expect(credits(`الدوحة في 14 يناير /قنا/ ${BODY}`)).toEqual([['qna', 'bracket']]);
    expect(credits(`أبوظبي في 9 فبراير / وام / ${BODY}`)).toEqual([['wam', 'bracket']]);
    expect(credits(`الكويت - 3 - 3 (كونا) -- ${BODY}`)).toEqual([['kuna', 'bracket']]);
    expect(credits(`باريس (أ ف ب) - ${BODY}`)).toEqual([['afp', 'bracket']]);
  });

  it('reads a sign-off line: «- رويترز», «المصدر: فرانس برس», Reuters Arabic’s «للنشرة العربية»', () => {
    expect(credits(`${BODY}\n- رويترز`)).toEqual([['reuters', 'signoff']]);
    expect(credits(`${BODY}\nالمصدر: فرانس برس`)).toEqual([['afp', 'signoff']]);
    expect(credits(`${BODY}\n(إعداد محمد علي للنشرة العربية - تحرير سامي عمارة)`)).toEqual([['reuters', 'signoff']]);
  });

  it('reads a citation: «وفق ما نقلت وكالة …», «ذكرت وكالة …», «بحسب سانا», «لوكالة الأنباء الكويتية»', () => {
    expect(credits('وقال الوزير إن المحادثات كانت مثمرة، وفق ما نقلت وكالة الأنباء السعودية.')).toEqual([['spa', 'cited']]);
    expect(credits('وذكرت وكالة تاس أن الوزيرين سيلتقيان مجددا.')).toEqual([['tass', 'cited']]);
    expect(credits('وأضاف في تصريح لوكالة الأنباء الكويتية أن الاجتماع يبحث الملف.')).toEqual([['kuna', 'cited']]);
    expect(credits('وأفادت ريا نوفوستي بأن الوفد وصل.')).toEqual([['ria-novosti', 'cited']]);
    expect(credits('وقال المسؤول بحسب سانا إن العمل بدأ.')).toEqual([['sana', 'cited']]);
  });

  it('leaves alone short forms in running text, and a photo’s credit in the middle of a paragraph', () => {
    // قنا is also a city in Egypt; بنا a preposition with a pronoun.
    expect(credits('وزار المحافظ مدينة قنا أمس، وقال إن الحكومة تقف بنا وبكم في هذه الظروف.')).toEqual([]);
    expect(credits(`لافروف وكيري في الكرملين (أسوشيتد برس)\n${BODY}\nوأضاف الوزير أن المباحثات ستستمر.`)).toEqual([]);
    // Qena as a dateline place, MENA as the credit.
    expect(credits(`قنا - أ ش أ\n${BODY}`)).toEqual([['mena', 'dateline']]);
  });

  it('gives each claim the agency its own sentence cites, else the story’s credit', () => {
    const text = `موسكو - تاس\nقال الوزير إن المحادثات بناءة.\nوأكد المتحدث أن الوفد سيعود الشهر المقبل، وفق ما نقلت وكالة سبوتنيك.`;
    const at = (s: string) => text.indexOf(s);
    const claim = (s: string): Claim => ({ speaker: null, reportedBy: null, verb: 'قال', text: s, quote: null, start: at(s), end: at(s) + s.length });
    const result = creditClaims({ norm: normalize(text) }, [claim('إن المحادثات بناءة'), claim('أن الوفد سيعود الشهر المقبل')]);
    expect(result.agencies).toEqual(['tass', 'sputnik']);
    expect(result.claims.map((c) => c.agency)).toEqual(['tass', 'sputnik']);
    const none = creditClaims({ norm: normalize(BODY) }, [claim('x')]);
    expect(none).toEqual({ agencies: [], claims: [claim('x')] });
    expect('agency' in none.claims[0]!).toBe(false);
  });

  it('runs in the pipeline: analysis.agencies and claim.agency, absent when nothing is credited', () => {
    const text = 'الرياض - واس\nوقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن.';
    const analysis = analyze(text, { published: '2024-05-01' });
    expect(analysis.agencies).toEqual(['spa']);
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const c of analysis.claims) expect(c.agency).toBe('spa');
    expect('agencies' in analyze(BODY, { published: '2024-05-01' })).toBe(false);
  });
});
