// The one place that says which Chromium Isnad drives and with which switches: the launcher
// (npm start), the screenshots, the browser tests and the benchmarks all use it.
//
// Finding a browser is a pure function (`findBrowser`) over the platform, the environment and
// an exists()/list() pair, so that it is unit-tested without the machine's own browsers.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { HOST_RESOLVER_RULES } from './serve-fixtures.js';

/**
 * @typedef {'chromium' | 'chrome-for-testing' | 'google-chrome'} BrowserKind
 * @typedef {{ path: string, kind: BrowserKind, from: string }} FoundBrowser
 * @typedef {{
 *   platform: string,
 *   env: Record<string, string | undefined>,
 *   home: string,
 *   exists: (path: string) => boolean,
 *   list: (dir: string) => string[],
 * }} Machine
 */

/**
 * Where to look, in order, on one platform: each candidate is a path, a name looked up on the
 * PATH, or a folder of versions (Chrome for Testing and Playwright's caches) with the binary's
 * path inside one version. Google Chrome (branded) comes last and is only reported: Chrome 137
 * and later ignore --load-extension.
 * @param {Machine} m
 * @returns {{ kind: BrowserKind, path?: string, onPath?: string, versions?: { dir: string, inside: string[], prefix?: string } }[]}
 */
export function candidates(m) {
  const { env, home } = m;
  const { join } = pathsOf(m);
  if (m.platform === 'darwin') {
    const apps = ['/Applications', join(home, 'Applications')];
    return [
      ...apps.map((a) => ({ kind: /** @type {const} */ ('chromium'), path: posix.join(a, 'Chromium.app/Contents/MacOS/Chromium') })),
      ...apps.map((a) => ({
        kind: /** @type {const} */ ('chrome-for-testing'),
        path: posix.join(a, 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
      })),
      ...cftCaches(join, home, ['mac-arm64', 'mac-x64'], (os) => [
        `chrome-${os}`,
        'Google Chrome for Testing.app',
        'Contents',
        'MacOS',
        'Google Chrome for Testing',
      ]),
      ...apps.map((a) => ({ kind: /** @type {const} */ ('google-chrome'), path: posix.join(a, 'Google Chrome.app/Contents/MacOS/Google Chrome') })),
    ];
  }
  if (m.platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter(
      /** @returns {r is string} */ (r) => !!r,
    );
    return [
      ...roots.map((r) => ({ kind: /** @type {const} */ ('chromium'), path: win32.join(r, 'Chromium', 'Application', 'chrome.exe') })),
      ...cftCaches(join, home, ['win64', 'win32'], (os) => [`chrome-${os}`, 'chrome.exe']),
      ...roots.map((r) => ({ kind: /** @type {const} */ ('google-chrome'), path: win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe') })),
    ];
  }
  // Linux and the other Unixes.
  return [
    { kind: 'chromium', onPath: 'chromium' },
    { kind: 'chromium', onPath: 'chromium-browser' },
    { kind: 'chromium', path: '/snap/bin/chromium' },
    { kind: 'chromium', path: '/usr/lib/chromium/chromium' },
    { kind: 'chrome-for-testing', onPath: 'chrome-for-testing' },
    ...cftCaches(join, home, ['linux64'], (os) => [`chrome-${os}`, 'chrome']),
    // Playwright's Chromium (a real Chromium), in its older and newer folder layouts.
    { kind: 'chromium', versions: { dir: join(home, '.cache', 'ms-playwright'), prefix: 'chromium-', inside: ['chrome-linux64', 'chrome'] } },
    { kind: 'chromium', versions: { dir: join(home, '.cache', 'ms-playwright'), prefix: 'chromium-', inside: ['chrome-linux', 'chrome'] } },
    { kind: 'google-chrome', onPath: 'google-chrome' },
    { kind: 'google-chrome', onPath: 'google-chrome-stable' },
    { kind: 'google-chrome', path: '/opt/google/chrome/chrome' },
  ];
}

/** @param {Machine} m */
function pathsOf(m) {
  return m.platform === 'win32' ? win32 : posix;
}

/**
 * Chrome for Testing as `npx @puppeteer/browsers install chrome@stable` leaves it: in
 * ./chrome/<os>-<version>/ (the folder it was run in) or Puppeteer's cache.
 * @param {(...parts: string[]) => string} join @param {string} home @param {string[]} oses @param {(os: string) => string[]} inside
 */
function cftCaches(join, home, oses, inside) {
  const dirs = ['chrome', join(home, '.cache', 'puppeteer', 'chrome')];
  return dirs.flatMap((dir) =>
    oses.map((os) => ({ kind: /** @type {const} */ ('chrome-for-testing'), versions: { dir, prefix: `${os}-`, inside: inside(os) } })),
  );
}

/** Newest first: "linux64-131.0.6778.85" before "linux64-99.0.1". @param {string} a @param {string} b */
function newerFirst(a, b) {
  const va = (a.match(/\d+/g) ?? []).map(Number);
  const vb = (b.match(/\d+/g) ?? []).map(Number);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) if ((vb[i] ?? 0) !== (va[i] ?? 0)) return (vb[i] ?? 0) - (va[i] ?? 0);
  return 0;
}

/** @param {string} path */
export function kindOfPath(path) {
  if (/chrome[- ]for[- ]testing/i.test(path) || /[\\/]chrome-(linux64|mac-arm64|mac-x64|win64|win32)[\\/]/.test(path)) return 'chrome-for-testing';
  if (/chromium/i.test(path)) return 'chromium';
  if (/google[- ]chrome|[\\/]google[\\/]chrome[\\/]|Google[\\/]Chrome[\\/]Application/i.test(path)) return 'google-chrome';
  return 'chromium';
}

/**
 * The first browser found: $CHROMIUM_PATH when set (even a Google Chrome: the caller says what that means),
 * else Chromium, Chrome for Testing, then Google Chrome. null when there is none.
 * @param {Machine} m
 * @returns {FoundBrowser | null}
 */
export function findBrowser(m) {
  const forced = m.env.CHROMIUM_PATH;
  if (forced) return { path: forced, kind: kindOfPath(forced), from: 'CHROMIUM_PATH' };
  const pathDirs = (m.env.PATH ?? m.env.Path ?? '').split(m.platform === 'win32' ? ';' : ':').filter(Boolean);
  const { join } = pathsOf(m);
  for (const c of candidates(m)) {
    if (c.path && m.exists(c.path)) return { path: c.path, kind: c.kind, from: c.path };
    if (c.onPath) {
      for (const dir of pathDirs) {
        const path = join(dir, c.onPath);
        if (m.exists(path)) return { path, kind: c.kind, from: `${c.onPath} on the PATH` };
      }
    }
    if (c.versions) {
      const { dir, prefix = '', inside } = c.versions;
      const versions = m.list(dir).filter((name) => name.startsWith(prefix)).sort(newerFirst);
      for (const version of versions) {
        const path = join(dir, version, ...inside);
        if (m.exists(path)) return { path, kind: c.kind, from: dir };
      }
    }
  }
  return null;
}

/** This machine, for findBrowser. @returns {Machine} */
export function thisMachine() {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    list: (dir) => {
      try {
        return existsSync(dir) ? readdirSync(dir) : [];
      } catch {
        return [];
      }
    },
  };
}

export const INSTALL_HINT =
  'Install Chromium (Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium; macOS: brew install --cask chromium; ' +
  'Windows: winget install Hibbiki.Chromium), or Chrome for Testing (npx @puppeteer/browsers install chrome@stable), ' +
  'or set CHROMIUM_PATH to a Chromium binary.';

/**
 * What to tell someone whose browser is Google Chrome (the only one found, or $CHROMIUM_PATH).
 * @param {string} path @param {string} [from]
 */
export function brandedChromeMessage(path, from) {
  const which = from === 'CHROMIUM_PATH' ? `CHROMIUM_PATH is Google Chrome (${path}).` : `Only Google Chrome was found (${path}).`;
  return [
    `${which} Chrome 137 and later ignore --load-extension, so it cannot be started with Isnad loaded.`,
    'Load Isnad by hand instead: npm run build, open chrome://extensions, switch on Developer mode, click Load unpacked and choose the dist/ folder.',
    `For npm start and the browser tests to load it themselves: ${INSTALL_HINT}`,
  ].join('\n');
}

/**
 * A Chromium that loads unpacked extensions from the command line: $CHROMIUM_PATH, else the first
 * Chromium or Chrome for Testing found. Throws a message saying what to install (or, when only
 * Google Chrome is there, how to load dist/ by hand).
 */
export function chromiumPath() {
  const found = findBrowser(thisMachine());
  if (found && found.kind !== 'google-chrome') return found.path;
  if (found) throw new Error(brandedChromeMessage(found.path, found.from));
  throw new Error(`Isnad needs Chromium. ${INSTALL_HINT}`);
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

