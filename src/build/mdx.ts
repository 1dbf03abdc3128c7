import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import type { Report } from '../schemas/report.ts';

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/**
 * The report as front matter: JSON, which is YAML too (any YAML reader reads it), and which the
 * site's loader reads with JSON.parse, some hundred times faster than a YAML parser. Characters
 * YAML does not allow unescaped (C1 controls, U+FFFE/FFFF) and line or paragraph separators are
 * written as `\u` escapes; strings are always quoted, so a date stays a string.
 */
export function frontMatter(report: Report): string {
  return JSON.stringify(report, null, 1).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The MDX syntax tree of a briefing: the report as front matter (`frontMatter`), then the full source text
 * inside one `<div data-source-text>`, one paragraph per source paragraph and one
 * `<span id="s…">` per sentence (the anchors facts link to). Seed text only ever becomes
 * `text` nodes, which the serializer escapes: it can never turn into JSX, an expression or an import.
 */
export function briefingTree(report: Report, text: string): Root {
  const sentences = new Map(report.sentences.map((s) => [s.id, s]));
  const paragraphs: RootContent[] = report.paragraphs.map((p) => {
    const children: PhrasingContent[] = [];
    let cursor = p.start;
    for (const id of p.sentenceIds) {
      const s = sentences.get(id)!;
      // Text between sentences (spaces, stray characters) is kept so nothing of the source is lost.
      const gap = text.slice(cursor, s.start);
      if (gap) children.push({ type: 'text', value: gap.trim() ? gap : ' ' });
      const span: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [attr('id', s.id), attr('class', 'sentence')],
        children: [{ type: 'text', value: text.slice(s.start, s.end) }],
      };
      children.push(span);
      cursor = s.end;
    }
    const tail = text.slice(cursor, p.end);
    if (tail.trim()) children.push({ type: 'text', value: tail });
    // An explicit <p>: a line holding only JSX is read by MDX as a block, which would drop
    // the spaces between sentence spans and the paragraph itself.
    const wrapper: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'p', attributes: [], children };
    return { type: 'paragraph', children: [wrapper] };
  });
  const source: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [attr('data-source-text', ''), attr('class', 'source-text')],
    children: paragraphs as MdxJsxFlowElement['children'],
  };
  return {
    type: 'root',
    children: [{ type: 'yaml', value: frontMatter(report) }, source],
  };
}

const serializer = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
  .freeze();

/** Serializes a briefing to MDX with the mdast tools (never by string concatenation). */
export function briefingMdx(report: Report, text: string): string {
  return serializer.stringify(briefingTree(report, text));
}
