import { Alert } from 'antd';
import { formatPercent, formatPeriod } from '../../lib/format';
import type { DeskDepartment, DeskView, Urgency } from './useDesk';

/** The verdict in words: what the department owes, or that it owes nothing. */
function verdictOf(view: DeskView, count: (u: Urgency) => number) {
  const { items, partaking, returned, openNotices } = view;
  const owing = [
    count('overdue') > 0 && `逾期未报 ${count('overdue')} 项`,
    returned.length > 0 && `退回待修改 ${returned.length} 份`,
    openNotices.length > 0 && `督办单待办理 ${openNotices.length} 件`,
    count('due') > 0 && `临期待报 ${count('due')} 项`,
  ].filter(Boolean);
  const text =
    owing.length > 0
      ? `本部门现有待办：${owing.join('、')}`
      : items.length > 0
        ? `本部门当前无逾期、无待办：承担报送的 ${items.length} 项措施均无欠报${partaking.length > 0 ? `；另参与配合 ${partaking.length} 项，不单独报送` : ''}`
        : partaking.length > 0
          ? `本部门当前无待办：在此方案中为配合单位，参与 ${partaking.length} 项措施，不单独报送进展（可选择补充）`
          : '';
  const type = owing.length > 0 ? (count('overdue') > 0 || returned.length > 0 ? 'error' : 'warning') : 'success';
  return { text, type } as const;
}

/** 我的任务's title, the period's counts and the verdict. */
export function DeskHeader(props: { department: DeskDepartment; view: DeskView }) {
  const { department, view } = props;
  const count = (u: Urgency) => view.items.filter((i) => i.item.urgency === u).length;
  const verdict = verdictOf(view, count);
  return (
    <header className="page-header">
      <h1>我的任务 · {department.name}</h1>
      <div className="muted">
        本期 {formatPeriod(view.period)} · 应报 {view.items.length} 项：逾期 {count('overdue')} 项 · 临期 {count('due')}{' '}
        项 · 滞后 {count('attention')} 项 · 参与配合 {view.partaking.length} 项（不单独报送）· 部门进度{' '}
        {formatPercent(department.progress?.percent ?? 0)}
        {view.groups.length > 0 && <> · 含所在组「{view.groups.join('、')}」承担的措施</>}
      </div>
      {verdict.text && <Alert className="desk-verdict" type={verdict.type} showIcon message={verdict.text} />}
    </header>
  );
}
