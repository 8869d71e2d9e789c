// Demo data for a first start: Алтайский край, the Бийск education office with its 28
// institutions, and ~40 staff of МБОУ «СОШ № 1». Runs once: an existing
// region means the database is already seeded.
import { eq } from 'drizzle-orm';
import { detectGender } from '@/lib/core/russian';
import { hashPassword } from '@/lib/server/auth/password';
import { ensureStudentForms } from '@/lib/server/students/forms-defaults';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import type { Db, Tx } from './client';
import { externalMentors, guardians, type NewPerson, organizations, people, pupils, studentSettings, users } from './schema';
import { altaiRegion, biyskDistrict, biyskSchools } from './seed-data/biysk-schools';
import { demoExternalMentors, demoPupils } from './seed-data/demo-pupils';
import { demoStaff } from './seed-data/demo-staff';
import type { SeedPersonName } from './seed-data/types';

export const DEMO_PASSWORD = 'nastavnik2026';

export interface DemoLogin {
  role: string;
  email: string;
  note: string;
}

/** The regional and municipal orders the Бийск schools act on. */
const HIGHER_ORDERS = [
  {
    title:
      'приказом Министерства образования и науки Алтайского края от 24.03.2022 № 404 «Об утверждении положения о системе наставничества педагогических работников в образовательных организациях Алтайского края, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ и образовательных программ среднего профессионального образования»',
  },
  {
    title:
      'приказом МКУ «Управление образования Администрации города Бийска» от 25.05.2022 № 701 «Об утверждении положения о системе наставничества педагогических работников в муниципальных образовательных учреждениях, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ»',
  },
];

const fullName = (p: SeedPersonName) => `${p.lastName} ${p.firstName} ${p.middleName}`.trim();

/** Stored only where declension would guess the gender wrong. */
const genderOverride = (p: SeedPersonName) =>
  detectGender({ lastName: p.lastName, firstName: p.firstName, middleName: p.middleName }) === p.gender ? null : p.gender;

const headOf = (p: SeedPersonName) => ({
  headLastName: p.lastName,
  headFirstName: p.firstName,
  headMiddleName: p.middleName || null,
  headGender: p.gender,
});

async function insertOrg(tx: Tx, parent: { id: string; path: string } | null, values: Omit<typeof organizations.$inferInsert, 'id' | 'path' | 'parentId'>) {
  const id = crypto.randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  await tx.insert(organizations).values({ ...values, id, path, parentId: parent?.id ?? null });
  return { id, path };
}

export const demoLogins = (): DemoLogin[] => {
  const curator = demoStaff.find((p) => p.role === 'curator');
  const teacher = demoStaff.find((p) => p.role === 'teacher');
  return [
    { role: 'Региональный оператор', email: 'region@nastavnik.demo', note: altaiRegion.shortName },
    { role: 'Муниципальный координатор', email: 'district@nastavnik.demo', note: biyskDistrict.shortName },
    { role: 'Руководитель ОО', email: 'head1@nastavnik.demo', note: `${biyskSchools[0]!.shortName} (head2…head${biyskSchools.length}@ — другие школы)` },
    { role: 'Куратор', email: curator?.email ?? '', note: curator ? fullName(curator) : '' },
    { role: 'Педагог', email: teacher?.email ?? '', note: teacher ? fullName(teacher) : '' },
  ];
};

/** Names that decline as people read them: a Turkic patronymic keeps the father's name whole. */
const nameColumns = (p: SeedPersonName) => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName || null,
  genderOverride: genderOverride(p),
  keepFatherName: /\s(оглы|кызы)$/.test(p.middleName),
});

