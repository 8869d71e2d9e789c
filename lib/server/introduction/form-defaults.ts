// The introduction form's starting values: the saved draft read back field by field, or
// for a first visit the defaults of the templates filled with the school's data.
import 'server-only';
import type { DocumentRow, Organization, Person } from '@/db/schema';
import type { PersonName } from '@/lib/core/russian';
import { DEFAULT_PURPOSE, defaultCuratorDuties, roadmapPeriodOf, schoolYearOf } from '@/lib/domain/school/introduction-defaults';
import { clausesToText } from '@/lib/domain/school/regulation-text';
import type { IntroductionInput } from '@/lib/domain/validations/introduction';
import type { SchoolIntroOrder } from '@/templates/school-intro-order/schema';
import { schoolRegulation } from '@/templates/school-regulation';
import { defaultRegulationSections } from '@/templates/school-regulation/defaults';
import type { SchoolRegulation } from '@/templates/school-regulation/schema';
import { schoolRoadmap } from '@/templates/school-roadmap';
import { defaultRoadmapStages } from '@/templates/school-roadmap/defaults';
import type { SchoolRoadmap } from '@/templates/school-roadmap/schema';

const sameName = (p: Person, n: PersonName | null | undefined) =>
  !!n && p.lastName === n.lastName && p.firstName === n.firstName && (p.middleName ?? null) === (n.middleName ?? null);

interface Loaded {
  org: Organization;
  staff: Person[];
  order: DocumentRow | null;
  annexes: DocumentRow[];
  acknowledgementIds: string[];
  curatorPersonId: string | null;
}

export function introductionDefaults(s: Loaded, today: string): IntroductionInput {
  const year = schoolYearOf(today);
  if (!s.order) {
    const curator = s.staff.find((p) => p.id === s.curatorPersonId);
    return {
      curatorId: curator?.id ?? '',
      curatorPosition: curator?.position ?? '',
      curatorPositionAccusative: '',
      startDate: '',
      roadmapPeriod: roadmapPeriodOf(year),
      purpose: DEFAULT_PURPOSE,
      curatorDuties: defaultCuratorDuties(year).map((text) => ({ text })),
      acknowledgementIds: s.staff.map((p) => p.id),
      councilDate: '',
      councilNumber: '',
      hasUnion: true,
      unionChairId: '',
      sections: defaultRegulationSections(s.org, s.org.legalBases).map((sec) => ({ title: sec.title, text: clausesToText(sec.clauses) })),
      stages: defaultRoadmapStages(year),
    };
  }
  // Drafts are saved only after the form's validation, so their data has the template's shape.
  const order = s.order.data as SchoolIntroOrder;
  const regulation = s.annexes.find((a) => a.template === schoolRegulation.name)?.data as SchoolRegulation | undefined;
  const roadmap = s.annexes.find((a) => a.template === schoolRoadmap.name)?.data as SchoolRoadmap | undefined;
  return {
    curatorId: s.staff.find((p) => sameName(p, order.curator.person))?.id ?? '',
    curatorPosition: order.curator.position,
    curatorPositionAccusative: order.curator.positionForms?.accusative ?? '',
    startDate: order.startDate ?? '',
    roadmapPeriod: order.roadmapPeriod ?? '',
    purpose: order.purpose,
    curatorDuties: order.curatorDuties.map((text) => ({ text })),
    // Staff added since the draft was saved join the sheet: everyone reads this order.
    acknowledgementIds: [...new Set([...s.acknowledgementIds, ...s.staff.map((p) => p.id)])],
    councilDate: regulation?.council.date ?? '',
    councilNumber: regulation?.council.number ?? '',
    hasUnion: Boolean(regulation?.union),
    unionChairId: s.staff.find((p) => sameName(p, regulation?.union?.chair))?.id ?? '',
    sections: (regulation?.sections ?? []).map((sec) => ({ title: sec.title, text: clausesToText(sec.clauses) })),
    stages: roadmap?.stages ?? [],
  };
}
