// The loaders of the two content collections. Each reads the prebuild's files (briefings: MDX
// with the report as front matter; events: JSON), validates every new or changed one against its
// full schema (src/schemas) and keeps in Astro's data store only what lists and links show: the
// card of each entry, its file and its digest. Pages read the full entry from its file when they
// render it (content-files.ts).
//
// Why: Astro bundles the whole data store into the build through Vite and loads it whole into
// every build's memory. With full reports and events in it, that was 74 MB at 2,000 seeds (and
// growing with the corpus): seconds of compiling and (de)serializing on every build, gigabytes at
// 10,000. The cards keep it near 1 KB an entry. A file unchanged since the last build is not read
// again, nor parsed.
import { waitForContent } from './content-gate.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { reportSchema, type Report } from '../schemas/report.ts';
import { eventSchema, type Event } from '../schemas/event.ts';
import { parseFrontMatter, splitFrontMatter } from './content-files.ts';
import { EXPORT_PARTS_FOLDER, exportCodeKey, exportPartsDir, keepExportParts } from './export-parts.ts';

/** Validates a report, naming the file and the first problems when it is not one. */
export function validReport(data: unknown, where: string): Report {
  const result = reportSchema.safeParse(data);
  if (!result.success) throw new Error(`${where}: front matter is not a valid report: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Validates an event, naming the file and the first problems when it is not one. */
export function validEvent(data: unknown, where: string): Event {
  const result = eventSchema.safeParse(data);
  if (!result.success) throw new Error(`${where}: not a valid event: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** What a list of briefings shows (cards, the search page's fallback list) and sorts by. */
export const briefingCardSchema = reportSchema
  .pick({ id: true, file: true, title: true, summary: true, published: true, outlet: true, wordCount: true })
  .extend({ sentenceCount: z.number().int().nonnegative() });
export type BriefingCard = z.infer<typeof briefingCardSchema>;

export function briefingCard(r: Report): BriefingCard {
  return { id: r.id, file: r.file, title: r.title, summary: r.summary, published: r.published, outlet: r.outlet, wordCount: r.wordCount, sentenceCount: r.sentences.length };
}

/** What a list of events shows, and what a briefing needs to link to its events. */
export const eventCardSchema = eventSchema
  .pick({ id: true, title: true, date: true, dateText: true, countryName: true, eventType: true, summary: true, reportIds: true })
  .extend({
    /** Independent origins (groups of wire copies). */
    originCount: z.number().int().nonnegative(),
    /** What happened in one sentence: the bottom line's, else the lead sentence. */
    what: z.string(),
    /** Incident places below the country, in the event's order. */
    incidentTowns: z.array(z.string()),
  });
export type EventCard = z.infer<typeof eventCardSchema>;

export function eventCard(e: Event): EventCard {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    dateText: e.dateText,
    countryName: e.countryName,
    eventType: e.eventType,
    summary: e.summary,
    reportIds: e.reportIds,
    originCount: e.origins.length,
    what: e.bottomLine.find((b) => b.key === 'what')?.text ?? e.summary,
    incidentTowns: e.places.filter((p) => p.role === 'incident' && p.precision !== 'country').map((p) => p.name),
  };
}

interface FolderLoaderOptions {
  /** Folder of the files, relative to the project root. */
  base: string;
  /** File name ending of the entries. */
  extension: string;
  /** Called once per load, before any file is read: the project root and Astro's cache folder. */
  begin?(root: string, cacheDir: string): void;
  /** The id and the card of a file's contents whose digest is `digest` (throws, naming the file, when it is not valid). */
  read(contents: string, filePath: string, digest: string): { id: string; card: Record<string, unknown> };
}

/** Files read ahead of the one whose entry is being made. */
const READ_AHEAD = 16;

/** A loader of one file per entry, that parses only new or changed files. */
function folderLoader(name: string, options: FolderLoaderOptions): Loader {
  return {
    name,
    load: async ({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      // Under `npm run build` the prebuild may still be writing the files (content-gate.ts).
      await waitForContent();
      const root = fileURLToPath(config.root);
      options.begin?.(root, fileURLToPath(config.cacheDir));
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), config.root));
      const toPosix = (p: string) => p.split('\\').join('/');
      // Entries of the last build by file, to skip unchanged files before parsing anything.
      const byFile = new Map<string, { id: string; digest?: string | number }>();
      for (const [id, entry] of store.entries()) if (entry.filePath) byFile.set(entry.filePath, { id, digest: entry.digest });
      const untouched = new Set(store.keys());

      // The files' identities when last read (inode, size, change time) with their digests: a
      // file whose identity is unchanged has not been written since (any write or replacement
      // changes its change time, which no program can set), so it is not even read again.
      const statsFile = join(fileURLToPath(config.cacheDir), `${name.replace(/\W+/g, '-')}-files.json`);
      const seen: Record<string, [string, string | number]> = JSON.parse(await readFile(statsFile, 'utf8').catch(() => '{}'));
      const now: Record<string, [string, string | number]> = {};

      /** A file's path, identity, and contents unless its identity says it is unchanged. */
      async function readEntry(file: string) {
        const path = join(dir, file);
        const filePath = toPosix(relative(root, path));
        const known = byFile.get(filePath);
        const info = await stat(path, { bigint: true });
        const identity = `${info.ino}:${info.size}:${info.ctimeNs}`;
        const unchanged = known && store.has(known.id) && seen[filePath]?.[0] === identity && seen[filePath][1] === known.digest;
        return { path, filePath, identity, contents: unchanged ? null : await readFile(path, 'utf8') };
      }

      /** Makes or keeps the entry of a file read by readEntry. */
      async function syncEntry({ path, filePath, identity, contents }: Awaited<ReturnType<typeof readEntry>>): Promise<void> {
        const known = byFile.get(filePath);
        if (contents === null) {
          now[filePath] = seen[filePath];
          untouched.delete(known!.id);
          return;
        }
        const digest = generateDigest(contents);
        now[filePath] = [identity, digest];
        if (known && known.digest === digest && store.has(known.id)) {
          untouched.delete(known.id);
          return;
        }
        const { id, card } = options.read(contents, filePath, String(digest));
        if (known && known.id !== id) store.delete(known.id);
        untouched.delete(id);
        const data = await parseData({ id, data: card, filePath: path });
        store.set({ id, data, filePath, digest });
        byFile.set(filePath, { id, digest });
      }

      const sync = async (file: string) => syncEntry(await readEntry(file));

      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(options.extension) && !f.startsWith('.')).sort();
      // Entries are made in file order, while the next files are read: one read at a time left
      // the thread waiting on the disk for a fifth of the content sync (10,000 seeds: 2.6 of 11 s).
      const ahead: ReturnType<typeof readEntry>[] = [];
      let next = 0;
      const readAhead = () => {
        while (ahead.length < READ_AHEAD && next < files.length) {
          const read = readEntry(files[next++]);
          read.catch(() => undefined); // awaited in turn below, where a failure is thrown
          ahead.push(read);
        }
      };
      readAhead();
      while (ahead.length > 0) {
        const entry = await ahead.shift()!;
        readAhead();
        await syncEntry(entry);
      }
      for (const id of untouched) store.delete(id);
      await mkdir(dirname(statsFile), { recursive: true });
      await writeFile(statsFile, JSON.stringify(now));

      if (!watcher) return;
      // `astro dev`: follow the prebuild's writes.
      watcher.add(dir);
      const onChange = async (changed: string) => {
        if (!changed.startsWith(dir) || !changed.endsWith(options.extension)) return;
        try {
          await sync(relative(dir, changed));
          logger.info(`Reloaded ${toPosix(relative(root, changed))}`);
        } catch (error) {
          logger.error(`Failed to reload ${changed}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (gone: string) => {
        const filePath = toPosix(relative(root, gone));
        const known = byFile.get(filePath);
        if (known) store.delete(known.id);
        byFile.delete(filePath);
      });
    },
  };
}

/** Briefings: `<id>.mdx` files, read with the report in their front matter. */
export function briefingsLoader({ base }: { base: string }): Loader {
  return folderLoader('sitrep:briefings', {
    base,
    extension: '.mdx',
    read(contents, filePath) {
      const report = validReport(parseFrontMatter(splitFrontMatter(contents, filePath).frontMatter), filePath);
      return { id: report.id, card: briefingCard(report) };
    },
  });
}

/** Events: `<id>.json` files. */
export function eventsLoader({ base }: { base: string }): Loader {
  // Where the data exports keep each event's parts (src/pages/data/[file].ts): the event just
  // validated here gives them, so the exports need not read, parse and validate its file again.
  let partsDir: string | null = null;
  return folderLoader('sitrep:events', {
    base,
    extension: '.json',
    begin(root, cacheDir) {
      partsDir = exportPartsDir(join(cacheDir, EXPORT_PARTS_FOLDER), exportCodeKey(join(root, 'src')));
    },
    read(contents, filePath, digest) {
      let data: unknown;
      try {
        data = JSON.parse(contents);
      } catch (error) {
        throw new Error(`${filePath}: not JSON: ${(error as Error).message}`);
      }
      const event = validEvent(data, filePath);
      if (partsDir) keepExportParts(partsDir, digest, event);
      return { id: event.id, card: eventCard(event) };
    },
  });
}
