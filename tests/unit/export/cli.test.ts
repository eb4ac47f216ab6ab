import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/isnad.ts';
import { parseIsnadDocument, type IsnadDocument } from '../../../src/export/document.ts';
import { hostFromFileName } from '../../../src/cli/corpus.ts';
import { fixturePage, fixturePages } from '../extension/fixtures.ts';
// @ts-expect-error: a plain JavaScript module without type declarations
import { createSite } from '../../../seeds/site/site.js';

/** Runs the CLI in this process (spawning one per call would take seconds): exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let dir: string;
let corpus: IsnadDocument;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isnad-export-'));
  const pages = join(dir, 'pages');
  await mkdir(pages);
  // Two saved web pages (one Arabic story, one English page) and one plain-text article.
  const site = createSite(8080) as { respond(host: string, path: string): { body: string } };
  const save = async (id: string, name: string) => {
    const url = new URL(fixturePage(id).url);
    await writeFile(join(pages, name), site.respond(url.host, decodeURIComponent(url.pathname)).body);
  };
  await save('000', 'saved-story.html');
  await save(fixturePages.find((p) => p.kind === 'english')!.id, 'english.html');
  await copyFile('seeds/004_ba5f0d9db12a2c2f.txt', join(pages, 'www.example-wire.com_0514.txt'));
  expect((await cli('corpus', pages, '-o', join(dir, 'corpus.json'))).code).toBe(0);
  corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8'));
}, 60_000);

describe('isnad corpus / export / import', () => {
  it('makes one valid document of a folder, naming each article by its address or its file', () => {
    expect(parseIsnadDocument(corpus).ok).toBe(true);
    expect(corpus.articles).toHaveLength(2);
    const [html, txt] = corpus.articles;
    expect(html!.canonicalUrl).toBe(fixturePage('000').url);
    expect(html!.source.host).toBe(new URL(fixturePage('000').url).hostname);
    expect(txt!.canonicalUrl).toBe('urn:isnad:file:www.example-wire.com_0514.txt');
    expect(txt!.source.host).toBe('www.example-wire.com');
    expect(txt!.officials.length).toBeGreaterThan(0);
    expect(hostFromFileName('000_38e987f5c572c68d.txt')).toBe('');
  });

  it('exports W3C and imports it back to the same document; exports CSV with a BOM', async () => {
    const w3c = join(dir, 'out.jsonld');
    await cli('export', '--format', 'w3c', join(dir, 'corpus.json'), '-o', w3c);
    await cli('import', w3c, '-o', join(dir, 'back.json'));
    expect(JSON.parse(await readFile(join(dir, 'back.json'), 'utf8'))).toEqual(corpus);

    const { stdout } = await cli('export', '--format', 'csv', '--article', corpus.articles[1]!.canonicalUrl, join(dir, 'corpus.json'));
    expect(stdout.startsWith('\uFEFFkind,')).toBe(true);
    expect(stdout).not.toContain(corpus.articles[0]!.canonicalUrl);
  });

  it('merges an import into a library without duplicating, and refuses bad input with exit code 1', async () => {
    const { stderr } = await cli('import', join(dir, 'corpus.json'), '--into', join(dir, 'corpus.json'), '-o', join(dir, 'merged.json'));
    expect(stderr).toContain('0 added, 0 updated, 2 unchanged');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...corpus, version: 7 }));
    expect(await cli('import', bad)).toMatchObject({ code: 1, stderr: expect.stringContaining('made by a newer Isnad') });
    await writeFile(bad, '{ not json');
    expect(await cli('export', '--format', 'json', bad)).toMatchObject({ code: 1, stdout: '' });
    expect(await cli('export', '--format', 'xml', bad)).toMatchObject({ code: 2 });
  });
});
