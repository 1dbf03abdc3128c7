import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../schemas/report.ts';
import type { Event } from '../schemas/event.ts';
import { briefingMdx } from './mdx.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Removes the files of `dir` not in `keep` (outputs of seeds or events that are gone). */
async function removeAllBut(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!keep.has(name)) {
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

async function writeIfChanged(path: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === content) return false;
  } catch {
    // absent: write it
  }
  await writeFile(path, content);
  return true;
}

/**
 * Writes the site's content: `briefings/<id>.mdx` per report and `events/<id>.json` per event
 * (one file each, so a new text rewrites only what it changes and no single file grows with the corpus).
 * Files are rewritten only when their bytes change (so unchanged pages stay cached downstream),
 * and briefings whose seed is gone are removed.
 */
export async function writeContent(
  contentDir: string,
  reports: Report[],
  texts: Map<string, string>,
  events: Event[],
  unchanged: ReadonlySet<string> = new Set(),
): Promise<{ written: number; removed: number }> {
  const briefings = join(contentDir, 'briefings');
  const eventsDir = join(contentDir, 'events');
  await mkdir(briefings, { recursive: true });
  await mkdir(eventsDir, { recursive: true });
  let written = 0;
  let removed = 0;
  const keep = new Set<string>();
  for (const report of reports) {
    const name = `${report.id}.mdx`;
    keep.add(name);
    // A report unchanged under the same pipeline gives the same MDX: skip serializing it again.
    if (unchanged.has(report.file) && (await exists(join(briefings, name)))) continue;
    if (await writeIfChanged(join(briefings, name), briefingMdx(report, texts.get(report.file)!))) written++;
  }
  removed += await removeAllBut(briefings, keep);
  const keepEvents = new Set<string>();
  for (const event of events) {
    const name = `${event.id}.json`;
    keepEvents.add(name);
    if (await writeIfChanged(join(eventsDir, name), JSON.stringify(event) + '\n')) written++;
  }
  removed += await removeAllBut(eventsDir, keepEvents);
  return { written, removed };
}
