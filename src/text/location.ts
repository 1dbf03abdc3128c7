// Line and column of offsets in a text (1-based, as unist and vfile count them), for messages that
// say where in a seed a problem is.
import type { Point, Position } from 'unist';

/** The point at `offset` in `text`. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || (c === '\n' && text[i - 1] !== '\r')) line++;
    if (c === '\r' || c === '\n') lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** The position of `[start, end)` in `text`. */
export function positionAt(text: string, start: number, end: number): Position {
  return { start: pointAt(text, start), end: pointAt(text, end) };
}
