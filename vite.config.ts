import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// One source, two browsers: `vite build` makes the Chromium extension in dist/,
// `vite build --mode firefox` makes the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifest as ManifestV3Export, browser })],
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
