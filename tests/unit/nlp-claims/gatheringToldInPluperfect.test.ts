/**
 * «التقى وزير الخارجية … نظيره السيراليوني … . وكانت أعمال القمة السعودية الأفريقية قد انطلقت اليوم في الرياض، برئاسة
 * ولي العهد»: a summit told in the pluperfect after the news — the meeting word its subject, before «قد» — is the
 * occasion the news was held at, recalled: it is not merged into the talks (which would make them a summit with the
 * crown prince at the table), and it is not reported. From set 79 (tw07–tw09); sentences of our own, with the shipped
 * knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const TEXT =
  'التقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، اليوم الجمعة، وزير الشؤون الخارجية في سيراليون تيموثي موسى كابا. واستعرض الجانبان خلال اللقاء العلاقات الثنائية. وفي ختام اللقاء، وقع الوزيران مذكرة تفاهم بشأن المشاورات السياسية. وكانت أعمال القمة السعودية الأفريقية الأولى قد انطلقت اليوم في الرياض، برئاسة ولي العهد الأمير محمد بن سلمان.';

describe('a summit told in the pluperfect beside the news', () => {
  const meetings = analyze(TEXT, { published: '2023-11-10' }).meetings;

  it('is recalled, not reported', () => {
    expect(meetings.filter((m) => m.kind === 'summit' && !m.mentioned)).toEqual([]);
  });

  it('leaves the talks between the two ministers', () => {
    const reported = meetings.filter((m) => !m.mentioned);
    expect(reported.length).toBeGreaterThan(0);
    for (const m of reported) expect(m.participants).not.toContain('mohammed-bin-salman');
  });
});
