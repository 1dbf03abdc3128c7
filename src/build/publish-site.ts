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
export async function buildAndSwap(outDir: string, build: (stagingDir: string) => Promise<number>): Promise<PublishOutcome> {
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
  await rm(retired, { recursive: true, force: true });
  return { published: true, code: 0 };
}
