// Country outlines drawn by a Mercator projection as d3-geo draws them, with the work that does
// not depend on the view done once per polygon instead of once per map.
//
// A d3 projection streams a polygon through: degrees to radians and rotation (none here), the
// antimeridian cut (on the sphere), adaptive resampling (each point projected; each segment's
// midpoint on the sphere projected, and the segment split while that midpoint is off the
// straight line by more than the precision), the clip to the map's extent and the path writer.
// The cut, each point's spherical and projected coordinates before scale and translate, and
// each segment's first midpoint are the same for every map. They are computed once here; the
// steps that depend on the view run as d3 runs them, with the same arithmetic, into d3's own
// clip and path writer: the path data are the same to the byte (tests/unit/map-outlines.test.ts).
import { geoClipAntimeridian, geoMercator, geoMercatorRaw, geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Position } from 'geojson';
import { decimal, relativePath } from './svg-path.ts';

// d3-geo's constants (src/math.js, src/projection/resample.js): a projection's default
// precision (0.5, squared), its deepest split and the angle past which a segment is always split.
const epsilon = 1e-6;
const halfPi = Math.PI / 2;
const delta2 = 0.5;
const maxDepth = 16;
const cosMinDistance = Math.cos(30 * (Math.PI / 180));

/**
 * One line of a polygon after the antimeridian cut, with what resampling computes of each point
 * (longitude; Mercator y before scale; the point on the unit sphere) and, once asked, of the
 * segment from each point to the next (the last one closing the ring).
 */
interface CutLine {
  points: number;
  /** Per point: λ, φ, Mercator y, x, y, z on the sphere. */
  at: Float64Array;
  /** Per segment: λ, Mercator y, x, y, z of its midpoint on the sphere, and 1 if the segment spans more than 30°; NaN until computed. */
  mid: Float64Array;
}
const POINT = 6;
const MID = 6;

const mercatorY = (phi: number) => Math.log(Math.tan((halfPi + phi) / 2));

function cutLine(flat: readonly number[]): CutLine {
  const points = flat.length / 2;
  const at = new Float64Array(points * POINT);
  for (let i = 0; i < points; i++) {
    const [lambda, phi] = [flat[2 * i], flat[2 * i + 1]];
    const cosPhi = Math.cos(phi);
    at.set([lambda, phi, mercatorY(phi), cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)], i * POINT);
  }
  return { points, at, mid: new Float64Array(points * MID).fill(NaN) };
}

/** Records what d3's antimeridian clip hands on, one polygon at a time: its lines, or null when nothing is left. */
function clipRecorder(): (coordinates: Position[][]) => CutLine[] | null {
  let lines: CutLine[] | null = null;
  let line: number[] | null = null;
  let started = false;
  const unexpected = (what: string) => {
    throw new Error(`map outlines: unexpected ${what} from the antimeridian clip`);
  };
  const sink: GeoStream = {
    polygonStart() {
      if (started) unexpected('polygonStart');
      started = true;
      lines = [];
    },
    polygonEnd() {
      if (!started || line) unexpected('polygonEnd');
      started = false;
    },
    lineStart() {
      if (!started || line) unexpected('lineStart');
      line = [];
    },
    lineEnd() {
      if (!line) unexpected('lineEnd');
      lines!.push(cutLine(line!));
      line = null;
    },
    point(x, y) {
      if (!line) unexpected('point');
      line!.push(x, y);
    },
    sphere: () => unexpected('sphere'),
  };
  // What a projection applies before its pre-clip (degrees to radians, no rotation): a Mercator
  // projection's own stream, with the recorder as the sink of its antimeridian clip.
  const beforeClip = geoMercator()
    .preclip(() => geoClipAntimeridian(sink))
    .stream(sink);
  return (coordinates) => {
    lines = null;
    geoStream({ type: 'Polygon', coordinates }, beforeClip);
    if (started || line) unexpected('end of polygon');
    return lines;
  };
}

const clipPolygon = clipRecorder();
// Keyed by the polygon's coordinates (world-atlas is read once; its arrays live as long as the process).
const cutOf = new Map<Position[][], CutLine[] | null>();
function cut(coordinates: Position[][]): CutLine[] | null {
  let known = cutOf.get(coordinates);
  if (known === undefined) cutOf.set(coordinates, (known = clipPolygon(coordinates)));
  return known;
}

/**
 * A function drawing polygons (lists of rings of [longitude, latitude]) as path data:
 * `relativePath(geoPath(projection).digits(1)(polygons))`. `projection` is a geoMercator with no
 * rotation, angle or reflection and the default precision.
 */
