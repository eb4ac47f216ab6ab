/**
 * Exports in progress. The popup starts one, polls its status (a progress bar), then fetches the
 * file in parts: a message carries at most a few megabytes, a library may be hundreds.
 *
 * Jobs live in the worker's memory only: if the worker is stopped, the popup's next poll finds no
 * job and says the export was interrupted (nothing is written, so nothing is lost). A job is
 * forgotten once its last part is fetched, or after a while if nobody fetches it.
 */
import { toCsv, toWebAnnotation, type IsnadDocument } from '../export/index.ts';
import type { ExportFormat, ExportSelection, ExportStatus } from '../messages.ts';
import type { IsnadDatabase } from './db.ts';
import { buildDocument } from './exchange.ts';

/** Characters per part: well under the 64 MiB a runtime message may carry once serialised. */
export const PART_CHARS = 4 * 1024 * 1024;
const FORGET_AFTER_MS = 10 * 60_000;
const MAX_JOBS = 4;

interface Job {
  status: ExportStatus;
  parts: string[];
  fetched: Set<number>;
  timer: ReturnType<typeof setTimeout> | null;
}

const FORMATS: Record<ExportFormat, { extension: string; mime: string; render: (doc: IsnadDocument) => string }> = {
  isnad: { extension: 'isnad.json', mime: 'application/json', render: (doc) => JSON.stringify(doc, null, 1) + '\n' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', render: toCsv },
  w3c: { extension: 'jsonld', mime: 'application/ld+json', render: (doc) => JSON.stringify(toWebAnnotation(doc), null, 1) + '\n' },
};

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private counter = 0;

  constructor(
    private readonly db: IsnadDatabase,
    private readonly now: () => number = Date.now,
    private readonly chunk?: number,
  ) {}

  start(selection: ExportSelection, format: ExportFormat): { job: string } {
    if (this.jobs.size >= MAX_JOBS) this.forget(this.jobs.keys().next().value!);
    const id = `export-${this.now().toString(36)}-${(++this.counter).toString(36)}`;
    const job: Job = { status: { state: 'running', done: 0, total: 0 }, parts: [], fetched: new Set(), timer: null };
    this.jobs.set(id, job);
    job.timer = setTimeout(() => this.forget(id), FORGET_AFTER_MS);
    void this.run(job, selection, format);
    return { job: id };
  }

  private async run(job: Job, selection: ExportSelection, format: ExportFormat): Promise<void> {
    try {
      const built = await buildDocument(this.db, selection, {
        chunk: this.chunk,
        now: new Date(this.now()),
        onProgress: (done, total) => {
          job.status = { state: 'running', done, total };
        },
      });
      if (!built.ok) {
        job.status = { state: 'failed', error: built.error };
        return;
      }
      const { extension, mime, render } = FORMATS[format];
      const text = render(built.doc);
      for (let at = 0; at < text.length || at === 0; at += PART_CHARS) job.parts.push(text.slice(at, at + PART_CHARS));
      const day = new Date(this.now()).toISOString().slice(0, 10);
      job.status = { state: 'ready', parts: job.parts.length, chars: text.length, fileName: `isnad-${selection.kind}-${day}.${extension}`, mime, articles: built.doc.articles.length };
    } catch (error) {
      job.status = { state: 'failed', error: `the export failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  status(id: string): ExportStatus {
    const job = this.jobs.get(id);
    return job ? job.status : { state: 'failed', error: 'this export is no longer known (Isnad was restarted): start it again' };
  }

  part(id: string, index: number): { data: string } {
    const job = this.jobs.get(id);
    if (!job || job.status.state !== 'ready') throw new Error('Isnad: this export is not ready or no longer known: start it again');
    const data = job.parts[index];
    if (data === undefined) throw new Error(`Isnad: this export has ${job.parts.length} parts, not ${index + 1}`);
    job.fetched.add(index);
    if (job.fetched.size === job.parts.length) this.forget(id);
    return { data };
  }

  private forget(id: string): void {
    const job = this.jobs.get(id);
    if (job?.timer) clearTimeout(job.timer);
    this.jobs.delete(id);
  }
}
