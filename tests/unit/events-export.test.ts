// The data exports: JSON, ACLED-style CSV and GeoJSON string builders.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { CSV_COLUMNS, csvField, eventLocations, eventsCsv, eventsJson, placesGeoJson } from '../../src/consolidate/export.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { placeMap } from '../../src/components/event/map.ts';
import { buildReports } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import { world } from '../fixtures/consolidate/world.ts';
import { spelling } from '../fixtures/consolidate/spelling.ts';

const events = (() => {
  const { reports, texts } = buildReports([...borno, ...world, ...spelling]);
  return consolidate(reports, { texts });
})();

/** A small RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Kayes')).toBe('Kayes');
    expect(csvField('Kayes, Mali')).toBe('"Kayes, Mali"');
    expect(csvField('the "enemy"')).toBe('"the ""enemy"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-11.44393)).toBe('-11.44393');
    expect(csvField(null)).toBe('');
  });
});

describe('events.csv', () => {
  const csv = eventsCsv(events);
  const rows = parseCsv(csv);

  it('has the ACLED-style header and one row per event location', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = events.reduce((n, e) => n + Math.max(1, eventLocations(e).length), 0);
    expect(rows).toHaveLength(expected + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes what an analyst needs in each column', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const monguno = rows.filter((r) => r[col('event_id')] === '2024-03-10-monguno');
    expect(monguno.map((r) => r[col('location')])).toEqual(['Monguno', 'Borno']);
    const town = monguno[0];
    expect(town[col('event_date')]).toBe('2024-03-10');
    expect(town[col('time_precision')]).toBe('1');
    expect(town[col('actor1')]).toBe('Islamic State West Africa Province');
    expect(town[col('actor2')]).toBe('Nigerian Army');
    expect(town[col('country')]).toBe('Nigeria');
    expect(town[col('latitude')]).toBe('12.67');
    expect(town[col('geo_precision')]).toBe('1');
    expect(town[col('source')]).toBe('Daily Paper; Northeast Herald; Reuters; Wire Service');
    expect(town[col('source_scale')]).toBe('International');
    expect(town[col('fatalities')]).toBe('9');
    expect(town[col('notes')]).toMatch(/3 reports, 2 independent origins/);
    // An unlocated place keeps its row, without coordinates.
    const raid = rows.filter((r) => r[col('event_id')] === '2023-05-01-gardez');
    const karam = raid.find((r) => r[col('location')] === 'Saiyed Karam')!;
    expect(karam[col('latitude')]).toBe('');
    expect(karam[col('geo_precision')]).toBe('');
  });

  it('counts each event’s fatalities once, on its first row, so the column sums to the toll', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const body = rows.slice(1);
    const sum = body.reduce((n, r) => n + Number(r[col('fatalities')]), 0);
    expect(sum).toBe(events.reduce((n, e) => n + (e.fatalities ?? 0), 0));
    // The fixtures hold an event with a toll over several locations: otherwise this proves nothing.
    const multi = events.filter((e) => (e.fatalities ?? 0) > 0 && eventLocations(e).length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const e of multi) {
      const own = body.filter((r) => r[col('event_id')] === e.id);
      expect(own.map((r) => Number(r[col('fatalities')]))).toEqual([e.fatalities, ...own.slice(1).map(() => 0)]);
      for (const r of own.slice(1)) expect(r[col('notes')]).toMatch(/fatalities on the event's first row/);
    }
  });

  it('round-trips a summary holding commas and quotation marks', () => {
    const col = CSV_COLUMNS.indexOf('notes');
    const notes = rows.slice(1).map((r) => r[col]);
    expect(notes.some((n) => n.includes(','))).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('places.geojson', () => {
  const geo = JSON.parse(placesGeoJson(events));

  it('is a FeatureCollection of located places with the events naming them', () => {
    expect(geo.type).toBe('FeatureCollection');
    const monguno = geo.features.find((f: { properties: { name: string } }) => f.properties.name === 'Monguno');
    expect(monguno.geometry).toEqual({ type: 'Point', coordinates: [13.61, 12.67] });
    expect(monguno.properties.events).toEqual(['2024-03-10-monguno']);
    expect(monguno.properties.incident).toBe(true);
  });

  it('leaves out unlocated places and places named only as background', () => {
    const names = geo.features.map((f: { properties: { name: string } }) => f.properties.name);
    expect(names).not.toContain('Saiyed Karam');
    // Gwoza is background in the Monguno reports but the scene of the later attack.
    const gwoza = geo.features.find((f: { properties: { name: string } }) => f.properties.name === 'Gwoza');
    expect(gwoza.properties.events).toEqual(['2024-04-14-bama']);
    for (const f of geo.features) expect(f.geometry.coordinates.every((x: number) => Number.isFinite(x))).toBe(true);
  });
});

describe('the static place map', () => {
  it('draws the located incident towns inside the frame, the event country highlighted', () => {
    const raid = events.find((e) => e.id === '2023-05-01-gardez')!;
    const map = placeMap(raid.places, raid.country)!;
    expect(map.points.map((p) => p.name).sort()).toEqual(['Gardez', 'Tarim', 'Tarin']);
    for (const p of map.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(map.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(map.height);
    }
    expect(map.countries.filter((c) => c.highlight).map((c) => c.name)).toEqual(['Afghanistan']);
    expect(map.unlocated.sort()).toEqual(['Alikhail', 'Alikhel', 'Saiyed Karam']);
  });

  it('draws no map when no place is located', () => {
    expect(placeMap([], null)).toBeNull();
  });
});

describe('events.json', () => {
  it('is the events, valid against the schema, byte-identical across runs', () => {
    const json = eventsJson(events);
    const parsed = JSON.parse(json);
    expect(parsed.events).toHaveLength(events.length);
    for (const e of parsed.events) expect(() => eventSchema.parse(e)).not.toThrow();
    const { reports, texts } = buildReports([...spelling, ...world, ...borno]);
    expect(eventsJson(consolidate(reports, { texts }))).toBe(json);
  });
});
