// Issue 9: the event's date and how it is known (stated, resolved, not stated), from the incident
// date each report gives. Texts are invented; reports are extracted by the real pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventDateOf } from '../../src/consolidate/event-date.ts';
import { profileReport } from '../../src/consolidate/profile.ts';
import { createExtractor, type Extractor } from '../../src/extract/processor.ts';
import type { Report } from '../../src/schemas/report.ts';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});

/** A seed text with optional front matter. */
const seed = (body: string, published?: string) => (published ? `---\npublished: ${published}\n---\n${body}\n` : `${body}\n`);

interface Input {
  file: string;
  body: string;
  published?: string;
}

/** Extracts each text and reads the event date; `origins` lists groups of file names (default: each its own). */
function dateOf(inputs: Input[], origins?: string[][]) {
  const reports: Report[] = [];
  const profiles = inputs.map((input) => {
    const text = seed(input.body, input.published);
    const report = extractor.extract(input.file, text);
    reports.push(report);
    return profileReport(report, text);
  });
  const idOf = new Map(reports.map((r) => [r.file, r.id]));
  const groups = (origins ?? inputs.map((i) => [i.file])).map((g) => g.map((f) => idOf.get(f)!));
  return { ...eventDateOf(profiles, groups), reports };
}

const STATED = 'On the morning of September 17, 2024, gunmen attacked a police training school on the edge of the capital, killing at least 70 people, officials said.';
const TUESDAY = 'Gunmen attacked a police training school on the edge of the capital on Tuesday, killing at least 70 people, officials said.';

describe('a date the text states with its year', () => {
  it('is the event date without any publication date, with basis "stated"', () => {
    const d = dateOf([{ file: 'a.txt', body: STATED }]);
    expect(d.reports[0].published).toBeNull();
    expect(d).toMatchObject({ date: '2024-09-17', dateBasis: 'stated', dateText: 'On the morning of September 17, 2024' });
    expect(d.dateNote).toBe('Stated in R1: “On the morning of September 17, 2024”.');
  });

  it('reads day-month-year and weekday-led full dates too', () => {
    expect(dateOf([{ file: 'a.txt', body: 'Rebels seized the border town on 27 January 2025 after two days of fighting, the United Nations said.' }]).date).toBe('2025-01-27');
    expect(dateOf([{ file: 'a.txt', body: 'On Tuesday, September 17, 2024, gunmen attacked a police school in the capital.' }]).date).toBe('2024-09-17');
  });

  it('is not taken when it falls after the report was published', () => {
    const d = dateOf([{ file: 'a.txt', body: 'On 20 March 2024, rebels seized the border town, residents said.', published: '2024-03-01' }]);
    expect(d.date).toBeNull();
  });
});

describe('a relative date', () => {
  it('resolves against the publication date to the latest such weekday on or before it', () => {
    const d = dateOf([{ file: 'a.txt', body: TUESDAY, published: '2025-07-02' }]);
    expect(d).toMatchObject({ date: '2025-07-01', dateBasis: 'resolved', dateText: 'on Tuesday' });
    expect(d.dateNote).toBe('Resolved from “on Tuesday” in a report published 2025-07-02 (R1).');
    // Published on a Tuesday: that same day.
    expect(dateOf([{ file: 'a.txt', body: TUESDAY, published: '2025-07-08' }]).date).toBe('2025-07-08');
  });

  it('stays unresolved without one, with a note saying how to supply it', () => {
    const d = dateOf([
      { file: 'a.txt', body: TUESDAY },
      { file: 'b.txt', body: 'Dozens of gunmen stormed a police academy early Tuesday and killed scores of recruits, the government said.' },
    ]);
    expect(d).toMatchObject({ date: null, dateBasis: 'not-stated', dateText: 'on Tuesday' });
    expect(d.dateNote).toBe(
      'Not stated: the reports say “on Tuesday” and give no publication date; add `published:` to the seed\'s front matter or to sources.yaml.',
    );
  });

  it('takes the publication date of one report when the others have none', () => {
    const d = dateOf([
      { file: 'a.txt', body: TUESDAY },
      { file: 'b.txt', body: 'Dozens of gunmen stormed a police academy early Tuesday and killed scores of recruits, the government said.', published: '2025-07-03' },
    ]);
    expect(d).toMatchObject({ date: '2025-07-01', dateBasis: 'resolved' });
    expect(d.dateNote).toBe('Resolved from “early Tuesday” in a report published 2025-07-03 (R2).');
  });
});

describe('dates of other incidents and of the reporting', () => {
  it('does not take the date of an earlier incident the lead compares to', () => {
    const body =
      "A powerful earthquake struck the mountains south of the city late on Friday, killing more than 2,000 people. It was the country's deadliest earthquake since a quake on 24 February 2004 killed 628 people.";
    const undated = dateOf([{ file: 'a.txt', body }]);
    expect(undated).toMatchObject({ date: null, dateBasis: 'not-stated', dateText: 'late on Friday' });
    expect(dateOf([{ file: 'a.txt', body, published: '2023-09-09' }])).toMatchObject({ date: '2023-09-08', dateBasis: 'resolved' });
  });

  it('does not take a date the lead recalls', () => {
    const d = dateOf([{ file: 'a.txt', body: 'Gunmen stormed a church during Sunday mass, killing 40 worshippers. The assault recalled a massacre on 5 June 2022 in the same town.' }]);
    expect(d.date).toBeNull();
    expect(d.dateText).toBe('during Sunday');
  });

  it('prefers the day of the incident to the day it was announced', () => {
    const body = 'Militants ambushed a military convoy near the border, killing 20 soldiers, the army said on Wednesday. The ambush took place on Monday evening, a security source said.';
    expect(dateOf([{ file: 'a.txt', body, published: '2024-06-26' }])).toMatchObject({ date: '2024-06-24', dateText: 'on Monday evening' });
  });
});

