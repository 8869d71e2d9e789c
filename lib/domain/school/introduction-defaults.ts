// The first draft of the introduction order for a school year: the
// purpose, the curator's duties with their deadlines and the roadmap period. The Положение
// and the roadmap stages come from their templates' defaults.ts.

/** The school year a date belongs to, by its first year: 2026-03-10 → 2025 (2025/2026); from August on, the coming year. */
export function schoolYearOf(iso: string): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return month >= 8 ? year : year - 1;
}

/** 'на 2025/2026 учебный год' */
export const roadmapPeriodOf = (startYear: number) => `на ${startYear}/${startYear + 1} учебный год`;

export const DEFAULT_PURPOSE =
  'обеспечения непрерывного профессионального роста педагогических работников, их профессионального самоопределения, самореализации и закрепления в профессии, включая начинающих педагогов';

export function defaultCuratorDuties(startYear: number): string[] {
  const y = startYear;
  return [
    `сформировать банк наставляемых и банк наставников в срок до 30.09.${y}`,
    'организовать получение письменного согласия участников наставнической деятельности и их согласия на обработку персональных данных',
    'подготовить дополнительные соглашения к трудовым договорам наставников в соответствии со статьей 351.8 Трудового кодекса Российской Федерации',
    `организовать разработку персонализированных программ наставничества в срок до 15.10.${y}`,
    `создать на официальном сайте школы раздел «Наставничество» в срок до 15.09.${y}`,
    `провести мониторинг реализации системы наставничества и представить аналитический отчет по итогам ${y}/${y + 1} учебного года`,
  ];
}
