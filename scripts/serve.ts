// A small dependency-free static server for the built site: `node scripts/serve.ts [dir]`
// serves dist/ (or OUT_DIR) on http://localhost:4321 (PORT overrides). The e2e tests import
// `startStaticServer` to serve a build on a free port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { open, realpath, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
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

function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/**
 * The URL path of a folder under `root`, rebuilt from the file system path rather than from the
 * request: always exactly one leading `/`, no empty or dot segments, each name percent-encoded
 * (so a redirect can never point at `//host` or `/\host`).
 */
function folderUrl(root: string, dir: string): string {
  const segments = relative(root, dir).split(sep).filter((s) => s !== '');
  return segments.length === 0 ? '/' : `/${segments.map(encodeURIComponent).join('/')}/`;
}

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
  if (!within(root, candidate)) return { kind: 'missing' };
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      // A folder reached through a link that leaves the root does not exist for us.
      if (!within(root, await realpath(candidate))) return { kind: 'missing' };
      if (!urlPath.endsWith('/')) return { kind: 'redirect', location: folderUrl(root, candidate) };
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
    if (info.isFile() && within(root, real)) return { kind: 'file', path: real };
  } catch {
    // missing
  }
  return { kind: 'missing' };
}

/** Whether a conditional GET/HEAD may be answered with 304 (RFC 9110 §13.1.2, §13.1.3). */
function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // Weak comparison; If-Modified-Since is ignored when If-None-Match is present.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have a one-second resolution.
    return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
  }
  return false;
}

async function send(req: IncomingMessage, res: ServerResponse, status: 200 | 404, path: string): Promise<void> {
  // Length, validators and body all come from the one open file, so they agree with each other.
  const file = await open(path, 'r');
  let streaming = false;
  try {
    const info = await file.stat({ bigint: true });
    if (!info.isFile()) throw new Error(`not a file: ${path}`);
    const size = Number(info.size);
    const mtimeMs = Number(info.mtimeMs);
    const headers: Record<string, string | number> = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (status === 200) {
      const etag = `"${info.size.toString(16)}-${info.mtimeNs.toString(16)}"`;
      headers.ETag = etag;
      headers['Last-Modified'] = new Date(mtimeMs).toUTCString();
      if (notModified(req, etag, mtimeMs)) {
        res.writeHead(304, headers).end();
        return;
      }
    }
    res.writeHead(status, { ...headers, 'Content-Type': contentType(path), 'Content-Length': size });
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    // pipeline destroys the file stream (and so closes the file) if the response closes early,
    // e.g. when the client goes away mid-download; stream.pipe() would leave it open.
    const stream = file.createReadStream({ start: 0, end: size - 1 });
    streaming = true; // from here the stream owns the file and closes it when it ends or is destroyed
    try {
      await pipeline(stream, res);
    } catch {
      if (!res.destroyed) res.destroy();
    }
  } finally {
    if (!streaming) await file.close();
  }
}

/** The request target's path and query; `//host/x` is a path here, not an authority. */
function requestUrl(target: string | undefined): URL {
  const raw = target ?? '/';
  try {
    return raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
  } catch {
    return new URL('http://localhost/');
  }
}

export async function createStaticServer(dir: string): Promise<Server> {
  const root = await realpath(resolve(dir));
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
        return;
      }
      const url = requestUrl(req.url);
      const found = await resolvePath(root, url.pathname);
      if (found.kind === 'file') return await send(req, res, 200, found.path);
      if (found.kind === 'redirect') {
        res.writeHead(301, { Location: found.location + url.search, 'Content-Length': 0 }).end();
        return;
      }
      const notFound = await resolvePath(root, '/404.html');
      if (notFound.kind === 'file') return await send(req, res, 404, notFound.path);
      const body = 'Not found\n';
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : 'Internal error\n');
      } else if (!res.destroyed) res.destroy();
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
