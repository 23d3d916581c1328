import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DepartmentKind, ImportedUnitStatus } from '../../gql/graphql';
import { type FieldError, fieldErrors } from '../../lib/server-errors';
import { KIND_LABEL } from '../department-admin';
import { applyErrors, FormErrors } from './form-errors';

const PlanDocumentPreview = graphql(`
  query PlanDocumentPreview($id: Int!) {
    planDocument(id: $id) {
      id
      fileName
      format
      suggestedCode
      header { title issuer docNumber issuedOn startsOn endsOn }
      counts { goals indicators projects measures safeguards flagged }
      flags { code reason }
      units {
        name
        status
        matchedBy
        mentions
        department { code name }
        suggestions { department { code name } reason }
        proposedKind
        proposedCode
      }
      leadingGroups { code name }
    }
    departments { code name kind retired: state }
  }
`);

const CreatePlanFromDocument = graphql(`
  mutation CreatePlanFromDocument($i: CreatePlanFromDocumentInput!) {
    createPlanFromDocument(input: $i) { id code }
  }
`);

/** How the office resolves one unit name: an existing unit (perhaps recording the name as its alias), or a new one. */
interface UnitChoice {
  mode: 'existing' | 'new';
  departmentCode: string | null;
  asAlias: boolean;
  code: string;
  kind: DepartmentKind;
}

interface Values {
  code: string;
  title: string;
  issuer: string;
  docNumber?: string;
  issuedOn?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  leadingGroupCode: string;
}

const FIELDS = ['code', 'title', 'issuer', 'docNumber', 'issuedOn', 'startsOn', 'endsOn', 'leadingGroupCode'];

const STATUS: Record<ImportedUnitStatus, { color: string; label: string }> = {
  MATCHED: { color: 'green', label: '已对应' },
  RETIRED: { color: 'red', label: '已撤销' },
  OTHER_ITEMS_LEADS: { color: 'blue', label: '各项目牵头单位' },
  UNKNOWN: { color: 'orange', label: '名册中没有' },
};

const FORMAT: Record<string, string> = { docx: 'Word 文档', pdf: 'PDF', text: '纯文本' };
const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * 导入核对: what the importer read from the document (the header to confirm, the counts, what it was unsure of)
 * and every unit name against the register; the names the register lacks come first, each with the closest unit
 * offered (as an alias) or a new unit. 生成草稿 makes the draft, which opens in the editor with its 原文.
 */
