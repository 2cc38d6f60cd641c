import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../civil-date.ts';
import { dueReminders, type ReminderItem, type ReminderRecipient } from './engine.ts';
import { composeDigest } from './messages.ts';
import { effectiveRules } from './rules.ts';

const d = (s: string) => s as CivilDate;

const user = (userId: string, role: ReminderRecipient['role'], email: string | null, prefs: Partial<ReminderRecipient> = {}): ReminderRecipient => ({
  userId,
  name: userId,
  role,
  email,
  emailReminders: true,
  dailyDigest: false,
  ...prefs,
});

const users = new Map<string, ReminderRecipient[]>([
  ['tg', [user('tg.baocao', 'reporter', 'mai@tg.vn'), user('tg.lanhdao', 'leader', 'thang@tg.vn', { dailyDigest: true }), user('tg.xem', 'viewer', 'xem@tg.vn')]],
  ['ma', [user('ma.baocao', 'reporter', null)]],
  ['mttq', [user('mttq.baocao', 'reporter', 'lan@mttq.vn', { emailReminders: false })]],
]);
const coordinators = [user('btg.dieuphoi', 'coordinator', 'hoa@btg.vn')];

const plan = { id: 'kh82', rules: effectiveRules(null), coordinators };
const item = (id: string, unitId: string, kind: ReminderItem['kind'], due: string, lock: string | null, done = false): ReminderItem => ({
  id,
  kind,
  planId: 'kh82',
  planNumber: '82-KH/TU',
  planTitle: 'thực hiện Kết luận số 51-KL/TW',
  unitId,
  unitName: { tg: 'Huyện ủy Tuần Giáo', ma: 'Huyện ủy Mường Ảng', mttq: 'Ủy ban MTTQ Việt Nam tỉnh' }[unitId] ?? unitId,
  title: kind === 'obligation' ? 'báo cáo 6 tháng đầu năm 2020' : 'Xây dựng chương trình, kế hoạch thực hiện Kết luận số 51-KL/TW',
  dueDate: d(due),
  lockDate: lock === null ? null : d(lock),
  done,
  link: `/${kind === 'obligation' ? 'bao-cao' : 'nhiem-vu'}/${id}`,
});

const ITEMS: ReminderItem[] = [
  item('bc-tg', 'tg', 'obligation', '2020-06-16', '2020-07-16'),
  item('bc-ma', 'ma', 'obligation', '2020-06-16', '2020-07-16', true),
  item('bc-mttq', 'mttq', 'obligation', '2020-06-16', '2020-07-16'),
  item('nv-tg', 'tg', 'duty', '2020-06-05', null),
  item('nv-ma', 'ma', 'duty', '2020-06-05', null),
];

const run = (today: string, emailEnabled = true) =>
  dueReminders({ today: d(today), plans: [plan], items: ITEMS, usersByUnit: users, emailEnabled, publicUrl: 'https://thucthi.dienbien.vn/' }).map(
    (r) => `${r.item.id} ${r.key} → ${r.recipient.userId} [${r.channels.join('+')}${r.digest ? ' digest' : ''}]`,
  );

