// Shorter SVG path data for the same outline. d3-geo writes absolute moves and lines with one
// decimal ("M59.2,420L59.9,417.1…Z"); written as steps from the previous point ("M59.2 420l.7-2.9…z")
// the map's outlines take about 40% less text. The steps are computed in whole tenths, so every
// point is the one d3 wrote: the outline and its pixels are unchanged.

/** The path `d` (moves, lines and closes, at most one decimal) as relative lines; anything else is returned as given. */
export function relativePath(d: string): string {
  if (!/^[MLZ0-9.,\s-]*$/.test(d)) return d;
  const commands = d.match(/[MLZ][^MLZ]*/g) ?? [];
  let out = '';
  let last = ''; // the last number written, to know which separator the next one needs
  let [x, y] = [0, 0]; // the current point, in tenths
  let inLines = false; // after "l", further pairs are lines without repeating the letter
  const write = (letter: string, ...tenths: number[]) => {
    if (letter) {
      out += letter;
      last = '';
    }
    for (const t of tenths) {
      const s = decimal(t);
      // A number needs no separator when it starts with "-", or with "." after a number with a decimal point.
      if (last && !(s[0] === '-' || (s[0] === '.' && last.includes('.')))) out += ' ';
      out += s;
      last = s;
    }
  };
  for (const command of commands) {
    const letter = command[0];
    const values = command.slice(1).split(/[\s,]+/).filter(Boolean).map((v) => Math.round(Number(v) * 10));
    if (values.some((v) => !Number.isFinite(v)) || (letter === 'Z' ? values.length !== 0 : values.length !== 2)) return d;
    if (letter === 'Z') {
      write('z');
      inLines = false;
    } else if (letter === 'M') {
      // After "z" the current point is the subpath's start: an absolute move is as short and needs no bookkeeping.
      [x, y] = values as [number, number];
      write('M', x, y);
      inLines = false;
    } else {
      const [nx, ny] = values as [number, number];
      write(inLines ? '' : 'l', nx - x, ny - y);
      [x, y] = [nx, ny];
      inLines = true;
    }
  }
  return out;
}

/** Tenths as the shortest decimal: 7 → ".7", -29 → "-2.9", 40 → "4", -5 → "-.5". */
function decimal(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return sign + (frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${frac}`);
}
