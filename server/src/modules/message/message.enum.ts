/** What a message is about. Each kind is a line of a person's preferences; URGE_NOTICE (督办) cannot be turned off. */
export enum MessageKind {
  /** 报送提醒: a lead department's report is due in N working days, today, or was missed yesterday. */
  REPORT_DUE = 'REPORT_DUE',
  /** 督办单: issued, escalated, its reply date near, an extension decided. Always sent to the department. */
  URGE_NOTICE = 'URGE_NOTICE',
  /** A progress report returned for revision (退回修改). */
  REPORT_RETURNED = 'REPORT_RETURNED',
  /** A new leadership instruction (领导批示). */
  INSTRUCTION = 'INSTRUCTION',
  /** 每周简报: what changed, what is red, who is late; to leaders. */
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
}

/** The step of a reporting reminder. */
export enum ReminderStep {
  /** N working days before the deadline (the plan's `reminderLeadDays`, default 3). */
  BEFORE = 'BEFORE',
  /** On the deadline day. */
  ON_DAY = 'ON_DAY',
  /** The first working day after a missed deadline. */
  MISSED = 'MISSED',
}

/** The step of an urging notice a message tells of. */
export enum UrgeStep {
  ISSUED = 'ISSUED',
  ESCALATED = 'ESCALATED',
  REPLY_NEAR = 'REPLY_NEAR',
  EXTENSION_APPROVED = 'EXTENSION_APPROVED',
  EXTENSION_REFUSED = 'EXTENSION_REFUSED',
}

/** Where a delivery goes. In-app messages are the message rows themselves and need no delivery. */
export enum ChannelKind {
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** The message format a webhook target expects: the common work-chat group robots, or Duban's own signed JSON. */
export enum WebhookFormat {
  /** 企业微信 / 政务微信 group robot: {msgtype: 'markdown', markdown: {content}}. */
  WECOM = 'WECOM',
  /** 钉钉 group robot: {msgtype: 'markdown', markdown: {title, text}}, signed with timestamp & sign query params. */
  DINGTALK = 'DINGTALK',
  /** 飞书 group robot: {msg_type: 'post' | 'text', ...}, signed with timestamp & sign in the body. */
  FEISHU = 'FEISHU',
  /** Duban's JSON, signed with an HMAC-SHA256 of the body in X-Duban-Signature. */
  GENERIC = 'GENERIC',
}

export enum DeliveryState {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after the last attempt (or a permanent refusal): its error is kept; the office may retry. */
  FAILED = 'FAILED',
}