describe('follow-up reports', () => {
  it('take the day that names the incident, not the day of the new toll', () => {
    const body = "The death toll from Saturday's missile strike on an apartment block has risen to 20, the emergency service said on Sunday.";
    expect(dateOf([{ file: 'a.txt', body, published: '2026-01-19' }])).toMatchObject({ date: '2026-01-17', dateText: 'Saturday' });
    const weekend = 'At least 41 people were killed in weekend attacks on farming villages, the Red Cross said on Monday.';
    expect(dateOf([{ file: 'a.txt', body: weekend }])).toMatchObject({ date: null, dateText: 'weekend' });
  });

  it('do not date the incident by the day a toll rose', () => {
    const body = 'The death toll from flash floods in the valley rose to 35 on Thursday after rescuers recovered three more bodies, officials said.';
    expect(dateOf([{ file: 'a.txt', body, published: '2026-07-24' }])).toMatchObject({ date: null, dateText: null, dateNote: 'Not stated: no report gives the date of the incident.' });
  });

  it('count back from the day of a statement: "said on Monday that an air strike a day earlier"', () => {
    const body = 'The military said on Monday that an air strike on a village a day earlier had targeted a training camp of rebel fighters.';
    expect(dateOf([{ file: 'a.txt', body, published: '2026-02-09' }])).toMatchObject({ date: '2026-02-08', dateText: 'a day earlier' });
    // Without a publication date neither day is known: no wording to repeat.
    expect(dateOf([{ file: 'a.txt', body }])).toMatchObject({ date: null, dateText: null });
  });
});

describe('a lead without a date of the incident', () => {
  it('takes the date of a later sentence about the incident', () => {
    const body = [
      'Militants ambushed a military convoy near the border, killing 20 soldiers and wounding nine.',
      'The convoy was escorting fuel trucks to a mining town.',
      'Survivors were flown to the regional hospital.',
      'The ambush took place on Monday evening, a security source said.',
    ].join(' ');
    expect(dateOf([{ file: 'a.txt', body, published: '2024-06-26' }])).toMatchObject({ date: '2024-06-24', dateText: 'on Monday evening' });
  });

  it('does not take the date of a separate incident', () => {
    const body =
      'Gunmen killed 12 villagers in a raid on a farming settlement, officials said. In a separate attack on Sunday, two soldiers died when their vehicle hit a mine. The raid began late on Saturday.';
    expect(dateOf([{ file: 'a.txt', body, published: '2024-06-26' }])).toMatchObject({ date: '2024-06-22', dateText: 'late on Saturday' });
  });
});

describe('several reports', () => {
  const resolved = (file: string) => ({ file, body: 'Rebels overran the garrison of the river port on Monday after a night of shelling, witnesses said.', published: '2024-03-05' });
  const stated = (file: string) => ({ file, body: 'Rebels overran the garrison of the river port on 3 March 2024 after a night of shelling, witnesses said.' });

  it('prefers the date most independent origins give: copies of one story count once', () => {
    const d = dateOf([resolved('a.txt'), resolved('b.txt'), resolved('c.txt'), stated('d.txt'), stated('e.txt')], [['a.txt', 'b.txt', 'c.txt'], ['d.txt'], ['e.txt']]);
    expect(d).toMatchObject({ date: '2024-03-03', dateBasis: 'stated' });
    expect(d.dateNote).toBe('Stated in R4: “on 3 March 2024”; R5 agrees; R1, R2 and R3 say 2024-03-04 (“on Monday”).');
  });

  it('prefers a stated date to a resolved one when as many origins give each', () => {
    const d = dateOf([resolved('a.txt'), stated('b.txt')]);
    expect(d).toMatchObject({ date: '2024-03-03', dateBasis: 'stated' });
  });

  it('leaves out dates later than the first publication of the event', () => {
    const d = dateOf([
      { file: 'a.txt', body: 'Rebels overran the garrison of the river port on 3 March 2024 after a night of shelling, witnesses said.', published: '2024-03-04' },
      { file: 'b.txt', body: 'Rebels overran the garrison of the river port on 13 March 2024 after a night of shelling, witnesses said.' },
      { file: 'c.txt', body: 'Rebels overran the garrison of the river port on 13 March 2024 after a night of shelling, residents said.' },
    ]);
    expect(d.date).toBe('2024-03-03');
  });
});

describe('the report\'s own date in its text', () => {
  it('reads a time stamp line as the report\'s date, not the incident\'s', () => {
    const body = ['Police academy attacked in the capital', 'Published 18 September 2024, 10:32 GMT', TUESDAY].join('\n');
    const d = dateOf([{ file: 'a.txt', body }]);
    expect(d).toMatchObject({ date: '2024-09-17', dateBasis: 'resolved', dateText: 'on Tuesday' });
    expect(d.dateNote).toBe('Resolved from “on Tuesday” against the date at the head of R1 (its dateline or time stamp; no publication date given).');
  });

  it('reads a wire dateline the same way', () => {
    const body = 'BAMAKO, Sept 18, 2024 (Reuters) - ' + TUESDAY;
    expect(dateOf([{ file: 'a.txt', body }])).toMatchObject({ date: '2024-09-17', dateBasis: 'resolved' });
  });
});

describe('report labels', () => {
  it('follow file-name order, as on the event page, whatever order the reports come in', () => {
    const d = dateOf([
      { file: 'b.txt', body: STATED },
      { file: 'a.txt', body: TUESDAY },
    ]);
    expect(d.dateNote).toBe('Stated in R2: “On the morning of September 17, 2024”.');
  });
});
