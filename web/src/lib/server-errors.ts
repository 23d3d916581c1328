import type { CombinedError } from 'urql';

export interface FieldError {
  /** The form field, from the server's `extensions.field` (e.g. input.percentComplete → percentComplete). */
  field: string | null;
  /** The full path in the form, e.g. input.evidence.1.url → ['evidence', 1, 'url']; null without a field. */
  path: (string | number)[] | null;
  code: string;
  reason: string;
}

/** The server's errors in a form's terms: each with the field it belongs to, its code and its Chinese reason. */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  if (!error) return [];
  if (error.networkError) {
    return [{ field: null, path: null, code: 'NETWORK', reason: '网络连接失败，已保留填写内容，请稍后重试' }];
  }
  return error.graphQLErrors.map((e) => {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field.replace(/^input\./, '') : null;
    const path = field ? field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : null;
    return {
      field: field ? (field.split('.')[0] ?? null) : null,
      path,
      code: String(e.extensions?.code ?? 'ERROR'),
      reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : e.message,
    };
  });
}

/** A refusal placed on a form: beside the field named `name`, or at the top of the form when `name` is null. */
export interface PlacedError extends FieldError {
  name: (string | number)[] | null;
}

/**
 * Where each of the server's refusals shows on a form: beside a top-level field the form has (`fields`), beside a
 * list row's field (`lists`: input.evidence.1.url → the row on screen that was sent second, as `rows` maps sent
 * index → row), and anything else (no field, or one the form does not show) at the top. None is dropped.
 */
export function placeErrors(
  errors: FieldError[],
  fields: readonly string[],
  lists: Record<string, { rows: readonly number[]; fields: readonly string[] }> = {},
): PlacedError[] {
  return errors.map((e) => {
    const path = e.path ?? [];
    const [head, index, leaf] = path;
    if (path.length === 1 && typeof head === 'string' && fields.includes(head)) return { ...e, name: path };
    const list = typeof head === 'string' ? lists[head] : undefined;
    const row = list && typeof index === 'number' ? list.rows[index] : undefined;
    if (list && row !== undefined && path.length === 3 && typeof leaf === 'string' && list.fields.includes(leaf)) {
      return { ...e, name: [head as string, row, leaf] };
    }
    return { ...e, name: null };
  });
}
