// Who has submitted to a campaign: every school of the user's subtree with its submission
// (or none), grouped by district for the region. A school sees only its own row.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { monitoringSubmissions, organizations, users } from '@/db/schema';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import type { SchoolFigures } from './figures';
import { loadCampaign } from './visible';

export interface SubmissionRow {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  /** The day of the (latest) submission in the server's time zone. */
  submittedOn: string | null;
  submittedBy: string | null;
  figures: SchoolFigures | null;
}

export interface DistrictProgress {
  id: string;
  name: string;
  schools: number;
  submitted: number;
}

export async function campaignSubmissions(db: Db, scope: Scope, campaignId: unknown) {
  const campaign = await loadCampaign(db, scope, campaignId);
  const district = alias(organizations, 'district');
  const found = await db
    .select({
      schoolId: organizations.id,
      schoolName: organizations.shortName,
      districtId: district.id,
      districtName: district.shortName,
      submittedAt: monitoringSubmissions.submittedAt,
      submittedBy: users.fullName,
      figures: sql<SchoolFigures | null>`${monitoringSubmissions.figures}`,
    })
    .from(organizations)
    .innerJoin(district, eq(district.id, organizations.parentId))
    .leftJoin(monitoringSubmissions, and(eq(monitoringSubmissions.organizationId, organizations.id), eq(monitoringSubmissions.campaignId, campaign.id)))
    .leftJoin(users, eq(users.id, monitoringSubmissions.submittedBy))
    .where(and(eq(organizations.kind, 'school'), orgsInScope(scope)))
    .orderBy(sql`${district.shortName} collate ru_natural`, sql`${organizations.shortName} collate ru_natural`, organizations.id);
  const rows: SubmissionRow[] = found.map(({ submittedAt, ...r }) => ({ ...r, submittedOn: submittedAt?.toLocaleDateString('sv-SE') ?? null }));
  const districts = new Map<string, DistrictProgress>();
  for (const r of rows) {
    const d = districts.get(r.districtId) ?? { id: r.districtId, name: r.districtName, schools: 0, submitted: 0 };
    d.schools += 1;
    if (r.submittedOn) d.submitted += 1;
    districts.set(r.districtId, d);
  }
  return { campaign, rows, districts: [...districts.values()] };
}
