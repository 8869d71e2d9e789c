// Stage 1 of the student model: the order introducing the target model (Р-145) with its
// Положение (annex 1) and roadmap (annex 2), built from the school's data — its forms and role
// variants (student_forms), the curator (student_settings), the co-signing age — and from what
// the curator edits. The legal bases are data: the federal acts of the student model are the
// default list, edited in the form and stored in the draft like any other text.
import type { LegalBasis, OrgRequisites } from '@/templates/_parts';
import type { StaffMember } from '@/templates/_school/staff';
import type { RoadmapStage } from '@/templates/school-roadmap/defaults';
import type { RegulationSection, StudentFormText } from '@/templates/student-regulation/defaults';

/** The acts the student model rests on, worded to follow «В соответствии с». */
export const STUDENT_LEGAL_BASES: LegalBasis[] = [
  { title: 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»' },
  {
    title:
      'распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»',
  },
  {
    title: 'письмом Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02 «О направлении целевой модели наставничества и методических рекомендаций»',
  },
  {
    title:
      'Концепцией развития наставничества в Российской Федерации на период до 2030 года, утвержденной распоряжением Правительства Российской Федерации от 21.05.2025 № 1264-р',
  },
];

export const DEFAULT_STUDENT_PURPOSE =
  'максимально полного раскрытия потенциала личности обучающихся, создания условий для их самоопределения и профессиональной ориентации, достижения показателей вовлечения обучающихся в различные формы наставничества';

export function defaultStudentCuratorDuties(startYear: number): string[] {
  const y = startYear;
  return [
    `сформировать базу наставляемых и базу наставников в срок до 30.09.${y}`,
    'организовать получение согласий законных представителей обучающихся на участие в программе наставничества и на обработку персональных данных отдельными документами',
    `подготовить проект приказа о закреплении наставнических пар (групп) в срок до 31.10.${y}`,
    'организовать разработку программ наставничества пар (групп)',
    `провести мониторинг реализации программы наставничества в два этапа и представить аналитическую справку по итогам ${y}/${y + 1} учебного года`,
  ];
}

/** Legal bases as the form edits them: one act a line. */
export const basesToText = (bases: LegalBasis[]) => bases.map((b) => b.title).join('\n');
export const textToBases = (text: string): LegalBasis[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[;,]$/, ''))
    .filter(Boolean)
    .map((title) => ({ title }));

/** What the curator edits; the forms, the organization and the curator's name come from the school's rows. */
export interface StudentIntroductionEdits {
  startDate: string | null;
  roadmapPeriod: string | null;
  purpose: string;
  legalBases: LegalBasis[];
  curatorDuties: string[];
  councilDate: string | null;
  councilNumber: string | null;
  sections: RegulationSection[];
  stages: RoadmapStage[];
}

export interface StudentIntroductionSources {
  org: OrgRequisites;
  forms: StudentFormText[];
  curator: StaffMember;
}

/** The template data of the order and its two annexes, still undated and unnumbered (the register stamps them on issue). */
export function buildStudentIntroduction(src: StudentIntroductionSources, edits: StudentIntroductionEdits) {
  const pending = { date: null, number: null };
  return {
    order: {
      org: src.org,
      ...pending,
      legalBases: edits.legalBases,
      purpose: edits.purpose,
      startDate: edits.startDate,
      roadmapPeriod: edits.roadmapPeriod,
      forms: src.forms,
      curator: src.curator,
      curatorDuties: edits.curatorDuties,
      // The curator is the one the order charges with duties: they acknowledge it.
      acknowledgement: [src.curator],
    },
    regulation: {
      org: src.org,
      approvedBy: pending,
      annexNo: 1,
      council: { date: edits.councilDate, number: edits.councilNumber },
      union: null,
      sections: edits.sections,
    },
    roadmap: { org: src.org, approvedBy: pending, annexNo: 2, period: edits.roadmapPeriod, stages: edits.stages },
  };
}
