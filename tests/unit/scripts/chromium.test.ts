import { describe, expect, it } from 'vitest';
import { brandedChromeMessage, findBrowser, kindOfPath, type Machine } from '../../../scripts/chromium.js';

/** A machine with only these files (and folders, derived from them). */
function machine(platform: string, files: string[], env: Record<string, string> = {}, home = '/home/reader'): Machine {
  const set = new Set(files);
  return {
    platform,
    env,
    home,
    exists: (path) => set.has(path),
    list: (dir) => {
      const sep = platform === 'win32' ? '\\' : '/';
      const prefix = dir.endsWith(sep) ? dir : dir + sep;
      return [...new Set(files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split(sep)[0]!))];
    },
  };
}

describe('finding a browser', () => {
  it('takes CHROMIUM_PATH first, whatever else is installed', () => {
    const found = findBrowser(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/my/chromium', PATH: '/usr/bin' }));
    expect(found).toEqual({ path: '/opt/my/chromium', kind: 'chromium', from: 'CHROMIUM_PATH' });
  });

  it('finds chromium, then chromium-browser, on the PATH in PATH order', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], { PATH: '/usr/local/bin:/usr/bin' }))?.path).toBe('/usr/bin/chromium');
    expect(findBrowser(machine('linux', ['/usr/bin/chromium-browser'], { PATH: '/usr/local/bin:/usr/bin' }))?.path).toBe('/usr/bin/chromium-browser');
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', '/usr/local/bin/chromium'], { PATH: '/usr/local/bin:/usr/bin' }))?.path).toBe(
      '/usr/local/bin/chromium',
    );
  });

  it('prefers Chromium to Google Chrome on the same machine', () => {
    const found = findBrowser(machine('linux', ['/usr/bin/google-chrome', '/snap/bin/chromium'], { PATH: '/usr/bin' }));
    expect(found).toMatchObject({ path: '/snap/bin/chromium', kind: 'chromium' });
  });

  it('finds the newest Chrome for Testing in the Puppeteer cache', () => {
    const base = '/home/reader/.cache/puppeteer/chrome';
    const found = findBrowser(
      machine('linux', [`${base}/linux64-99.0.4844.51/chrome-linux64/chrome`, `${base}/linux64-131.0.6778.85/chrome-linux64/chrome`, '/usr/bin/google-chrome'], {
        PATH: '/usr/bin',
      }),
    );
    expect(found).toEqual({ path: `${base}/linux64-131.0.6778.85/chrome-linux64/chrome`, kind: 'chrome-for-testing', from: base });
  });

  it('finds Chrome for Testing installed in ./chrome by @puppeteer/browsers', () => {
    const found = findBrowser(machine('linux', ['chrome/linux64-140.0.7339.80/chrome-linux64/chrome'], { PATH: '/usr/bin' }));
    expect(found).toMatchObject({ path: 'chrome/linux64-140.0.7339.80/chrome-linux64/chrome', kind: 'chrome-for-testing' });
  });

  it('finds Playwright’s Chromium in either folder layout', () => {
    const base = '/home/reader/.cache/ms-playwright';
    expect(findBrowser(machine('linux', [`${base}/chromium-1140/chrome-linux/chrome`], {}))?.path).toBe(`${base}/chromium-1140/chrome-linux/chrome`);
    expect(findBrowser(machine('linux', [`${base}/chromium-1200/chrome-linux64/chrome`], {}))?.path).toBe(`${base}/chromium-1200/chrome-linux64/chrome`);
  });

  it('finds Chromium and Chrome for Testing where macOS installs them', () => {
    expect(findBrowser(machine('darwin', ['/Applications/Chromium.app/Contents/MacOS/Chromium']))).toMatchObject({ kind: 'chromium' });
    expect(findBrowser(machine('darwin', ['/home/reader/Applications/Chromium.app/Contents/MacOS/Chromium']))?.path).toBe(
      '/home/reader/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    const cft = '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(findBrowser(machine('darwin', [cft, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toMatchObject({
      path: cft,
      kind: 'chrome-for-testing',
    });
  });

  it('finds Chromium where Windows installs it, per user before per machine', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' };
    const user = 'C:\\Users\\r\\AppData\\Local\\Chromium\\Application\\chrome.exe';
    const all = 'C:\\Program Files\\Chromium\\Application\\chrome.exe';
    expect(findBrowser(machine('win32', [all, user], env))?.path).toBe(user);
    expect(findBrowser(machine('win32', [all, 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env))).toMatchObject({
      path: all,
      kind: 'chromium',
    });
  });

  it('reports Google Chrome as such when it is all there is', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/google-chrome'], { PATH: '/usr/bin' }))).toMatchObject({ kind: 'google-chrome' });
    expect(findBrowser(machine('linux', ['/opt/google/chrome/chrome'], {}))).toMatchObject({ kind: 'google-chrome' });
    expect(findBrowser(machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toMatchObject({ kind: 'google-chrome' });
    expect(
      findBrowser(machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], { PROGRAMFILES: 'C:\\Program Files' })),
    ).toMatchObject({ kind: 'google-chrome' });
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/firefox'], { PATH: '/usr/bin' }))).toBeNull();
    expect(findBrowser(machine('darwin', []))).toBeNull();
    expect(findBrowser(machine('win32', [], {}))).toBeNull();
  });

  it('tells a Google Chrome given in CHROMIUM_PATH from a Chromium', () => {
    expect(kindOfPath('/usr/bin/google-chrome-stable')).toBe('google-chrome');
    expect(kindOfPath('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('google-chrome');
    expect(kindOfPath('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe('google-chrome');
    expect(kindOfPath('/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing')).toBe('chrome-for-testing');
    expect(kindOfPath('/x/linux64-131.0.6778.85/chrome-linux64/chrome')).toBe('chrome-for-testing');
    expect(kindOfPath('/usr/lib/chromium/chromium')).toBe('chromium');
    expect(kindOfPath('/opt/custom/browser')).toBe('chromium');
  });

  it('says plainly why Google Chrome will not do and how to load dist/ by hand', () => {
    const said = brandedChromeMessage('/usr/bin/google-chrome');
    expect(said).toMatch(/Chrome 137 and later ignore --load-extension/);
    expect(said).toMatch(/chrome:\/\/extensions/);
    expect(said).toMatch(/Load unpacked/);
    expect(said).toMatch(/dist\//);
    expect(said).toMatch(/^Only Google Chrome was found/);
    expect(brandedChromeMessage('/opt/google/chrome/chrome', 'CHROMIUM_PATH')).toMatch(/^CHROMIUM_PATH is Google Chrome/);
  });
});
