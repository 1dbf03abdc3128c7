// A small static map of an event's places: country outlines (world-atlas) and points, drawn
// with d3-geo at build time into plain SVG path data. No script runs in the browser.
import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { worldCountries } from '../../geo/world.ts';
import type { EventPlace } from '../../schemas/event.ts';

export interface MapPoint {
  x: number;
  y: number;
  name: string;
  incident: boolean;
  /** Label on the left of the point (near the right edge). */
  anchorEnd: boolean;
}

export interface PlaceMap {
  width: number;
  height: number;
  countries: { d: string; name: string; highlight: boolean }[];
  points: MapPoint[];
  /** Places that have no coordinates (listed beside the map). */
  unlocated: string[];
}

type CountryFeature = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const outlines = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
// Bounds once, so each map only draws the countries in view.
const bounded = outlines.map((f) => ({ f, b: geoBounds(f as GeoPermissibleObjects) }));
const numericOf = new Map(worldCountries().map((c) => [c.cca2, c.ccn3]));

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The map of the located places (incident places first), or null when none is located. */
export function placeMap(places: EventPlace[], countryCode: string | null, width = 640, height = 420): PlaceMap | null {
  // Points for towns only: a region's or country's centroid would mislead.
  const shown = places.filter((p) => p.role !== 'background' && (p.precision === 'town' || p.precision === 'unknown'));
  const incident = shown.filter((p) => p.role === 'incident');
  const located = (incident.length ? incident : shown).filter((p) => p.lat !== null && p.lon !== null);
  if (!located.length) return null;
  let [west, east] = [Math.min(...located.map((p) => p.lon!)), Math.max(...located.map((p) => p.lon!))];
  let [south, north] = [Math.min(...located.map((p) => p.lat!)), Math.max(...located.map((p) => p.lat!))];
  // At least about 4° across, plus a margin, so a single town shows its surroundings.
  const padLon = Math.max(2, (east - west) * 0.25);
  const padLat = Math.max(1.5, (north - south) * 0.25);
  [west, east, south, north] = [west - padLon, east + padLon, south - padLat, north + padLat];
  const frame = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
  const projection = geoMercator().fitExtent([[8, 8], [width - 8, height - 8]], frame);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const target = countryCode ? numericOf.get(countryCode) : undefined;
  const inView = bounded.filter(({ b }) => {
    const [[w, s], [e, n]] = b;
    // Bounds crossing the antimeridian have w > e: keep them (rare, cheap).
    return w > e || (e >= west - 5 && w <= east + 5 && n >= south - 5 && s <= north + 5);
  });
  const drawn = inView
    .map(({ f }) => ({ d: path(f as CountryFeature) ?? '', name: f.properties.name, highlight: target !== undefined && String(f.id) === target }))
    .filter((c) => c.d);
  const points = located.map((p) => {
    const [x, y] = projection([p.lon!, p.lat!])!;
    return { x: round1(x), y: round1(y), name: p.name, incident: p.role === 'incident', anchorEnd: x > width * 0.7 };
  });
  return {
    width,
    height,
    countries: drawn.sort((a, b) => Number(a.highlight) - Number(b.highlight) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    points,
    unlocated: (incident.length ? incident : shown).filter((p) => p.lat === null || p.lon === null).map((p) => p.name),
  };
}
