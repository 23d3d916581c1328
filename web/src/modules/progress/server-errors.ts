import type { CombinedError } from 'urql';

export interface FieldError {
  /** The form field, from the server's `extensions.field` (e.g. input.percentComplete → percentComplete). */
  field: string | null;
  code: string;
  reason: string;
}

/** The server's errors in a form's terms: each with the field it belongs to, its code and its Chinese reason. */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  if (!error) return [];
  if (error.networkError) return [{ field: null, code: 'NETWORK', reason: '网络连接失败，已保留填写内容，请稍后重试' }];
  return error.graphQLErrors.map((e) => {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field.replace(/^input\./, '') : null;
    return {
      field: field ? (field.split('.')[0] ?? null) : null,
      code: String(e.extensions?.code ?? 'ERROR'),
      reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : e.message,
    };
  });
}
