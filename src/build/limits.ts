// Documented limits on one seed. Beyond them a seed is reported by name with the reason and
// skipped, so one oversized file can never stall a build or blow up its output.
// (README, "Adding a report", lists them; `npm run bench -- --large` measures extraction near them.)

/**
 * Largest seed accepted, in bytes of UTF-8 text. News texts are a few KB; books are not reports.
 *
 * 1 MB, down from 5 MB (issue 8). Every extraction and consolidation step now grows linearly with
 * the text, at about the cost per MB of ordinary seeds, so the limit is set by what one seed may
 * cost in absolute terms. Measured on the 2-core build machine: a 1 MB seed takes 5–8 s (extract
 * and consolidate) and 0.6 GB, and its briefing page is 7–12 MB of MDX; a 5 MB seed took 20–45 s,
 * up to 2 GB, and 33–58 MB of MDX for one page, which a build should not have to accept for one
 * text. 1 MB is still some hundred times a long news report.
 */
export const MAX_SEED_BYTES = 1024 * 1024;

/**
 * Most paragraphs (blank-line or line-separated blocks) a seed may have. 5,000 one-word lines
 * extract in under a second into a briefing of about 1 MB of MDX (50,000 made 9.7 MB).
 */
export const MAX_SEED_PARAGRAPHS = 5_000;
