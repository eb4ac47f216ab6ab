/**
 * Storage failures said in words the reader can act on. IndexedDB refuses a write when the disk or
 * the browser's quota is full, or when the database is closed or broken; Dexie wraps these errors
 * (the original is in `inner`). The background rethrows them as StorageError, the popup and the
 * options page show the message.
 */
export class StorageError extends Error {
  override name = 'StorageError';
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function names(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | null, depth = 0; e && typeof e === 'object' && depth < 5; e = e.inner as typeof e, depth++)
    if (typeof e.name === 'string') out.push(e.name);
  return out;
}

/** Whether an error came from the storage layer (rather than from a bad message or a bug). */
export function isStorageFailure(error: unknown): boolean {
  const all = names(error);
  return all.some((n) => QUOTA_NAMES.has(n) || /^(Abort|Database|DatabaseClosed|Open|Upgrade|Version|InvalidState|Unknown|DataError|Constraint|ReadOnly|Timeout|MissingAPI|NoSuchDatabase|InvalidTable|Bulk)(Error)?$/.test(n));
}

/** A StorageError saying what happened to `action` ("saving the article"); anything else passes unchanged. */
export function asStorageError(error: unknown, action: string): unknown {
  if (error instanceof StorageError) return error;
  const all = names(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (all.some((n) => QUOTA_NAMES.has(n)))
    return new StorageError(`Isnad: ${action} failed: the browser's storage for Isnad is full. Free disk space, or export and delete old articles in Isnad's options, then try again. Nothing was changed.`);
  if (isStorageFailure(error)) return new StorageError(`Isnad: ${action} failed: the library could not be written (${detail.slice(0, 200)}). Nothing was changed.`);
  return error;
}
