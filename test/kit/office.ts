import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type ApiClient, type TestApp, tallyStatements } from './app';

const run = promisify(execFile);

export interface Download {
  status: number;
  contentType: string | null;
  /** The file name the server gave (Content-Disposition filename*), decoded. */
  fileName: string | null;
  body: Buffer;
  /** The refusal, when the answer is JSON. */
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

/** GET (or POST with `body`) one of the office routes as `client` (anonymous when null), over plain HTTP. */
export async function office(
  app: TestApp,
  client: ApiClient | null,
  pathAndQuery: string,
  body?: Uint8Array,
): Promise<Download> {
  const res = await fetch(app.url.replace('/graphql', pathAndQuery), {
    method: body ? 'POST' : 'GET',
    headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
    body: body ? Buffer.from(body) : undefined,
  });
  tallyStatements(res);
  const bytes = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type');
  const named = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
  const json = contentType?.startsWith('application/json') ? JSON.parse(bytes.toString('utf8')) : null;
  return {
    status: res.status,
    contentType,
    fileName: named ? decodeURIComponent(named[1] ?? '') : null,
    body: bytes,
    errors: json?.errors,
  };
}

/**
 * Converts a file with LibreOffice headless (a real Office reader, not the library that wrote it) to `to` (pdf, txt,
 * csv…) and returns the converted bytes. Each call has its own profile directory, so parallel files do not collide.
 */
export async function convertWithLibreOffice(file: Buffer, ext: 'docx' | 'xlsx', to: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-office-'));
  try {
    const input = path.join(dir, `input.${ext}`);
    fs.writeFileSync(input, file);
    await run(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, input],
      { timeout: 120_000 },
    );
    const out = fs.readdirSync(dir).find((f) => f.startsWith('input.') && f !== `input.${ext}`);
    if (!out) throw new Error(`LibreOffice did not convert the ${ext} file to ${to}`);
    return fs.readFileSync(path.join(dir, out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, as poppler's pdftotext reads it (layout kept). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-pdf-'));
  try {
    const input = path.join(dir, 'input.pdf');
    fs.writeFileSync(input, pdf);
    const { stdout } = await run('pdftotext', ['-layout', input, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders page `page` of a PDF to a PNG at `file` (pdftoppm), to look at once. */
export async function renderPage(pdf: Buffer, file: string, page = 1): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-png-'));
  try {
    const input = path.join(dir, 'input.pdf');
    fs.writeFileSync(input, pdf);
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      input,
      path.join(dir, 'page'),
    ]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(path.join(dir, 'page.png'), file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
