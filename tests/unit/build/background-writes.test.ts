// The build's caches are written on a thread of their own (src/build/background-writes.ts), each
// file whole or not at all; a file that cannot be written fails the build by name.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeInBackground } from '../../../src/build/background-writes.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-writes-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writeInBackground', () => {
  it('writes every file with its contents, and leaves no temporary file', async () => {
    const files = Array.from({ length: 50 }, (_, i) => ({ path: join(work, `f${i}.json`), content: JSON.stringify({ i, text: 'é'.repeat(i) }) }));
    await writeInBackground(files);
    expect((await readdir(work)).sort()).toEqual(files.map((f) => f.path.slice(work.length + 1)).sort());
    for (const f of files) expect(await readFile(f.path, 'utf8')).toBe(f.content);
  });

  it('rejects naming the file it could not write', async () => {
    const bad = join(work, 'no-such-folder', 'x.json');
    await expect(writeInBackground([{ path: join(work, 'ok.json'), content: '1' }, { path: bad, content: '2' }])).rejects.toThrow(`cannot write ${bad}`);
    expect(await readFile(join(work, 'ok.json'), 'utf8')).toBe('1');
  });

  it('resolves at once for no files', async () => {
    await expect(writeInBackground([])).resolves.toBeUndefined();
  });
});
