// The event map's outlines, drawn with the work that does not depend on the view done once:
// the same path data as d3-geo's own geoPath gives (rewritten by relativePath), to the byte.
import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { outlineDrawer } from '../../src/components/event/map-outlines.ts';
import { relativePath } from '../../src/components/event/svg-path.ts';

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
const polygonsOf = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** A map's projection as placeMap makes it: a box in degrees fitted to 640×420 with an 8 px margin, clipped to the map. */
function projectionOf(west: number, east: number, south: number, north: number) {
  const frame = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  return geoMercator().fitExtent([[8, 8], [632, 412]], frame).clipExtent([[0, 0], [640, 420]]);
}

describe('outlineDrawer', () => {
  // Towns, regions, a whole continent, and views at the antimeridian and near the poles.
  const views: [string, number, number, number, number][] = [
    ['Bamako', -10, -6, 11, 14],
    ['Rhine', 5, 10, 49, 53],
    ['Aegean', 22, 30, 35, 41],
    ['Africa', -20, 52, -35, 38],
    ['Fiji', 176, 182, -20, -15],
    ['Chukotka', 175, 190, 60, 70],
    ['Ross Sea', 160, 175, -80, -74],
    ['Svalbard', 10, 30, 76, 81],
  ];
  for (const [name, west, east, south, north] of views) {
    it(`draws every country as geoPath does (${name})`, () => {
      const projection = projectionOf(west, east, south, north);
      const outline = outlineDrawer(projection);
      const d3Path = geoPath(projection).digits(1);
      const path = (object: { type: 'MultiPolygon'; coordinates: Position[][][] }) => relativePath(d3Path(object) ?? '');
      let drawn = 0;
      for (const country of countries) {
        const polygons = polygonsOf(country.geometry);
        const expected = path({ type: 'MultiPolygon', coordinates: polygons });
        expect(outline(polygons)).toBe(expected);
        // Some of a country's polygons, as placeMap leaves out those out of view.
        if (polygons.length > 2) expect(outline(polygons.slice(1, 3))).toBe(path({ type: 'MultiPolygon', coordinates: polygons.slice(1, 3) }));
        if (expected) drawn++;
      }
      expect(drawn).toBeGreaterThan(0);
    });
  }

  it('leaves a projection it is not written for to geoPath', () => {
    const projection = projectionOf(-10, -6, 11, 14).rotate([5, 0]);
    const mali = polygonsOf(countries.find((c) => c.properties.name === 'Mali')!.geometry);
    const expected = relativePath(geoPath(projection).digits(1)({ type: 'MultiPolygon', coordinates: mali })!);
    expect(expected).toBeTruthy();
    expect(outlineDrawer(projection)(mali)).toBe(expected);
  });
});
