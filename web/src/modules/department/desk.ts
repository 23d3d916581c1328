import { covers, previousPeriod } from '../../lib/period';

export type Urgency = 'overdue' | 'due' | 'attention' | 'done';

export interface DeskItem {
  urgency: Urgency;
  reason: string;
}

/** The provisional due day of a month's report: the 5th of the next month (the supervision rules refine it). */
export function dueOn(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-05`;
}

/**
 * How urgent an assignment is for its department today: last period unreported past its due day (overdue),
 * this period not yet reported (due), the latest report at risk or delayed (attention), or done for now.
 */
export function deskItem(latest: { period: string; status: string } | null, period: string, today: string): DeskItem {
  // After the plan ends, its last month stays "this period" and can itself be past due.
  for (const wanted of [period, previousPeriod(period)]) {
    if (!covers(latest?.period, wanted) && today > dueOn(wanted)) {
      return { urgency: 'overdue', reason: `${wanted} 报告已逾期（截止 ${dueOn(wanted)}）` };
    }
  }
  if (!covers(latest?.period, period)) {
    return { urgency: 'due', reason: `本期（${period}）待报，截止 ${dueOn(period)}` };
  }
  if (latest?.status === 'DELAYED' || latest?.status === 'AT_RISK') {
    return { urgency: 'attention', reason: latest.status === 'DELAYED' ? '最新报告为滞后' : '最新报告存在风险' };
  }
  return { urgency: 'done', reason: '本期已报' };
}

export const URGENCY_ORDER: Urgency[] = ['overdue', 'due', 'attention', 'done'];
