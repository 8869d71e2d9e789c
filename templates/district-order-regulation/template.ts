// The district office's order approving the municipal Положение on mentoring:
// preamble from the legal bases, four points (approve, name the coordinator, schools'
// deadline, control), signature, «СОГЛАСОВАНО», and the school heads' acknowledgement sheet.
// The closing pieces (control point, signature with approvals) serve both district orders.
import { declineFullName, formatDate, initialsAfter, initialsBefore } from '@/lib/core/russian';
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { acknowledgementSheet, directive, orderHead, preamble, signature, type OrgRequisites } from '@/templates/_parts';
import { preambleText } from '@/templates/_school/wording';
import type { AcknowledgementEntry } from '@/templates/acknowledgement-sheet/schema';
import { acknowledgementRows } from '@/templates/acknowledgement-sheet/template';
import type { Control, DistrictOrderRegulation, Signer } from './schema';

export function controlPoint(control: Control): NumberedItem {
  return {
    text: control
      ? `Контроль исполнения данного приказа возложить на ${control.position} ${initialsBefore(control.person, 'accusative')}.`
      : 'Контроль за исполнением данного приказа оставляю за собой.',
  };
}

/** Signature, the official who prepared the order, «СОГЛАСОВАНО» and the acknowledgement sheet. */
export function orderClosing(o: {
  org: OrgRequisites;
  signer?: Signer | null;
  executor?: DistrictOrderRegulation['executor'];
  approvals: Signer[];
  acknowledgement: AcknowledgementEntry[];
}): Block[] {
  const signer = o.signer ?? { position: [o.org.headPosition], person: o.org.head };
  const executor: Block[] = o.executor ? [{ kind: 'paragraph', runs: [declineFullName(o.executor, 'nominative')], align: 'left' }] : [];
  const approvals: Block[] = o.approvals.length
    ? [{ kind: 'spacer' }, { kind: 'paragraph', runs: ['СОГЛАСОВАНО'], align: 'left', keepWithNext: true }, ...o.approvals.map((a) => signature(a))]
    : [];
  const sheet: Block[] = o.acknowledgement.length ? [{ kind: 'spacer' }, ...acknowledgementSheet({ rows: acknowledgementRows(o.acknowledgement) })] : [];
  return [{ kind: 'spacer' }, signature(signer), ...executor, ...approvals, ...sheet];
}

/** 'положение о …' → 'положения о …' for «Об утверждении …». */
function genitiveOfRegulation(name: string): string {
  return name.replace(/^(п)оложени[ея]/i, (_, p: string) => `${p}оложения`);
}

/** «Об утверждении положения о …» from the Положение's name as the form gives it. */
export function regulationOrderTitle(regulationName: string): string {
  return `Об утверждении ${genitiveOfRegulation(regulationName)}`;
}

function coordinatorNamed(c: DistrictOrderRegulation['coordinator']): string {
  return c.unit ? `${c.unit} (${initialsAfter(c.person)})` : declineFullName(c.person, 'accusative');
}

export function build(data: DistrictOrderRegulation): DocumentModel {
  const title = regulationOrderTitle(data.regulationName);
  const points: NumberedItem[] = [
    { text: `Утвердить ${data.regulationName} (Приложение).` },
    {
      text: `Назначить ${coordinatorNamed(data.coordinator)} муниципальным координатором реализации системы наставничества педагогических работников в ${data.institutions}.`,
    },
    { text: `Руководителям образовательных учреждений обеспечить внедрение системы наставничества до ${formatDate(data.implementationDeadline)}.` },
    controlPoint(data.control),
  ];
  return {
    title,
    leftMarginMm: 30,
    blocks: [
      ...orderHead({ org: data.org, date: data.date, number: data.number, title }),
      preamble(preambleText(data.legalBases, data.reasons)),
      directive(),
      { kind: 'numbered', items: points },
      ...orderClosing(data),
    ],
  };
}
