/** What POST /api/plan-documents answers: the stored document, or the refusal as GraphQL errors are written. */
interface UploadAnswer {
  data?: { planDocument: { id: number; fileName: string; format: string } };
  errors?: { message: string; extensions?: { reason?: string; detail?: string } }[];
}

/** The upload's outcome: the stored document's id, or why it was refused (in Chinese). */
export type UploadOutcome = { id: number } | { refusal: string };

/** Uploads a plan document (.docx, a PDF with a text layer, or text) for the importer to read. */
export async function uploadPlanDocument(body: Blob, fileName: string, token: string | null): Promise<UploadOutcome> {
  try {
    const res = await fetch('/api/plan-documents', {
      method: 'POST',
      headers: {
        'x-file-name': encodeURIComponent(fileName),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const answer = (await res.json().catch(() => ({}))) as UploadAnswer;
    if (answer.data) return { id: answer.data.planDocument.id };
    const error = answer.errors?.[0];
    return { refusal: error?.extensions?.reason ?? error?.message ?? `上传失败（HTTP ${res.status}）` };
  } catch {
    return { refusal: '网络连接失败，请稍后重试' };
  }
}
