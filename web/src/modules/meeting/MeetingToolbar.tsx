import { Button, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DownloadButton } from '../auth';
import type { MeetingFilters, MeetingPlan } from './useMeetingModel';

export type MeetingMode = 'screen' | 'projector';

/** The meeting day and the last meeting's (YYYY-MM-DD; null: the server's defaults, today and 30 days before). */
export interface MeetingDays {
  asOf: string | null;
  since: string | null;
}

const day = (value: string | null) => (value ? dayjs(value) : null);

/** The meeting's filters (project, goal, department), its display mode and printing; not printed itself. */
export function MeetingToolbar(props: {
  plan: MeetingPlan;
  planCode: string;
  filters: MeetingFilters;
  onFilters: (filters: MeetingFilters) => void;
  mode: MeetingMode;
  onMode: (mode: MeetingMode) => void;
  days: MeetingDays;
  onDays: (days: MeetingDays) => void;
}) {
  const { plan, filters, onFilters } = props;
  // 调度会材料 is made for the meeting day: today (the server's, when none is picked) or a later one; the server says
  // why it refuses an earlier one. The instructions listed are those since the last meeting (default 30 days before).
  const { days, onDays } = props;
  const iso = (value: Dayjs | null) => value?.format('YYYY-MM-DD') ?? null;
  const query = new URLSearchParams({
    ...(days.asOf ? { asOf: days.asOf } : {}),
    ...(days.since ? { since: days.since } : {}),
  }).toString();
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
      <DatePicker
        value={day(days.asOf)}
        onChange={(value) => onDays({ ...days, asOf: iso(value) })}
        disabledDate={(value) => value.isBefore(dayjs(), 'day')}
        aria-label="会议日期"
        style={{ width: 190 }}
        placeholder="会议日期（默认今天）"
      />
      <DatePicker
        value={day(days.since)}
        onChange={(value) => onDays({ ...days, since: iso(value) })}
        disabledDate={(value) => value.isAfter(days.asOf ? dayjs(days.asOf) : dayjs(), 'day')}
        aria-label="上次调度会日期"
        style={{ width: 230 }}
        placeholder="上次调度会（默认 30 天前）"
      />
      <DownloadButton
        path={`/api/plans/${encodeURIComponent(props.planCode)}/meeting-brief.docx${query ? `?${query}` : ''}`}
        fallbackName="调度会材料.docx"
      >
        下载调度会材料
      </DownloadButton>
    </Space>
  );
}
