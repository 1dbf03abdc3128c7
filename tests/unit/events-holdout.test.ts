// The holdout set: our honest estimate of how the event pipeline does on text nobody tuned it on.
// Five invented incidents of different kinds (earthquake, flood, drone strike on a market, protest
// crackdown, a town's capture), 2–3 articles each, annotated from the texts alone
// (tests/fixtures/events/holdout/). No rule, list, comment or other test may cite these texts or be
// adjusted until this score moves: tune on other fixtures, then read this one. The floors below are
// regression guards set a little under the score of the code when the set was written, not targets.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import { scoreEvents, type EventScore } from '../fixtures/events/score.ts';

const HOLDOUT = 'tests/fixtures/events/holdout';

let score: EventScore;

beforeAll(async () => {
  // The same calls as `npm run -s extract -- <dir>` (scripts/extract.ts).
  const { reports, events } = await build(`${HOLDOUT}/texts`);
  score = scoreEvents({ reports, events }, HOLDOUT);
  const f = (x: number) => x.toFixed(2);
  console.log(
    `holdout: precision ${f(score.precision)} recall ${f(score.recall)} claimant ${f(score.claimant)} ` +
      `date ${f(score.date)} events ${score.events}/${score.clusters}`,
  );
}, 60_000);

describe('holdout incidents (honest estimate)', () => {
  it('has one annotation per article and a date entry per incident', () => {
    const stems = (dir: string, ext: RegExp) => readdirSync(`${HOLDOUT}/${dir}`).map((f) => f.replace(ext, '')).sort();
    const texts = stems('texts', /\.txt$/);
    expect(stems('gold', /\.json$/)).toEqual(texts);
    const dated = Object.keys(JSON.parse(readFileSync(`${HOLDOUT}/clusters.json`, 'utf8')) as object).sort();
    expect(dated).toEqual([...new Set(texts.map((t) => t.split('__')[0]))].sort());
  });

  // Exact, not a floor: the acceptance check runs all incidents in one folder and they must stay apart and whole.
  it('makes one event per incident, each holding all of its articles', () => {
    const grouping = score.misses.filter((m) => ['split', 'mixed', 'event-count', 'no-event'].includes(m.kind));
    expect(grouping).toEqual([]);
    expect(score.events).toBe(score.clusters);
    expect(score.groupingExact).toBe(true);
  });

  // Measured when the set was written: precision 0.61, recall 0.80, claimant 0.54, date 1.00 (4/4).
  // After issue 9 (key figures, claimants, dates, grouping; none tuned on this set): 0.91, 0.80,
  // 0.85, 1.00. The floors sit a little below, as regression guards only.
  it('keeps key-figure precision, recall and claimant accuracy above their floors', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.claimant).toBeGreaterThanOrEqual(0.78);
  });

  it('keeps the date accuracy above its floor on the incidents whose date the texts determine', () => {
    expect(score.datesChecked).toBe(4);
    expect(score.date).toBeGreaterThanOrEqual(0.75);
  });
});
