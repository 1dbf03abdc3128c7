// Helpers shared by the e2e tests: seeds as the tests expect them, page checks, axe.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { readSeed } from '../../../src/extract/seed.ts';
import { paragraphRanges } from '../../../src/text/structure.ts';

/** Whitespace-normalized form of a text: runs of whitespace become one space. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A text without any whitespace: for checks that are about characters, not layout. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface SeedExpectation {
  file: string;
  id: string;
  /** The seed's text after its optional front matter: what a briefing's full text must show. */
  body: string;
  /** The body's paragraphs as the pipeline splits them. */
  paragraphs: string[];
}

/** The seeds of a folder as the site should show them (same file filter as the prebuild). */
export async function readSeeds(dir: string): Promise<SeedExpectation[]> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|text|md)$/i.test(n) && !n.startsWith('.')).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(join(dir, file), 'utf8');
      const { meta, masked } = readSeed(file, text);
      const paragraphs = paragraphRanges(masked).map((p) => text.slice(p.start, p.end));
      return { file, id: meta.id, body: text.slice(meta.bodyStart), paragraphs };
    }),
  );
}

/**
 * Collects console errors and uncaught exceptions of a page (until `stop`). With `notFoundUrl`,
 * the failed load Chromium logs for that document (served with status 404 on purpose) is expected.
 */
export function watchErrors(page: Page, notFoundUrl?: string): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    if (notFoundUrl && m.location().url === notFoundUrl && /status of 404/.test(m.text())) return;
    errors.push(`${m.text()} (${m.location().url})`);
  };
  const onError = (e: Error) => errors.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return {
    errors,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: await axeSource });
  // A string, not a function: vitest rewrites function bodies it ships to the page.
  const json = await page.evaluate<string>(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })));
  })()`);
  return JSON.parse(json) as AxeViolation[];
}
