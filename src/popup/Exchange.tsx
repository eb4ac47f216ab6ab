/**
 * Export and import in the popup: the whole library, the current meeting or the current article,
 * as Isnad JSON, CSV or W3C JSON-LD; an Isnad JSON or Isnad W3C file merged into the library.
 * Errors (a refused file, a full disk) are shown as they come from the background.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ExportFormat, ExportSelection, ImportResult } from '../messages.ts';
import { IMPORT_MAX_CHARS } from '../messages.ts';
import { request } from '../request.ts';
import { runExport } from './download.ts';
import { countLabel } from './format.ts';
import { t } from './i18n.ts';

export interface ExchangeProps {
  /** The article shown, if any (its canonical URL). */
  articleUrl: string | null;
  /** The meetings it reports (library group ids), with a label each. */
  meetings: { id: string; label: string }[];
  /** Called after an import changed the library. */
  onImported: () => void;
}

type Progress = { done: number; total: number } | null;

const FORMATS: { value: ExportFormat; key: string }[] = [
  { value: 'isnad', key: 'formatIsnad' },
  { value: 'csv', key: 'formatCsv' },
  { value: 'w3c', key: 'formatW3c' },
];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function Exchange({ articleUrl, meetings, onImported }: ExchangeProps) {
  const [scope, setScope] = useState<string>('all');
  const [format, setFormat] = useState<ExportFormat>('isnad');
  const [progress, setProgress] = useState<Progress>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const selection = (): ExportSelection => {
    if (scope === 'article' && articleUrl) return { kind: 'article', url: articleUrl };
    if (scope.startsWith('meeting:')) return { kind: 'meeting', id: scope.slice('meeting:'.length) };
    return { kind: 'all' };
  };

  const startExport = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress({ done: 0, total: 0 });
    try {
      const outcome = await runExport(selection(), format, (d, total) => setProgress({ done: d, total }));
      setDone(t('exportDone', countLabel(outcome.articles), outcome.fileName));
    } catch (e) {
      setError(t('exportFailed', message(e)));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const startImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (file.size > IMPORT_MAX_CHARS * 3) throw new Error(t('importTooLarge'));
      const text = await file.text();
      if (text.length > IMPORT_MAX_CHARS) throw new Error(t('importTooLarge'));
      const answer = await request({ type: 'import:run', fileName: file.name.slice(0, 200), text });
      setResult(answer);
      if (answer.ok && answer.added + answer.updated > 0) onImported();
    } catch (e) {
      setError(t('importFailed', message(e)));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section class="exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchangeHeading')}</h2>
      <div class="exchange-row">
        <label>
          <span class="label">{t('exportWhat')}</span>{' '}
          <select data-testid="export-scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)} disabled={busy}>
            <option value="all">{t('exportAll')}</option>
            {meetings.map((m) => (
              <option key={m.id} value={`meeting:${m.id}`}>
                {t('exportMeeting', m.label)}
              </option>
            ))}
            {articleUrl && <option value="article">{t('exportArticle')}</option>}
          </select>
        </label>{' '}
        <label>
          <span class="label">{t('exportFormat')}</span>{' '}
          <select data-testid="export-format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ExportFormat)} disabled={busy}>
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {t(f.key)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" data-testid="export" onClick={() => void startExport()} disabled={busy}>
          {t('exportButton')}
        </button>
      </div>
      {progress && (
        <progress data-testid="export-progress" max={Math.max(progress.total, 1)} value={progress.total ? progress.done : undefined} aria-label={t('exportProgress')} />
      )}
      {done && (
        <p class="notice" data-testid="export-result" role="status">
          {done}
        </p>
      )}
      <div class="exchange-row">
        <label class="import">
          <span class="label">{t('importLabel')}</span>{' '}
          <input
            type="file"
            data-testid="import-file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={busy}
            onChange={(e) => void startImport(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      {result && <ImportSummary result={result} />}
      {error && (
        <p class="notice error" data-testid="error" role="alert">
          {error}
        </p>
      )}
      <p class="options-link">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </p>
    </section>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  if (!result.ok)
    return (
      <div class="notice error" data-testid="import-result" data-ok="false" role="alert">
        <p>{t('importRefused')}</p>
        <ul class="import-errors">
          {result.errors.map((e, i) => (
            <li key={i} dir="ltr">
              {e}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <p class="notice" data-testid="import-result" data-ok="true" data-added={result.added} data-updated={result.updated} data-unchanged={result.unchanged} role="status">
      {t('importDone', countLabel(result.added), countLabel(result.updated), countLabel(result.unchanged + result.skipped))}
    </p>
  );
}
