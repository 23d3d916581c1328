import type { FormInstance } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { fieldErrors, placeErrors } from '../../lib/server-errors';
import { type EditedReport, evidenceToSend, FORM_FIELDS, type ReportDraft } from './report-draft';

const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { ...LatestReport_ProgressReport measure { id } }
  }
`);

const EditReportMutation = graphql(`
  mutation EditReport($input: EditProgressReportInput!) {
    editProgressReport(input: $input) { ...LatestReport_ProgressReport ...ReportTimeline_ProgressReport measure { id } }
  }
`);

/**
 * Posts the form: a new report (retried safely: one idempotency key per form) or, when `edited`, the corrected one.
 * On success the draft is dropped and `onDone` called; every refusal shows beside its field, or at the top (`general`,
 * scrolled to `top`) when it has none.
 */
export function useReportSubmit(props: {
  form: FormInstance<ReportDraft>;
  target: { planCode: string; measureCode: string; departmentCode: string };
  edited: EditedReport | null;
  draftKey: string;
  onDone: () => void;
}) {
  const { form, target, edited } = props;
  const [{ fetching: submitting }, submit] = useMutation(SubmitReportMutation);
  const [{ fetching: editing }, edit] = useMutation(EditReportMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);

  function showErrors(error: Parameters<typeof fieldErrors>[0], rows: number[]) {
    // Beside its field when the form has one (input.evidence.1.url → that row's reference), else at the top.
    const placed = placeErrors(fieldErrors(error), FORM_FIELDS, { evidence: { rows, fields: ['title', 'url'] } });
    const onFields = placed.filter((e) => e.name !== null);
    form.setFields(onFields.map((e) => ({ name: e.name as never, errors: [e.reason] })));
    const rest = placed.filter((e) => e.name === null);
    if (rest.length > 0) {
      setGeneral(rest.map((e) => e.reason).join('；'));
      top.current?.scrollIntoView({ block: 'nearest' });
    } else if (onFields[0]) form.scrollToField(onFields[0].name as never);
  }

  async function onFinish(values: ReportDraft) {
    setGeneral(null);
    if (!values.status) return;
    const { rows, evidence } = evidenceToSend(values);
    const texts = {
      status: values.status,
      percentComplete: values.percentComplete,
      summary: values.summary ?? '',
      problems: values.problems || null,
      nextSteps: values.nextSteps || null,
      evidence,
    };
    const result = edited
      ? await edit({ input: { id: edited.id, version: edited.version, ...texts } })
      : await submit({ input: { ...target, period: values.period, ...texts, idempotencyKey } });
    if (result.data) {
      localStorage.removeItem(props.draftKey);
      props.onDone();
      return;
    }
    showErrors(result.error, rows);
  }

  return { onFinish, fetching: submitting || editing, general, top };
}