export function ImportReview(props: { documentId: number; onRestart: () => void }) {
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: PlanDocumentPreview, variables: { id: props.documentId } });
  const [{ fetching }, create] = useMutation(CreatePlanFromDocument);
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [choices, setChoices] = useState<Map<string, UnitChoice>>(new Map());
  const preview = data?.planDocument;

  useEffect(() => {
    if (!preview) return;
    const { header } = preview;
    form.setFieldsValue({
      code: preview.suggestedCode,
      title: header.title ?? '',
      issuer: header.issuer ?? '',
      docNumber: header.docNumber ?? '',
      issuedOn: day(header.issuedOn),
      startsOn: day(header.startsOn),
      endsOn: day(header.endsOn),
      leadingGroupCode: preview.leadingGroups[0]?.code,
    });
    setChoices(
      new Map(
        preview.units
          .filter((u) => u.status === 'UNKNOWN' || u.status === 'RETIRED')
          .map((u) => {
            const near = u.suggestions[0]?.department.code ?? null;
            return [
              u.name,
              {
                mode: near ? 'existing' : 'new',
                departmentCode: near,
                asAlias: u.status === 'UNKNOWN',
                code: u.proposedCode ?? '',
                kind: u.proposedKind ?? 'GOVERNMENT_DEPARTMENT',
              },
            ];
          }),
      ),
    );
  }, [preview, form]);

  const units = useMemo(() => {
    const open = (preview?.units ?? []).filter((u) => u.status === 'UNKNOWN' || u.status === 'RETIRED');
    const rest = (preview?.units ?? []).filter((u) => u.status !== 'UNKNOWN' && u.status !== 'RETIRED');
    return [...open, ...rest];
  }, [preview]);
  const register = (data?.departments ?? []).filter((d) => d.kind !== 'LEADING_GROUP' && d.retired === 'ACTIVE');

  if (error && !data) return <Alert type="error" showIcon message="无法读取导入的文件" description={error.message} />;
  if (!preview) return <Skeleton active />;
  const choose = (name: string, change: Partial<UnitChoice>) =>
    setChoices((all) => new Map(all).set(name, { ...(all.get(name) as UnitChoice), ...change }));

  const submit = async (v: Values) => {
    const result = await create({
      i: {
        documentId: preview.id,
        code: v.code.trim(),
        leadingGroupCode: v.leadingGroupCode,
        title: v.title,
        issuer: v.issuer,
        docNumber: v.docNumber?.trim() || null,
        issuedOn: iso(v.issuedOn),
        startsOn: iso(v.startsOn),
        endsOn: iso(v.endsOn),
        units: [...choices].map(([name, c]) =>
          c.mode === 'existing'
            ? { name, departmentCode: c.departmentCode, asAlias: c.asAlias }
            : { name, newDepartment: { code: c.code.trim(), kind: c.kind } },
        ),
      },
    });
    if (result.data) return void navigate(`/plans/${result.data.createPlanFromDocument.code}/edit`);
    setErrors(applyErrors(form, fieldErrors(result.error), FIELDS));
  };

  const { counts } = preview;
  const openUnits = units.filter((u) => choices.has(u.name)).length;
  return (
    <div className="import-review" data-testid="import-review">
      <Card
        size="small"
        className="section"
        title={`导入核对：${preview.fileName}`}
        extra={
          <Button size="small" onClick={props.onRestart}>
            重新选择文件
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="文件格式">{FORMAT[preview.format] ?? preview.format}</Descriptions.Item>
          <Descriptions.Item label="目标">{counts.goals} 个</Descriptions.Item>
          <Descriptions.Item label="指标">{counts.indicators} 个</Descriptions.Item>
          <Descriptions.Item label="一级任务">{counts.projects} 项</Descriptions.Item>
          <Descriptions.Item label="具体措施">{counts.measures} 项</Descriptions.Item>
          <Descriptions.Item label="保障措施">{counts.safeguards} 项</Descriptions.Item>
        </Descriptions>
        {counts.flagged > 0 && (
          <Alert
            type="warning"
            showIcon
            className="section"
            data-testid="import-flagged"
            message={`有 ${counts.flagged} 项系统拿不准，已标为“待核对”：生成草稿后在编辑页逐项核对或修改，全部核对后才能发布。`}
          />
        )}
        {preview.flags.map((f) => (
          <Alert key={f.code} type="warning" showIcon className="section" message={f.reason} />
        ))}
      </Card>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="import-form">
        <FormErrors errors={errors} />
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <Card size="small" title="方案信息（请核对）" className="section">
              <Form.Item name="title" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
                <Input.TextArea autoSize />
              </Form.Item>
              <Form.Item name="issuer" label="印发机关" rules={[{ required: true, message: '请填写印发机关' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="docNumber" label="文号">
                <Input />
              </Form.Item>
              <Row gutter={8}>
                <Col span={8}>
                  <Form.Item name="issuedOn" label="印发日期">
                    <DatePicker />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
                    <DatePicker />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
                    <DatePicker />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="leadingGroupCode"
                label="领导小组（其办公室负责编辑和发布）"
                rules={[{ required: true, message: '请选择领导小组' }]}
              >
                <Select options={preview.leadingGroups.map((g) => ({ value: g.code, label: g.name }))} />
              </Form.Item>
              <Form.Item
                name="code"
                label="方案编码"
                rules={[{ required: true, message: '请填写方案编码' }]}
                extra="小写字母、数字和连字符"
              >
                <Input />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card
              size="small"
              className="section"
              title={`责任单位（${units.length} 个${openUnits > 0 ? `，${openUnits} 个须确认` : ''}）`}
            >
              <Table
                size="small"
                rowKey="name"
                pagination={false}
                dataSource={units}
                data-testid="import-units"
                columns={[
                  {
                    title: '文件中的写法',
                    dataIndex: 'name',
                    render: (name: string, u) => (
                      <>
                        <Typography.Text strong={choices.has(name)}>{name}</Typography.Text>
                        <div>
                          <Tag color={STATUS[u.status].color}>{STATUS[u.status].label}</Tag>
                          <Typography.Text type="secondary">出现 {u.mentions} 次</Typography.Text>
                        </div>
                      </>
                    ),
                  },
                  {
                    title: '对应部门',
                    key: 'choice',
                    render: (_: unknown, u) => {
                      const choice = choices.get(u.name);
                      if (!choice) {
                        if (u.status === 'OTHER_ITEMS_LEADS') return '展开为其他各项的牵头单位';
                        const by =
                          u.matchedBy === 'ALIAS' ? '（别名）' : u.matchedBy === 'FORMER_NAME' ? '（原名）' : '';
                        return `${u.department?.name ?? ''}${by}`;
                      }
                      return (
                        <div data-testid={`unit-choice-${u.name}`}>
                          <Radio.Group
                            size="small"
                            value={choice.mode}
                            onChange={(e) => choose(u.name, { mode: e.target.value })}
                            options={[
                              { value: 'existing', label: '对应已有部门' },
                              { value: 'new', label: '新建部门' },
                            ]}
                          />
                          {choice.mode === 'existing' ? (
                            <div className="import-unit-choice">
                              <Select
                                showSearch
                                optionFilterProp="label"
                                style={{ minWidth: 200 }}
                                placeholder="选择部门"
                                value={choice.departmentCode ?? undefined}
                                onChange={(code: string) => choose(u.name, { departmentCode: code })}
                                options={register.map((d) => ({ value: d.code, label: d.name }))}
                              />
                              <Checkbox
                                checked={choice.asAlias}
                                onChange={(e) => choose(u.name, { asAlias: e.target.checked })}
                              >
                                记为别名
                              </Checkbox>
                              {u.suggestions[0] && (
                                <Typography.Text type="secondary">
                                  建议：{u.suggestions[0].department.name}（{u.suggestions[0].reason}）
                                </Typography.Text>
                              )}
                            </div>
                          ) : (
                            <div className="import-unit-choice">
                              <Input
                                style={{ width: 180 }}
                                addonBefore="编码"
                                value={choice.code}
                                onChange={(e) => choose(u.name, { code: e.target.value })}
                              />
                              <Select
                                style={{ width: 140 }}
                                value={choice.kind}
                                onChange={(kind: DepartmentKind) => choose(u.name, { kind })}
                                options={Object.entries(KIND_LABEL)
                                  .filter(([k]) => k !== 'LEADING_GROUP')
                                  .map(([value, label]) => ({ value, label }))}
                              />
                            </div>
                          )}
                        </div>
                      );
                    },
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
        <Button type="primary" size="large" htmlType="submit" loading={fetching} data-testid="import-create">
          生成草稿
        </Button>
      </Form>
    </div>
  );
}