export function outlineDrawer(projection: GeoProjection): (polygons: Position[][][]) => string {
  // The projection's scale and translate, as d3 composes them (projection/index.js: recenter, scaleTranslate).
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  const [r0, r1] = geoMercatorRaw(0, 0);
  const dx = tx - (0 + k * r0);
  const dy = ty - (0 - k * r1);
  const postclip = projection.postclip();
  let drawing: Position[][][] = [];

  const fitting =
    projection.precision() === Math.sqrt(delta2) &&
    projection.rotate().every((r) => r === 0) &&
    projection.angle() === 0 &&
    !projection.reflectX() &&
    !projection.reflectY() &&
    projection.center().every((c) => c === 0) &&
    [[0, 0], [12.5, 41.9], [-70.66, -33.45], [179.9, 65], [-179.9, -77.8]].every(([lon, lat]) => {
      const [x, y] = projection([lon, lat])!;
      const [lambda, phi] = [lon * (Math.PI / 180), lat * (Math.PI / 180)];
      return x === dx + k * lambda && y === dy - k * mercatorY(phi);
    });
  const d3Path = geoPath(projection).digits(1);
  const byD3 = (polygons: Position[][][]) => relativePath(d3Path({ type: 'MultiPolygon', coordinates: polygons }) ?? '');
  // Not the projection this is written for: d3 draws it all.
  if (!fitting) return byD3;

  // d3's resampleLineTo (projection/resample.js) below the first split.
  function lineTo(x0: number, y0: number, lambda0: number, a0: number, b0: number, c0: number, x1: number, y1: number, lambda1: number, a1: number, b1: number, c1: number, depth: number, stream: GeoStream) {
    const ddx = x1 - x0;
    const ddy = y1 - y0;
    const d2 = ddx * ddx + ddy * ddy;
    if (d2 > 4 * delta2 && depth--) {
      sphereMidpoint(lambda0, a0, b0, c0, lambda1, a1, b1, c1);
      // Read out before the recursion below overwrites it.
      const lambda2 = midpoint[0];
      const [a, b, c] = [midpoint[2], midpoint[3], midpoint[4]];
      const x2 = dx + k * lambda2;
      const y2 = dy - k * midpoint[1];
      const dx2 = x2 - x0;
      const dy2 = y2 - y0;
      const dz = ddy * dx2 - ddx * dy2;
      if (dz * dz / d2 > delta2 || Math.abs((ddx * dx2 + ddy * dy2) / d2 - 0.5) > 0.3 || a0 * a1 + b0 * b1 + c0 * c1 < cosMinDistance) {
        lineTo(x0, y0, lambda0, a0, b0, c0, x2, y2, lambda2, a, b, c, depth, stream);
        stream.point(x2, y2);
        lineTo(x2, y2, lambda2, a, b, c, x1, y1, lambda1, a1, b1, c1, depth, stream);
      }
    }
  }

  /** The first split of the segment of `line` from point i to point j (resampleLineTo at full depth), its midpoint kept. */
  function segment(line: CutLine, i: number, j: number, stream: GeoStream) {
    const { at, mid } = line;
    const [p, q, s] = [i * POINT, j * POINT, i * MID];
    const [x0, y0, x1, y1] = [dx + k * at[p], dy - k * at[p + 2], dx + k * at[q], dy - k * at[q + 2]];
    const ddx = x1 - x0;
    const ddy = y1 - y0;
    const d2 = ddx * ddx + ddy * ddy;
    if (!(d2 > 4 * delta2)) return;
    if (Number.isNaN(mid[s])) {
      const [a0, b0, c0, a1, b1, c1] = [at[p + 3], at[p + 4], at[p + 5], at[q + 3], at[q + 4], at[q + 5]];
      sphereMidpoint(at[p], a0, b0, c0, at[q], a1, b1, c1);
      mid.set(midpoint, s);
      mid[s + 5] = a0 * a1 + b0 * b1 + c0 * c1 < cosMinDistance ? 1 : 0;
    }
    const x2 = dx + k * mid[s];
    const y2 = dy - k * mid[s + 1];
    const dx2 = x2 - x0;
    const dy2 = y2 - y0;
    const dz = ddy * dx2 - ddx * dy2;
    if (dz * dz / d2 > delta2 || Math.abs((ddx * dx2 + ddy * dy2) / d2 - 0.5) > 0.3 || mid[s + 5] === 1) {
      const [lambda2, a, b, c] = [mid[s], mid[s + 2], mid[s + 3], mid[s + 4]];
      lineTo(x0, y0, at[p], at[p + 3], at[p + 4], at[p + 5], x2, y2, lambda2, a, b, c, maxDepth - 1, stream);
      stream.point(x2, y2);
      lineTo(x2, y2, lambda2, a, b, c, x1, y1, at[q], at[q + 3], at[q + 4], at[q + 5], maxDepth - 1, stream);
    }
  }

  /** The polygons' cut lines, resampled as rings (d3's resample in a polygon), into `stream`. */
  function draw(stream: GeoStream) {
    for (const coordinates of drawing) {
      const lines = cut(coordinates);
      if (!lines) continue;
      stream.polygonStart();
      for (const line of lines) {
        stream.lineStart();
        for (let i = 0; i < line.points; i++) {
          if (i > 0) segment(line, i - 1, i, stream);
          stream.point(dx + k * line.at[i * POINT], dy - k * line.at[i * POINT + 2]);
        }
        // The ring closes from its last point to its first.
        if (line.points > 0) segment(line, line.points - 1, 0, stream);
        stream.lineEnd();
      }
      stream.polygonEnd();
    }
  }

  const writer = new RelativePathWriter();
  const clipped = postclip(writer);
  return (polygons) => {
    drawing = polygons;
    writer.start();
    draw(clipped);
    // What the writer does not write as d3 and relativePath would (not seen in a map: a point
    // outside a line, a coordinate out of range) d3 draws.
    return writer.failed ? byD3(polygons) : writer.out;
  };
}

