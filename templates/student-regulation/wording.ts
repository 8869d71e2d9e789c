// The names of the student model's Положение and roadmap, repeated word for word by the
// introduction order that approves them and by the annexes themselves.

interface Named {
  shortName: string;
}

/** What every school's Положение of the student model is about. */
export const STUDENT_REGULATION_SUBJECT = 'о наставничестве обучающихся';

/** 'о наставничестве обучающихся в МБОУ «СОШ № 1»' */
export function studentRegulationSubject(org: Named): string {
  return `${STUDENT_REGULATION_SUBJECT} в ${org.shortName}`;
}

/** The roadmap's head, as seed 003 names a roadmap: «План мероприятий (дорожная карта) внедрения …». */
export const STUDENT_ROADMAP_HEAD = 'Дорожная карта (план мероприятий) внедрения целевой модели наставничества обучающихся';

/** 'Дорожная карта … обучающихся в МБОУ «СОШ № 1»' */
export function studentRoadmapTitle(org: Named): string {
  return `${STUDENT_ROADMAP_HEAD} в ${org.shortName}`;
}
