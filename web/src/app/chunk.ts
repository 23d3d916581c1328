/** Reading a failed dynamic import: which chunk it was, and a fresh URL to ask for it again. */

/**
 * The URL of the script a failed dynamic import names, e.g. Chromium's "Failed to fetch dynamically imported module:
 * http://host/assets/MeetingPage-abc.js" or Firefox's "error loading dynamically imported module: …"; null otherwise.
 */
export function chunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /(https?:\/\/[^\s'"]+?\.m?js)(?:\?[^\s'"]*)?/.exec(message);
  return match?.[1] ?? null;
}

/** The same chunk under a URL the browser has not tried (a failed import may be remembered per URL). */
export function retryUrl(url: string, attempt: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;
}
