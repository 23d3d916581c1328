import { afterEach, describe, expect, it } from 'vitest';
import { DerivedCache, type Standing, setDerivedChangeReader, unlessMeasureTouched } from './derived-cache';

const at = (eventId: number, extra: Partial<Standing> = {}): Standing => ({
  catalog: 1,
  transactionId: BigInt(eventId + 100),
  eventId,
  settled: true,
  ...extra,
});

const bucket = (cache: DerivedCache, standing: Standing, carry = false) =>
  cache.bucket<number, string, null>('warnings', standing, null, carry ? unlessMeasureTouched() : undefined);

afterEach(() => setDerivedChangeReader(async () => null));

describe('DerivedCache', () => {
  it('shares a bucket between requests at the same standing', async () => {
    const cache = new DerivedCache();
    (await bucket(cache, at(5)))!.set(1, 'red');
    expect((await bucket(cache, at(5)))!.get(1)).toBe('red');
    expect(cache.tally).toMatchObject({ fresh: 1, shared: 1 });
  });

  it('starts over when an event has settled since, or the catalog moved', async () => {
    const cache = new DerivedCache();
    (await bucket(cache, at(5)))!.set(1, 'red');
    expect((await bucket(cache, at(6)))!.has(1)).toBe(false);
    (await bucket(cache, at(6)))!.set(1, 'green');
    expect((await bucket(cache, at(6, { catalog: 2 })))!.has(1)).toBe(false);
  });

  it('gives a request that sees unsettled events nothing, and keeps what it holds for the others', async () => {
    const cache = new DerivedCache();
    (await bucket(cache, at(5)))!.set(1, 'red');
    expect(await bucket(cache, at(7, { settled: false }))).toBeUndefined();
    expect((await bucket(cache, at(5)))!.get(1)).toBe('red');
    expect(cache.tally.refused).toBe(1);
  });

  it('follows the database back to an older standing (a restore) instead of refusing everyone', async () => {
    const cache = new DerivedCache();
    (await bucket(cache, at(9)))!.set(1, 'red');
    const older = await bucket(cache, at(3));
    expect(older).toBeDefined();
    expect(older!.has(1)).toBe(false);
  });

  it('carries over, by the bucket’s rule, the entries a change of reported data left standing', async () => {
    setDerivedChangeReader(async () => ({
      planIds: new Set([1]),
      measureIds: new Set([2]),
      indicatorIds: new Set<number>(),
    }));
    const cache = new DerivedCache();
    const first = (await bucket(cache, at(5), true))!;
    first.set(1, 'green');
    first.set(2, 'red');
    const next = (await bucket(cache, at(6), true))!;
    expect([...next]).toEqual([[1, 'green']]);
    expect(cache.tally.carried).toBe(1);
  });

  it('drops everything when the change cannot be described (a revision, the calendar)', async () => {
    setDerivedChangeReader(async () => null);
    const cache = new DerivedCache();
    (await bucket(cache, at(5), true))!.set(1, 'green');
    expect((await bucket(cache, at(6), true))!.size).toBe(0);
    expect(cache.tally.rebuilt).toBeGreaterThan(0);
  });
});
