import { Alert, Card, Progress, Skeleton, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import { formatPercent, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { LatestReport_ProgressReport, ValuesWorkbook } from '../progress';

const DepartmentQuery = graphql(`
  query DepartmentPage($plan: String!, $department: String!) {
    plan(code: $plan) { id viewerCan { backfillProgressReport } }
    department(code: $department) {
      code
      name
      kind
      members { code name }
      groups { code name }
      progress(planCode: $plan) { percent reported total rule }
      assignments(planCode: $plan, inherited: true) {
        key
        role
        inherited
        measure { id code title kind }
        latestReport { ...LatestReport_ProgressReport }
      }
      indicators(planCode: $plan) { id code name unit target latest { id value asOf } }
    }
  }
`);

/**
 * A department: its part in the plan (lead or participant), each assignment's latest report, its indicators; for the
 * plan office, 办公室补录 of its history from the progress workbook.
 */
export function DepartmentPage() {
  const { planCode = '', departmentCode = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: DepartmentQuery,
    variables: { plan: planCode, department: departmentCode },
  });
  if (error && !data) return <Alert type="error" showIcon message="加载失败" description={error.message} />;
  if (!data) return <Skeleton active />;
  const department = data.department;
  if (!department) return <Alert type="warning" showIcon message={`未找到部门「${departmentCode}」`} />;
  const rows = (department.assignments ?? [])
    .filter((a) => a.measure.kind !== 'PROJECT')
    .map((a) => ({ ...a, latest: getFragmentData(LatestReport_ProgressReport, a.latestReport) }));
  return (
    <div className="detail">
      <header className="page-header">
        <h1>{department.name}</h1>
        {department.members.length > 0 && (
          <div className="muted">成员单位：{department.members.map((m) => m.name).join('、')}</div>
        )}
        {department.progress && (
          <div title={department.progress.rule}>
            <Progress
              percent={department.progress.percent}
              format={() => formatPercent(department.progress?.percent ?? 0)}
            />
            <div className="muted">{department.progress.rule}</div>
          </div>
        )}
      </header>
      <Card size="small" title={`承担的措施（${rows.length} 项）`}>
        <Table
          size="small"
          rowKey={(r) => r.measure.id}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 640 }}
          columns={[
            {
              title: '措施',
              key: 'measure',
              render: (_, r) => (
                <Link to={`/plans/${planCode}/measures/${encodeURIComponent(r.measure.code)}`}>
                  {r.measure.code} {r.measure.title}
                </Link>
              ),
            },
            {
              title: '分工',
              dataIndex: 'role',
              render: (role: string) => (
                <Tag color={role === 'LEAD' ? 'red' : 'default'}>{role === 'LEAD' ? '★ 牵头' : '● 参与'}</Tag>
              ),
            },
            { title: '最新状态', key: 'status', render: (_, r) => <StatusTag status={r.latest?.status} /> },
            { title: '报告期', key: 'period', render: (_, r) => (r.latest ? formatPeriod(r.latest.period) : '—') },
            { title: '完成', key: 'pct', render: (_, r) => (r.latest ? `${r.latest.percentComplete}%` : '—') },
          ]}
        />
      </Card>
      {data.plan?.viewerCan.backfillProgressReport && rows.some((r) => r.role === 'LEAD') && (
        <Card size="small" title="办公室补录（Excel）" className="section office-backfill">
          <p className="muted">
            按台账补录本部门牵头措施的历史进展：下载模板（已报内容已预先填入），在“原报送日期”列填写部门当时实际报送的日期，
            上传后逐行按接口规则校验，全部通过才导入；考核按原报送日期判断是否按时。
          </p>
          <ValuesWorkbook
            kind="progress"
            planCode={planCode}
            departmentCode={department.code}
            label="办公室补录"
            onImported={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </Card>
      )}
      {(department.indicators ?? []).length > 0 && (
        <Card size="small" title="负责的指标" className="section">
          <ul className="plain-list">
            {(department.indicators ?? []).map((i) => (
              <li key={i.id}>
                <Link to={`/plans/${planCode}/indicators/${encodeURIComponent(i.code)}`}>{i.name}</Link>：
                {i.latest ? `${i.latest.value} ${i.unit ?? ''}（截至 ${i.latest.asOf}）` : '未填报'}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
