import type { ChannelKind, DeliveryState, WebhookFormat } from '../../gql/graphql';

/** Where a delivery goes, in the office's words. */
export const CHANNEL_LABEL: Record<ChannelKind, string> = { EMAIL: '电子邮件', WEBHOOK: '工作群机器人' };

/** Where a delivery stands, and its tag's colour (the word is always shown too). */
export const STATE_LABEL: Record<DeliveryState, string> = { PENDING: '待发送', SENT: '已发送', FAILED: '发送失败' };
export const STATE_COLOR: Record<DeliveryState, string> = { PENDING: 'blue', SENT: 'green', FAILED: 'red' };

/** The robots a webhook may be. */
export const FORMAT_LABEL: Record<WebhookFormat, string> = {
  WECOM: '企业微信 / 政务微信',
  DINGTALK: '钉钉',
  FEISHU: '飞书',
  GENERIC: '通用 JSON',
};

export const CHANNELS: readonly ChannelKind[] = ['EMAIL', 'WEBHOOK'];
export const STATES: readonly DeliveryState[] = ['PENDING', 'SENT', 'FAILED'];
export const FORMATS: readonly WebhookFormat[] = ['WECOM', 'DINGTALK', 'FEISHU', 'GENERIC'];
