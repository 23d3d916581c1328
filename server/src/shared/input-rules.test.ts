import { describe, expect, it } from 'vitest';
import { inputProblem, kindOfName, passwordProblem } from './input-rules';

describe('the input rules', () => {
  it('let ordinary Chinese text, newlines and tabs through as free text', () => {
    expect(inputProblem('text', '本月完成专利导航项目 2 项。\n下月：\t继续推进')).toBeNull();
    expect(inputProblem('text', '😀 表情也是字符')).toBeNull();
  });

  it('refuse NUL and other control characters, naming the character', () => {
    expect(inputProblem('text', 'a\u0000b')).toEqual({
      reason: '含有不允许的控制字符（U+0000）',
      detail: 'CONTROL_CHARACTER',
    });
    expect(inputProblem('text', 'a\u001bb')?.detail).toBe('CONTROL_CHARACTER');
    expect(inputProblem('text', 'a\u0085b')?.detail).toBe('CONTROL_CHARACTER');
  });

  it('refuse a lone surrogate', () => {
    expect(inputProblem('text', 'a\ud800b')?.detail).toBe('MALFORMED_TEXT');
  });

  it('count characters, not UTF-16 units, against the limit of the kind', () => {
    expect(inputProblem('code', 'a'.repeat(64))).toBeNull();
    expect(inputProblem('code', 'a'.repeat(65))?.detail).toBe('TOO_LONG');
    expect(inputProblem('line', '😀'.repeat(2_000))).toBeNull();
  });

  it('keep names, codes and tokens to one line', () => {
    expect(inputProblem('line', '第一行\n第二行')?.detail).toBe('MULTILINE');
    expect(inputProblem('token', 'a b')?.detail).toBe('TOKEN_FORMAT');
  });

  it('parse ids strictly: digits only, no sign or padding, within the database’s integer', () => {
    expect(inputProblem('id', '1')).toBeNull();
    expect(inputProblem('id', '2147483647')).toBeNull();
    for (const id of [' 1', '01', '-1', '1.0', '１', '2147483648', '99999999999', '']) {
      expect(inputProblem('id', id)?.detail, id).toBe('ID_FORMAT');
    }
  });

  it('check codes against their pattern', () => {
    expect(inputProblem('code', 'P2.2')).toBeNull();
    expect(inputProblem('code', 'boshan-ip-2022-2025')).toBeNull();
    for (const code of ['-x', 'a b', '中文', 'x/y', ''])
      expect(inputProblem('code', code)?.detail, code).toBe('CODE_FORMAT');
  });

  it('want a new password printable, at least 8 characters, and not one character repeated', () => {
    expect(passwordProblem('a-good-password')).toBeNull();
    expect(passwordProblem('密码也可以是中文字符')).toBeNull();
    expect(passwordProblem('short')?.detail).toBe('PASSWORD_LENGTH');
    expect(passwordProblem('\u0000'.repeat(12))?.detail).toBe('PASSWORD_NOT_PRINTABLE');
    expect(passwordProblem(`${'\u200b'.repeat(4)}abcdefgh`)?.detail).toBe('PASSWORD_NOT_PRINTABLE');
    expect(passwordProblem('zzzzzzzzzzzz')?.detail).toBe('PASSWORD_WEAK');
    expect(passwordProblem(' leading-space')?.detail).toBe('PASSWORD_SPACES');
  });

  it('tell a password being checked from one being set', () => {
    expect(kindOfName('password', 'Mutation.login.password')).toBe('secret');
    expect(kindOfName('password', 'CreateUserInput.password')).toBe('newPassword');
    expect(kindOfName('planCode', 'Query.x.planCode')).toBe('code');
    expect(kindOfName('summary', 'SubmitProgressReportInput.summary')).toBe('text');
  });
});
