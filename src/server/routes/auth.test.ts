import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

describe.each(testBackends())('authentication on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => t?.close());

  it('logs in with an HttpOnly SameSite cookie and returns the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'btg.dieuphoi', password: 'thucthi2019' } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'thucthi_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({ user: { username: 'btg.dieuphoi', role: 'coordinator', unitName: 'Ban Tuyên giáo Tỉnh ủy' } });
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it.each([
    ['btg.dieuphoi', 'sai-mat-khau', 401, 'LOGIN_FAILED'],
    ['khong.ton.tai', 'thucthi2019', 401, 'LOGIN_FAILED'],
    ['', 'x', 400, 'VALIDATION_FAILED'],
  ])('refuses %s / %s with %i %s', async (username, password, status, code) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it('limits password guessing per account', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mttq.baocao', password: `doan-${i}` } });
      codes.push(res.json().error.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('LOGIN_FAILED'));
    expect(codes.slice(5)).toEqual(['LOGIN_RATE_LIMITED', 'LOGIN_RATE_LIMITED']);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mttq.baocao', password: 'thucthi2019' } });
    expect(right.statusCode).toBe(429);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const s = await t.login('tuangiao.baocao');
    const without = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) } });
    expect(wrong.json().error.code).toBe('CSRF_FAILED');
  });

  it('ends the session at logout: the cookie no longer works', async () => {
    const s = await t.login('tuangiao.baocao');
    expect((await t.as(s, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await t.as(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const after = await t.as(s, { method: 'GET', url: '/api/auth/session' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password, ends other sessions, and audits it without the hash', async () => {
    const first = await t.login('muongang.baocao');
    const second = await t.login('muongang.baocao');
    const weak = await t.as(first, { method: 'POST', url: '/api/auth/password', payload: { current: 'thucthi2019', next: 'ngan' } });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const wrong = await t.as(first, { method: 'POST', url: '/api/auth/password', payload: { current: 'sai', next: 'matkhaumoi2020' } });
    expect(wrong.json().error.code).toBe('PASSWORD_WRONG');
    const ok = await t.as(first, { method: 'POST', url: '/api/auth/password', payload: { current: 'thucthi2019', next: 'matkhaumoi2020' } });
    expect(ok.statusCode).toBe(200);
    expect((await t.as(second, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await t.as(first, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    await t.login('muongang.baocao', 'matkhaumoi2020');
    const audit = await t.database.db.select().from(auditLog);
    const change = audit.find((a) => a.action === 'auth.password-change');
    expect(JSON.stringify(change)).not.toContain('$argon2');
    expect((change?.after as { passwordHash: string }).passwordHash).toBe('[ẩn]');
  });
});
