import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { createExtractor } from '../../../src/extract/processor.ts';
import { briefingMdx } from '../../../src/build/mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const squash = (s: string) => s.replace(/\s+/g, '');

async function roundTrip(text: string) {
  const extractor = await createExtractor();
  const report = extractor.extract('hostile.txt', text);
  const mdx = briefingMdx(report, text);
  const tree = parser.parse(mdx) as Root;
  return { report, mdx, tree };
}

const hostile = readFileSync(new URL('../../fixtures/hostile/hostile.txt', import.meta.url), 'utf8');

describe('briefing MDX', () => {
  it('turns no seed text into ESM, expressions or foreign JSX', async () => {
    const { tree } = await roundTrip(hostile);
    const kinds = new Set<string>();
    const elements = new Set<string>();
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        elements.add(`${node.name}:${node.attributes.map((a) => ('name' in a ? a.name : '{…}')).join(',')}`);
      }
    });
    for (const forbidden of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'heading', 'list', 'code', 'inlineCode', 'link', 'emphasis', 'strong', 'blockquote', 'thematicBreak', 'table']) {
      expect(kinds, forbidden).not.toContain(forbidden);
    }
    expect([...elements].sort()).toEqual(['div:data-source-text,class', 'p:', 'span:id,class']);
  });

  it('keeps the full source text, character for character apart from whitespace', async () => {
    const { tree } = await roundTrip(hostile);
    let div: any;
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name === 'div') div = node;
    });
    let collected = '';
    visit(div, 'text', (node) => {
      collected += node.value;
    });
    expect(squash(collected)).toBe(squash(hostile));
  });

  it('gives every sentence an anchor in reading order', async () => {
    const { tree, report } = await roundTrip(hostile);
    const ids: string[] = [];
    visit(tree, 'mdxJsxTextElement', (node) => {
      const id = node.attributes.find((a) => 'name' in a && a.name === 'id');
      if (id) ids.push(String(id.value));
    });
    expect(ids).toEqual(report.sentences.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(5);
  });

  it('writes the report as YAML front matter that reads back identically', async () => {
    const text = '---\noutlet: "Wire: {x} --- <y>"\npublished: 2025-01-02\n---\nTitle --- with {braces}\nBody text here.\n';
    const { tree, report } = await roundTrip(text);
    const yaml = tree.children[0];
    expect(yaml.type).toBe('yaml');
    expect(parseYaml((yaml as any).value)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(report.outlet).toBe('Wire: {x} --- <y>');
  });

  it('is deterministic', async () => {
    const a = (await roundTrip(hostile)).mdx;
    const b = (await roundTrip(hostile)).mdx;
    expect(a).toBe(b);
  });
});
