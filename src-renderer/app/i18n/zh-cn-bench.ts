import type { Messages } from './en';

/** Simplified Chinese texts of bench sign-in; same keys as the English ones. */
export const zhCNBench = {
  scanPrompt: '请扫描工牌',
  scanHint: '将工牌上的条码对准扫描枪。',
  badgeLabel: '工牌',
  notABadge: '这不是工牌。请扫描工牌上的条码。',
  pinPrompt: '请输入 PIN 码',
  pinFor: '工牌 {{badge}}',
  pinLabel: 'PIN 码',
  pinInvalid: 'PIN 码为 4 到 8 位数字。',
  signIn: '登录',
  unlock: '解锁',
  checking: '正在验证…',
  otherBadge: '换一个工牌（Esc）',
  usePassword: '用用户名和密码登录',
  useBadge: '用工牌登录',
  error: '登录失败：{{message}}',
  refused: {
    unknownBadge: '本工作站不认识这个工牌。请联系主管。',
    wrongPin: 'PIN 码错误。工牌锁定 5 分钟前还可再试：{{left}} 次。',
    lockedOut: 'PIN 码错误次数过多。此工牌锁定至 {{time}}。',
    inactive: '此人已不能在这里登录。请联系主管。',
    noPin: '此人在这里没有设置 PIN 码。请用用户名和密码登录。',
  },
  lock: {
    title: '已锁定',
    signedIn: '{{name}} 已登录',
    pinFor: '{{name}} 的 PIN 码',
    switchHint: '换人？请扫描你的工牌。',
    usePin: '用 PIN 码或工牌解锁',
  },
  switchUser: '切换用户',
  switchFailed: '无法锁定工作台：{{message}}',
} satisfies Messages['bench'];
