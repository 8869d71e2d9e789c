// The template data of the introduction order and its two annexes, built from the form and
// the school's rows: the organization's requisites and legal bases, the curator and the
// staff to acknowledge. Each piece is validated with its template's schema, and a problem
// is reported on the form field it came from.
import 'server-only';
import type { Organization, Person } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { menteeLimitMismatch } from '@/lib/domain/school/mentee-limit';
import { textToClauses } from '@/lib/domain/school/regulation-text';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import type { Introduction } from '@/lib/domain/validations/introduction';
import type { TemplateName } from '@/templates/registry';
import { schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';
import { schoolRoadmap } from '@/templates/school-roadmap';
import type { AcknowledgementEntry } from '../documents/create-draft';
import { requireOrgRequisites } from '../organizations/requisites';

export interface IntroductionDocuments {
  order: unknown;
  regulation: unknown;
  roadmap: unknown;
  acknowledgements: AcknowledgementEntry[];
}

/** Template paths → the form field that produced them. */
function formField(template: TemplateName, path: string[]): string {
  const [head, index] = path;
  if (template === schoolRegulation.name && head === 'sections') return `sections.${index}.text`;
  if (template === schoolRoadmap.name && head === 'stages') return path.slice(0, 3).join('.');
  if (head === 'curatorDuties') return `curatorDuties.${index}.text`;
  if (head === 'curator') return path[1] === 'person' ? 'curatorId' : 'curatorPosition';
  if (head === 'acknowledgement') return 'acknowledgementIds';
  return head ?? '_form';
}

/** Whose name a problem in a list of people is about: «Петров-1 Иван: …». */
function whose(data: unknown, path: string[]): string {
  const [head, index] = path;
  type Named = { person: { lastName: string; firstName: string } };
  const record = data as { acknowledgement?: Named[]; curator?: Named };
  const entry = head === 'acknowledgement' ? record.acknowledgement?.[Number(index)] : head === 'curator' ? record.curator : null;
  return entry && path.includes('person') ? `${entry.person.lastName} ${entry.person.firstName}: ` : '';
}

const checked = (template: TemplateName, data: unknown) =>
  checkTemplateData(template, data, ({ path, message }) => {
    const clause = template === schoolRegulation.name && path[2] === 'clauses' ? `пункт ${Number(path[3]) + 1}: ` : '';
    return { field: formField(template, path), message: clause + whose(data, path) + message };
  });

/**
 * The introduction order binds every pedagogical worker of the school, so all of them read
 * it: null when the sheet lists everyone, otherwise who is missing.
 */
export function missingFromSheet(staff: Pick<Person, 'id' | 'lastName' | 'firstName' | 'middleName'>[], listedIds: readonly (string | null)[]): string | null {
  const listed = new Set(listedIds);
  const absent = staff.filter((p) => !listed.has(p.id));
  if (absent.length === 0) return null;
  const names = absent.map((p) => initialsAfter(p)).sort((a, b) => a.localeCompare(b, 'ru'));
  const list = names.slice(0, 10).join(', ') + (names.length > 10 ? ` и ещё ${names.length - 10}` : '');
  return `С приказом о внедрении системы наставничества знакомятся все педагогические работники; в листе ознакомления нет: ${list}${list.endsWith('.') ? '' : '.'}`;
}

export function buildIntroduction(org: Organization, staff: Map<string, Person>, input: Introduction): IntroductionDocuments {
  const curatorRow = staff.get(input.curatorId);
  if (!curatorRow) throw new AppError('VALIDATION', 'Куратор не найден среди сотрудников школы.', { curatorId: ['Выберите куратора из сотрудников школы.'] });
  const chair = input.unionChairId ? staff.get(input.unionChairId) : null;
  if (input.unionChairId && !chair) throw new AppError('VALIDATION', 'Председатель профсоюзной организации не найден среди сотрудников школы.');
  const listed = input.acknowledgementIds.map((id) => staff.get(id));
  if (listed.some((p) => !p)) throw new AppError('VALIDATION', 'В листе ознакомления есть человек не из сотрудников школы.', { acknowledgementIds: ['Выберите сотрудников школы.'] });
  const people = listed as Person[];
  const missing = missingFromSheet([...staff.values()], input.acknowledgementIds);
  if (missing) throw new AppError('VALIDATION', missing, { acknowledgementIds: [missing] });

  const requisites = requireOrgRequisites(org);
  const curator = {
    ...staffMemberOf({ ...curatorRow, position: input.curatorPosition }),
    ...(input.curatorPositionAccusative ? { positionForms: { accusative: input.curatorPositionAccusative } } : {}),
  };
  const pending = { date: null, number: null };
  const order = {
    org: requisites,
    ...pending,
    legalBases: org.legalBases,
    purpose: input.purpose,
    startDate: input.startDate,
    roadmapPeriod: input.roadmapPeriod,
    curator,
    curatorDuties: input.curatorDuties.map((d) => d.text),
    acknowledgement: people.map(staffMemberOf),
  };
  const regulation = {
    org: requisites,
    approvedBy: pending,
    annexNo: 1,
    council: { date: input.councilDate, number: input.councilNumber },
    union: input.hasUnion ? { chair: chair ? staffMemberOf(chair).person : null, protocol: null } : null,
    sections: input.sections.map((s) => ({ title: s.title, clauses: textToClauses(s.text) })),
  };
  const limit = menteeLimitMismatch(regulation, org.maxMenteesPerMentor);
  if (limit) {
    const at = Math.max(0, input.sections.findIndex((sec) => /не более\s+\S+\s+наставляем/iu.test(sec.text)));
    throw new AppError('VALIDATION', limit, { [`sections.${at}.text`]: [limit] });
  }
  const roadmap = { org: requisites, approvedBy: pending, annexNo: 2, period: input.roadmapPeriod, stages: input.stages };
  return {
    order: checked(schoolIntroOrder.name, order),
    regulation: checked(schoolRegulation.name, regulation),
    roadmap: checked(schoolRoadmap.name, roadmap),
    acknowledgements: people.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position })),
  };
}
