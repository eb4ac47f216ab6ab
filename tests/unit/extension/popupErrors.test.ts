/**
 * The popup shows what the background says went wrong: a storage failure (a full disk) during an
 * import appears in the `error` element, a refused file in `import-result`, with the reasons.
 * Rendered with Preact into a linkedom document; the background is replaced by a stub.
 */
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const requests: unknown[] = [];
let answer: (message: { type: string }) => Promise<unknown> = async () => ({});
vi.mock('../../../src/request.ts', () => ({ request: (message: { type: string }) => (requests.push(message), answer(message)) }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { openOptionsPage: async () => {} } } }));

// The locale files stand behind i18n.getMessage: a stub that shows the key and what fills it.
(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage: (key: string, subs: string[] = []) => [key, ...subs].join(' | ') } };
const { Exchange } = await import('../../../src/popup/Exchange.tsx');
const { StorageError } = await import('../../../src/background/storageErrors.ts');

function mount() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document, window, Node: window.Node, Event: window.Event, HTMLElement: window.HTMLElement });
  const root = document.getElementById('app')!;
  render(h(Exchange, { articleUrl: null, meetings: [], onImported: () => {} }), root as unknown as Element);
  return document;
}

/** Chooses a file in the import input, as the reader does. */
async function choose(doc: Document, text: string) {
  const input = doc.querySelector('[data-testid="import-file"]') as HTMLInputElement & { files: unknown };
  Object.defineProperty(input, 'files', { value: [new File([text], 'library.isnad.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change'));
  await vi.waitFor(() => expect(doc.querySelector('[data-testid="error"], [data-testid="import-result"]')).not.toBeNull());
}

beforeEach(() => {
  requests.length = 0;
});

describe('the popup reports what went wrong', () => {
  it('a storage failure reaches the reader in the error element', async () => {
    const doc = mount();
    answer = async () => {
      throw new StorageError("Isnad: the import failed: the browser's storage for Isnad is full. Free disk space, or export and delete old articles in Isnad's options, then try again. Nothing was changed.");
    };
    await choose(doc, '{"format":"isnad"}');
    const error = doc.querySelector('[data-testid="error"]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/storage for Isnad is full.*Nothing was changed/);
    expect(requests).toEqual([{ type: 'import:run', fileName: 'library.isnad.json', text: '{"format":"isnad"}' }]);
  });

  it('a refused file is listed with its reasons', async () => {
    const doc = mount();
    answer = async () => ({ ok: false, errors: ['version: this file is Isnad format version 7, made by a newer Isnad'] });
    await choose(doc, '{"format":"isnad","version":7}');
    const result = doc.querySelector('[data-testid="import-result"]')!;
    expect(result.getAttribute('data-ok')).toBe('false');
    expect(result.textContent).toContain('version 7');
    expect(doc.querySelector('[data-testid="error"]')).toBeNull();
  });
});
