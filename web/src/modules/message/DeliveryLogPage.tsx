import { Alert, App, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { ChannelKind, DeliveryLogQuery, DeliveryState } from '../../gql/graphql';
import { beijingDateTime, beijingMonthDayTime } from '../../lib/beijing-time';
import { fieldErrors } from '../../lib/server-errors';
import { useViewerCan } from '../auth';
import { CHANNEL_LABEL, CHANNELS, STATE_COLOR, STATE_LABEL, STATES } from './labels';

const DeliveryLogDocument = graphql(`
  query DeliveryLog($filter: DeliveryFilter, $first: Int!, $before: Int) {
    deliveryLog(filter: $filter, first: $first, before: $before) {
      counts { channel state count }
      quietUntil
      hasMore
      items {
        id channel address state attempts nextAttemptAt lastError sentAt createdAt recipient
        message { id title link }
      }
    }
  }
`);

const RetryDeliveryMutation = graphql(`
  mutation RetryDelivery($id: Int!) { retryDelivery(id: $id) }
`);

type Row = DeliveryLogQuery['deliveryLog']['items'][number];
type Count = DeliveryLogQuery['deliveryLog']['counts'][number];

const PAGE = 50;
/** While the page is open, it asks again this often: the sender works every second, the office reads at leisure. */
const REFRESH_MS = 30_000;

const dash = <span className="muted">—</span>;
const Time = (props: { iso: string }) => <span className="delivery-time">{beijingDateTime(props.iso)}</span>;

function countOf(counts: readonly Count[], channel: ChannelKind, state: DeliveryState): number {
  return counts.find((c) => c.channel === channel && c.state === state)?.count ?? 0;
}

/** 发送记录 (admins): counts per channel and state, quiet hours, and the deliveries newest first, each failed one resendable. */
export function DeliveryLogPage() {
  const can = useViewerCan();
  const { message } = App.useApp();
  const [state, setState] = useState<DeliveryState | null>(null);
  const [channel, setChannel] = useState<ChannelKind | null>(null);
  // The pages read so far, as the `before` each was asked with: null is the newest page.
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const before = cursors[cursors.length - 1] ?? null;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DeliveryLogDocument,
    variables: { filter: { state, channel }, first: PAGE, before },
    pause: !can.readDeliveries,
  });
  useRetryOnReconnect(error, reexecute);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (!can.readDeliveries) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [can.readDeliveries, refresh]);
  const [retrying, setRetrying] = useState<number | null>(null);
  const [, retry] = useMutation(RetryDeliveryMutation);

  const filterBy = (next: { state?: DeliveryState | null; channel?: ChannelKind | null }) => {
    if (next.state !== undefined) setState(next.state);
    if (next.channel !== undefined) setChannel(next.channel);
    setCursors([null]);
  };

  async function resend(row: Row) {
    setRetrying(row.id);
    const result = await retry({ id: row.id });
    setRetrying(null);
    if (result.error) {
      void message.error(fieldErrors(result.error)[0]?.reason ?? '重新发送失败');
    } else {
      void message.success(`已重新排队，将发往${row.recipient}的${CHANNEL_LABEL[row.channel]}`);
    }
    refresh();
  }

  const log = data?.deliveryLog;
  const columns = [
    { title: '时间', key: 'createdAt', width: 130, render: (_: unknown, r: Row) => <Time iso={r.createdAt} /> },
    { title: '接收方', dataIndex: 'recipient', key: 'recipient', width: 110 },
    {
      title: '消息',
      key: 'message',
      minWidth: 220,
      render: (_: unknown, r: Row) => (
        <Link to={r.message.link} className="delivery-message">
          {r.message.title}
        </Link>
      ),
    },
    { title: '渠道', key: 'channel', width: 100, render: (_: unknown, r: Row) => CHANNEL_LABEL[r.channel] },
    {
      title: '地址',
      key: 'address',
      width: 180,
      // One line, cut short; the whole address on hover (a robot's address is long, and its key is in it).
      ellipsis: { showTitle: false },
      render: (_: unknown, r: Row) => (
        <span className="delivery-address" title={r.address}>
          {r.address}
        </span>
      ),
    },
    {
      title: '状态',
      key: 'state',
      width: 88,
      render: (_: unknown, r: Row) => (
        <Tag color={STATE_COLOR[r.state]} className="delivery-state">
          {STATE_LABEL[r.state]}
        </Tag>
      ),
    },
    { title: '尝试', dataIndex: 'attempts', key: 'attempts', width: 52, align: 'right' as const },
    {
      title: '最后错误',
      key: 'lastError',
      width: 180,
      render: (_: unknown, r: Row) =>
        r.lastError ? (
          <Typography.Text type={r.state === 'FAILED' ? 'danger' : 'warning'} className="delivery-error">
            {r.lastError}
          </Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: '下次尝试',
      key: 'nextAttemptAt',
      width: 130,
      render: (_: unknown, r: Row) =>
        r.state === 'PENDING' && r.nextAttemptAt ? <Time iso={r.nextAttemptAt} /> : dash,
    },
    {
      title: '发送时间',
      key: 'sentAt',
      width: 130,
      render: (_: unknown, r: Row) => (r.sentAt ? <Time iso={r.sentAt} /> : dash),
    },
    {
      title: '操作',
      key: 'actions',
      width: 96,
      render: (_: unknown, r: Row) =>
        r.state === 'FAILED' ? (
          <Button size="small" loading={retrying === r.id} data-action={`retry-${r.id}`} onClick={() => resend(r)}>
            重新发送
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="delivery-log">
      {can.answered && !can.readDeliveries && <p className="empty">当前账号无权查看发送记录。</p>}
      {error && !data && <p className="empty">无法读取发送记录：{error.message}</p>}
      {log && (
        <>
          {log.quietUntil && (
            <Alert
              type="info"
              showIcon
              className="delivery-quiet"
              title={`静默时段（夜间及节假日）暂停发送，将于 ${beijingMonthDayTime(log.quietUntil)} 恢复`}
            />
          )}
          <div className="delivery-counts">
            {CHANNELS.map((c) => (
              <Card key={c} size="small" title={CHANNEL_LABEL[c]} className="delivery-count-card">
                <div className="delivery-count-row">
                  {STATES.map((s) => {
                    const n = countOf(log.counts, c, s);
                    const chosen = state === s && channel === c;
                    return (
                      <button
                        key={s}
                        type="button"
                        className={`delivery-count${chosen ? ' chosen' : ''}${s === 'FAILED' && n > 0 ? ' failing' : ''}`}
                        data-count={`${c}-${s}`}
                        title={`只看${CHANNEL_LABEL[c]}${STATE_LABEL[s]}的记录`}
                        onClick={() => filterBy(chosen ? { state: null, channel: null } : { state: s, channel: c })}
                      >
                        <span className="delivery-count-figure">{n.toLocaleString('zh-CN')}</span>
                        <span className="delivery-count-label">{STATE_LABEL[s]}</span>
                      </button>
                    );
                  })}
                </div>
              </Card>
            ))}
          </div>
          <Space wrap className="delivery-filters">
            <span>状态</span>
            <Segmented<DeliveryState | 'ALL'>
              value={state ?? 'ALL'}
              onChange={(v) => filterBy({ state: v === 'ALL' ? null : v })}
              options={[{ value: 'ALL', label: '全部' }, ...STATES.map((s) => ({ value: s, label: STATE_LABEL[s] }))]}
            />
            <span>渠道</span>
            <Segmented<ChannelKind | 'ALL'>
              value={channel ?? 'ALL'}
              onChange={(v) => filterBy({ channel: v === 'ALL' ? null : v })}
              options={[
                { value: 'ALL', label: '全部' },
                ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] })),
              ]}
            />
            <Button onClick={refresh} loading={fetching}>
              刷新
            </Button>
          </Space>
          <Table<Row>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={log.items}
            columns={columns}
            tableLayout="fixed"
            scroll={{ x: 1410 }}
            rowClassName={(r) => `delivery-row delivery-${r.state.toLowerCase()}`}
            onRow={(r) => ({ 'data-delivery': r.id }) as React.HTMLAttributes<HTMLElement>}
            locale={{
              emptyText:
                state || channel
                  ? '没有符合条件的发送记录'
                  : '尚无发送记录。为部门设置工作邮箱或工作群机器人后（部门管理 › 联系方式），督办单和提醒会同时发往那里，并记在这里。',
            }}
          />
          <Space className="delivery-pager">
            <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              较新的记录
            </Button>
            <span className="muted">第 {cursors.length} 页</span>
            <Button
              disabled={!log.hasMore}
              onClick={() => setCursors([...cursors, log.items[log.items.length - 1]?.id ?? null])}
            >
              较早的记录
            </Button>
          </Space>
        </>
      )}
    </div>
  );
}
