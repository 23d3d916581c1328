import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth';
import { ImportReview } from './ImportReview';
import { uploadPlanDocument } from './plan-document-upload';

/**
 * 导入方案文件: the office uploads the official document (.docx, a PDF with a text layer, or text) or pastes its text;
 * the importer reads it, and the review that follows makes the draft.
 */
export function ImportPlanPage() {
  const session = useSession();
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');

  const send = async (body: Blob, fileName: string) => {
    setBusy(true);
    setRefusal(null);
    const outcome = await uploadPlanDocument(body, fileName, session?.token ?? null);
    setBusy(false);
    if ('id' in outcome) setDocumentId(outcome.id);
    else setRefusal(outcome.refusal);
  };

  // The server decides (Mutation.createPlanFromDocument is ADMIN's); this only spares a clerk a form it cannot finish.
  if (session && session.user.role !== 'ADMIN') {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="import-not-admin"
        message="只有系统管理员可以由文件新建方案"
        description="已发布方案的修订文件，请由领导小组办公室在该方案的“方案调整”页点“从修订文件导入”。"
      />
    );
  }
  if (documentId !== null) return <ImportReview documentId={documentId} onRestart={() => setDocumentId(null)} />;
  return (
    <Card title="导入方案文件" className="import-plan">
      <Alert
        type="info"
        showIcon
        className="section"
        message="上传印发的方案文件，系统读取文号、目标、指标、任务及牵头和配合单位，生成草稿；每一项都附原文，系统拿不准的项目标为“待核对”，核对后再发布。"
      />
      {refusal && (
        <Alert
          type="error"
          showIcon
          className="section"
          data-testid="import-refusal"
          message="无法导入"
          description={refusal}
        />
      )}
      <Upload.Dragger
        accept=".docx,.pdf,.txt"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void send(file, file.name);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy ? '正在读取文件…' : '点击或拖入方案文件'}</p>
        <p className="ant-upload-hint">
          支持 Word（.docx）、带文字层的 PDF 和纯文本，最大 20 MB。扫描件请先做文字识别（OCR）。
        </p>
      </Upload.Dragger>
      <Divider plain>或粘贴方案全文</Divider>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 16 }}
          placeholder="从文件中复制全文粘贴到这里，包括标题、文号和各级编号"
          data-testid="import-paste"
        />
        <Button
          type="primary"
          disabled={busy || pasted.trim() === ''}
          onClick={() => void send(new Blob([pasted], { type: 'text/plain' }), '粘贴文本.txt')}
        >
          读取文本
        </Button>
        <Typography.Text type="secondary">读取后不会立即生成方案，请先核对。</Typography.Text>
      </Space>
    </Card>
  );
}
