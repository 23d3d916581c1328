import type { RequestScope } from '../../shared/request-scope';

/** A file made for an office: its name as the reader saves it, its type, its bytes. */
export interface OfficeFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What a route is called with: the path's parameters, the query string, and (POST) the body's bytes with the file's
 * name as the uploader gave it (`x-file-name`, URI-encoded, or `?name=`; empty when none).
 */
export interface OfficeRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Uint8Array | null;
  fileName: string;
}

/**
 * One download or upload outside GraphQL (README, "Office documents"): a GET answering a file, or a POST answering
 * JSON. The handler checks access through the policy like any service, with the reader's own bearer token.
 */
export interface OfficeRoute {
  method: 'GET' | 'POST';
  /** The path with `:name` parameters, e.g. /api/plans/:planCode/ledger.xlsx. */
  path: string;
  /** What it is, in Chinese, for the README's table and the access tests. */
  label: string;
  /** POST: the longest body taken, in bytes (app/office-handler.ts has the default); a longer one is refused (413). */
  maxBodyBytes?: number;
  handle(scope: RequestScope, request: OfficeRequest): Promise<OfficeFile | { json: unknown; status?: number }>;
}

/** The parameters of `path` if `pathname` matches it (each decoded), else null. */
export function matchPath(path: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  const found = pattern.exec(pathname);
  if (!found) return null;
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
  } catch {
    return null;
  }
}
