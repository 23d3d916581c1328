import { Alert, type FormInstance } from 'antd';
import { type FieldError, placeErrors } from '../../lib/server-errors';

/**
 * Puts the server's refusals on a form: beside the field they name when the form has it, and returns the rest
 * (shown above the form by `FormErrors`). Each reason already names its item.
 */
export function applyErrors(form: FormInstance, errors: FieldError[], fields: readonly string[]): FieldError[] {
  const placed = placeErrors(errors, fields);
  form.setFields(placed.flatMap((e) => (e.name ? [{ name: e.name, errors: [e.reason] }] : [])));
  return placed.filter((e) => !e.name);
}

/** Refusals no field of the form shows. */
export function FormErrors(props: { errors: FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="section"
      message={props.errors.map((e) => <div key={`${e.code}:${e.reason}`}>{e.reason}</div>)}
    />
  );
}

/** The department register as select options: units and groups (a leading group carries no work). */
export function unitOptions(departments: readonly { code: string; name: string; kind: string }[]) {
  return departments.filter((d) => d.kind !== 'LEADING_GROUP').map((d) => ({ value: d.code, label: d.name }));
}
