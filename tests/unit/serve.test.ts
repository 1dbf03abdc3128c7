// The static server of scripts/serve.ts, driven over real HTTP on a free port.
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { get, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/serve.ts';

let work: string;
let root: string;
let server: Server;
let base: URL;
let bigFile: string;
const BIG_SIZE = 4 * 1024 * 1024;
const CSV = 'id,name\n1,Kyiv\n';
const GEOJSON = JSON.stringify({ type: 'FeatureCollection', features: [] });
const STYLE = 'body { color: black; }\n';
/** A fixed, whole-second modification time for style.css. */
const STYLE_MTIME = new Date('2024-03-01T12:00:00Z');

beforeAll(async () => {
  work = await realpath(await mkdtemp(join(tmpdir(), 'sitrep-serve-')));
  root = join(work, 'site');
  await mkdir(join(root, 'x'), { recursive: true });
  await mkdir(join(root, 'evil.com'));
  await mkdir(join(root, 'data'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(join(root, 'x', 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'evil.com', 'index.html'), '<!doctype html><title>evil</title>');
  await writeFile(join(root, '404.html'), '<!doctype html><title>not found</title>');
  await writeFile(join(root, 'data', 'events.csv'), CSV);
  await writeFile(join(root, 'data', 'places.geojson'), GEOJSON);
  await writeFile(join(root, 'style.css'), STYLE);
  await utimes(join(root, 'style.css'), STYLE_MTIME, STYLE_MTIME);
  bigFile = join(root, 'big.bin');
  await writeFile(bigFile, Buffer.alloc(BIG_SIZE, 0x61));
  // Outside the root, reachable only through links.
  await writeFile(join(work, 'secret.txt'), 'secret');
  await mkdir(join(work, 'outside'));
  await writeFile(join(work, 'outside', 'index.html'), 'outside');
  await symlink(join(work, 'secret.txt'), join(root, 'leak.txt'));
  await symlink(join(work, 'outside'), join(root, 'out'));
  const started = await startStaticServer(root);
  server = started.server;
  base = new URL(started.url);
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await rm(work, { recursive: true, force: true });
});

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** Sends `path` verbatim (no client-side normalisation) on a fresh connection. */
function fetchRaw(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: base.hostname, port: base.port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Open descriptors of this process (the server runs in it) that point at `file`. */
function descriptorsOf(file: string): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === file) count++;
    } catch {
      // closed while listing (e.g. the descriptor readdirSync itself used)
    }
  }
  return count;
}

/** Starts a download of `path` and resolves once its first chunk of body has arrived. */
function firstChunk(path: string): Promise<{ abort: () => void }> {
  return new Promise((ok, fail) => {
    const req = get({ host: base.hostname, port: base.port, path, agent: false }, (res) => {
      res.once('data', () => ok({ abort: () => (res.destroy(), req.destroy()) }));
      res.on('error', () => {});
    });
    req.on('error', (error) => fail(error));
  });
}

/** Resolves once the server has no open connection left. */
async function serverIdle(): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((ok, fail) => server.getConnections((error, n) => (error ? fail(error) : ok(n))));
    if (open === 0) return;
    await sleep(20);
  }
}

describe('aborted downloads', () => {
  it.skipIf(!existsSync('/proc/self/fd'))('close the file of every download the client abandons', async () => {
    expect(descriptorsOf(bigFile)).toBe(0);

    // The counting works: a download in progress holds the file open.
    const one = await firstChunk('/big.bin');
    expect(descriptorsOf(bigFile)).toBeGreaterThanOrEqual(1);
    one.abort();

    // 200 downloads, 20 at a time, each abandoned after its first chunk.
    for (let batch = 0; batch < 10; batch++) {
      const started = await Promise.all(Array.from({ length: 20 }, () => firstChunk('/big.bin')));
      for (const download of started) download.abort();
    }
    await serverIdle();
    // Closing a file finishes on libuv's thread pool: give it a bounded while to happen.
    for (let i = 0; i < 100 && descriptorsOf(bigFile) > 0; i++) await sleep(20);
    expect(descriptorsOf(bigFile)).toBe(0);

    // And the server still serves the whole file afterwards.
    const full = await fetchRaw('/big.bin');
    expect(full.status).toBe(200);
    expect(full.body.length).toBe(BIG_SIZE);
  });
});

