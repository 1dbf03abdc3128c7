// A small dependency-free static server for the built site: `node scripts/serve.ts [dir]`
// serves dist/ (or OUT_DIR) on http://localhost:4321 (PORT overrides). The e2e tests import
// `startStaticServer` to serve a build on a free port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks: compressed binaries that its JavaScript fetches and decodes.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Maps a URL path to a file under `root`, refusing anything that would leave it. */
export async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'missing' };
  const candidate = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return { kind: 'missing' };
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
      return inside(root, join(candidate, 'index.html'));
    }
    if (info.isFile()) return inside(root, candidate);
  } catch {
    // fall through: not found
  }
  return { kind: 'missing' };
}

/** The real file, if it exists and (after following symlinks) is still under `root`. */
async function inside(root: string, path: string): Promise<Resolved> {
  try {
    const real = await realpath(path);
    const info = await stat(real);
    if (info.isFile() && (real === root || real.startsWith(root + sep))) return { kind: 'file', path: real };
  } catch {
    // missing
  }
  return { kind: 'missing' };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, path: string): void {
  res.writeHead(status, { 'Content-Type': contentType(path), 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function createStaticServer(dir: string): Promise<Server> {
  const root = await realpath(resolve(dir));
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const found = await resolvePath(root, url.pathname);
      if (found.kind === 'file') return send(req, res, 200, found.path);
      if (found.kind === 'redirect') {
        res.writeHead(301, { Location: found.location + url.search }).end();
        return;
      }
      const notFound = await resolvePath(root, '/404.html');
      if (notFound.kind === 'file') return send(req, res, 404, notFound.path);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    }
  });
}

/** Serves `dir` on `port` (0 = any free port) at 127.0.0.1; resolves once listening. */
export async function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = await createStaticServer(dir);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}` };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startStaticServer(dir, port, process.env.HOST ?? 'localhost');
  console.log(`Serving ${resolve(dir)} at ${url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`);
}
