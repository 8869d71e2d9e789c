// The district order wizard's form ↔ the template data of the two district orders.
// Pure: the requisites and the heads' acknowledgement list come from the caller, so the
// mapping is tested without a database. Blank groups of the form are null in the data.
import type { z } from 'zod';
import type { DistrictOrderForm, DistrictOrderFormInput, DutiesOrderForm, OrderStyle, RegulationOrderForm } from '@/lib/domain/validations/district';
import type { OrgRequisites } from '@/templates/_parts';
import type { AcknowledgementEntry } from '@/templates/acknowledgement-sheet/schema';
import { districtOrderDuties } from '@/templates/district-order-duties';
import type { DistrictOrderDuties, schema as dutiesSchema } from '@/templates/district-order-duties/schema';
import { districtOrderRegulation } from '@/templates/district-order-regulation';
import type { DistrictOrderRegulation, schema as regulationSchema } from '@/templates/district-order-regulation/schema';
import type { TemplateName } from '@/templates/registry';

export const DISTRICT_TEMPLATES: Record<OrderStyle, TemplateName> = {
  regulation: districtOrderRegulation.name,
  duties: districtOrderDuties.name,
};

export const STYLE_LABELS: Record<OrderStyle, string> = {
  regulation: 'Об утверждении муниципального положения и назначении координатора (как приказ № 701, Бийск)',
  duties: 'Об организации наставничества: обязанности руководителей ОО и муниципальная дорожная карта (как приказ № 100-д)',
};

export function styleOfTemplate(template: string): OrderStyle | null {
  const found = (Object.keys(DISTRICT_TEMPLATES) as OrderStyle[]).find((s) => DISTRICT_TEMPLATES[s] === template);
  return found ?? null;
}

/** What the server adds to the form: the issuer's requisites and the heads who must acknowledge. */
export interface OrderBase {
  org: OrgRequisites;
  acknowledgement: Pick<AcknowledgementEntry, 'person' | 'unit'>[];
}

type RegulationData = z.input<typeof regulationSchema>;
type DutiesData = z.input<typeof dutiesSchema>;

function common(form: DistrictOrderForm, base: OrderBase) {
  return {
    org: base.org,
    date: null,
    number: null,
    legalBases: form.legalBases,
    reasons: form.reasons.map((r) => r.text),
    control: form.control,
    signer: null,
    approvals: [],
    executor: form.executor,
    acknowledgement: base.acknowledgement,
  };
}

export function regulationData(form: RegulationOrderForm, base: OrderBase): RegulationData {
  return {
    ...common(form, base),
    regulationName: form.regulationName,
    institutions: form.institutions,
    coordinator: form.coordinator,
    implementationDeadline: form.implementationDeadline,
  };
}

export function dutiesData(form: DutiesOrderForm, base: OrderBase): DutiesData {
  return {
    ...common(form, base),
    title: form.title,
    issuerGenitive: form.issuerGenitive,
    repealed: form.repealed.map((r) => r.text),
    points: form.points,
    roadmap: form.roadmap,
  };
}

export function templateData(form: DistrictOrderForm, base: OrderBase): RegulationData | DutiesData {
  return form.style === 'regulation' ? regulationData(form, base) : dutiesData(form, base);
}

// Back from stored data to the form: nulls become empty inputs.
type Name = { lastName: string; firstName: string; middleName?: string | null };
const nameInput = (p: Name | null | undefined) => ({ lastName: p?.lastName ?? '', firstName: p?.firstName ?? '', middleName: p?.middleName ?? '' });

function commonInput(d: DistrictOrderRegulation | DistrictOrderDuties) {
  return {
    legalBases: d.legalBases.map((b) => ({ title: b.title })),
    reasons: d.reasons.map((text) => ({ text })),
    control: { position: d.control?.position ?? '', person: nameInput(d.control?.person) },
    executor: nameInput(d.executor),
  };
}

export function regulationFormInput(d: DistrictOrderRegulation): DistrictOrderFormInput {
  return {
    style: 'regulation',
    ...commonInput(d),
    regulationName: d.regulationName,
    institutions: d.institutions,
    coordinator: { unit: d.coordinator.unit ?? '', person: nameInput(d.coordinator.person) },
    implementationDeadline: d.implementationDeadline,
  };
}

export function dutiesFormInput(d: DistrictOrderDuties): DistrictOrderFormInput {
  return {
    style: 'duties',
    ...commonInput(d),
    title: d.title,
    issuerGenitive: d.issuerGenitive,
    repealed: d.repealed.map((text) => ({ text })),
    points: d.points.map((p) => ({
      addressee: { position: p.addressee?.position ?? '', person: nameInput(p.addressee?.person), role: p.addressee?.role ?? '' },
      text: p.text ?? '',
      deadline: p.deadline ?? '',
      subpoints: p.subpoints.map((s) => ({ text: s.text, deadline: s.deadline ?? '' })),
    })),
    roadmap: d.roadmap,
  };
}
