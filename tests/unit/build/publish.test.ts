// Every output of the prebuild is a function of the current inputs: whatever happened before
// (an edit reverted, a prebuild killed at any point, another seed folder with the same file
// names), the next prebuild leaves exactly what a clean prebuild of the current seeds would.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.ts';
import { extractFolder } from '../../../src/build/extract-folder.ts';
import { assignIds, boundedId, MAX_ID_LENGTH } from '../../../src/build/ids.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let work: string;
let seeds: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-publish-'));
  seeds = join(work, 'seeds');
  await mkdir(seeds);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function prebuild(folder = seeds) {
  return (await build(folder, join(work, 'content'), { cacheDir: join(work, 'cache') })).content!;
}

/** Every file under `dir` with its bytes, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sub of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, sub.name);
    if (sub.isDirectory()) for (const [k, v] of Object.entries(await snapshot(path))) out[`${sub.name}/${k}`] = v;
    else out[sub.name] = await readFile(path, 'utf8');
  }
  return out;
}

const briefing = (id: string) => readFile(join(work, 'content', 'briefings', `${id}.mdx`), 'utf8');

const ORIGINAL = 'Flooding cut the road to the northern district on Monday. Officials said two bridges were closed.\n';
const EDITED = 'Flooding cut the road to the northern district on Monday. Officials said five bridges were closed.\n';

describe('briefings follow the current seeds', () => {
  it('shows the original text again after an edit is reverted', async () => {
    await writeFile(join(seeds, 'a.txt'), ORIGINAL);
    await prebuild();
    await writeFile(join(seeds, 'a.txt'), EDITED);
    await prebuild();
    expect(await briefing('a')).toContain('five bridges');
    await writeFile(join(seeds, 'a.txt'), ORIGINAL);
    await prebuild();
    const mdx = await briefing('a');
    expect(mdx).toContain('two bridges');
    expect(mdx).not.toContain('five bridges');
  });

  it('rewrites a briefing whose report was cached by a prebuild that died before writing it', async () => {
    await writeFile(join(seeds, 'a.txt'), ORIGINAL);
    await prebuild();
    await writeFile(join(seeds, 'a.txt'), EDITED);
    // The state a prebuild killed after extraction leaves: the cache knows the edit, the briefing does not.
    await extractFolder(seeds, { cacheDir: join(work, 'cache') });
    expect(await briefing('a')).toContain('two bridges');
    await prebuild();
    expect(await briefing('a')).toContain('five bridges');
  });

  it('rewrites a truncated briefing', async () => {
    await writeFile(join(seeds, 'a.txt'), ORIGINAL);
    await prebuild();
    const full = await briefing('a');
    await writeFile(join(work, 'content', 'briefings', 'a.mdx'), full.slice(0, 200));
    await prebuild();
    expect(await briefing('a')).toBe(full);
  });

  it('switching between seed folders with the same file names shows each folder', async () => {
    const other = join(work, 'other');
    await mkdir(other);
    await writeFile(join(seeds, 'a.txt'), ORIGINAL);
    await writeFile(join(other, 'a.txt'), EDITED);
    await prebuild(seeds);
    await prebuild(other);
    expect(await briefing('a')).toContain('five bridges');
    await prebuild(seeds);
    expect(await briefing('a')).toContain('two bridges');
  });

  it('a prebuild killed at any point is repaired by the next one', async () => {
    // A project-shaped folder: the real prebuild script run as a child process, killed at
    // several moments (loading, extracting, writing), then run to the end.
    const project = join(work, 'project');
    await mkdir(project);
    for (const f of await readdir(join(ROOT, 'seeds'))) await cp(join(ROOT, 'seeds', f), join(project, 'seeds', f));
    const run = (killAfterMs?: number) =>
      new Promise<number | null>((done, fail) => {
        const child = spawn(process.execPath, [join(ROOT, 'scripts/prebuild.ts')], {
          cwd: project,
          env: { ...process.env, SEEDS_DIR: join(project, 'seeds') },
          stdio: 'ignore',
        });
        const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        child.on('error', fail);
        child.on('exit', (code) => {
          if (timer) clearTimeout(timer);
          done(code);
        });
      });
    expect(await run()).toBe(0);
    const clean = await snapshot(join(project, 'src/content'));
    expect(Object.keys(clean).filter((k) => k.startsWith('briefings/'))).toHaveLength(5);

    // Edit two seeds, kill prebuilds part-way at several moments, revert, kill again, then finish.
    const first = join(project, 'seeds', (await readdir(join(project, 'seeds')))[0]);
    const originalText = await readFile(first, 'utf8');
    for (const ms of [150, 400, 800, 1200, 1800]) {
      await writeFile(first, originalText.replace(/\bthe\b/, 'THE EDITED'));
      await run(ms);
      await writeFile(first, originalText);
      await run(ms + 100);
    }
    expect(await run()).toBe(0);
    expect(await snapshot(join(project, 'src/content'))).toEqual(clean);
  }, 120_000);
});

describe('report ids', () => {
  it('are bounded whatever the file name, readable and distinct', () => {
    const long = `${'very-long-name-'.repeat(20)}a.txt`;
    const reports = assignIds([
      { id: long.replace(/\.txt$/, ''), file: long },
      { id: long.replace(/a\.txt$/, 'b'), file: long.replace(/a\.txt$/, 'b.txt') },
    ]);
    for (const r of reports) {
      expect(r.id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
      expect(r.id.startsWith('very-long-name-very-long-name')).toBe(true);
    }
    expect(reports[0].id).not.toBe(reports[1].id);
    expect(boundedId('short', 'short.txt')).toBe('short');
  });

  it('a 250-character file name builds like any other', async () => {
    const name = `${'x'.repeat(246)}.txt`;
    await writeFile(join(seeds, name), ORIGINAL);
    await writeFile(join(seeds, 'b.txt'), EDITED);
    await prebuild();
    const files = await readdir(join(work, 'content', 'briefings'));
    expect(files).toHaveLength(2);
    for (const f of files) expect(f.length).toBeLessThanOrEqual(MAX_ID_LENGTH + '.mdx'.length);
  });
});
