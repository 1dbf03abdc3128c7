import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { stringify as stringifyYaml } from 'yaml';
import type { Report } from '../schemas/report.ts';

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/**
 * The MDX syntax tree of a briefing: the report as YAML front matter, then the full source text
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
    children: [{ type: 'yaml', value: stringifyYaml(report, {
          lineWidth: 0,
          // Quoted strings: Astro's YAML reader would turn a bare `2025-06-03` into a Date.
          defaultStringType: 'QUOTE_DOUBLE',
          defaultKeyType: 'PLAIN',
        }).trimEnd() }, source],
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
