/**
 * Access cases of the dashboards: every view is scoped. A district sees its
 * own subtree only (no other district's name or id in the answer), and asking
 * for another unit's subtree or node is refused.
 */
import type { AccessModule } from '../testing/access.ts';

const leaksTuanGiao = (body: string, f: { tuanGiao: string }) => body.includes('Huyện ủy Tuần Giáo') || body.includes(f.tuanGiao);

export const access: AccessModule = {
  cases: {
    'GET /api/plans/:id/dashboard': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard` }), right: 'tinhuy.lanhdao', other: { who: 'muongang.baocao', leaks: leaksTuanGiao } },
    'GET /api/plans/:id/dashboard/matrix': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard/matrix` }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao', leaks: leaksTuanGiao } },
    'GET /api/plans/:id/dashboard/drill': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard/drill?node=${f.tuanGiao}` }), right: 'tuangiao.lanhdao', other: { who: 'muongang.baocao' } },
    'GET /api/plans/:id/dashboard/indicators': {
      request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard/indicators?unitId=${f.tuanGiao}` }),
      right: 'tuangiao.baocao',
      other: { who: 'muongang.baocao' },
    },
    'GET /api/plans/:id/dashboard/overdue': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard/overdue` }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao', leaks: leaksTuanGiao } },
    'GET /api/plans/:id/dashboard/areas': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard/areas?unitId=${f.tuanGiao}` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
    'GET /api/plans/:id/dashboard.xlsx': {
      request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/dashboard.xlsx?view=matrix&unitId=${f.tuanGiao}` }),
      right: 'tuangiao.lanhdao',
      other: { who: 'muongang.baocao' },
    },
    'GET /api/dashboard/leadership': { request: () => ({ method: 'GET', url: '/api/dashboard/leadership' }), right: 'tinhuy.lanhdao', other: { who: 'muongang.baocao', leaks: leaksTuanGiao } },
    'GET /api/dashboard/leadership.xlsx': { request: () => ({ method: 'GET', url: '/api/dashboard/leadership.xlsx?view=plans' }), right: 'tinhuy.lanhdao' },
  },
};
