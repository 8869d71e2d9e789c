// Role → permission map: the one place that says who may do what, and at which level of the
// organization tree. Everything else calls `can`.
import { forbidden } from '@/lib/core/errors';
export const ROLES = ['region_operator', 'district_coordinator', 'school_head', 'curator', 'teacher'] as const;
export type Role = (typeof ROLES)[number];

/** region (ЦНППМ / regional operator) → municipality (ОМСУ) → school (ОО). */
export const ORG_KINDS = ['region', 'municipality', 'school'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The level of the tree each role works at; an account elsewhere is granted nothing. */
export const ROLE_ORG_KIND: Record<Role, OrgKind> = {
  region_operator: 'region',
  district_coordinator: 'municipality',
  school_head: 'school',
  curator: 'school',
  teacher: 'school',
};

export const ROLE_LABELS: Record<Role, string> = {
  region_operator: 'Региональный оператор',
  district_coordinator: 'Муниципальный координатор',
  school_head: 'Руководитель ОО',
  curator: 'Куратор',
  teacher: 'Педагог',
};

const PERMISSIONS = {
  /** One's own account: password, consent to electronic HR documents. */
  'account.own': ['region_operator', 'district_coordinator', 'school_head', 'curator', 'teacher'],
  'districts.view': ['region_operator'],
  /** A municipality (ОМСУ) of the region with its coordinator's account. */
  'districts.create': ['region_operator'],
  'schools.view': ['region_operator', 'district_coordinator'],
  'schools.create': ['district_coordinator'],
  'users.manage': ['district_coordinator', 'school_head'],
  'staff.view': ['school_head', 'curator'],
  'staff.edit': ['school_head', 'curator'],
  'documents.view': ['region_operator', 'district_coordinator', 'school_head', 'curator'],
  /** Only ever for documents of the user's own organization (loadOwnDocument). */
  'documents.issue': ['region_operator', 'district_coordinator', 'school_head', 'curator'],
  'documents.acknowledge': ['school_head', 'curator', 'teacher'],
  /** The school's own settings: names, head, order suffix, legal bases. */
  'org.settings': ['school_head', 'curator', 'district_coordinator'],
  /** Banks, pairs, consents, programs, completion: the curator's work. */
  'mentoring.manage': ['school_head', 'curator'],
  /**
   * The student model (Р-145): pupils and their parents, external mentors, forms, bases, pairs,
   * consents of minors, questionnaires. Pupils are minors: only their school's head and curator
   * see their data (a teacher sees the pupils of their own pairs); districts and the region see counts.
   */
  'students.manage': ['school_head', 'curator'],
  /** Completion marks of a program: any in the school for those who manage, a teacher's own (their pairs' ППН as mentor, their ИОМ). */
  'programs.mark': ['school_head', 'curator', 'teacher'],
  /** Progress of the schools of a district or region, read-only drill-down. */
  'progress.view': ['region_operator', 'district_coordinator'],
  /** District orders to school heads, their acknowledgement sheets, the district's document archive. */
  'district.orders': ['district_coordinator'],
  'monitoring.manage': ['region_operator'],
  'monitoring.submit': ['school_head', 'curator'],
  /** Campaigns and who has submitted (the operator and districts), a school's own submission. */
  'monitoring.view': ['region_operator', 'district_coordinator', 'school_head', 'curator'],
  'indicators.view': ['region_operator', 'district_coordinator'],
  /** «Журнал действий»: who did what in the user's subtree (a head: their school; a coordinator: the district; the operator: the region). */
  'audit.view': ['region_operator', 'district_coordinator', 'school_head'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: { role: Role; orgKind: OrgKind }, permission: Permission): boolean {
  return ROLE_ORG_KIND[user.role] === user.orgKind && (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** Roles of accounts that belong to a school. */
export const SCHOOL_ROLES = ['school_head', 'curator', 'teacher'] as const satisfies readonly Role[];
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/** Which roles a user may give to accounts they create (never above their own). */
export const ASSIGNABLE_ROLES: Record<Role, readonly SchoolRole[]> = {
  region_operator: [],
  district_coordinator: ['school_head', 'curator'],
  school_head: ['curator', 'teacher'],
  curator: [],
  teacher: [],
};

export function canAssign(actor: { role: Role }, role: Role): boolean {
  return (ASSIGNABLE_ROLES[actor.role] as readonly Role[]).includes(role);
}

/** Inside an operation that scripts and tests may call directly: the same map, as a thrown «нет прав». */
export function assertCan(user: { role: Role; orgKind: OrgKind }, permission: Permission): void {
  if (!can(user, permission)) throw forbidden();
}
