import { Button, Segmented, Select, Space } from 'antd';
import type { MeetingFilters, MeetingPlan } from './useMeetingModel';

export type MeetingMode = 'screen' | 'projector';

/** The meeting's filters (project, goal, department), its display mode and printing; not printed itself. */
export function MeetingToolbar(props: {
  plan: MeetingPlan;
  filters: MeetingFilters;
  onFilters: (filters: MeetingFilters) => void;
  mode: MeetingMode;
  onMode: (mode: MeetingMode) => void;
}) {
  const { plan, filters, onFilters } = props;
  return (
    <Space wrap className="no-print">
      <Select
        allowClear
        placeholder="按工程筛选"
        style={{ width: 200 }}
        value={filters.project}
        onChange={(v) => onFilters({ ...filters, project: v ?? null })}
        options={plan.measures
          .filter((m) => m.kind === 'PROJECT')
          .map((m) => ({ value: m.code, label: `${m.code} ${m.title}` }))}
      />
      <Select
        allowClear
        placeholder="按目标筛选"
        style={{ width: 200 }}
        value={filters.goal}
        onChange={(v) => onFilters({ ...filters, goal: v ?? null })}
        options={plan.goals.map((g) => ({ value: g.code, label: g.title }))}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="按部门筛选"
        style={{ width: 200 }}
        value={filters.department}
        onChange={(v) => onFilters({ ...filters, department: v ?? null })}
        options={plan.departments.map((d) => ({ value: d.code, label: d.name }))}
      />
      <Segmented
        value={props.mode}
        onChange={(v) => props.onMode(v as MeetingMode)}
        options={[
          { value: 'screen', label: '桌面' },
          { value: 'projector', label: '投影' },
        ]}
      />
      <Button onClick={() => window.print()}>打印</Button>
    </Space>
  );
}
