import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the agencies extractor lands: yields no results.
export default function agencies(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.agencies = [];
  };
}
