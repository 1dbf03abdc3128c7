import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DateMention } from '../../../src/schemas/statements.ts';
import { run, slice } from '../../fixtures/statements/run.ts';

const TEXT = [
  'Militants attacked a police station in Kidal on Tuesday, killing four officers.',
  'On March 2nd, the same group ambushed a convoy near Tessalit.',
  'Last month, aid agencies suspended their work in the region.',
  'Earlier this year, the junta extended the state of emergency for two weeks.',
  'In January, talks with the rebels collapsed.',
  'The region has been unstable since 2012, and a peace deal was signed on June 20, 2015.',
].join('\n');

const byText = (dates: DateMention[], text: string) => {
  const d = dates.find((x) => x.text === text);
  if (!d) throw new Error(`no date "${text}" in ${JSON.stringify(dates.map((x) => x.text))}`);
  return d;
};

describe('dates with a publication date', () => {
  const file = run(TEXT, { published: '2024-03-14' });
  const dates = file.data.dates ?? [];

  it('resolves a weekday to the latest such day on or before publication and makes it the event date', () => {
    expect(byText(dates, 'on Tuesday')).toMatchObject({ date: '2024-03-12', precision: 'day', role: 'event' });
    expect(file.data.eventDate).toBe('2024-03-12');
    expect(file.data.eventDateText).toBeNull();
  });
  it('resolves day, month and year expressions against the publication date', () => {
    expect(byText(dates, 'On March 2nd')).toMatchObject({ date: '2024-03-02', precision: 'day', role: 'earlier' });
    expect(byText(dates, 'Last month')).toMatchObject({ date: '2024-02-01', precision: 'month', role: 'other' });
    expect(byText(dates, 'Earlier this year')).toMatchObject({ date: '2024-01-01', precision: 'year' });
    expect(byText(dates, 'In January')).toMatchObject({ date: '2024-01-01', precision: 'month' });
    expect(byText(dates, 'since 2012')).toMatchObject({ date: '2012-01-01', precision: 'year' });
    expect(byText(dates, 'on June 20, 2015')).toMatchObject({ date: '2015-06-20', precision: 'day' });
  });
  it('does not read durations as dates', () => {
    expect(dates.some((d) => /two weeks/.test(d.text))).toBe(false);
  });
  it('keeps the written span and its sentence', () => {
    const d = byText(dates, 'On March 2nd');
    expect(slice(file, d)).toBe('On March 2nd');
    expect(d.sentence).toBe('On March 2nd, the same group ambushed a convoy near Tessalit.');
  });
});

describe('dates without a publication date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('leaves relative dates unresolved and resolves only what the text fixes', () => {
    const file = run(TEXT);
    const dates = file.data.dates ?? [];
    expect(byText(dates, 'on Tuesday')).toMatchObject({ date: null, precision: 'relative', role: 'event' });
    expect(byText(dates, 'On March 2nd')).toMatchObject({ date: null, precision: 'relative' });
    expect(byText(dates, 'Last month').date).toBeNull();
    expect(byText(dates, 'since 2012').date).toBe('2012-01-01');
    expect(byText(dates, 'on June 20, 2015').date).toBe('2015-06-20');
    expect(file.data.eventDate).toBeNull();
    expect(file.data.eventDateText).toBe('on Tuesday');
  });
  it('never depends on the clock', () => {
    vi.useFakeTimers({ now: new Date('2031-11-05T03:00:00Z') });
    const a = JSON.stringify(run(TEXT).data.dates);
    vi.setSystemTime(new Date('1999-01-31T23:00:00Z'));
    const b = JSON.stringify(run(TEXT).data.dates);
    expect(a).toBe(b);
  });
  it('gives the same result in every time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = JSON.stringify(run(TEXT, { published: '2024-03-14' }).data.dates);
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = JSON.stringify(run(TEXT, { published: '2024-03-14' }).data.dates);
      expect(east).toBe(west);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('dates: what is not a date', () => {
  it('ignores a lower-case month word, a bare time of day and time frames', () => {
    const file = run('Protesters march on the capital every morning. The siege ended in one month. It was a disturbing morning, residents said.', { published: '2024-03-14' });
    expect(file.data.dates).toEqual([]);
  });
  it('takes the event date from the lead, not from an earlier incident mentioned later', () => {
    const file = run('Gunmen stormed a church in Owo on Sunday. The attack recalled a massacre on June 5, 2022, in the same town.', { published: '2024-06-12' });
    expect(file.data.eventDate).toBe('2024-06-09');
    expect(byText(file.data.dates ?? [], 'on June 5, 2022')).toMatchObject({ role: 'earlier', date: '2022-06-05' });
  });
});

describe('dates: wire datelines', () => {
  const story = 'Suspected jihadists kill 15 soldiers\nOUAGADOUGOU, Sept 3, 2024 (Reuters) - Militants killed 15 soldiers in an ambush on Monday, security sources said. The president spoke last week.';
  it('uses a complete dateline as the reference when the seed has no publication date', () => {
    const file = run(story);
    expect(file.data.eventDate).toBe('2024-09-02');
    expect(byText(file.data.dates ?? [], 'Sept 3, 2024')).toMatchObject({ role: 'other', date: '2024-09-03' });
  });
  it('never takes the dateline for the incident, and leaves "last week" unresolved', () => {
    const file = run(story.replace('Sept 3, 2024', 'Sept 3'));
    expect(file.data.eventDate).toBeNull();
    expect(file.data.eventDateText).toBe('on Monday');
    expect(byText(file.data.dates ?? [], 'last week')).toMatchObject({ date: null, precision: 'relative' });
  });
});
