// Federal acts a school cites in the preambles of its mentoring orders, worded to follow
// «В соответствии с». The app prefills an organization's legal bases with them; the
// regional and municipal orders it acts on are added by the organization itself.
import type { LegalBasis } from '@/templates/_parts';

export const FEDERAL_LEGAL_BASES: LegalBasis[] = [
  { title: 'статьей 351.8 Трудового кодекса Российской Федерации' },
  { title: 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»' },
  {
    title:
      'распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»',
  },
  {
    title:
      'Концепцией развития наставничества в Российской Федерации на период до 2030 года, утвержденной распоряжением Правительства Российской Федерации от 21.05.2025 № 1264-р',
  },
];

/**
 * The article an encouragement order rests on (ст. 191 ТК РФ). A default the reward order's
 * draft starts from: the draft's legal bases are its data, edited like any other.
 */
export const REWARD_BASIS: LegalBasis = { title: 'статьей 191 Трудового кодекса Российской Федерации' };
