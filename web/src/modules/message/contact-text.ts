import type { WebhookFormat } from '../../gql/graphql';

/**
 * The work-chat robots a contact can post to: what each is called, where its address comes from, and what its
 * signing secret is (the server signs with it when set; 通用 JSON needs one).
 */
export const FORMAT_TEXT: Record<
  WebhookFormat,
  { label: string; where: string; secret: 'none' | 'optional' | 'required'; secretHelp?: string }
> = {
  WECOM: {
    label: '企业微信 / 政务微信',
    where: '在群聊中点右上角「…」→「群机器人」→「添加机器人」，新建后复制它的 Webhook 地址。',
    secret: 'none',
  },
  DINGTALK: {
    label: '钉钉',
    where: '在群设置中点「机器人」→「添加机器人」→「自定义（通过 Webhook 接入）」，完成后复制 Webhook 地址。',
    secret: 'optional',
    secretHelp: '安全设置请选「加签」，并把以 SEC 开头的密钥填在这里。',
  },
  FEISHU: {
    label: '飞书',
    where: '在群设置中点「群机器人」→「添加机器人」→「自定义机器人」，完成后复制 Webhook 地址。',
    secret: 'optional',
    secretHelp: '安全设置开启了「签名校验」时，填写那里显示的密钥。',
  },
  GENERIC: {
    label: '通用 JSON',
    where: '接收方自己的 HTTP(S) 地址，由本单位信息部门提供。平台以 JSON POST 每条消息。',
    secret: 'required',
    secretHelp: '接收方据此核对签名（请求头 X-Duban-Signature：HMAC-SHA256），确认消息来自本平台。',
  },
};

export const FORMATS: readonly WebhookFormat[] = ['WECOM', 'DINGTALK', 'FEISHU', 'GENERIC'];
