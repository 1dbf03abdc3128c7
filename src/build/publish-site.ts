import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export interface PublishOutcome {
  /** Whether the new build replaced the published folder. */
  published: boolean;
  /** The builder's exit code (0 when published). */
  code: number;
}

/**
 * Builds a site into a staging folder beside `outDir` and swaps it in only when the build
 * succeeded: a failed, crashed or interrupted build leaves the last good site in place.
 * Leftovers of a killed run (staging or retired folders) are removed first.
 */
export async function buildAndSwap(
  outDir: string,
  build: (stagingDir: string) => Promise<number>,
  { retired: removal = 'wait' }: { retired?: 'wait' | 'background' } = {},
): Promise<PublishOutcome> {
  const out = resolve(outDir);
  // Same parent folder, so the swap is two renames on one file system.
  const staging = join(dirname(out), `.${basename(out)}.building`);
  const retired = join(dirname(out), `.${basename(out)}.previous`);
  await rm(staging, { recursive: true, force: true });
  await rm(retired, { recursive: true, force: true });
  let code: number;
  try {
    code = await build(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (code !== 0 || !(await exists(staging))) {
    await rm(staging, { recursive: true, force: true });
    return { published: false, code: code || 1 };
  }
  if (await exists(out)) await rename(out, retired);
  await rename(staging, out);
  // The new site is published; the old one is removed, by a process of its own with
  // `background` (a big site takes seconds to delete; the next build removes any leftover first).
  if (removal === 'background' && (await exists(retired))) {
    spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', retired], { detached: true, stdio: 'ignore' }).unref();
  } else {
    await rm(retired, { recursive: true, force: true });
  }
  return { published: true, code: 0 };
}
