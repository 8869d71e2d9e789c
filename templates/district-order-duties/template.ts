// The district order obliging school heads to introduce mentoring: acts repealed,
// points to officials and school heads with sub-points and deadlines, approval of the
// municipal roadmap, control, signature; the roadmap follows as annex 1.
import { formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { directive, orderHead, preamble } from '@/templates/_parts';
import { enumerationItems, preambleText } from '@/templates/_school/wording';
import { controlPoint, orderClosing } from '@/templates/district-order-regulation/template';
import { roadmapBlocks } from '@/templates/municipal-roadmap/template';
import type { DistrictOrderDuties, DutyPoint } from './schema';

/** The title the district wizard starts from; the office adds its territory or rewords it. */
export const TITLE =
  'Об организации наставничества педагогических работников образовательных организаций, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ';

const withDeadline = (text: string, deadline: string | null | undefined) =>
  deadline ? `${text.replace(/[.,;:\s]+$/, '')} до ${formatDate(deadline)}` : text;

function dutyPoint(p: DutyPoint): NumberedItem {
  const addressee = p.addressee
    ? `${p.addressee.position} ${initialsBefore(p.addressee.person, 'dative')}${p.addressee.role ? ` (${p.addressee.role})` : ''}`
    : null;
  const lead = withDeadline([addressee, p.text].filter(Boolean).join(' '), p.deadline).replace(/[,;:\s]+$/, '');
  if (!p.subpoints.length) return { text: lead.endsWith('.') ? lead : `${lead}.` };
  return {
    text: `${lead.replace(/\.$/, '')}:`,
    children: enumerationItems(p.subpoints.map((s) => withDeadline(s.text, s.deadline))),
  };
}

/** 'План мероприятий …' → 'план мероприятий …' (an abbreviation such as «ОО» stays). */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

export function build(data: DistrictOrderDuties): DocumentModel {
  const repealed: NumberedItem[] = data.repealed.length
    ? [{ text: `Признать ${data.repealed.length > 1 ? 'утратившими' : 'утратившим'} силу ${data.repealed.map((a) => a.replace(/[.,;\s]+$/, '')).join(', ')}.` }]
    : [];
  const points: NumberedItem[] = [
    ...repealed,
    ...data.points.map(dutyPoint),
    { text: `Утвердить ${lowerFirst(data.roadmap.title)} (Приложение № 1).` },
    controlPoint(data.control),
  ];
  const requisites = { date: data.date, number: data.number };
  return {
    title: data.title,
    leftMarginMm: 30,
    blocks: [
      ...orderHead({ org: data.org, ...requisites, title: data.title }),
      preamble(preambleText(data.legalBases, data.reasons)),
      directive(),
      { kind: 'numbered', items: points },
      ...orderClosing(data),
      { kind: 'pageBreak' },
      ...roadmapBlocks(data.roadmap, {
        annex: { annexNo: 1, ...requisites },
        approval: { byWhat: `приказом ${data.issuerGenitive}`, ...requisites },
      }),
    ],
  };
}