describe('content types', () => {
  it('serves .csv as text/csv and .geojson as application/geo+json', async () => {
    const csv = await fetchRaw('/data/events.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.toString()).toBe(CSV);
    const geojson = await fetchRaw('/data/places.geojson');
    expect(geojson.status).toBe(200);
    expect(geojson.headers['content-type']).toBe('application/geo+json');
    expect(geojson.body.toString()).toBe(GEOJSON);
  });

  it('still serves html and css with their types', async () => {
    expect((await fetchRaw('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await fetchRaw('/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

describe('Content-Length', () => {
  it('equals the file size, for small and large files', async () => {
    const css = await fetchRaw('/style.css');
    expect(css.headers['content-length']).toBe(String(Buffer.byteLength(STYLE)));
    expect(css.headers['transfer-encoding']).toBeUndefined();
    const big = await fetchRaw('/big.bin');
    expect(big.headers['content-length']).toBe(String(BIG_SIZE));
    expect(big.body.length).toBe(BIG_SIZE);
  });

  it('is sent with the 404 page too', async () => {
    const missing = await fetchRaw('/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('not found');
    expect(missing.headers['content-length']).toBe(String(missing.body.length));
  });
});

describe('HEAD', () => {
  it('answers with the headers of GET and no body', async () => {
    const head = await fetchRaw('/big.bin', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(BIG_SIZE));
    expect(head.headers['content-type']).toBe('application/octet-stream');
    expect(head.headers.etag).toBe((await fetchRaw('/big.bin')).headers.etag);
    expect(head.headers.etag).toBeTruthy();
    expect(head.body.length).toBe(0);
  });

  it('answers a missing page with 404 and no body', async () => {
    const head = await fetchRaw('/no/such/page', 'HEAD');
    expect(head.status).toBe(404);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });
});

describe('conditional GET', () => {
  it('sends ETag and Last-Modified', async () => {
    const css = await fetchRaw('/style.css');
    expect(css.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(css.headers['last-modified']).toBe(STYLE_MTIME.toUTCString());
  });

  it('answers If-None-Match with 304 while the ETag matches, 200 once the file changes', async () => {
    const path = join(root, 'changing.txt');
    await writeFile(path, 'first');
    const first = await fetchRaw('/changing.txt');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();

    const again = await fetchRaw('/changing.txt', 'GET', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    // A list of tags, one of which matches, and the weak form of the same tag.
    expect((await fetchRaw('/changing.txt', 'GET', { 'If-None-Match': `"other", ${etag}` })).status).toBe(304);
    expect((await fetchRaw('/changing.txt', 'GET', { 'If-None-Match': `W/${etag}` })).status).toBe(304);
    expect((await fetchRaw('/changing.txt', 'HEAD', { 'If-None-Match': etag })).status).toBe(304);
    // A tag that does not match gets the file.
    const other = await fetchRaw('/changing.txt', 'GET', { 'If-None-Match': '"nope"' });
    expect(other.status).toBe(200);
    expect(other.body.toString()).toBe('first');

    await writeFile(path, 'second, longer');
    await utimes(path, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const changed = await fetchRaw('/changing.txt', 'GET', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toBe('second, longer');
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('answers If-Modified-Since with 304 unless the file is newer', async () => {
    const same = await fetchRaw('/style.css', 'GET', { 'If-Modified-Since': STYLE_MTIME.toUTCString() });
    expect(same.status).toBe(304);
    expect(same.body.length).toBe(0);
    const later = await fetchRaw('/style.css', 'GET', { 'If-Modified-Since': new Date(STYLE_MTIME.getTime() + 3600_000).toUTCString() });
    expect(later.status).toBe(304);
    const earlier = await fetchRaw('/style.css', 'GET', { 'If-Modified-Since': new Date(STYLE_MTIME.getTime() - 3600_000).toUTCString() });
    expect(earlier.status).toBe(200);
    expect(earlier.body.toString()).toBe(STYLE);
    const garbage = await fetchRaw('/style.css', 'GET', { 'If-Modified-Since': 'not a date' });
    expect(garbage.status).toBe(200);
  });

  it('lets a non-matching If-None-Match win over a matching If-Modified-Since', async () => {
    const reply = await fetchRaw('/style.css', 'GET', { 'If-None-Match': '"nope"', 'If-Modified-Since': STYLE_MTIME.toUTCString() });
    expect(reply.status).toBe(200);
  });

  it('never answers 304 for the 404 page', async () => {
    const reply = await fetchRaw('/no/such/page', 'GET', { 'If-None-Match': '*', 'If-Modified-Since': new Date().toUTCString() });
    expect(reply.status).toBe(404);
  });
});

describe('redirects', () => {
  it('adds the trailing slash to a folder, keeping the query', async () => {
    const reply = await fetchRaw('/x?q=1');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/x/?q=1');
  });

  it.each([
    '/.//evil.com/..%2fx',
    '//evil.com/..%2fx',
    '/.//evil.com',
    '//evil.com',
    '///evil.com',
    '/%2F%2Fevil.com/..%2fx',
    '/%2f/evil.com',
    '/x/..//evil.com',
    '/./%2e/.//evil.com',
  ])('never point at another host for %s', async (path) => {
    const reply = await fetchRaw(path);
    const location = reply.headers.location;
    if (location !== undefined) {
      expect(reply.status).toBe(301);
      expect(location).toMatch(/^\/(?![/\\])/);
      // It resolves to this server, and to a folder that exists here.
      const target = new URL(location, base);
      expect(target.origin).toBe(base.origin);
      expect((await fetchRaw(target.pathname)).status).toBe(200);
    } else {
      expect([200, 404]).toContain(reply.status);
    }
  });

  it('rebuilds the location from the normalised path', async () => {
    expect((await fetchRaw('/.//evil.com/..%2fx')).headers.location).toBe('/x/');
    expect((await fetchRaw('//evil.com/..%2fx')).headers.location).toBe('/x/');
    expect((await fetchRaw('/.//evil.com')).headers.location).toBe('/evil.com/');
    expect((await fetchRaw('//evil.com?a=b')).headers.location).toBe('/evil.com/?a=b');
  });
});

describe('protections', () => {
  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/x/..%2f..%2fsecret.txt',
    '/style.css%00.html',
    '/x%5c..%5c..%5csecret.txt',
    '/leak.txt',
    '/out/',
    '/out/index.html',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    const reply = await fetchRaw(path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('secret');
    expect(reply.body.toString()).not.toContain('outside');
    expect(reply.headers.location).toBeUndefined();
  });

  it('does not redirect into a folder linked from outside the root', async () => {
    const reply = await fetchRaw('/out');
    expect(reply.status).toBe(404);
    expect(reply.headers.location).toBeUndefined();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await fetchRaw('/style.css', 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});