/** The student model of the first school: four classes with their parents, two external mentors, the default forms. */
async function seedDemoPupils(tx: Tx, organizationId: string) {
  const ids = demoPupils.map(() => crypto.randomUUID());
  await tx
    .insert(pupils)
    .values(demoPupils.map((p, i) => ({ id: ids[i], organizationId, ...nameColumns(p), birthDate: p.birthDate, grade: p.grade, classLetter: p.classLetter })));
  await tx.insert(guardians).values(
    demoPupils.map((p, i) => {
      const g = p.guardian;
      return { organizationId, pupilId: ids[i]!, ...nameColumns(g), relation: g.relation, authorityDocument: g.authorityDocument };
    }),
  );
  await tx
    .insert(externalMentors)
    .values(demoExternalMentors.map((e) => ({ organizationId, ...nameColumns(e), kind: e.kind, employer: e.employer, position: e.position })));
  await ensureStudentForms(tx, organizationId);
}

export async function seedDemo(db: Db): Promise<DemoLogin[]> {
  const [existing] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, 'region')).limit(1);
  if (existing) return demoLogins();
  // One hash for every demo account keeps the first start fast (bcrypt is slow on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const region = await insertOrg(tx, null, {
      kind: 'region',
      fullName: altaiRegion.fullName,
      shortName: altaiRegion.shortName,
      city: 'г. Барнаул',
      headPosition: altaiRegion.headPosition,
      ...headOf(altaiRegion.head),
    });
    const district = await insertOrg(tx, region, {
      kind: 'municipality',
      fullName: biyskDistrict.fullName,
      shortName: biyskDistrict.shortName,
      city: biyskDistrict.city,
      headPosition: biyskDistrict.headPosition,
      orderSuffix: biyskDistrict.orderSuffix,
      ...headOf(biyskDistrict.head),
    });
    const account = (organizationId: string, role: typeof users.$inferInsert.role, email: string, name: string, personId?: string) =>
      tx.insert(users).values({ organizationId, role, email, fullName: name, passwordHash, personId: personId ?? null, electronicHrConsent: role === 'teacher' });

    await account(region.id, 'region_operator', 'region@nastavnik.demo', fullName(altaiRegion.head));
    await account(district.id, 'district_coordinator', 'district@nastavnik.demo', fullName(biyskDistrict.coordinator));

    for (const [i, school] of biyskSchools.entries()) {
      const org = await insertOrg(tx, district, {
        kind: 'school',
        fullName: school.fullName,
        shortName: school.shortName,
        city: school.city,
        headPosition: school.headPosition,
        orderSuffix: '-од',
        personnelOrderSuffix: '-лс',
        payBasis: `пунктом 4.5 Положения об оплате труда работников ${school.shortName}`,
        legalBases: [...FEDERAL_LEGAL_BASES, ...HIGHER_ORDERS],
        // The demo schools have adopted their local act on electronic HR documents (ст. 22.2 ТК РФ).
        electronicHrAct: { date: '2026-08-28', number: '95-од' },
        ...headOf(school.head),
      });
      if (i > 0) {
        await account(org.id, 'school_head', `head${i + 1}@nastavnik.demo`, fullName(school.head));
        continue;
      }
      for (const p of demoStaff) {
        const row: NewPerson = {
          organizationId: org.id,
          lastName: p.lastName,
          firstName: p.firstName,
          middleName: p.middleName || null,
          genderOverride: genderOverride(p),
          position: p.position,
          subjects: p.subjects,
          email: p.email ?? null,
          personalDataConsent: true,
          personalDataConsentDate: '2026-09-01',
          pedagogicalStart: p.pedagogicalStart,
          birthDate: p.birthDate,
        };
        const [person] = await tx.insert(people).values(row).returning({ id: people.id });
        const isHead = p.lastName === school.head.lastName && p.firstName === school.head.firstName;
        if (isHead) await account(org.id, 'school_head', 'head1@nastavnik.demo', fullName(p), person!.id);
        else if (p.role && p.email) await account(org.id, p.role, p.email, fullName(p), person!.id);
        if (p.role === 'curator') await tx.insert(studentSettings).values({ organizationId: org.id, curatorId: person!.id });
      }
      await seedDemoPupils(tx, org.id);
    }
  });
  return demoLogins();
}
