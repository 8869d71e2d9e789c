// Postgres enums shared by the tables.
import { pgEnum } from 'drizzle-orm/pg-core';

/** region (ЦНППМ / regional operator) → municipality (ОМСУ) → school (ОО). */
export const orgKind = pgEnum('org_kind', ['region', 'municipality', 'school']);

export const role = pgEnum('role', [
  'region_operator', // региональный оператор (ЦНППМ)
  'district_coordinator', // муниципальный координатор
  'school_head', // руководитель ОО
  'curator', // куратор
  'teacher', // наставник / наставляемый
]);

export const gender = pgEnum('gender', ['male', 'female']);