describe('dueReminders: exactly the reminders due on a day', () => {
  it.each([
    [
      '2020-06-12',
      [
        // The duty first (earlier due date): 7 days overdue, escalated to the leader and the coordinating office.
        'nv-ma escalate → btg.dieuphoi [app+email]',
        'nv-ma overdue-6 → ma.baocao [app]',
        'nv-tg escalate → btg.dieuphoi [app+email]',
        'nv-tg escalate → tg.lanhdao [app+email digest]',
        'nv-tg overdue-6 → tg.baocao [app+email]',
        'nv-tg overdue-6 → tg.lanhdao [app+email digest]',
        // The report due on the 16th: a week's notice (Mường Ảng has submitted; MTTQ's reporter turned e-mail off).
        'bc-mttq before-7 → mttq.baocao [app]',
        'bc-tg before-7 → tg.baocao [app+email]',
        'bc-tg before-7 → tg.lanhdao [app+email digest]',
      ],
    ],
    ['2020-06-13', []],
    [
      '2020-06-15',
      [
        'nv-ma overdue-9 → ma.baocao [app]',
        'nv-ma escalate → btg.dieuphoi [app+email]',
        'nv-tg overdue-9 → tg.baocao [app+email]',
        'nv-tg overdue-9 → tg.lanhdao [app+email digest]',
        'nv-tg escalate → btg.dieuphoi [app+email]',
        'nv-tg escalate → tg.lanhdao [app+email digest]',
        'bc-mttq before-1 → mttq.baocao [app]',
        'bc-tg before-1 → tg.baocao [app+email]',
        'bc-tg before-1 → tg.lanhdao [app+email digest]',
      ].sort(),
    ],
    ['2020-07-06', ['bc-mttq overdue-18 → mttq.baocao [app]', 'bc-mttq escalate → btg.dieuphoi [app+email]', 'bc-tg overdue-18 → tg.baocao [app+email]', 'bc-tg overdue-18 → tg.lanhdao [app+email digest]', 'bc-tg escalate → btg.dieuphoi [app+email]', 'bc-tg escalate → tg.lanhdao [app+email digest]'].sort()],
    ['2020-07-17', []],
  ] as const)('on %s', (today, expected) => {
    const got = run(today);
    expect([...got].sort()).toEqual([...expected].sort());
    if (today === '2020-06-12') expect(got).toEqual(expected);
  });

  it('sends only in the app when e-mail is not configured', () => {
    expect(run('2020-06-12', false).every((r) => r.endsWith('[app]'))).toBe(true);
  });

  it('writes Vietnamese subjects and bodies from the real distance to the deadline', () => {
    const all = dueReminders({ today: d('2020-06-12'), plans: [plan], items: ITEMS, usersByUnit: users, emailEnabled: true, publicUrl: 'https://thucthi.dienbien.vn/' });
    const week = all.find((r) => r.item.id === 'bc-tg' && r.recipient.userId === 'tg.baocao');
    expect(week?.subject).toBe('Nhắc hạn nộp báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU: còn 4 ngày (hạn 16/06/2020)');
    expect(week?.text).toContain('Kính gửi đồng chí tg.baocao,');
    expect(week?.text).toContain('- Hạn: Thứ Ba, 16/06/2020 (còn 4 ngày)');
    expect(week?.text).toContain('- Khóa sổ: Thứ Năm, 16/07/2020');
    expect(week?.text).toContain('Xem chi tiết: https://thucthi.dienbien.vn/bao-cao/bc-tg');
    const late = all.find((r) => r.item.id === 'nv-tg' && r.key === 'overdue-6' && r.recipient.userId === 'tg.baocao');
    expect(late?.subject).toBe('Quá hạn nhiệm vụ “Xây dựng chương trình, kế hoạch thực hiện Kết luận số 51-KL/TW” — KH 82-KH/TU: đã quá 7 ngày (hạn 05/06/2020)');
    const up = all.find((r) => r.item.id === 'nv-tg' && r.key === 'escalate' && r.recipient.userId === 'btg.dieuphoi');
    expect(up?.subject).toBe('Đơn vị chậm: Huyện ủy Tuần Giáo chưa hoàn thành nhiệm vụ “Xây dựng chương trình, kế hoạch thực hiện Kết luận số 51-KL/TW” — KH 82-KH/TU (quá hạn 7 ngày)');
    expect(up?.notice).toBe('Huyện ủy Tuần Giáo — Xây dựng chương trình, kế hoạch thực hiện Kết luận số 51-KL/TW: hạn 05/06/2020, đã quá 7 ngày.');
  });

  it('lists a day’s reminders in one digest', () => {
    const digest = composeDigest('Quàng Văn Thắng', [{ subject: 'Việc một', link: '/bao-cao/1' }, { subject: 'Việc hai', link: '/nhiem-vu/2' }], d('2020-06-12'), 'https://thucthi.dienbien.vn');
    expect(digest.subject).toBe('Tổng hợp nhắc việc ngày 12/06/2020: 2 việc cần chú ý');
    expect(digest.text).toContain('Hôm nay (Thứ Sáu, 12/06/2020) có 2 việc cần đồng chí chú ý:\n\n1. Việc một\n   https://thucthi.dienbien.vn/bao-cao/1\n2. Việc hai');
  });
});