/**
 * Writes what d3's path writer (PathString, one decimal) writes for polygons, as relativePath
 * rewrites it: the points in whole tenths (Math.round(x * 10), the number d3 prints and
 * relativePath reads back), the first of each line a move, the others steps from the one before.
 */
class RelativePathWriter implements GeoStream {
  out = '';
  failed = false;
  private last = ''; // the last number written, to know which separator the next one needs
  private x = 0; // the current point, in tenths
  private y = 0;
  private inLines = false; // after "l", further pairs are lines without repeating the letter
  private inPolygon = false;
  private inLine = false;
  private first = false; // the next point is the line's first

  start() {
    [this.out, this.failed, this.last, this.x, this.y, this.inLines, this.inPolygon, this.inLine] = ['', false, '', 0, 0, false, false, false];
  }
  polygonStart() {
    this.inPolygon = true;
  }
  polygonEnd() {
    this.inPolygon = false;
  }
  lineStart() {
    this.inLine = true;
    this.first = true;
  }
  lineEnd() {
    if (this.inPolygon) {
      this.out += 'z';
      this.last = '';
      this.inLines = false;
    }
    this.inLine = false;
  }
  point(px: number, py: number) {
    // Plain decimals only (d3 would print "NaN" or an exponent, which relativePath leaves as is).
    if (!this.inLine || !(Math.abs(px) < 1e9 && Math.abs(py) < 1e9)) {
      this.failed = true;
      return;
    }
    // + 0: -0 prints as "0", and relativePath reads it back as 0.
    const [nx, ny] = [Math.round(px * 10) + 0, Math.round(py * 10) + 0];
    if (this.first) {
      this.out += 'M';
      this.last = '';
      this.write(nx);
      this.write(ny);
      this.inLines = false;
      this.first = false;
    } else {
      if (!this.inLines) {
        this.out += 'l';
        this.last = '';
      }
      this.write(nx - this.x);
      this.write(ny - this.y);
      this.inLines = true;
    }
    [this.x, this.y] = [nx, ny];
  }
  sphere() {
    this.failed = true;
  }
  private write(t: number) {
    const s = decimal(t);
    // A number needs no separator when it starts with "-", or with "." after a number with a decimal point.
    if (this.last && !(s[0] === '-' || (s[0] === '.' && this.last.includes('.')))) this.out += ' ';
    this.out += s;
    this.last = s;
  }
}

/** d3-geo's asin (math.js): clamped to ±π/2. */
/** The last `sphereMidpoint`: λ, Mercator y before scale, x, y, z on the unit sphere. */
const midpoint = new Float64Array(5);

/** The midpoint on the sphere of a segment, as d3's resampleLineTo computes it (same arithmetic, in the same order), into `midpoint`. */
function sphereMidpoint(lambda0: number, a0: number, b0: number, c0: number, lambda1: number, a1: number, b1: number, c1: number): void {
  const a = a0 + a1;
  const b = b0 + b1;
  let c = c0 + c1;
  const m = Math.sqrt(a * a + b * b + c * c);
  const phi2 = asin((c /= m));
  const lambda2 = Math.abs(Math.abs(c) - 1) < epsilon || Math.abs(lambda0 - lambda1) < epsilon ? (lambda0 + lambda1) / 2 : Math.atan2(b, a);
  midpoint[0] = lambda2;
  midpoint[1] = mercatorY(phi2);
  midpoint[2] = a / m;
  midpoint[3] = b / m;
  midpoint[4] = c;
}

const asin = (x: number) => (x > 1 ? halfPi : x < -1 ? -halfPi : Math.asin(x));
