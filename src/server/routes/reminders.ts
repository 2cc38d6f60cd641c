/**
 * Reminders, the deadline calendar and the user's preferences: rules per
 * plan, the reminder log, "run now", e-mail status, the calendar (JSON and
 * an iCalendar feed behind a revocable secret URL).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { REMINDER_CHANNELS, REMINDER_LOG_STATUSES, REMINDER_RULE_LIMITS, type StoredReminderRules } from '../../core/reminders/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { notFound } from '../http/errors.ts';
import { calendarOf } from '../services/calendar.ts';
import { createFeedToken, feedForToken, feedTokenStatus, revokeFeedTokens } from '../services/calendar-feed.ts';
import { runRemindersNow } from '../services/reminders/jobs.ts';
import { listReminderLog } from '../services/reminders/log.ts';
import { getPreferences, setPreferences } from '../services/reminders/preferences.ts';
import { getReminderRules, setReminderRules } from '../services/reminders/rules.ts';
import { reminderStatus } from '../services/reminders/run.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams } from './schemas.ts';

const { beforeDays, overdueEveryDays, escalateAfterDays, dutyOverdueDays } = REMINDER_RULE_LIMITS;
const days = (limit: { min: number; max: number }) => z.number().int().min(limit.min).max(limit.max).nullable().default(null);

/** Every field null = "the default" (see core/reminders/rules.ts). */
const rulesSchema = z.object({
  enabled: z.boolean().nullable().default(null),
  beforeDays: z.array(z.number().int().min(beforeDays.min).max(beforeDays.max)).max(beforeDays.count).nullable().default(null),
  onDueDate: z.boolean().nullable().default(null),
  overdueEveryDays: days(overdueEveryDays),
  escalateAfterDays: days(escalateAfterDays),
  dutyOverdueDays: days(dutyOverdueDays),
  workingDaysOnly: z.boolean().nullable().default(null),
}) satisfies z.ZodType<StoredReminderRules>;

const expectedVersion = z.number().int().min(0);

export function reminderRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;
  // Links in e-mails and feeds: PUBLIC_URL when set, else the address the request came to.
  const baseUrl = (req: FastifyRequest) => config.publicUrl ?? `${req.protocol}://${req.host}`;

  api.get(
    '/plans/:id/reminder-rules',
    { config: { access: 'plan.manage' }, schema: { tags: ['reminders'], summary: 'Quy tắc nhắc việc của kế hoạch', params: idParams } },
    async (req) => getReminderRules(reader(db), await req.scope('plan.manage'), req.params.id),
  );

  api.put(
    '/plans/:id/reminder-rules',
    { config: { access: 'plan.manage' }, schema: { tags: ['reminders'], summary: 'Sửa quy tắc nhắc việc', params: idParams, body: z.object({ rules: rulesSchema, version: expectedVersion }) } },
    async (req) => {
      const scope = await req.scope('plan.manage');
      return inTransaction(db, currentUser(req), (work) => setReminderRules(work, scope, req.params.id, req.body.rules, req.body.version));
    },
  );

  api.get(
    '/reminders/log',
    {
      config: { access: 'report.review' },
      schema: {
        tags: ['reminders'],
        summary: 'Nhật ký nhắc việc: gửi gì, cho ai, khi nào, qua kênh nào',
        querystring: z.object({
          planId: z.uuid().optional(),
          unitId: z.uuid().optional(),
          status: z.enum(REMINDER_LOG_STATUSES).optional(),
          channel: z.enum(REMINDER_CHANNELS).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
      },
    },
    async (req) => listReminderLog(reader(db), await req.scope('report.review'), req.query),
  );

  api.get('/reminders/status', { config: { access: 'self' }, schema: { tags: ['reminders'], summary: 'Thư điện tử có bật không, lần chạy nhắc việc gần nhất' } }, async () =>
    reminderStatus(reader(db), config),
  );

  api.post(
    '/reminders/run',
    { config: { access: 'user.manage' }, schema: { tags: ['reminders'], summary: 'Chạy nhắc việc ngay (quản trị)', body: z.object({ planId: z.uuid().optional() }).default({}) } },
    async (req) => runRemindersNow(db, config, clock, { actor: currentUser(req), planId: req.body.planId }),
  );

  api.get('/me/preferences', { config: { access: 'self' }, schema: { tags: ['reminders'], summary: 'Tùy chọn nhắc việc của tôi' } }, async (req) =>
    getPreferences(reader(db), currentUser(req).userId),
  );

  api.put(
    '/me/preferences',
    { config: { access: 'self' }, schema: { tags: ['reminders'], summary: 'Sửa tùy chọn nhắc việc', body: z.object({ emailReminders: z.boolean(), dailyDigest: z.boolean(), version: expectedVersion }) } },
    async (req) => {
      const { version, ...input } = req.body;
      return inTransaction(db, currentUser(req), (work) => setPreferences(work, currentUser(req).userId, input, version));
    },
  );

  api.get(
    '/calendar',
    { config: { access: 'duty.read' }, schema: { tags: ['calendar'], summary: 'Lịch hạn: hạn nhiệm vụ và hạn báo cáo trong khoảng ngày', querystring: z.object({ from: civilDate, to: civilDate }) } },
    async (req) => calendarOf(reader(db), await req.scope('duty.read'), currentUser(req).unitId, { ...req.query, today: clock.today() }),
  );

  api.get('/calendar/token', { config: { access: 'self' }, schema: { tags: ['calendar'], summary: 'Địa chỉ lịch riêng (iCalendar) đang bật không' } }, async (req) =>
    feedTokenStatus(reader(db), currentUser(req).userId),
  );

  api.post('/calendar/token', { config: { access: 'self' }, schema: { tags: ['calendar'], summary: 'Tạo địa chỉ lịch riêng mới (chỉ hiện một lần; địa chỉ cũ hết hiệu lực)' } }, async (req) =>
    inTransaction(db, currentUser(req), (work) => createFeedToken(work, baseUrl(req), clock.now())),
  );

  api.delete('/calendar/token', { config: { access: 'self' }, schema: { tags: ['calendar'], summary: 'Thu hồi địa chỉ lịch riêng' } }, async (req) =>
    inTransaction(db, currentUser(req), (work) => revokeFeedTokens(work, clock.now())),
  );

  api.get(
    '/calendar/feed/:token.ics',
    // Public: the secret in the URL is the credential (calendar apps send no cookie). Unknown or revoked: 404, never 401.
    { config: { access: 'public' }, schema: { tags: ['calendar'], summary: 'Lịch hạn dạng iCalendar', params: z.object({ token: z.string().max(200) }) } },
    async (req, reply) => {
      const ics = await feedForToken(reader(db), req.params.token, { today: clock.today(), now: clock.now(), baseUrl: baseUrl(req) });
      if (ics === null) throw notFound('calendar');
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=900').send(ics);
    },
  );
}
