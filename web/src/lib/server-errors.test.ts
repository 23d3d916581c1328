import { describe, expect, it } from 'vitest';
import { type FieldError, placeErrors } from './server-errors';

const error = (path: (string | number)[] | null, reason = '原因'): FieldError => ({
  field: path ? String(path[0]) : null,
  path,
  code: 'BAD_USER_INPUT',
  reason,
});
const FIELDS = ['period', 'status', 'summary'];

describe('every refusal of the server has a place on the form', () => {
  it('puts a refusal on a field the form shows beside that field', () => {
    expect(placeErrors([error(['summary'])], FIELDS)[0]?.name).toEqual(['summary']);
  });

  it('puts a refusal on a list row beside that row, counting only the rows that were sent', () => {
    // Rows 0 and 2 were sent (row 1 was empty), so the server's evidence.1 is row 2 on screen.
    const placed = placeErrors([error(['evidence', 1, 'url'])], FIELDS, {
      evidence: { rows: [0, 2], fields: ['title', 'url'] },
    });
    expect(placed[0]?.name).toEqual(['evidence', 2, 'url']);
  });

  it('puts a refusal without a field, on a field the form lacks, or on a whole list at the top', () => {
    const placed = placeErrors(
      [error(null), error(['departmentCode']), error(['evidence']), error(['evidence', 5, 'url'])],
      FIELDS,
      { evidence: { rows: [0], fields: ['title', 'url'] } },
    );
    expect(placed.map((p) => p.name)).toEqual([null, null, null, null]);
    expect(placed).toHaveLength(4);
  });
});
