import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * Shows the server's values in a form when they change. The editor reads the draft again after every write and on
 * every edit event, and each read returns new objects: a read that returns the same values must leave what the
 * clerk is typing alone, and one that returns new values (another clerk saved the item) shows them.
 */
export function useServerValues<V>(
  form: FormInstance<V>,
  values: Partial<V> | null,
  options: { reset?: boolean; onApplied?: () => void } = {},
) {
  const key = values === null ? null : JSON.stringify(values);
  const latest = useRef({ values, options });
  latest.current = { values, options };
  useEffect(() => {
    const { values, options } = latest.current;
    if (key === null || values === null) return;
    if (options.reset) form.resetFields();
    form.setFieldsValue(values as Parameters<FormInstance<V>['setFieldsValue']>[0]);
    options.onApplied?.();
  }, [form, key]);
}
