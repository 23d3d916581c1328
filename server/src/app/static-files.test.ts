import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLogger } from '../shared/logger';
import { staticFiles } from './static-files';

/**
 * A built dashboard in miniature, as the web build leaves it (brotli and gzip copies beside each text file), with a
 * secret beside the web root that no path may reach.
 */
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-static-'));
const root = path.join(base, 'dist');
const INDEX = '<!doctype html><title>督办</title><script type="module" src="/assets/app-abc123.js"></script>';
const SCRIPT = `export const greeting = '${'你好，督办。'.repeat(200)}';\n`;
const SECRET = 'the database password';

function write(name: string, body: string, compressed = true) {
  const file = path.join(root, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  if (!compressed) return;
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body));
}

let server: http.Server;
let port = 0;

beforeAll(async () => {
  write('index.html', INDEX);
  write('assets/app-abc123.js', SCRIPT);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'dist-secret.txt'), SECRET);
  const serve = staticFiles(root);
  server = http.createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(base, { recursive: true, force: true });
});

/** A raw request: the path goes on the wire exactly as written (no client-side normalisation of `..`). */
function request(rawPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject)
      .end();
  });
}

describe('the static file server', () => {
  it('answers a client route with index.html, revalidated on every load', async () => {
    for (const route of ['/', '/plans/boshan/desk', '/plans/boshan/measures/P1.1']) {
      const res = await request(route);
      expect(res.status, route).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/i);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.toString()).toBe(INDEX);
    }
  });

  it('serves a hashed asset with its type, cached for good', async () => {
    const res = await request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(SCRIPT);
    expect((await request('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('sends the build’s brotli copy to clients that accept it, its gzip copy to those that accept only gzip', async () => {
    const br = await request('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await request('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT);
    for (const res of [br, gz]) {
      expect(res.headers.vary).toMatch(/^accept-encoding$/i);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toContain('immutable');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    }
  });

  it('answers a missing asset with 404, not the page', async () => {
    const res = await request('/assets/gone-123.js');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<!doctype');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await request('/assets/app-abc123.js', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body.length).toBe(0);
  });

  it('never serves a file outside its root, however the path climbs', async () => {
    for (const climb of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/../dist-secret.txt',
      '/./../secret.txt',
      '/..\\secret.txt',
    ]) {
      const res = await request(climb);
      expect(res.body.toString(), climb).not.toContain(SECRET);
      expect([200, 400, 404], climb).toContain(res.status);
      if (res.status === 200) expect(res.body.toString(), climb).toBe(INDEX);
    }
  });

  it('cuts the response for a file deleted since start-up, and goes on serving', async () => {
    write('assets/removed-456.js', SCRIPT, false);
    const listed = http.createServer(staticFiles(root));
    const logged: string[] = [];
    const restoreLogger = configureLogger({
      level: 'error',
      format: 'json',
      destination: { write: (line: string) => logged.push(line) },
    });
    try {
      await new Promise<void>((resolve) => listed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(listed.address() as AddressInfo).port}`;
      fs.rmSync(path.join(root, 'assets/removed-456.js'));
      await expect(fetch(`${url}/assets/removed-456.js`).then((res) => res.text())).rejects.toThrow();
      expect(logged.map((line) => JSON.parse(line))).toEqual([
        expect.objectContaining({ level: 'error', path: '/assets/removed-456.js' }),
      ]);
      expect(await (await fetch(`${url}/assets/app-abc123.js`)).text()).toBe(SCRIPT);
    } finally {
      restoreLogger();
      await new Promise<void>((resolve) => listed.close(() => resolve()));
    }
  });

  it('answers a malformed path with 400 rather than failing', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(400);
  });

  it('serves a placeholder page when the dashboard has not been built', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-unbuilt-'));
    const unbuilt = http.createServer(staticFiles(empty));
    try {
      await new Promise<void>((resolve) => unbuilt.listen(0, '127.0.0.1', resolve));
      const res = await fetch(`http://127.0.0.1:${(unbuilt.address() as AddressInfo).port}/plans/x`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('仪表盘尚未构建');
    } finally {
      await new Promise<void>((resolve) => unbuilt.close(() => resolve()));
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
