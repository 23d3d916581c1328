import { describe, expect, it } from 'vitest';
import { deskFocus, focusKey, focusMissingText, focusShown } from './desk-focus';

const desk = { notices: ['7', '9'], instructions: ['3'], measures: ['P1.1', 'S2'] };

describe('a link into the desk', () => {
  it('names a notice, an instruction or a measure by the message link’s parameter', () => {
    expect(deskFocus(new URLSearchParams('notice=7'))).toEqual({ kind: 'notice', id: '7' });
    expect(deskFocus(new URLSearchParams('instruction=3'))).toEqual({ kind: 'instruction', id: '3' });
    expect(deskFocus(new URLSearchParams('measure=P1.1'))).toEqual({ kind: 'measure', code: 'P1.1' });
    expect(deskFocus(new URLSearchParams(''))).toBeNull();
    expect(deskFocus(new URLSearchParams('notice='))).toBeNull();
  });

  it('tells one link from the next', () => {
    expect(focusKey({ kind: 'notice', id: '7' })).not.toBe(focusKey({ kind: 'instruction', id: '7' }));
    expect(focusKey({ kind: 'measure', code: 'P1.1' })).toBe('measure:P1.1');
  });

  it('is shown when the desk lists what it points at, and says so plainly when it does not', () => {
    expect(focusShown({ kind: 'notice', id: '9' }, desk)).toBe(true);
    expect(focusShown({ kind: 'notice', id: '3' }, desk)).toBe(false);
    expect(focusShown({ kind: 'instruction', id: '3' }, desk)).toBe(true);
    expect(focusShown({ kind: 'measure', code: 'P1.1' }, desk)).toBe(true);
    expect(focusShown({ kind: 'measure', code: 'P9' }, desk)).toBe(false);
    expect(focusMissingText({ kind: 'measure', code: 'P9' })).toContain('措施 P9');
    expect(focusMissingText({ kind: 'notice', id: '3' })).toContain('督办');
  });
});
