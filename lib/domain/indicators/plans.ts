// The key indicators of the regional plan with their planned values, worded as the plan's
// table «Ключевые показатели внедрения системы педагогического наставничества». Plans are
// data: change them here, every page, export and analytical note follows.

export type IndicatorKey = 'implementing' | 'regulation' | 'youngCoverage' | 'mentorBase';

export interface IndicatorPlan {
  key: IndicatorKey;
  /** As in the plan's table. */
  name: string;
  /** For cards and charts, where the full name does not fit. */
  label: string;
  unit: '%' | 'да/нет';
  /** The planned value compared with the fact: a share in per cent, or 1 for "exists". */
  plan: number;
  /** The planned value as the plan words it. */
  planText: string;
}

export const INDICATOR_PLANS: readonly IndicatorPlan[] = [
  {
    key: 'implementing',
    name: 'Доля общеобразовательных организаций, образовательных организаций дополнительного образования и профессиональных образовательных организаций, реализующих ЦМН педагогических работников',
    label: 'ОО реализуют ЦМН педагогических работников',
    unit: '%',
    plan: 100,
    planText: '100 % школ (ежегодно)',
  },
  {
    key: 'regulation',
    name: 'Доля образовательных организаций, имеющих локальное положение о наставничестве',
    label: 'ОО имеют положение о наставничестве',
    unit: '%',
    plan: 100,
    planText: 'в ОО разработано Положение о наставничестве педагогов',
  },
  {
    key: 'youngCoverage',
    name: 'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки',
    label: 'Педагоги до 35 лет со стажем менее 3 лет, охваченные наставничеством',
    unit: '%',
    plan: 70,
    planText: 'не менее 70 % к 2024 году',
  },
  {
    key: 'mentorBase',
    name: 'Разработана единая региональная информационная база наставников',
    label: 'Региональная база наставников',
    unit: 'да/нет',
    plan: 1,
    planText: '4 квартал 2022',
  },
];
