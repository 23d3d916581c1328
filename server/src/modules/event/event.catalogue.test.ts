import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  EVENT_CATALOGUE,
  type NewEvent,
  payloadOf,
  type Stored,
  typedEvent,
  type WarningSnapshot,
} from './event.catalogue';
import { EventType } from './event.enum';
import type { EventRow } from './event.table';

const row = (type: EventType, payload: Record<string, unknown>): EventRow => ({
  id: 1,
  transactionId: '1',
  planId: 1,
  type,
  measureId: 7,
  goalId: null,
  departmentId: null,
  indicatorId: null,
  actorUserId: null,
  occurredAt: new Date('2025-03-01T00:00:00Z'),
  payload,
});

const warning = {
  before: null,
  after: { level: 'RED', reason: '逾期未报送', asOf: '2025-03-01' },
};

describe('the event catalogue', () => {
  it('describes every event type, and nothing else', () => {
    expect(Object.keys(EVENT_CATALOGUE).sort()).toEqual(Object.values(EventType).sort());
    for (const entry of Object.values(EVENT_CATALOGUE)) expect(entry.description).toMatch(/^[A-Z].+\.$/);
  });

  it('gives the payload of an event of the type asked for, typed by it', () => {
    const payload = payloadOf(row(EventType.WARNING_CHANGED, warning), EventType.WARNING_CHANGED);
    expectTypeOf(payload).toEqualTypeOf<Stored<{ before: WarningSnapshot | null; after: WarningSnapshot }> | null>();
    expect(payload?.after.level).toBe('RED');
    expect(payload?.before).toBeNull();
  });

  it('gives null for an event of another type', () => {
    expect(payloadOf(row(EventType.PLAN_IMPORTED, { code: 'X' }), EventType.WARNING_CHANGED)).toBeNull();
  });

  it('narrows to the union of the types asked for', () => {
    const event = row(EventType.PROGRESS_REPORT_RETURNED, { reportId: 3, reviewId: 4, before: {}, after: {} });
    const payload = payloadOf(event, EventType.PROGRESS_REPORT_ACCEPTED, EventType.PROGRESS_REPORT_RETURNED);
    expectTypeOf<NonNullable<typeof payload>['reviewId']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<typeof payload>['after']['reviewedAt']>().toEqualTypeOf<string | null>();
    expect(payload?.reviewId).toBe(4);
  });

  it('narrows a typed event by its type, with dates read back as strings', () => {
    const event = typedEvent(row(EventType.PROGRESS_REPORTED, { reportId: 3, before: null, after: {} }));
    if (event.type === EventType.PROGRESS_REPORTED) {
      expectTypeOf(event.payload.after.submittedAt).toEqualTypeOf<string>();
      expectTypeOf(event.payload.reportId).toEqualTypeOf<number>();
    }
    expect(event.type).toBe(EventType.PROGRESS_REPORTED);
  });

  it('refuses a payload that is not its type’s (checked by the compiler)', () => {
    const ok: NewEvent = { type: EventType.DEPARTMENTS_REGISTERED, payload: { codes: ['czj'] } };
    // @ts-expect-error: PLAN_IMPORTED records counts, not department codes.
    const wrong: NewEvent = { type: EventType.PLAN_IMPORTED, payload: { codes: ['czj'] } };
    // @ts-expect-error: a warning change records the level it left.
    const missing: NewEvent = { type: EventType.WARNING_CHANGED, payload: { before: null } };
    expect([ok, wrong, missing]).toHaveLength(3);
  });
});
