import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the organizations extractor lands: yields no results.
export default function organizations(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.organizations = [];
  };
}
