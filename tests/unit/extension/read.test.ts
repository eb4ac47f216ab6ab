/**
 * article:read — a page's story analysed in the background, answered at once, stored after,
 * and a paused site left alone.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import { analyze } from '../../../src/nlp/analyze.ts';
import type { Analysis } from '../../../src/nlp/types.ts';
import { analysisFromWire, analysisToWire, type ReadResult, type StoryPayload } from '../../../src/messages.ts';

const EXTENSION = 'isnad-test-id';
const fromPage = { id: EXTENSION, url: 'https://news.example/politics/talks' };
const fromUs = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/options/options.html` };
let db: IsnadDatabase;
let counter = 0;

afterEach(async () => {
  await db?.delete();
});

const TEXT =
  'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة أمس. ' +
  'وقال لافروف إن الجانبين بحثا تنفيذ اتفاق سوتشي حول إدلب، مؤكدا أن المحادثات كانت مفيدة.';

function story(over: Partial<StoryPayload> = {}): StoryPayload {
  return {
    url: 'https://news.example/politics/talks',
    canonicalUrl: 'https://news.example/politics/talks',
    title: 'لافروف في أنقرة',
    published: '2019-03-14',
    siteName: 'أخبار المثال',
    lang: 'ar',
    text: TEXT,
    ...over,
  };
}

it('answers with the analysis, then stores the article; counts include it', async () => {
  db = openDatabase(`isnad-read-${++counter}`);
  const handle = createHandler({ db, extensionId: EXTENSION });
  const result = (await handle({ type: 'article:read', article: story() }, fromPage)) as ReadResult;
  if (result.paused) throw new Error('not paused');
  expect(result.analysis.officials.map((o) => o.id).sort()).toEqual(['mevlut-cavusoglu', 'sergey-lavrov']);
  // The mentions' and claims' words are the story's own: they are left out of the answer and
  // the page restores them from its story, the very analysis the pipeline made.
  for (const o of result.analysis.officials) for (const m of o.mentions) expect(m.text).toBeUndefined();
  const analysis = analysisFromWire(result.analysis, TEXT);
  expect(analysis).toEqual(analyze(TEXT, { title: story().title, published: '2019-03-14', url: story().canonicalUrl }));
  for (const o of analysis.officials) for (const m of o.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  expect(analysis.claims.some((c) => c.speaker === 'sergey-lavrov')).toBe(true);
  // The hover cards' other names of an agreement come with the answer.
  for (const a of result.analysis.agreements) expect(Array.isArray(result.aliases[a.id])).toBe(true);

  const counts = await handle({ type: 'entities:sourceCounts', ids: ['sergey-lavrov'] }, fromPage);
  expect(counts).toEqual({ 'sergey-lavrov': 1 });
  const stored = (await handle({ type: 'article:get', url: story().url }, fromPage)) as { title: string } | null;
  expect(stored?.title).toBe('لافروف في أنقرة');
});

it('leaves a paused site alone: no analysis, nothing stored', async () => {
  db = openDatabase(`isnad-read-${++counter}`);
  const handle = createHandler({ db, extensionId: EXTENSION });
  await handle({ type: 'site:pause', host: 'news.example' }, fromUs);
  expect(await handle({ type: 'article:read', article: story() }, fromPage)).toEqual({ paused: true });
  expect(await handle({ type: 'article:get', url: story().url }, fromPage)).toBeNull();
});

it('tells the reader when the article could not be stored', async () => {
  db = openDatabase(`isnad-read-${++counter}`);
  const told = vi.fn();
  const handle = createHandler({ db, extensionId: EXTENSION, onBackgroundError: told });
  await handle({ type: 'entities:sourceCounts', ids: [] }, fromPage); // opens the database
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  vi.spyOn(db, 'transaction').mockImplementation(() => {
    throw quota;
  });
  const result = (await handle({ type: 'article:read', article: story() }, fromPage)) as ReadResult;
  expect(result.paused).toBe(false);
  await vi.waitFor(() => expect(told).toHaveBeenCalledOnce());
  expect(told.mock.calls[0]![0]).toMatch(/full/);
  vi.restoreAllMocks();
});

it('sends back only the words that are not the story’s own slice, and the page gets every word again', () => {
  const analysis: Analysis = {
    officials: [
      {
        id: 'sergey-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov', role: 'Minister of Foreign Affairs', country: 'Russia',
        // The first is the story's slice; the second is not (say, a normalised form): it travels.
        mentions: [{ start: 27, end: 38, text: TEXT.slice(27, 38) }, { start: 91, end: 97, text: 'لافروف!' }],
      },
    ],
    agreements: [],
    claims: [{ speaker: 'sergey-lavrov', reportedBy: null, verb: 'قال', text: TEXT.slice(100, 130), quote: null, start: 100, end: 130 }],
    meetings: [],
  };
  const wire = analysisToWire(analysis, TEXT);
  expect(wire.officials[0]!.mentions.map((m) => m.text)).toEqual([undefined, 'لافروف!']);
  expect(wire.claims[0]!.text).toBeUndefined();
  expect(analysisFromWire(wire, TEXT)).toEqual(analysis);
  // Against another text nothing is left out.
  expect(analysisFromWire(analysisToWire(analysis, ''), '')).toEqual(analysis);
});
