/**
 * A meeting the story says is tomorrow's or expected, or whose noun is followed by a verb in the future, has not
 * happened: «في محادثات الغد», «المنتظر», «إن المباحثات ستتركز على …». From the reports of a reception on the eve of
 * talks (set 55's oi, which grouped the eve with the talks); sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const reported = (text: string, published: string) =>
  analyze(text, { published }).meetings.filter((m) => !m.mentioned).map((m) => [m.kind, [...m.participants].sort()]);

const RECEPTION = 'الرياض - استقبل ولي العهد الأمير محمد بن سلمان اليوم وزير الخارجية الأمريكي ماركو روبيو في قصر اليمامة.';
const ONLY_THE_RECEPTION = [['meeting', ['marco-rubio', 'mohammed-bin-salman']]];

describe('talks yet to be held', () => {
  it('«محادثات الغد» that someone is expected to lead are not told, whoever is named at them', () => {
    const text = `${RECEPTION} ومن المنتظر أن يقود روبيو وفد بلاده في محادثات الغد، بمشاركة مستشار الأمن القومي مايك والتز، بينما يمثل الجانب الروسي وزير الخارجية سيرغي لافروف.`;
    expect(reported(text, '2025-02-17')).toEqual(ONLY_THE_RECEPTION);
  });

  it('nor is a meeting whose noun a verb in the future follows («إن الاجتماع سيتناول …»)', () => {
    const text = `${RECEPTION} وقال الكرملين إن الاجتماع سيتناول مع وزير الخارجية الروسي سيرغي لافروف الملف الأوكراني.`;
    expect(reported(text, '2025-02-17')).toEqual(ONLY_THE_RECEPTION);
  });

  it('so a one-person «talks» is not made of «المباحثات ستتركز على …» with someone named after it', () => {
    const text = 'رام الله - يزور العاهل الأردني الملك عبد الله الثاني اليوم رام الله حيث يلتقي الرئيس الفلسطيني محمود عباس. وقال مصدر إن المباحثات ستتركز على إحياء عملية السلام مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.';
    expect(reported(text, '2018-08-07').map(([, people]) => people)).not.toContainEqual(['benjamin-netanyahu']);
  });
});
