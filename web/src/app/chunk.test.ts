import { describe, expect, it } from 'vitest';
import { chunkUrl, retryUrl } from './chunk';

describe('reading a failed dynamic import', () => {
  it('finds the chunk in Chromium’s and Firefox’s messages, without an earlier retry’s query', () => {
    const url = 'http://127.0.0.1:4000/assets/MeetingPage-Dx8k2.js';
    expect(chunkUrl(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).toBe(url);
    expect(chunkUrl(new TypeError(`error loading dynamically imported module: ${url}?retry=3`))).toBe(url);
  });

  it('finds nothing in an error that names no script', () => {
    expect(chunkUrl(new Error('Network request failed'))).toBeNull();
    expect(chunkUrl(undefined)).toBeNull();
  });

  it('asks again under a fresh URL each attempt', () => {
    expect(retryUrl('http://h/assets/A.js', 1)).toBe('http://h/assets/A.js?retry=1');
    expect(retryUrl('http://h/assets/A.js?v=2', 2)).toBe('http://h/assets/A.js?v=2&retry=2');
  });
});
