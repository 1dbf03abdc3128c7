// What the Pagefind integration hands the indexer: the page without the elements search skips
// (issue 11). Pagefind must index the same records from it: checked here on the structure, and on
// a built site by comparing the index files (identical for 2,502 pages at 2,000 seeds).
import { describe, expect, it } from 'vitest';
import { searchHtml } from '../../src/integrations/search-html.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><nav>menu</nav><main><article data-pagefind-body>${body}</article></main><footer>f</footer></body></html>`;

describe('searchHtml', () => {
  it('cuts the ignored elements of the body, nested ones and all, and keeps the rest byte for byte', () => {
    const html = page(
      '<h1 data-pagefind-meta="title">Title</h1><section data-pagefind-ignore><h2 id="x">Facts</h2><section><p>inner</p></section><ul><li>a<br>b</li></ul></section>' +
        '<p>Indexed <span id="s1" class="sentence">text</span>.</p><p class="kicker" data-pagefind-ignore>Briefing</p><div lang="en">more</div>',
    );
    expect(searchHtml(html)).toBe(page('<h1 data-pagefind-meta="title">Title</h1><p>Indexed <span id="s1" class="sentence">text</span>.</p><div lang="en">more</div>'));
  });

  it('is not misled by tags written inside attribute values or by self-closing elements', () => {
    const html = page(
      '<section data-pagefind-ignore><a aria-label="R1: </section><section data-pagefind-ignore> >" href="/x">R1</a><svg><path d="M0 0"/><title>t</title></svg></section><p>kept</p>',
    );
    expect(searchHtml(html)).toBe(page('<p>kept</p>'));
  });

  it('keeps an ignored element that holds metadata Pagefind still reads', () => {
    const html = page('<div data-pagefind-ignore><span data-pagefind-meta="kind:Event" hidden></span></div><p>x</p>');
    expect(searchHtml(html)).toBe(html);
  });

  it('hands over whole a page without a body marker, or whose markup it cannot follow', () => {
    const plain = '<!doctype html><html><body><p data-pagefind-ignore>x</p></body></html>';
    expect(searchHtml(plain)).toBe(plain);
    const unclosed = page('<section data-pagefind-ignore><p>never closed</p>');
    expect(searchHtml(unclosed)).toBe(unclosed);
    const odd = page('<p data-pagefind-ignore>a < b</p>');
    expect(searchHtml(odd)).toBe(odd);
  });
});
