// A small static map of an event's places: country outlines (world-atlas) and points, drawn
// with d3-geo at build time into plain SVG path data. No script runs in the browser.
import { geoBounds, geoMercator, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { worldCountries } from '../../geo/world.ts';
import type { EventPlace } from '../../schemas/event.ts';
import { outlineDrawer } from './map-outlines.ts';

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

type Bounds = [[number, number], [number, number]];
interface BoundedCountry {
  f: Feature<Geometry, { name: string }>;
  b: Bounds;
  parts: { coordinates: Position[][]; b: Bounds }[] | null;
}
// Bounds once, so each map only draws the countries in view; and of each polygon of a country
// made of several, so that only its polygons in view are projected and clipped (the others
// would draw nothing: leaving them out changes no byte of the map, only its time). Made at the
// first map, not when the page module loads (a build whose event pages all come from Astro's
// cache draws none).
let boundedCountries: BoundedCountry[] | null = null;
function bounded(): BoundedCountry[] {
  if (boundedCountries) return boundedCountries;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const outlines = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  return (boundedCountries = outlines.map((f) => ({
    f,
    b: geoBounds(f as GeoPermissibleObjects) as Bounds,
    parts:
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.map((coordinates) => ({ coordinates, b: geoBounds({ type: 'Polygon', coordinates }) as Bounds }))
        : null,
  })));
}

/** Whether bounds (west > east when they cross the antimeridian) may meet a box, with a margin. */
const meets = ([[w, s], [e, n]]: Bounds, box: { west: number; east: number; south: number; north: number }, margin: number) =>
  w > e || (e >= box.west - margin && w <= box.east + margin && n >= box.south - margin && s <= box.north + margin);
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
  const outline = outlineDrawer(projection);
  const target = countryCode ? numericOf.get(countryCode) : undefined;
  // Bounds crossing the antimeridian have w > e: kept (rare, cheap).
  const inView = bounded().filter(({ b }) => meets(b, { west, east, south, north }, 5));
  // What the clip extent shows, in degrees (Mercator keeps longitude and latitude apart).
  const [viewWest, viewNorth] = projection.invert!([0, 0])!;
  const [viewEast, viewSouth] = projection.invert!([width, height])!;
  const view = { west: viewWest, east: viewEast, south: viewSouth, north: viewNorth };
  /** The country's polygons (each a list of rings) that may show. */
  const visible = ({ f, parts }: BoundedCountry): Position[][][] => {
    if (f.geometry.type === 'Polygon') return [f.geometry.coordinates];
    if (f.geometry.type !== 'MultiPolygon') throw new Error(`map outlines: ${f.properties.name} is a ${f.geometry.type}`);
    if (!parts || viewWest > viewEast) return f.geometry.coordinates;
    return parts.filter((p) => meets(p.b, view, 1)).map((p) => p.coordinates);
  };
  const drawn = inView
    .map((c) => ({ d: outline(visible(c)), name: c.f.properties.name, highlight: target !== undefined && String(c.f.id) === target }))
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
