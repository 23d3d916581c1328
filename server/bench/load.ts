import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  /** Either run for this long (requests still in flight at the end are dropped)… */
  durationS?: number;
  /** …or send exactly this many requests, spread over the connections, and wait for every response. */
  amount?: number;
  /** The body size of the response verified before the run; every response must carry it. */
  expectedBodyBytes: number;
}

export interface LoadResult {
  /** Responses received, whatever their status. */
  responses: number;
  /** Requests sent, including any still in flight when the run stopped. */
  sent: number;
  durationS: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** Responses whose status was not 200 (autocannon's non2xx counts only outside 2xx). */
  non200: number;
  non2xx: number;
  /** Connection errors (autocannon counts timeouts among them too). */
  errors: number;
  timeouts: number;
  /** Responses of another size than the verified one: a different body. */
  sizeMismatches: number;
  /** The most common size on the wire, headers included. */
  bytesPerResponse: number;
}

/** Far more than the status line and headers either server sends (about 400 bytes). */
const MAX_HEADER_BYTES = 4096;

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/**
 * One closed-loop autocannon run: `connections` clients, each sending the next request as soon as the previous
 * response is in, for `durationS` seconds or `amount` requests.
 *
 * Latencies are collected from each response event rather than read from autocannon's histogram, which stores
 * whole milliseconds: the seeded plan is answered in a few milliseconds, where that rounding is a sizeable error.
 *
 * Every response is checked: status 200, and the size of the body verified before the run. autocannon reports only
 * the size on the wire, headers included; the headers have a fixed length, so every response must have the run's
 * most common size, and that size must be the verified body plus at most MAX_HEADER_BYTES. A changed body, e.g. a
 * GraphQL error with status 200, fails one or the other, even if every response has it. autocannon's expectBody would compare
 * bodies, but it decodes each TCP chunk separately, which splits multi-byte UTF-8 characters of the Chinese text
 * and reports false mismatches on large responses.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const sizes = new Map<number, number>();
  let non200 = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: options.headers,
        body: options.body,
        connections: options.connections,
        ...(options.amount === undefined ? { duration: options.durationS } : { amount: options.amount }),
        // The 100x plan takes seconds on a cold or busy server; the default 10 s would count it as an error.
        timeout: 60,
      },
      (error: unknown, finished: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) non200 += 1;
      sizes.set(resBytes, (sizes.get(resBytes) ?? 0) + 1);
    });
  });

  const sorted = Float64Array.from(latencies).sort();
  const responses = latencies.length;
  const [commonSize] = [...sizes].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0] as [
    number,
    number,
  ]);
  let sizeMismatches = 0;
  for (const [size, count] of sizes) {
    const headerBytes = size - options.expectedBodyBytes;
    if (size !== commonSize || headerBytes < 0 || headerBytes > MAX_HEADER_BYTES) sizeMismatches += count;
  }
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    responses,
    sent: result.requests.sent,
    durationS: result.duration,
    requestsPerSecond: responses / result.duration,
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      mean: responses === 0 ? Number.NaN : total / responses,
      max: sorted[sorted.length - 1] ?? Number.NaN,
    },
    non200,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    sizeMismatches,
    bytesPerResponse: commonSize,
  };
}
