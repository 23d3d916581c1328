/** Chinese formatting of dates, numbers and percentages, as DESIGN.md asks: 2025年12月31日 in prose. */

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-12-31 → 2025年12月31日 */
export function formatDateLong(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A local date as YYYY-MM-DD, for tables. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A timestamp as 2025-06-05 14:03, in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${isoDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How long ago, in words: 刚刚, 5 分钟前, 3 小时前, 2 天前, or the date. */
export function formatAgo(iso: string, now: Date = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  if (seconds < 60) return '刚刚';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟前`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} 小时前`;
  if (seconds < 7 * 86_400) return `${Math.floor(seconds / 86_400)} 天前`;
  return formatDateTime(iso);
}

/** A report period: 2025-06 → 2025年6月, 2025-Q2 → 2025年第二季度, 2025-H1 → 2025年上半年. */
export function formatPeriod(period: string): string {
  const [year, part = ''] = period.split('-');
  if (part.startsWith('Q')) return `${year}年第${'一二三四'[Number(part.slice(1)) - 1]}季度`;
  if (part === 'H1') return `${year}年上半年`;
  if (part === 'H2') return `${year}年下半年`;
  return `${year}年${Number(part)}月`;
}

/** Large amounts the Chinese way: 8,000 / 1.2 万 / 3.4 亿; at most two decimals below 10 000. */
export function formatAmount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, 2)} 亿`;
  if (abs >= 1e5) return `${trim(value / 1e4, 2)} 万`;
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** A percentage with one decimal at most: 33.3%, 60%. */
export function formatPercent(value: number): string {
  return `${trim(value, 1)}%`;
}

function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
