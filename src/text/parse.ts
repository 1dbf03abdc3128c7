// The natural-language parser (retext-english's, see english-parser.ts), run on bounded pieces of a long text.
//
// parse-latin tokenizes a whole text as one token list and merges tokens and sentences with
// `Array#splice` on that list, so one parse costs time quadratic in the length of the text
// (a 4 MB seed spent minutes here). Parsing pieces of at most a few KB each and joining the
// trees makes it linear. The pieces are cut only where parse-latin's own result is known not
// to depend on the text on the other side of the cut, so sentences (all that the structure
// plugin reads of the tree: sentence offsets and the word count) are the same as from one
// parse of the whole text. Texts shorter than one piece (every ordinary news text) are parsed
// in one go, exactly as before.
import type { Root, RootContent } from 'nlcst';
import type { Point } from 'unist';
import { unified, type Plugin, type Processor } from 'unified';
import retextEnglishParser from './english-parser.ts';
import { paragraphRanges } from './structure.ts';

/** Length of text parsed at once; a longer text is cut at the first safe place after each such stretch. */
export const PARSE_PIECE = 16 * 1024;

const whole = unified().use(retextEnglishParser).freeze();

/**
 * Safe cuts inside a paragraph: after a sentence ending in a lower-case word of six letters or
 * more, before a space and a capitalized word (`…the attack. The army…`). parse-latin ends the
 * sentence there whatever surrounds it: no abbreviation it knows is that long and lower case,
 * the word holds no inner period, and the next sentence starts with neither a lower-case letter,
 * a digit, a closing mark nor a comma that would join it to the one before.
 */
const SENTENCE_END = /(?<=[ \t])[a-z]{6,}\.(?= +[A-Z][a-z])/g;

/**
 * Safe cuts between paragraphs: at the start of a paragraph (one of the structure plugin's,
 * so a hard-wrapped paragraph is never cut) that begins a line with a letter or digit, when the
 * text before it ends with a letter, a digit or a sentence-final mark. Either side then holds a
 * word in its sentence at the cut (a wordless scrap would be merged across it), and whatever
 * else parse-latin decides at a line break only moves a sentence boundary onto the line break,
 * where the structure plugin cuts sentences anyway.
 */
const BEGINS = /^[A-Za-z0-9]/;
const ENDS = /[A-Za-z0-9.!?\u2026\u203D]/;
/** parse-latin's white space (JavaScript's `\s` also takes U+FEFF, which parse-latin does not). */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

/** Offsets where `text` may be cut into pieces of about `piece` characters (sorted, none at 0). */
export function pieceCuts(text: string, piece = PARSE_PIECE): number[] {
  const cuts: number[] = [];
  if (text.length <= piece) return cuts;
  const starts = paragraphRanges(text).map((r) => r.start);
  let p = 0; // next paragraph start to consider
  let inner: number | null = null; // next in-paragraph cut found by SENTENCE_END (cached: never scan twice)
  let innerFrom = -1;
  const nextInner = (from: number): number => {
    if (inner !== null && innerFrom <= from && inner >= from) return inner;
    SENTENCE_END.lastIndex = from;
    const m = SENTENCE_END.exec(text);
    innerFrom = from;
    inner = m ? m.index + m[0].length : text.length;
    return inner;
  };
  const safeStart = (s: number) => {
    const before = text[s - 1];
    if (before !== '\n' && before !== '\r') return false;
    if (!BEGINS.test(text[s])) return false;
    let k = s - 1;
    while (k >= 0 && WHITE_SPACE.test(text[k])) k--;
    return k >= 0 && ENDS.test(text[k]);
  };
  let from = piece;
  while (from < text.length) {
    while (p < starts.length && (starts[p] < from || !safeStart(starts[p]))) p++;
    const cut = Math.min(p < starts.length ? starts[p] : text.length, nextInner(from));
    if (cut >= text.length) break;
    cuts.push(cut);
    from = cut + piece;
  }
  return cuts;
}

/** Adds `delta` to every offset of a tree (and fixes lines and columns); shared points move once. */
function shift(node: Root | RootContent, delta: { offset: number; line: number; column: number }, seen: Set<Point>) {
  const move = (pt: Point | undefined) => {
    if (!pt || seen.has(pt)) return;
    seen.add(pt);
    if (pt.line === 1) pt.column += delta.column - 1;
    pt.line += delta.line - 1;
    if (pt.offset !== undefined) pt.offset += delta.offset;
  };
  move(node.position?.start);
  move(node.position?.end);
  if ('children' in node) for (const c of node.children) shift(c, delta, seen);
}

/** Line and column (1-based, as vfile counts them) at each cut. */
function points(text: string, cuts: number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const cut of cuts) {
    for (; i < cut; i++) {
      const c = text[i];
      if (c === '\r' || (c === '\n' && text[i - 1] !== '\r')) line++;
      if (c === '\r' || c === '\n') lineStart = i + 1;
    }
    out.push({ line, column: cut - lineStart + 1 });
  }
  return out;
}

/** retext-english's tree of `text`, parsed piece by piece (see `pieceCuts`). */
export function parseText(text: string, piece = PARSE_PIECE): Root {
  const cuts = pieceCuts(text, piece);
  if (!cuts.length) return whole.parse(text) as Root;
  const bounds = [0, ...cuts, text.length];
  const at = [{ line: 1, column: 1 }, ...points(text, cuts)];
  const root: Root = { type: 'RootNode', children: [] };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const tree = whole.parse(text.slice(bounds[i], bounds[i + 1])) as Root;
    if (i > 0) shift(tree, { offset: bounds[i], ...at[i] }, new Set());
    root.children.push(...tree.children);
  }
  const first = root.children[0]?.position;
  const last = root.children.at(-1)?.position;
  if (first && last) root.position = { start: first.start, end: last.end };
  return root;
}

/** unified plugin: retext-english's parser, piece by piece. */
const retextEnglishPieces: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string) => parseText(document);
};
export default retextEnglishPieces;
