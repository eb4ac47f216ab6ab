import { describe, expect, it } from 'vitest';
import { ISNAD_VERSION, parseIsnadDocument, type Migration } from '../../../src/export/document.ts';
import { clone, sampleDocument } from './helpers.ts';

const reject = (json: unknown) => {
  const result = parseIsnadDocument(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe('Isnad JSON', () => {
  it('reads back what it wrote, through JSON text, unchanged', () => {
    const doc = sampleDocument();
    const result = parseIsnadDocument(JSON.parse(JSON.stringify(doc)));
    expect(result).toEqual({ ok: true, doc });
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.articles).toHaveLength(2);
  });

  it('refuses offsets outside the text, or that do not hold the mention', () => {
    const outside = clone(sampleDocument());
    outside.articles[0]!.officials[0]!.mentions[0]!.end = 1e6;
    expect(reject(outside)[0]).toMatch(/^articles\.0\.officials\.0\.mentions\.0: offsets .* not inside the text/);

    const shifted = clone(sampleDocument());
    const m = shifted.articles[1]!.officials[0]!.mentions[0]!;
    m.start += 1;
    m.end += 1;
    expect(reject(shifted)[0]).toMatch(/text\.slice\(\d+, \d+\) is not/);

    const claim = clone(sampleDocument());
    claim.articles[0]!.claims[0]!.text += 'x';
    expect(reject(claim)[0]).toMatch(/^articles\.0\.claims\.0:/);
  });

  it('refuses prototype keys, hostile addresses, unknown keys and oversize fields, saying where', () => {
    const proto = JSON.parse(JSON.stringify(sampleDocument()).replace('"lang":"ar"', '"lang":"ar","__proto__":{"polluted":true}'));
    expect(reject(proto)[0]).toMatch(/articles\.0: the key "__proto__" is not accepted/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const ctor = clone(sampleDocument());
    ctor.articles[0]!.officials[0]!.id = 'constructor';
    expect(reject(ctor).join('\n')).toMatch(/officials\.0\.id: is a reserved name/);

    const js = clone(sampleDocument());
    js.articles[0]!.url = 'javascript:alert(1)';
    expect(reject(js)[0]).toMatch(/^articles\.0\.url: must be an http\(s\) URL/);

    const extra = { ...clone(sampleDocument()), extra: 1 };
    expect(reject(extra)[0]).toMatch(/^extra:/);

    const big = clone(sampleDocument());
    big.articles[0]!.title = 'ع'.repeat(5000);
    expect(reject(big)[0]).toMatch(/^articles\.0\.title: longer than 2000/);

    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 100_000; i++) cursor.push((cursor = []));
    expect(reject({ format: 'isnad', version: 1, deep })[0]).toMatch(/nested deeper/);
  });

  it('checks identities and the references of meeting groups', () => {
    const twice = clone(sampleDocument());
    twice.articles[1]!.canonicalUrl = twice.articles[0]!.canonicalUrl;
    expect(reject(twice).join('\n')).toMatch(/canonicalUrl: .* appears twice/);

    const dangling = clone(sampleDocument());
    dangling.meetings[0]!.members[0]!.meeting = 'no-such-meeting';
    expect(reject(dangling)[0]).toMatch(/^meetings\.0\.members\.0\.meeting: article .* reports no meeting no-such-meeting/);
  });

  it('says what is wrong with something that is not an Isnad document at all', () => {
    expect(reject(null)).toEqual(['not an Isnad document: expected a JSON object']);
    expect(reject([])).toEqual(['not an Isnad document: expected a JSON object']);
    expect(reject({ articles: [] })[0]).toMatch(/^format: not an Isnad document/);
  });

  it('refuses a newer version, an unknown older one, and migrates a known one', () => {
    const newer = { ...clone(sampleDocument()), version: ISNAD_VERSION + 1 };
    expect(reject(newer)[0]).toMatch(/made by a newer Isnad/);
    const older = { ...clone(sampleDocument()), version: 0 } as Record<string, unknown>;
    expect(reject(older)[0]).toMatch(/version 0 is not known/);

    // A made-up version 0 that called the text "body": the hook renames it.
    const v0 = clone(sampleDocument()) as unknown as { version: number; articles: Record<string, unknown>[] };
    v0.version = 0;
    for (const a of v0.articles) {
      a.body = a.text;
      delete a.text;
    }
    const migrations = new Map<number, Migration>([
      [0, (doc) => ({ ...doc, version: 1, articles: (doc.articles as Record<string, unknown>[]).map(({ body, ...a }) => ({ ...a, text: body })) })],
    ]);
    const result = parseIsnadDocument(v0, migrations);
    expect(result.ok && result.doc.articles[0]!.text).toBe(sampleDocument().articles[0]!.text);
  });

  it('never throws on input that misbehaves when read', () => {
    const trap = { format: 'isnad', get version(): number { throw new Error('boom'); } };
    expect(parseIsnadDocument(trap).ok).toBe(false);
    expect(parseIsnadDocument(new Proxy({}, { ownKeys: () => { throw new Error('no'); } })).ok).toBe(false);
    expect(parseIsnadDocument({ format: 'isnad', version: 1, n: 1n }).ok).toBe(false);
  });
});

describe('Isnad JSON, odd values in memory', () => {
  it('refuses a cycle at the depth limit, and accepts a value shared twice', () => {
    const cyclic = JSON.parse(JSON.stringify(sampleDocument()));
    cyclic.articles[0].source.self = cyclic;
    expect(parseIsnadDocument(cyclic)).toMatchObject({ ok: false, errors: [expect.stringMatching(/nested deeper/)] });
    const shared = clone(sampleDocument());
    shared.articles[1]!.urls = shared.articles[0]!.urls = [shared.articles[0]!.url];
    shared.articles[1]!.url = shared.articles[1]!.canonicalUrl = shared.articles[0]!.url.replace('cairo', 'giza');
    shared.meetings = [];
    expect(parseIsnadDocument(shared).ok).toBe(true);
  });
});
