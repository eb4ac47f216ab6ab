// Types of scripts/chromium.js for the TypeScript that imports it (tests, benchmarks).
export type BrowserKind = 'chromium' | 'chrome-for-testing' | 'google-chrome';
export interface FoundBrowser {
  path: string;
  kind: BrowserKind;
  /** Where it was found: 'CHROMIUM_PATH', '<name> on the PATH', a folder or the path itself. */
  from: string;
}
export interface Machine {
  platform: string;
  env: Record<string, string | undefined>;
  home: string;
  exists(path: string): boolean;
  list(dir: string): string[];
}
export function findBrowser(machine: Machine): FoundBrowser | null;
export function kindOfPath(path: string): BrowserKind;
export function thisMachine(): Machine;
export const INSTALL_HINT: string;
export function brandedChromeMessage(path: string, from?: string): string;
export function chromiumPath(): string;
export function chromiumArgs(dist: string, options?: { headless?: boolean; lang?: string }): string[];
