import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../schemas/report.ts';
import type { Event } from '../schemas/event.ts';
import type { SeedDoc } from '../extract/types.ts';
import { briefingMdx } from './mdx.ts';
import { writeAtomic } from './files.ts';
import { mapLimit } from './concurrent.ts';

/**
 * The second line of every briefing (a YAML comment at the top of its front matter, which readers
 * ignore): the fingerprint of its inputs and the SHA-256 of the rest of the file.
 */
const HEADER = /^---\n# sitrep-fingerprint: ([0-9a-f]{64}) ([0-9a-f]{64})\n/;

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/**
 * What a briefing is a function of: the pipeline (its code, schemas, data packages and the
 * user gazetteer, all in `pipelineKey`) and the report, which carries the seed text's hash.
 */
export function fingerprint(pipelineKey: string, report: Report): string {
  // Reports are not changed once extracted: the event cache and the writer share one hash each.
  const known = fingerprints.get(report);
  if (known?.key === pipelineKey) return known.value;
  const value = sha256(`${pipelineKey}\0${JSON.stringify(report)}`);
  fingerprints.set(report, { key: pipelineKey, value });
  return value;
}

const fingerprints = new WeakMap<Report, { key: string; value: string }>();

/** A briefing file: the serialized MDX with the header line after its opening fence. */
function withHeader(mdx: string, inputs: string): string {
  if (!mdx.startsWith('---\n')) throw new Error('a briefing must open with its front matter');
  return `---\n# sitrep-fingerprint: ${inputs} ${sha256(mdx)}\n${mdx.slice(4)}`;
}

/**
 * Whether the file at `path` is exactly the briefing these inputs give: its header names the
 * same inputs and the rest of the file is intact (not truncated, not edited by hand).
 * Reading and hashing a file costs far less than extracting or serializing it again.
 */
async function isCurrent(path: string, inputs: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return false;
  }
  const head = HEADER.exec(bytes.subarray(0, 160).toString('latin1'));
  if (!head || head[1] !== inputs) return false;
  const rest = Buffer.concat([Buffer.from('---\n'), bytes.subarray(head[0].length)]);
  return sha256(rest) === head[2];
}

/** Removes the files of `dir` not in `keep` (outputs of seeds or events that are gone, temporaries of killed runs). */
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
  await writeAtomic(path, content);
  return true;
}

/**
 * Writes the site's content: `briefings/<id>.mdx` per report and `events/<id>.json` per event
 * (one file each, so a new text rewrites only what it changes and no single file grows with the corpus).
 * Every output is a function of the current inputs: a briefing is skipped only when the
 * fingerprint recorded in it matches the one of its report under this pipeline, never because it
 * exists; events are compared byte for byte. Files are written whole or not at all, and outputs
 * of seeds or events that are gone are removed. The two halves are separate so that the build can
 * write the briefings while the events are being built.
 */
export async function writeBriefings(contentDir: string, docs: readonly SeedDoc[], pipelineKey: string): Promise<{ written: number; removed: number }> {
  const briefings = join(contentDir, 'briefings');
  await mkdir(briefings, { recursive: true });
  const keep = new Set<string>();
  for (const { report } of docs) keep.add(`${report.id}.mdx`);
  // Several files at a time: checking and writing thousands of small files one after another
  // spent most of the time waiting on each.
  const written = await mapLimit(docs, 16, async ({ report, text }) => {
    const path = join(briefings, `${report.id}.mdx`);
    const inputs = fingerprint(pipelineKey, report);
    if (await isCurrent(path, inputs)) return 0;
    await writeAtomic(path, withHeader(briefingMdx(report, text), inputs));
    return 1;
  });
  return { written: written.reduce((a: number, b) => a + b, 0), removed: await removeAllBut(briefings, keep) };
}

/** Writes `events/<id>.json` per event (see writeBriefings). */
export async function writeEvents(contentDir: string, events: readonly Event[]): Promise<{ written: number; removed: number }> {
  const eventsDir = join(contentDir, 'events');
  await mkdir(eventsDir, { recursive: true });
  const keep = new Set(events.map((event) => `${event.id}.json`));
  const written = await mapLimit(events, 16, async (event) => ((await writeIfChanged(join(eventsDir, `${event.id}.json`), JSON.stringify(event) + '\n')) ? 1 : 0));
  return { written: written.reduce((a: number, b) => a + b, 0), removed: await removeAllBut(eventsDir, keep) };
}
