/**
 * Exports as the popup runs them: start one in the background, follow its progress, fetch the
 * file in parts and hand it to the browser as a download (a Blob and an `<a download>`, so no
 * `downloads` permission is needed). Never holds more than one part's message at a time in flight.
 */
import type { ExportFormat, ExportSelection } from '../messages.ts';
import { request } from '../request.ts';

const POLL_MS = 100;

export interface ExportOutcome {
  fileName: string;
  articles: number;
  bytes: number;
}

export async function runExport(selection: ExportSelection, format: ExportFormat, onProgress: (done: number, total: number) => void): Promise<ExportOutcome> {
  const { job } = await request({ type: 'export:start', selection, format });
  for (;;) {
    const status = await request({ type: 'export:status', job });
    if (status.state === 'failed') throw new Error(status.error);
    if (status.state === 'running') {
      onProgress(status.done, status.total);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    const parts: string[] = [];
    for (let index = 0; index < status.parts; index++) {
      parts.push((await request({ type: 'export:part', job, index })).data);
      onProgress(status.articles, status.articles);
    }
    const blob = new Blob(parts, { type: status.mime });
    save(blob, status.fileName);
    return { fileName: status.fileName, articles: status.articles, bytes: blob.size };
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
