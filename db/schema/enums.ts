// Postgres enums shared by the tables, built from the value lists the rules use, so the
// database and the code cannot disagree about them.
import { pgEnum } from 'drizzle-orm/pg-core';
import { GENDERS } from '@/lib/core/russian/types';
import { ORG_KINDS, ROLES } from '@/lib/domain/permissions';

export const orgKind = pgEnum('org_kind', ORG_KINDS);
export const role = pgEnum('role', ROLES);
export const gender = pgEnum('gender', GENDERS);
