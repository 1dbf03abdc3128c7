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
 * Writes the site's content: `briefings/<id>.mdx` per report and `generated/events.json`.
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
  const generated = join(contentDir, 'generated');
  await mkdir(briefings, { recursive: true });
  await mkdir(generated, { recursive: true });
  let written = 0;
  const keep = new Set<string>();
  for (const report of reports) {
    const name = `${report.id}.mdx`;
    keep.add(name);
    // A report unchanged under the same pipeline gives the same MDX: skip serializing it again.
    if (unchanged.has(report.file) && (await exists(join(briefings, name)))) continue;
    if (await writeIfChanged(join(briefings, name), briefingMdx(report, texts.get(report.file)!))) written++;
  }
  let removed = 0;
  for (const name of await readdir(briefings)) {
    if (!keep.has(name)) {
      await rm(join(briefings, name), { force: true });
      removed++;
    }
  }
  if (await writeIfChanged(join(generated, 'events.json'), JSON.stringify(events, null, 2) + '\n')) written++;
  return { written, removed };
}
