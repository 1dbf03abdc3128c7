// Shorter SVG path data for the same outline. d3-geo writes absolute moves and lines with one
// decimal ("M59.2,420L59.9,417.1…Z"); written as steps from the previous point ("M59.2 420l.7-2.9…z")
// the map's outlines take about 40% less text. The steps are computed in whole tenths, so every
// point is the one d3 wrote: the outline and its pixels are unchanged.

/** The path `d` (moves, lines and closes, at most one decimal) as relative lines; anything else is returned as given. */
export function relativePath(d: string): string {
  if (!/^[MLZ0-9.,\s-]*$/.test(d)) return d;
  // Read in one pass (an event page's map has about 20,000 points): a command is its letter and
  // the numbers up to the next letter, any other character (comma, space) separates numbers.
  let out = '';
  let last = ''; // the last number written, to know which separator the next one needs
  let [x, y] = [0, 0]; // the current point, in tenths
  let inLines = false; // after "l", further pairs are lines without repeating the letter
  const write = (t: number) => {
    const s = decimal(t);
    // A number needs no separator when it starts with "-", or with "." after a number with a decimal point.
    if (last && !(s[0] === '-' || (s[0] === '.' && last.includes('.')))) out += ' ';
    out += s;
    last = s;
  };
  const values: number[] = [];
  let at = d.search(/[MLZ]/);
  if (at < 0) return '';
  while (at < d.length) {
    const letter = d[at++];
    values.length = 0;
    while (at < d.length) {
      const c = d.charCodeAt(at);
      if (c === 77 || c === 76 || c === 90) break; // M, L, Z
      if ((c >= 48 && c <= 57) || c === 46 || c === 45) {
        const from = at;
        while (at < d.length && isNumberChar(d.charCodeAt(at))) at++;
        const v = tenthsOf(d, from, at);
        if (!Number.isFinite(v)) return d;
        values.push(v);
      } else at++;
    }
    if (letter === 'Z' ? values.length !== 0 : values.length !== 2) return d;
    if (letter === 'Z') {
      out += 'z';
      last = '';
      inLines = false;
    } else if (letter === 'M') {
      // After "z" the current point is the subpath's start: an absolute move is as short and needs no bookkeeping.
      [x, y] = [values[0], values[1]];
      out += 'M';
      last = '';
      write(x);
      write(y);
      inLines = false;
    } else {
      const [nx, ny] = [values[0], values[1]];
      if (!inLines) {
        out += 'l';
        last = '';
      }
      write(nx - x);
      write(ny - y);
      [x, y] = [nx, ny];
      inLines = true;
    }
  }
  return out;
}

const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 45;

/**
 * `Math.round(Number(d.slice(from, to)) * 10)`, counted in whole tenths when the number is
 * written as d3 writes it (an optional "-", digits, at most one decimal); read by Number otherwise.
 */
function tenthsOf(d: string, from: number, to: number): number {
  let at = from;
  const negative = d.charCodeAt(at) === 45;
  if (negative) at++;
  let whole = 0;
  const digitsFrom = at;
  while (at < to && d.charCodeAt(at) >= 48 && d.charCodeAt(at) <= 57) whole = whole * 10 + (d.charCodeAt(at++) - 48);
  const digits = at - digitsFrom;
  let tenths = whole * 10;
  if (at < to && d.charCodeAt(at) === 46 && at + 2 === to && d.charCodeAt(at + 1) >= 48 && d.charCodeAt(at + 1) <= 57) {
    tenths += d.charCodeAt(at + 1) - 48;
    at = to;
  }
  // Up to 12 digits the tenths are exact; -0 stays -0, as Math.round gives it.
  if (at !== to || digits === 0 || digits > 12) return Math.round(Number(d.slice(from, to)) * 10);
  return negative ? -tenths : tenths;
}

/** Tenths as the shortest decimal: 7 → ".7", -29 → "-2.9", 40 → "4", -5 → "-.5". */
export function decimal(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return sign + (frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${frac}`);
}
