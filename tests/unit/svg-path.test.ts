// The event map's path data written as relative steps: shorter, and the same points.
import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { relativePath } from '../../src/components/event/svg-path.ts';

/** The absolute points of each subpath of a path made of M, L/l (implicit repeats) and Z/z, in tenths. */
function points(d: string): number[][][] {
  const subpaths: number[][][] = [];
  let [x, y] = [0, 0];
  for (const [, letter, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const nums = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map((n) => Math.round(Number(n) * 10));
    if (letter === 'z' || letter === 'Z') continue;
    for (let i = 0; i < nums.length; i += 2) {
      const relative = letter === 'l' || letter === 'm';
      [x, y] = relative ? [x + nums[i], y + nums[i + 1]] : [nums[i], nums[i + 1]];
      if ((letter === 'M' || letter === 'm') && i === 0) subpaths.push([]);
      subpaths.at(-1)!.push([x, y]);
    }
  }
  return subpaths;
}

describe('relativePath', () => {
  it('writes lines as steps from the previous point, with the fewest separators', () => {
    expect(relativePath('M59.2,420L59.9,417.1L55.7,414.9L55.7,415.4Z')).toBe('M59.2 420l.7-2.9-4.2-2.2 0 .5z');
    expect(relativePath('M10,10L12.5,10L12.5,11.5L10,10ZM1,2L3,4Z')).toBe('M10 10l2.5 0 0 1.5-2.5-1.5zM1 2l2 2z');
    expect(relativePath('')).toBe('');
  });

  it('leaves path data it does not know as given', () => {
    expect(relativePath('M0,0A1,1,0,1,1,0,2Z')).toBe('M0,0A1,1,0,1,1,0,2Z');
    expect(relativePath('M0,0L1Z')).toBe('M0,0L1Z');
  });

  it('keeps every point of real map outlines, in about 60% of the text', () => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    const shown = countries.filter((c) => ['Mali', 'Nigeria', 'Philippines', 'Indonesia', 'Chile'].includes(c.properties.name));
    expect(shown).toHaveLength(5);
    let [before, after] = [0, 0];
    for (const country of shown) {
      const projection = geoMercator().fitExtent([[8, 8], [632, 412]], country as GeoPermissibleObjects);
      projection.clipExtent([[0, 0], [640, 420]]);
      const d = geoPath(projection).digits(1)(country as GeoPermissibleObjects)!;
      const short = relativePath(d);
      expect(points(short)).toEqual(points(d));
      [before, after] = [before + d.length, after + short.length];
    }
    expect(after / before).toBeLessThan(0.7);
  });
});
