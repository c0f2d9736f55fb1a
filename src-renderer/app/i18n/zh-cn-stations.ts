import type { Messages } from './en';

/** Simplified Chinese texts of the hub's station directory; same keys as `en-stations.ts`. */
export const zhCNStations = {
  title: '中心服务器上的工作站',
  hint: '所有在中心服务器注册的工作站。工作站丢失或被盗时请吊销：它会立即停止同步。',
  loading: '正在向中心服务器查询工作站…',
  empty: '还没有注册的工作站。',
  refresh: '刷新',
  columns: {
    station: '工作站',
    warehouse: '仓库',
    lastSeen: '最后联系',
    clock: '时钟',
    state: '状态',
  },
  thisStation: '本机',
  connected: '当前在线',
  never: '从未',
  clockUnknown: '—',
  clockOk: '正常，{{offset}}',
  clockAlert: '请检查：{{offset}}',
  clockInStep: '一致',
  clockAhead: '快 {{seconds}} 秒',
  clockBehind: '慢 {{seconds}} 秒',
  active: '允许同步',
  revoked: '已于 {{at}} 吊销',
  revoke: '吊销…',
  revokeConfirm:
    '确定吊销 {{name}}？它会立即停止同步，未发送的操作会保留；需要有人在该工作站用密码登录才能重新连接。',
  revokeNow: '吊销',
  keep: '保留',
  errors: {
    needsPassword: '请用密码登录后再管理工作站：工牌登录无法连接中心服务器。',
    forbidden: '只有管理员和主管可以管理工作站。',
    unreachable: '无法连接中心服务器。工作站列表需要中心服务器，请在恢复连接后重试。',
    notFound: '中心服务器上（已）没有这个工作站。',
    failed: '未完成：{{message}}',
  },
} satisfies Messages['stations'];
