/** A chosen file and the path it had in the selection (a folder's relative path, or its name). */
export type Picked = { file: File; path: string };

/** Files from an <input type=file>, with the folder path when a whole folder was chosen. */
export function pickedFromInput(list: FileList | null): Picked[] {
  return Array.from(list ?? [], (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
type FileEntry = Entry & { file: (ok: (f: File) => void, fail: (e: unknown) => void) => void };
type DirEntry = Entry & { createReader: () => { readEntries: (ok: (e: Entry[]) => void, fail: (e: unknown) => void) => void } };

async function walk(entry: Entry, out: Picked[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    // A file the browser cannot open is left to the worker, which reports it as unreadable.
    const file = await new Promise<File | null>((ok) => (entry as FileEntry).file(ok, () => ok(null)));
    if (file) out.push({ file, path });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DirEntry).createReader();
  // readEntries returns a folder in batches (100 in Chrome) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok) => reader.readEntries(ok, () => ok([])));
    if (!batch.length) break;
    for (const child of batch) await walk(child, out);
  }
}

/**
 * Files dropped on the page, folders walked through (a dropped CD folder holds thousands).
 * Browsers without entries support still give the top-level files.
 */
export async function pickedFromDrop(data: DataTransfer): Promise<Picked[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' && 'webkitGetAsEntry' in item ? (item.webkitGetAsEntry() as Entry | null) : null))
    .filter((e): e is Entry => e !== null);
  if (!entries.length) return pickedFromInput(data.files);
  const out: Picked[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
