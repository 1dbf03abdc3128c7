// Reading the prebuild's content files: a briefing's MDX (front matter = the Report, body = the
// source text with one `<span id="sN">` per sentence) and an event's JSON. The collections'
// loaders (content-loaders.ts) read the front matter to index the entries; a page reads the whole
// file of the one entry it renders, so no step of the build holds every report and event at once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import type { Report } from '../schemas/report.ts';
import type { Event } from '../schemas/event.ts';
import { fastBriefingBodyHtml } from './briefing-html.ts';

const FENCE = /^---[ \t]*$/;

/**
 * A briefing file split as remark-frontmatter splits it: the front matter between the opening
 * `---` line and the next `---` line, and the body after it.
 */
export function splitFrontMatter(contents: string, where: string): { frontMatter: string; body: string } {
  const firstBreak = contents.indexOf('\n');
  if (firstBreak < 0 || !FENCE.test(contents.slice(0, firstBreak).replace(/\r$/, ''))) {
    throw new Error(`${where}: a briefing opens with its front matter (a --- line)`);
  }
  // Only a line that starts with "---" can close it: look at those alone (the JSON front matter has a line per field).
  for (let newline = contents.indexOf('\n---', firstBreak); newline >= 0; newline = contents.indexOf('\n---', newline + 1)) {
    const at = newline + 1;
    const end = contents.indexOf('\n', at);
    const line = (end < 0 ? contents.slice(at) : contents.slice(at, end)).replace(/\r$/, '');
    if (FENCE.test(line)) return { frontMatter: contents.slice(firstBreak + 1, at), body: end < 0 ? '' : contents.slice(end + 1) };
  }
  throw new Error(`${where}: the front matter is not closed (no --- line after it)`);
}

/**
 * The front matter's data. The prebuild writes it as JSON (which is YAML too) after a YAML
 * comment line; JSON.parse reads that in a fraction of a millisecond. Anything else is read as YAML.
 */
export function parseFrontMatter(frontMatter: string): unknown {
  const json = frontMatter.replace(/^(?:[ \t]*#[^\n]*\n)+/, '');
  if (json.trimStart().startsWith('{')) {
    try {
      return JSON.parse(json);
    } catch {
      // not JSON after all: YAML below
    }
  }
  return parseYaml(frontMatter);
}

const parser = unified().use(remarkParse).use(remarkMdx).freeze();

/** Text as Astro escapes it (html-escaper: & < > ' "). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>'"]/g, (c) => ESCAPES[c]);

/** The only elements and attributes the prebuild writes (src/build/mdx.ts). Anything else is refused. */
const ELEMENTS: Record<string, ReadonlySet<string>> = {
  div: new Set(['data-source-text', 'class']),
  p: new Set(),
  span: new Set(['id', 'class']),
};

function attributes(name: string, attrs: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], where: string): string {
  let out = '';
  for (const a of attrs) {
    if (a.type !== 'mdxJsxAttribute' || !ELEMENTS[name].has(a.name) || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) {
      throw new Error(`${where}: unexpected attribute on <${name}>: ${a.type === 'mdxJsxAttribute' ? a.name : '{…}'}`);
    }
    // As Astro renders a JSX attribute: an empty string (or none) is a bare attribute.
    out += a.value ? ` ${a.name}="${escapeHtml(a.value)}"` : ` ${a.name}`;
  }
  return out;
}

function toHtml(nodes: RootContent[], where: string): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += escapeHtml(node.value);
        break;
      case 'paragraph': {
        // MDX drops the paragraph around a line that holds nothing but JSX.
        const onlyJsx = node.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && !c.value.trim()));
        const inner = toHtml(node.children as RootContent[], where);
        out += onlyJsx ? inner : `<p>${inner}</p>`;
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!Object.hasOwn(ELEMENTS, name)) throw new Error(`${where}: unexpected element <${name}>`);
        out += `<${name}${attributes(name, node.attributes, where)}>${toHtml(node.children as RootContent[], where)}</${name}>`;
        break;
      }
      default:
        // Seed text only ever becomes text nodes (src/build/mdx.ts): anything else is not a briefing.
        throw new Error(`${where}: unexpected ${node.type} in a briefing's text`);
    }
  }
  return out;
}

/**
 * A briefing body as HTML, parsed with the mdast tools (remark-parse + remark-mdx) and written
 * as the MDX compiler and Astro's renderer wrote it: the same elements and attributes, text
 * escaped, a paragraph holding nothing but JSX unwrapped. Only the elements and attributes the
 * prebuild writes are accepted; an expression, an import or any Markdown construct fails the build.
 */
export function briefingBodyHtml(body: string, where = 'briefing'): string {
  // The prebuild's own output, read without the parser (briefing-html.ts); anything else the parser reads.
  return fastBriefingBodyHtml(body) ?? parsedBriefingBodyHtml(body, where);
}

/** `briefingBodyHtml` through the parser alone (what the fast reader is tested against). */
export function parsedBriefingBodyHtml(body: string, where = 'briefing'): string {
  return toHtml((parser.parse(body) as Root).children, where);
}

/** A content entry's file, resolved against the project root (Astro builds from the project root). */
const fileOf = (filePath: string) => resolve(process.cwd(), filePath);

/**
 * The report and the source text as HTML of the briefing file at `filePath` (relative to the
 * project root). Not validated again: the loader validated this very file (same digest) when it
 * came in; the schemas transform nothing, so the data is the same.
 */
export function readBriefing(filePath: string): { report: Report; html: string } {
  const contents = readFileSync(fileOf(filePath), 'utf8');
  const { frontMatter, body } = splitFrontMatter(contents, filePath);
  return { report: parseFrontMatter(frontMatter) as Report, html: briefingBodyHtml(body, filePath) };
}

// The last events read: the briefings of one event usually render one after another.
const recentEvents = new Map<string, Event>();

/**
 * The event in the JSON file at `filePath` (relative to the project root) whose digest is
 * `digest`; validated by the loader, like a briefing.
 */
export function readEvent(filePath: string, digest: string): Event {
  const key = `${digest} ${filePath}`;
  const known = recentEvents.get(key);
  if (known) return known;
  const event = JSON.parse(readFileSync(fileOf(filePath), 'utf8')) as Event;
  recentEvents.set(key, event);
  if (recentEvents.size > 16) recentEvents.delete(recentEvents.keys().next().value!);
  return event;
}

/** An event file as the prebuild wrote it (keys in the prebuild's order; see export-parts.ts). */
export function readEventFile(filePath: string): Event {
  return JSON.parse(readFileSync(fileOf(filePath), 'utf8')) as Event;
}
