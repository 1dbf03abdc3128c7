// A fast reader for the one shape of briefing body the prebuild writes (src/build/mdx.ts, through
// remark-stringify): the source-text <div>, one `  <p>…</p>` line per paragraph separated by blank
// lines, sentence <span>s, and text in which every character with a meaning in MDX is escaped.
// Parsing that with micromark was 16 of about 140 s of CPU rendering a 2,000-seed site. Anything
// else, or anything unsure (a named character reference, an unescaped `*`, a tab, a line break in a
// paragraph…), returns null and the full mdast parser reads the body, so what a page shows never
// depends on this reader: for what it accepts it gives the same HTML (tested against the parser).

const OPEN = '<div data-source-text="" class="source-text">\n';
const CLOSE = '</div>\n';
const SPAN = /^<span id="([A-Za-z0-9_-]+)" class="sentence">/;

/** Text as Astro escapes it (html-escaper: & < > ' "). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>'"]/g, (c) => ESCAPES[c]);

// ASCII characters with no meaning in MDX text in the middle of a line (the writer leaves them
// unescaped there; `]` and `!` cannot make a link or image, as every `[` is escaped; `~` and `|`
// mean something only in GFM, which the parser does not read). The rest (`* _ [ < { \` &`, tabs)
// are read as escapes or refused.
const PLAIN_ASCII = /^[A-Za-z0-9 .,;:?'"()\-/%+=$@^\]>}~|#!]$/;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
// A run of such characters and of non-ASCII ones (not C1 controls, line separators or surrogates), copied at once.
const PLAIN_RUN = /[A-Za-z0-9 .,;:?'"()\-/%+=$@^\]>}~|#!\u00a0-\u2027\u202a-\ud7ff\ue000-\uffff]+/y;

/**
 * A numeric character reference at `at` (`&#x3C;`, `&#60;`) decoded as micromark decodes it
 * (micromark-util-decode-numeric-character-reference: controls, surrogates, noncharacters and
 * out-of-range codes become U+FFFD), with its length; null if there is none.
 */
function numericReference(s: string, at: number): { char: string; length: number } | null {
  const m = /^&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/.exec(s.slice(at, at + 12));
  if (!m) return null;
  const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
  const replaced =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111;
  return { char: replaced ? '\uFFFD' : String.fromCodePoint(code), length: m[0].length };
}

/** Whether the code unit at `at` is text this reader copies as it is: not ASCII, not a C1 control or line separator, not half a surrogate pair. */
function plainNonAscii(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 0xa0 || code === 0x2028 || code === 0x2029) return false;
  if (code >= 0xd800 && code <= 0xdbff) return at + 1 < s.length && s.charCodeAt(at + 1) >= 0xdc00 && s.charCodeAt(at + 1) <= 0xdfff;
  if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && s.charCodeAt(at - 1) >= 0xd800 && s.charCodeAt(at - 1) <= 0xdbff;
  return true;
}

/** Decodes escaped text up to the next `<` (or the end); null on anything this reader does not vouch for. */
function readText(s: string, from: number): { text: string; end: number } | null {
  let out = '';
  let at = from;
  while (at < s.length && s[at] !== '<') {
    PLAIN_RUN.lastIndex = at;
    const run = PLAIN_RUN.exec(s);
    if (run) {
      out += run[0];
      at += run[0].length;
      continue;
    }
    const c = s[at];
    if (c === '\\') {
      // Before ASCII punctuation an escape; before anything else a backslash (CommonMark).
      const next = s[at + 1];
      if (next === undefined) return null;
      if (ASCII_PUNCTUATION.test(next)) {
        out += next;
        at += 2;
      } else {
        out += c;
        at++;
      }
    } else if (c === '&') {
      const ref = numericReference(s, at);
      if (ref) {
        out += ref.char;
        at += ref.length;
      } else if (/^&[A-Za-z0-9#]/.test(s.slice(at, at + 2))) {
        return null; // a named (or malformed) reference: the parser knows the table
      } else {
        out += c;
        at++;
      }
    } else if (c.charCodeAt(0) < 0x80 ? PLAIN_ASCII.test(c) : plainNonAscii(s, at)) {
      out += c;
      at++;
    } else {
      return null;
    }
  }
  return { text: out, end: at };
}

/** The inner HTML of one paragraph line (`<p>` … `</p>`), or null. */
function paragraphHtml(line: string): string | null {
  if (!line.startsWith('  <p>') || !line.endsWith('</p>')) return null;
  const s = line.slice(5, -4);
  let out = '';
  let at = 0;
  while (at < s.length) {
    if (s[at] === '<') {
      const open = SPAN.exec(s.slice(at, at + 80));
      if (!open) return null;
      const inner = readText(s, at + open[0].length);
      if (!inner || !s.startsWith('</span>', inner.end)) return null;
      out += `<span id="${escapeHtml(open[1])}" class="sentence">${escapeHtml(inner.text)}</span>`;
      at = inner.end + 7;
    } else {
      const text = readText(s, at);
      if (!text) return null;
      // Whitespace next to a tag at either end of the line is where the parser's rules on
      // spaces apply; the prebuild writes none there (it encodes them): leave such lines to it.
      if ((at === 0 || text.end === s.length) && /^\s|\s$/.test(text.text) && text.text.trim()) return null;
      if ((at === 0 || text.end === s.length) && !text.text.trim()) return null;
      out += escapeHtml(text.text);
      at = text.end;
    }
  }
  return out;
}

/**
 * The body's HTML as `briefingBodyHtml` gives it, for a body in the prebuild's exact shape; null
 * for any other, which the full parser must read.
 */
export function fastBriefingBodyHtml(body: string): string | null {
  // The blank line the serializer writes after the front matter.
  if (body.startsWith('\n')) body = body.slice(1);
  if (!body.startsWith(OPEN) || !body.endsWith(CLOSE)) return null;
  const lines = body.slice(OPEN.length, -CLOSE.length).split('\n');
  // `  <p>…</p>`, blank, `  <p>…</p>`, …, and the newline before `</div>` leaves an empty last entry.
  if (lines.length < 2 || lines.at(-1) !== '' || lines.length % 2 !== 0) return null;
  let out = '<div data-source-text class="source-text">';
  for (let i = 0; i < lines.length - 1; i++) {
    if (i % 2 === 1) {
      if (lines[i] !== '') return null;
      continue;
    }
    const inner = paragraphHtml(lines[i]);
    if (inner === null) return null;
    out += `<p>${inner}</p>`;
  }
  return out + '</div>';
}
