/**
 * Whatever arrives on the message channel — random JSON, valid messages with one field mutated,
 * messages from other extensions or from web pages — the background never crashes, refuses with
 * an error that says what is wrong, and leaves the library unchanged when it refuses.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { backgroundWritesSettled, createHandler, type Sender } from '../../../src/background/handlers.ts';
import { muscatA, muscatB } from './crossSourceFixtures.ts';

const EXTENSION = 'isnad-test-id';
const fromPopup = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/popup.html` };
let db: IsnadDatabase;
let handle: ReturnType<typeof createHandler>;

beforeAll(async () => {
  db = openDatabase('isnad-property');
  handle = createHandler({ db, extensionId: EXTENSION, now: () => 1000 });
  for (const article of [muscatA, muscatB]) await handle({ type: 'article:save', article }, fromPopup);
});

afterAll(async () => {
  await db.delete();
}, 60_000);

/** Everything in the database, as one string: equal strings, equal libraries. */
async function snapshot(): Promise<string> {
  // An accepted article:read stores its article after answering: compare once that is done.
  await backgroundWritesSettled();
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

/** Valid messages of every type, to be mutated. */
const VALID: Record<string, unknown>[] = [
  { type: 'article:save', article: muscatA },
  { type: 'articles:list' },
  { type: 'background:wake' },
  { type: 'article:get', url: muscatA.url },
  { type: 'article:delete', url: muscatA.url },
  { type: 'crossSource:get', url: muscatB.url },
  { type: 'library:byMeeting' },
  { type: 'library:page', after: { savedAt: 1000, id: 1 }, limit: 60 },
  { type: 'entities:sourceCounts', ids: ['minister-a'] },
  { type: 'sites:paused:list' },
  { type: 'site:pause', host: 'news.example' },
  { type: 'site:resume', host: 'news.example' },
  { type: 'site:status', host: 'news.example' },
  { type: 'site:delete', host: 'wire-one.example' },
  { type: 'sites:list' },
  { type: 'library:delete-all' },
  { type: 'export:start', selection: { kind: 'all' }, format: 'isnad' },
  { type: 'export:status', job: 'export-1' },
  { type: 'export:part', job: 'export-1', index: 0 },
  { type: 'import:run', fileName: 'a.json', text: '{}' },
];

/** Types that change nothing: a bare `{type}` of one of these may be valid. */
const READ_ONLY = ['articles:list', 'background:wake', 'article:get', 'crossSource:get', 'library:byMeeting', 'library:page', 'entities:sourceCounts', 'sites:paused:list', 'site:status', 'sites:list', 'export:status', 'export:part', 'import:run', 'article:save'];

/** Every path to a value inside a message. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function mutate(message: Record<string, unknown>, path: (string | number)[], replacement: unknown, drop: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(message) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (drop) delete at[last];
  else at[last] = replacement;
  return copy;
}

/** Values that have broken parsers: wrong types, huge strings, prototype keys, script in text. */
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, NaN, -1, 1.5, Infinity, '', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '__proto__', 'x'.repeat(70_000), [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.string(),
);

const mutated = fc
  .integer({ min: 0, max: VALID.length - 1 })
  .chain((i) => fc.tuple(fc.constant(VALID[i]!), fc.constantFrom(...paths(VALID[i]!)), nasty, fc.boolean()))
  .map(([message, path, value, drop]) => mutate(message, path, value, drop));

/** A clear refusal: an Error, named, whose message says Isnad refused what and why, and not too long. */
function expectClearError(error: unknown) {
  expect(error).toBeInstanceOf(Error);
  const { name, message } = error as Error;
  expect(['InvalidMessageError', 'ForeignSenderError', 'Error', 'StorageError']).toContain(name);
  expect(message).toMatch(/^Isnad: /);
  expect(message.length).toBeLessThan(2000);
}

async function outcome(input: unknown, sender: Sender): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await handle(input, sender);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('the message channel under random input', () => {
  it('random JSON from this extension: refused clearly, library unchanged', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.oneof(fc.string(), fc.constantFrom(...READ_ONLY)) }, { requiredKeys: [] })), async (input) => {
        const result = await outcome(input, fromPopup);
        // A bare {type} of a message that needs nothing else is valid: it only reads.
        if (!result.ok) expectClearError(result.error);
      }),
      { numRuns: 2000 },
    );
    expect(await snapshot()).toBe(before);
  }, 120_000);

  it('a type that cannot be made a string («{"toString": ""}», found by this property once): refused clearly', async () => {
    for (const input of [{ type: { toString: '' }, host: 'news.example' }, { type: Object.create(null) }]) {
      const result = await outcome(input, fromPopup);
      expect(result.ok).toBe(false);
      if (!result.ok) expectClearError(result.error);
    }
  });

  it('mutated valid messages: never a crash; a refusal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (input) => {
        const before = await snapshot();
        const result = await outcome(input, fromPopup);
        if (!result.ok) {
          expectClearError(result.error);
          expect(await snapshot()).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('anything from another extension, from nowhere, or privileged from a web page: refused, library unchanged', async () => {
    await handle({ type: 'library:delete-all' }, fromPopup);
    for (const article of [muscatA, muscatB]) await handle({ type: 'article:save', article }, fromPopup);
    const before = await snapshot();
    const foreign = fc.oneof(
      fc.record({ id: fc.string(), url: fc.option(fc.webUrl(), { nil: undefined }) }),
      fc.constant({}),
      fc.constant({ url: fromPopup.url }),
      fc.record({ id: fc.constant(EXTENSION), url: fc.oneof(fc.webUrl(), fc.constantFrom('chrome-extension://other/x', 'moz-extension://x/', 'not a url', 'data:text/html,x')) }),
    );
    const privileged = fc.constantFrom(...VALID.filter((m) => !['article:save', 'background:wake', 'article:get', 'crossSource:get', 'entities:sourceCounts', 'site:status'].includes(m.type as string)));
    await fc.assert(
      fc.asyncProperty(foreign, fc.oneof(privileged, mutated), async (sender, input) => {
        const start = await snapshot();
        const result = await outcome(input, sender as Sender);
        // A web page may save an article or read one (checked in library.test.ts): anything else is refused.
        if ((sender as Sender).id === EXTENSION && result.ok) return;
        expect(result.ok).toBe(false);
        expectClearError((result as { error: unknown }).error);
        expect(await snapshot()).toBe(start);
      }),
      { numRuns: 800 },
    );
    // Privileged messages alone, from foreign senders: the library is as it was.
    await fc.assert(
      fc.asyncProperty(foreign, privileged, async (sender, input) => {
        const result = await outcome(input, sender as Sender);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect((await snapshot()).length).toBeGreaterThan(0);
    void before;
  }, 120_000);
});
