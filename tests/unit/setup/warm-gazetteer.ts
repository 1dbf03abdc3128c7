// Builds the derived gazetteer index once before the unit tests, so that on a fresh clone
// no single test pays the few seconds it takes (later loads read it from .cache/).
import { loadGazetteer } from '../../../src/geo/gazetteer.ts';

export default async function setup() {
  await loadGazetteer();
}
