import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { componentLog } from '../shared/logger';

const log = componentLog('http');

/** Content types of the files Vite emits, text with its charset (sirv's own table has no charset but for HTML). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Hashed build output: a changed file gets a new name, so a copy may be kept for good. */
const ASSETS = '/assets/';

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>督办</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:3rem">
<h1>督办 · 工作方案实时督办平台</h1><p>仪表盘尚未构建。GraphQL 接口位于 <a href="/graphql">/graphql</a>。</p></body></html>`;

export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * The built dashboard (GET and HEAD), served by sirv from a listing made once at start-up: only files found there
 * are ever served, so no path (`/../`, `%2e%2e`) reaches outside `root`. The build writes brotli and gzip copies
 * beside each text file (web/vite.config.ts), and sirv sends the best one the client accepts, with nothing
 * compressed on the request path. Hashed assets are cached for good and a missing one is 404; any other path is a
 * client route and gets index.html, revalidated on every load. Before a build, a placeholder page says so.
 */
export function staticFiles(root: string): StaticHandler {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(PLACEHOLDER);
    };
  }
  const options = {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders: (res: http.ServerResponse, pathname: string) => {
      res.setHeader('cache-control', pathname.startsWith(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
      const type = CONTENT_TYPES[path.extname(pathname)];
      if (type) res.setHeader('content-type', type);
    },
  };
  const notFound = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not Found');
  };
  // Two views of one directory: assets, which are there or 404; and the rest, which falls back to index.html. sirv's
  // own rule (a name with a dot is an asset) would send client routes such as /plans/x/measures/P1.1 to 404.
  const assets = sirv(root, { ...options, onNoMatch: notFound });
  const pages = sirv(root, { ...options, single: true, ignores: false, onNoMatch: notFound });
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      decodeURIComponent(pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    // A file listed at start-up may be gone since (a new build in place): its read fails after the headers went
    // out, and an unheard stream error would end the process. Cut that one response instead.
    res.once('pipe', (source) =>
      source.once('error', (error: unknown) => {
        log.error({ err: error, path: pathname }, '静态文件读取失败，已中断该响应');
        res.destroy();
      }),
    );
    (pathname.startsWith(ASSETS) ? assets : pages)(req, res);
  };
}
