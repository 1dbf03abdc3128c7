// `npm run build` starts Astro beside the prebuild; Astro must read no content before the prebuild
// has written it, and a prebuild that fails must not leave Astro waiting.
import { fork, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_GATE, CONTENT_READY, CONTENT_WAITING } from '../../../src/integrations/content-gate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-gate-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A child process that waits at the gate, as the content loaders do, and reports when it passed. */
async function gatedChild(env: NodeJS.ProcessEnv) {
  const script = join(work, 'hook.ts');
  await writeFile(
    script,
    `import { waitForContent } from ${JSON.stringify(join(ROOT, 'src/integrations/content-gate.ts'))};\n` +
      // Both loaders wait on the same signal.
      `await Promise.all([waitForContent(), waitForContent()]);\n` +
      `console.log('passed');\n`,
  );
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const asked = new Promise<boolean>((done) => {
    child.on('message', (m) => m === CONTENT_WAITING && done(true));
    child.on('exit', () => done(false));
  });
  return { child, exited, asked, output: () => out };
}

describe('content gate', () => {
  it('asks, then holds the loaders until the build answers that the content is ready', async () => {
    const { child, exited, asked, output } = await gatedChild({ [CONTENT_GATE]: '1' });
    // Asked once it listens (both loaders wait on the one answer).
    expect(await asked).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(output()).not.toContain('passed');
    expect(child.exitCode).toBeNull();
    child.send('something else');
    await new Promise((r) => setTimeout(r, 300));
    expect(output()).not.toContain('passed');
    child.send(CONTENT_READY, () => child.disconnect());
    expect(await exited).toBe(0);
    expect(output()).toContain('passed');
  });

  it('fails, rather than waits for ever, when the build goes away first', async () => {
    const { child, exited, asked, output } = await gatedChild({ [CONTENT_GATE]: '1' });
    expect(await asked).toBe(true);
    child.disconnect();
    expect(await exited).not.toBe(0);
    expect(output()).toMatch(/stopped before the content was ready/);
  });

  it('does not wait without the build (astro build, astro dev)', async () => {
    const { exited, asked, output } = await gatedChild({ [CONTENT_GATE]: '' });
    expect(await exited).toBe(0);
    expect(await asked).toBe(false);
    expect(output()).toContain('passed');
  });
});

describe('npm run build', () => {
  it('stops Astro when the prebuild fails, and leaves the published site as it was', async () => {
    const out = join(work, 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'last good site');
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: join(work, 'no-such-folder'), OUT_DIR: out, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    // It returns (Astro, started beside the prebuild, does not keep it waiting) with the prebuild's failure.
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(code, log).toBe(1);
    expect(log).toMatch(/cannot read seed folder/);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('last good site');
    expect((await readdir(work)).sort()).toEqual(['dist']);
  }, 60_000);
});
