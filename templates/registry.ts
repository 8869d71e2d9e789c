// The registry of documents: the list of every folder's definition. Names are a literal
// union, so code that means a document names it through the type checker; only a name that
// arrives from outside (the documents.template column, the command line) is looked up.
import type { DocumentSeries } from '@/lib/documents/numbering';
import type { DocumentClass } from '@/lib/documents/requisites';
import type { TemplateDefinition } from './_parts/definition';
import { acknowledgementSheet } from './acknowledgement-sheet';
import { additionalAgreement } from './additional-agreement';
import { agreementAmendment } from './agreement-amendment';
import { analyticalNote } from './analytical-note';
import { cancellationNotice } from './cancellation-notice';
import { consentDistribution } from './consent-distribution';
import { consentMentee } from './consent-mentee';
import { consentMentor } from './consent-mentor';
import { consentPersonalData } from './consent-personal-data';
import { districtOrderDuties } from './district-order-duties';
import { districtOrderRegulation } from './district-order-regulation';
import { iom } from './iom';
import { mentorListOrder } from './mentor-list-order';
import { mentorRewardOrder } from './mentor-reward-order';
import { mentoringPayOrder } from './mentoring-pay-order';
import { mentoringPayStopOrder } from './mentoring-pay-stop-order';
import { municipalRoadmap } from './municipal-roadmap';
import { pairOrder } from './pair-order';
import { pairTerminationOrder } from './pair-termination-order';
import { ppn } from './ppn';
import { refusalNotice } from './refusal-notice';
import { resultsOrder } from './results-order';
import { schoolIntroOrder } from './school-intro-order';
import { schoolRegulation } from './school-regulation';
import { schoolRoadmap } from './school-roadmap';
import { studentConsentDistribution } from './student-consent-distribution';
import { studentConsentParticipation } from './student-consent-participation';
import { studentConsentPersonalData } from './student-consent-personal-data';
import { studentIntroOrder } from './student-intro-order';
import { studentMonitoringReport } from './student-monitoring-report';
import { studentPairOrder } from './student-pair-order';
import { studentProgram } from './student-program';
import { studentQuestionnaires } from './student-questionnaires';
import { studentRegulation } from './student-regulation';
import { studentResultsOrder } from './student-results-order';
import { studentRoadmap } from './student-roadmap';
import { studentTerminationOrder } from './student-termination-order';

export type { TemplateDefinition } from './_parts/definition';
/** Any document's definition, its data unknown until its schema has parsed it. */
export type Template = TemplateDefinition;

export const TEMPLATES = [
  districtOrderRegulation,
  districtOrderDuties,
  municipalRoadmap,
  acknowledgementSheet,
  analyticalNote,
  schoolIntroOrder,
  schoolRegulation,
  schoolRoadmap,
  mentorListOrder,
  pairOrder,
  mentoringPayOrder,
  consentMentor,
  consentMentee,
  consentPersonalData,
  consentDistribution,
  additionalAgreement,
  agreementAmendment,
  refusalNotice,
  cancellationNotice,
  pairTerminationOrder,
  mentoringPayStopOrder,
  ppn,
  iom,
  resultsOrder,
  studentQuestionnaires,
  studentMonitoringReport,
  mentorRewardOrder,
  studentIntroOrder,
  studentRegulation,
  studentRoadmap,
  studentProgram,
  studentPairOrder,
  studentConsentParticipation,
  studentConsentPersonalData,
  studentConsentDistribution,
  studentTerminationOrder,
  studentResultsOrder,
] as const;

export type TemplateName = (typeof TEMPLATES)[number]['name'];

const byName = new Map<string, Template>(TEMPLATES.map((t) => [t.name, t]));

export function getTemplate(name: TemplateName): Template {
  return byName.get(name)!;
}

/** For a name from outside the code: a stored document's template, a command-line argument. */
export function findTemplate(name: string): Template | undefined {
  return byName.get(name);
}

export function templateNames(): TemplateName[] {
  return TEMPLATES.map((t) => t.name).sort();
}

/**
 * Orders get a registered number; annexes carry their order's; forms have none. A stored
 * name the registry does not know counts as an order, as it always did: it cannot be
 * rendered, so issuing it fails either way.
 */
export function templateClass(name: string): DocumentClass {
  return findTemplate(name)?.class ?? 'order';
}

/** The numbering series of a numbered document: each counts apart (personnel orders, agreements, notices). */
export function templateSeries(name: string): DocumentSeries {
  return findTemplate(name)?.series ?? 'general';
}
