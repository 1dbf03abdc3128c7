// What Pagefind reads of a page, without what it would skip: inside `data-pagefind-body`, every
// element marked `data-pagefind-ignore` (and holding no other `data-pagefind-*` attribute, whose
// metadata Pagefind would still read) is cut out before the page is handed to the indexer. The
// index is the same (tested: same records, words and metadata); the indexer parses a quarter of
// the bytes (an event page is mostly sections search leaves out).
//
// The pages are Astro's output: text is escaped (a raw `<` only opens a tag), attribute values are
// quoted, script and style hold raw text. The scanner reads tags with their quoted attributes, so a
// `<` or `>` inside an attribute value (seed text in an aria-label) cannot mislead it; when anything
// does not look as expected the page is handed over whole.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// A start or end tag at a `<`: name, attributes (quoted values), end.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const COMMENT_END = '-->';

interface Tag {
  start: number;
  end: number;
  close: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
}

/** The tags of `html` from `from` on, in order; null when something is not a tag Astro writes. */
function* tags(html: string, from: number): Generator<Tag | null> {
  let at = from;
  while (true) {
    const lt = html.indexOf('<', at);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf(COMMENT_END, lt + 4);
      if (end < 0) return yield null;
      at = end + COMMENT_END.length;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) return yield null;
    const tag: Tag = { start: lt, end: TAG.lastIndex, close: m[1] === '/', name: m[2].toLowerCase(), attrs: m[3], selfClosing: m[4] === '/' };
    yield tag;
    at = tag.end;
    if (!tag.close && (tag.name === 'script' || tag.name === 'style')) {
      const end = html.indexOf(`</${tag.name}`, at);
      if (end < 0) return yield null;
      at = end;
    }
  }
}

const IGNORE = /\sdata-pagefind-ignore(?:\s*=\s*"(?:index)?")?(?=[\s>/]|$)/;

/**
 * The page as Pagefind would index it, with the ignored elements of its body cut out; the page
 * itself when it has no `data-pagefind-body` or when its markup is not as expected.
 */
export function searchHtml(html: string): string {
  const body = html.indexOf(' data-pagefind-body');
  if (body < 0) return html;
  const open = html.lastIndexOf('<', body);
  const out: string[] = [];
  let kept = 0;
  const scan = tags(html, open);
  for (let tag = scan.next().value; tag !== undefined; tag = scan.next().value) {
    if (tag === null) return html;
    if (tag.close || tag.selfClosing || VOID.has(tag.name) || !IGNORE.test(tag.attrs)) continue;
    // The element's end: the matching end tag of its name.
    let depth = 1;
    let end = -1;
    for (let inner = scan.next().value; inner !== undefined; inner = scan.next().value) {
      if (inner === null) return html;
      if (inner.name !== tag.name || inner.selfClosing || VOID.has(inner.name)) continue;
      depth += inner.close ? -1 : 1;
      if (depth === 0) {
        end = inner.end;
        break;
      }
    }
    if (end < 0) return html;
    const element = html.slice(tag.start, end);
    // Metadata, filters or sort keys inside: Pagefind reads them even there. Keep the element.
    if (/\sdata-pagefind-(?!ignore)/.test(element.slice(tag.end - tag.start))) continue;
    out.push(html.slice(kept, tag.start));
    kept = end;
  }
  out.push(html.slice(kept));
  return out.join('');
}
