import { Alert, Card, Progress, Skeleton, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import { formatPercent, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { LatestReport_ProgressReport } from '../progress';

const DepartmentQuery = graphql(`
  query DepartmentPage($plan: String!, $department: String!) {
    department(code: $department) {
      code
      name
      kind
      members { code name }
      groups { code name }
      progress(planCode: $plan) { percent reported total rule }
      assignments(planCode: $plan, inherited: true) {
        role
        inherited
        measure { id code title kind }
        latestReport { ...LatestReport_ProgressReport }
      }
      indicators(planCode: $plan) { id code name unit target latest { id value asOf } }
    }
  }
`);

/** A department: its part in the plan (lead or participant), each assignment's latest report, its indicators. */
export function DepartmentPage() {
  const { planCode = '', departmentCode = '' } = useParams();
  const [{ data, error }] = useQuery({
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
