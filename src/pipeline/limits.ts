// Documented limits on one seed. Beyond them a seed is reported by name with the reason and
// skipped, so one oversized file can never stall a build or blow up its output.
// (README, "Adding a report", lists them; `npm run bench` measures extraction near them.)

/** Largest seed accepted, in bytes of UTF-8 text. News texts are a few KB; books are not reports. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/** Most paragraphs (blank-line or line-separated blocks) a seed may have. */
export const MAX_SEED_PARAGRAPHS = 5_000;
