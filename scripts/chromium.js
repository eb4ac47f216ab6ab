// The one place that says which Chromium Isnad drives and with which switches: the launcher
// (npm start), the screenshots, the browser tests and the footprint benchmark all use it.
import { execFileSync } from 'node:child_process';
import { HOST_RESOLVER_RULES } from './serve-fixtures.js';

/** $CHROMIUM_PATH, else the `chromium` on the PATH (Debian's package); throws a message saying how to install it. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Isnad needs Chromium. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
}

/**
 * Switches for a Chromium with the built extension from `dist` loaded, the fixture host names
 * mapped to this machine, and no background traffic of its own.
 * @param {string} dist @param {{ headless?: boolean, lang?: string }} [options]
 */
export function chromiumArgs(dist, { headless = true, lang } = {}) {
  return [
    ...(headless ? ['--headless=new'] : []),
    ...(lang ? [`--lang=${lang}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ];
}
