import { Card } from 'antd';
import { formatPeriod } from '../../lib/format';
import type { groupProblems } from './problems';

/** 需协调事项: the problems in the latest reports, under the department each asks to help. */
export function ProblemGroups({ groups }: { groups: ReturnType<typeof groupProblems> }) {
  return (
    <Card size="small" title="需协调事项（按被请求协助的部门）" className="problems">
      {groups.length === 0 && <p className="empty">最新报告中没有需协调的问题。</p>}
      {groups.map((group) => (
        <section key={group.to?.code ?? 'none'} className="problem-group">
          <h3>
            {group.to ? `请 ${group.to.name} 协助` : '未指明协助部门'}（{group.problems.length}）
          </h3>
          <ul>
            {group.problems.map((p) => (
              <li key={`${p.measure.code}|${p.raisedBy.code}`}>
                <b>{p.raisedBy.name}</b>（{p.measure.code}，{formatPeriod(p.period)}）：{p.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}
