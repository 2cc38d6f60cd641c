/**
 * Access cases of the reminder, preference and calendar routes. The feed is
 * public on purpose: its secret URL is the credential (404 when unknown).
 */
import { mentions, type AccessModule } from '../testing/access.ts';

export const access: AccessModule = {
  publicRoutes: ['GET /api/calendar/feed/:token.ics'],
  cases: {
    'GET /api/plans/:id/reminder-rules': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/reminder-rules` }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
    'PUT /api/plans/:id/reminder-rules': {
      request: (f) => ({ method: 'PUT', url: `/api/plans/${f.planId}/reminder-rules`, payload: { rules: { beforeDays: [5, 1] }, version: 0 } }),
      right: 'btg.dieuphoi',
      other: { who: 'tuangiao.lanhdao' },
    },
    'GET /api/reminders/log': { request: () => ({ method: 'GET', url: '/api/reminders/log' }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
    'GET /api/reminders/status': { request: () => ({ method: 'GET', url: '/api/reminders/status' }), right: 'tuangiao.baocao' },
    'POST /api/reminders/run': { request: () => ({ method: 'POST', url: '/api/reminders/run', payload: {} }), right: 'admin', other: { who: 'btg.dieuphoi' } },
    'GET /api/me/preferences': { request: () => ({ method: 'GET', url: '/api/me/preferences' }), right: 'tuangiao.baocao' },
    'PUT /api/me/preferences': { request: () => ({ method: 'PUT', url: '/api/me/preferences', payload: { emailReminders: true, dailyDigest: true, version: 0 } }), right: 'tuangiao.baocao' },
    'GET /api/calendar': {
      request: () => ({ method: 'GET', url: '/api/calendar?from=2019-09-01&to=2020-06-30' }),
      right: 'tuangiao.baocao',
      other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.obligationId) || b.includes('Huyện ủy Tuần Giáo') },
    },
    'GET /api/calendar/token': { request: () => ({ method: 'GET', url: '/api/calendar/token' }), right: 'tuangiao.baocao' },
    'POST /api/calendar/token': { request: () => ({ method: 'POST', url: '/api/calendar/token' }), right: 'tuangiao.baocao' },
    'DELETE /api/calendar/token': { request: () => ({ method: 'DELETE', url: '/api/calendar/token' }), right: 'tuangiao.baocao' },
  },
};
