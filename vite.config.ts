import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync, type Plugin } from 'vite';

import { READER as READER_GLOBAL } from './src/content/handoff.ts';
import { prebuiltKnowledgeModule } from './src/nlp/knowledge/prebuilt.ts';

/** The content script's two files: the triage, then the reader (run only when the triage hands it the page). */
const CONTENT_SCRIPTS = ['src/content/main.ts', 'src/content/reader.ts'];
const READER = 'src/content/reader';

/**
 * The reader's bundle inside a function that the triage calls (at DOMContentLoaded) only when it
 * decided to read the page. The function is not parenthesised, so the engine only pre-parses it
 * on a page that is left alone: none of its modules' top-level code (Readability, schemas,
 * styles) is evaluated there.
 */
function gated(code: string): string {
  return `globalThis[${JSON.stringify(READER_GLOBAL)}]=function(){${code}
};
`;
}

/** crxjs leaves its IIFE content scripts unminified: minify them once everything is written (and gate the reader). */
function minifyContentScript(): Plugin {
  let outDir = '';
  return {
    name: 'isnad:minify-content-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const built = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
      for (const file of built.content_scripts?.flatMap((c) => c.js ?? []) ?? []) {
        const path = join(outDir, file);
        const { code, errors } = minifySync(file, readFileSync(path, 'utf8'));
        if (errors.length > 0) throw new Error(`minifying ${file}: ${errors.map((e) => e.message).join('; ')}`);
        writeFileSync(path, file.startsWith(READER) ? gated(code) : code);
      }
    },
  };
}

/**
 * The background's knowledge, compiled here in Node on every build (`virtual:isnad/compiled-knowledge`):
 * a cold service worker then loads it in a few milliseconds instead of compiling the knowledge
 * files (over 100 ms) before its first analysis. Vite restarts on a change to the knowledge files,
 * which this config imports.
 */
function compiledKnowledge(): Plugin {
  const id = 'virtual:isnad/compiled-knowledge';
  const resolved = `\0${id}`;
  return {
    name: 'isnad:compiled-knowledge',
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? prebuiltKnowledgeModule() : null),
  };
}

/**
 * In the build, the background's analysis gets the knowledge compiled at build time (main.ts provides it): the
 * knowledge files are not bundled with it (`src/background/providedKnowledge.ts` stands in for
 * `src/nlp/knowledge/defaultKnowledge.ts`). Node (tests, the CLI) reads the files as before.
 */
function providedKnowledge(): Plugin {
  const stand = fileURLToPath(new URL('./src/background/providedKnowledge.ts', import.meta.url));
  return {
    name: 'isnad:provided-knowledge',
    enforce: 'pre',
    resolveId: (source) => (/(^|\/)defaultKnowledge\.ts$/.test(source) ? stand : null),
  };
}

// One source, two browsers: `vite build` makes the Chromium extension in dist/,
// `vite build --mode firefox` makes the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      compiledKnowledge(),
      providedKnowledge(),
      // The content script is two classic scripts (crxjs's IIFE builds) run one after the other:
      // the triage, then the reader. No module loader and no chunk fetched after the decision, so
      // a news page is read as soon as the triage hands it over; a skipped page runs the triage
      // only (the reader is pre-parsed, never evaluated).
      crx({ manifest: manifest as ManifestV3Export, browser, contentScripts: { standaloneFiles: CONTENT_SCRIPTS } }),
      minifyContentScript(),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Vite's preload helper would add <link rel="modulepreload"> elements (with page-relative
      // URLs) to the page when the content script loads its lazy chunk: never touch the page's DOM.
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
