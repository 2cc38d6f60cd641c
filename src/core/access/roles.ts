/**
 * Roles and permissions. Access is deny-by-default: a role has exactly the
 * permissions listed here, and every route declares the one it needs.
 */

export const ROLES = ['admin', 'coordinator', 'leader', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  coordinator: 'Cán bộ điều phối',
  leader: 'Lãnh đạo đơn vị',
  reporter: 'Cán bộ báo cáo',
  viewer: 'Lãnh đạo theo dõi',
};

export const PERMISSIONS = [
  'plan.read',
  'plan.manage',
  'duty.read',
  'duty.update',
  'registry.read',
  'registry.manage',
  'report.read',
  'report.edit',
  'report.approve',
  'report.review',
  'consolidation.manage',
  'dashboard.read',
  'audit.read',
  'user.manage',
  'self',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['plan.read', 'duty.read', 'registry.read', 'report.read', 'dashboard.read', 'self'];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(PERMISSIONS),
  coordinator: new Set([...READ, 'plan.manage', 'duty.update', 'registry.manage', 'report.review', 'consolidation.manage']),
  leader: new Set([...READ, 'duty.update', 'report.edit', 'report.approve']),
  reporter: new Set([...READ, 'duty.update', 'report.edit']),
  viewer: new Set(READ),
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/**
 * Whose units a role sees. Unit-bound roles see their own unit and the units
 * beneath it; the coordinating office and leaders see the whole organisation
 * they belong to (the subtree of its top-level committee); admins see all.
 */
export type ScopeBasis = 'all' | 'organisation' | 'own-subtree';

export function scopeBasis(role: Role): ScopeBasis {
  switch (role) {
    case 'admin':
      return 'all';
    case 'coordinator':
    case 'viewer':
      return 'organisation';
    case 'leader':
    case 'reporter':
      return 'own-subtree';
  }
}
