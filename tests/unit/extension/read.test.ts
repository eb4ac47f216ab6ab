/**
 * article:read — a page's story analysed in the background, answered at once, stored after,
 * and a paused site left alone.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import type { ReadResult, StoryPayload } from '../../../src/messages.ts';

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
  for (const o of result.analysis.officials) for (const m of o.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  expect(result.analysis.claims.some((c) => c.speaker === 'sergey-lavrov')).toBe(true);
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
