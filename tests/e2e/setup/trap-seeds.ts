// Seeds written to look like code, markup and Markdown. Built into a site, each must show up
// as literal text and run nothing, at build time or in the browser.

/** `{marker}` is replaced by a path that only exists if seed text ran at build time. */
export function trapSeeds(marker: string): Record<string, string> {
  const path = JSON.stringify(marker);
  return {
    'code-looking.txt': [
      `import x from 'y'`,
      ``,
      `export const a = 1`,
      ``,
      `export const b = (await import('node:fs')).writeFileSync(${path}, 'export ran')`,
      ``,
      `Officials said {process.exit(1)} was never typed into the statement, and {globalThis.pwned = 1} neither.`,
      ``,
      `A brace { on its own, a closing } later, and {require('node:fs').writeFileSync(${path}, 'expression ran')} too.`,
      ``,
    ].join('\n'),
    'markup-looking.txt': [
      `Residents reported <script>alert(1)</script> on a leaflet and <img src=x onerror="globalThis.pwned = 2"> on a wall.`,
      ``,
      `<!-- an HTML comment that must stay visible --> The army denied it.`,
      ``,
      `---`,
      ``,
      `The statement ended with a rule of dashes, then <b>bold</b> and <Component prop={1} /> tags, 3 < 5 > 2 & "quotes" 'single'.`,
      ``,
      `<style>body { display: none }</style> A sentence after a style element.`,
      ``,
    ].join('\n'),
    'markdown-looking.txt': [
      `# Not a heading, says the spokesperson`,
      ``,
      `* not a list item, and _not_ emphasis nor **strong**, with ~~no strike~~ either.`,
      ``,
      `A link [a](javascript:x) and an image ![b](javascript:y) and \`inline code\` and \\ backslashes.`,
      ``,
      `    four spaces of indentation, not a code block`,
      ``,
      `> not a quotation block | with | pipes |`,
      ``,
      '```js',
      'console.log("fenced")',
      '```',
      ``,
    ].join('\n'),
    'front-matter.txt': [
      `---`,
      `outlet: "<script>alert('outlet')</script> Times"`,
      `url: "javascript:alert('url')"`,
      `published: 2024-06-04`,
      `---`,
      `The body follows the front matter. {globalThis.pwned = 3} stays text.`,
      ``,
      `---`,
      `A second rule above, as plain text.`,
      ``,
    ].join('\n'),
  };
}
