import type { AccessModule } from '../testing/access.ts';

export const access: AccessModule = {
  async setup({ t, sessionOf }) {
    const c = await sessionOf('btg.dieuphoi');
    const list = (await t.as(c, { method: 'GET', url: '/api/registry/successions' })).json().successions as { id: string; predecessorName: string; successorName: string; confirmed: boolean; version: number }[];
    const pending = list.find((s) => s.predecessorName === 'Huyện ủy Mường Ảng' && !s.confirmed);
    const spare = list.find((s) => s.predecessorName === 'Huyện ủy Tủa Chùa' && !s.confirmed);
    return { pendingSuccession: pending?.id ?? '', pendingVersion: String(pending?.version ?? 1), spareSuccession: spare?.id ?? '', xaTuanGiao: t.units.get('xa-03253') ?? '' };
  },
  cases: {
    'GET /api/registry/units/:id/history': { request: (f) => ({ method: 'GET', url: `/api/registry/units/${f.tuanGiao}/history` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
    'GET /api/registry/successions': {
      request: () => ({ method: 'GET', url: '/api/registry/successions' }),
      right: 'btg.dieuphoi',
      other: { who: 'muongang.baocao', leaks: (b) => b.includes('Huyện ủy Tuần Giáo') },
    },
    'POST /api/registry/successions': {
      request: (f) => ({ method: 'POST', url: '/api/registry/successions', payload: { predecessorId: f.tuanGiao, successorId: f.extra.xaTuanGiao, kind: 'rename', effectiveDate: '2025-07-01' } }),
      right: 'btg.dieuphoi',
      other: { who: 'tuangiao.lanhdao' },
    },
    'POST /api/registry/successions/:id/confirm': {
      request: (f) => ({ method: 'POST', url: `/api/registry/successions/${f.extra.pendingSuccession}/confirm`, payload: { confirmed: true, version: Number(f.extra.pendingVersion) } }),
      right: 'btg.dieuphoi',
      other: { who: 'muongang.baocao' },
    },
    'DELETE /api/registry/successions/:id': { request: (f) => ({ method: 'DELETE', url: `/api/registry/successions/${f.extra.spareSuccession}` }), right: 'btg.dieuphoi', other: { who: 'tinhuy.lanhdao' } },
    'GET /api/registry/units/:id/transfer': { request: (f) => ({ method: 'GET', url: `/api/registry/units/${f.muongAng}/transfer` }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
    'POST /api/registry/units/:id/transfer': { request: (f) => ({ method: 'POST', url: `/api/registry/units/${f.muongAng}/transfer`, payload: {} }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao' } },
  },
};
