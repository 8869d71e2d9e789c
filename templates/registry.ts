// The registry of document templates: name → schema, builder and example data.
// Each template adds one entry to `templates` below; everything else looks templates up here.
import type { z } from 'zod';
import type { DocumentModel } from '@/lib/documents/model';
import type { DocumentClass } from '@/lib/documents/requisites';
import { schema as districtOrderRegulationSchema } from './district-order-regulation/schema';
import { build as districtOrderRegulationBuild } from './district-order-regulation/template';
import districtOrderRegulationExample from './district-order-regulation/example.json';
import { schema as districtOrderDutiesSchema } from './district-order-duties/schema';
import { build as districtOrderDutiesBuild } from './district-order-duties/template';
import districtOrderDutiesExample from './district-order-duties/example.json';
import { schema as municipalRoadmapSchema } from './municipal-roadmap/schema';
import { build as municipalRoadmapBuild } from './municipal-roadmap/template';
import municipalRoadmapExample from './municipal-roadmap/example.json';
import { schema as acknowledgementSheetSchema } from './acknowledgement-sheet/schema';
import { build as acknowledgementSheetBuild } from './acknowledgement-sheet/template';
import acknowledgementSheetExample from './acknowledgement-sheet/example.json';
import { schema as analyticalNoteSchema } from './analytical-note/schema';
import { build as analyticalNoteBuild } from './analytical-note/template';
import analyticalNoteExample from './analytical-note/example.json';
import { schema as schoolIntroOrderSchema } from './school-intro-order/schema';
import { build as schoolIntroOrderBuild } from './school-intro-order/template';
import schoolIntroOrderExample from './school-intro-order/example.json';
import { schema as schoolRegulationSchema } from './school-regulation/schema';
import { build as schoolRegulationBuild } from './school-regulation/template';
import schoolRegulationExample from './school-regulation/example.json';
import { schema as schoolRoadmapSchema } from './school-roadmap/schema';
import { build as schoolRoadmapBuild } from './school-roadmap/template';
import schoolRoadmapExample from './school-roadmap/example.json';
import { schema as mentorListOrderSchema } from './mentor-list-order/schema';
import { build as mentorListOrderBuild } from './mentor-list-order/template';
import mentorListOrderExample from './mentor-list-order/example.json';
import { schema as pairOrderSchema } from './pair-order/schema';
import { build as pairOrderBuild } from './pair-order/template';
import pairOrderExample from './pair-order/example.json';
import { schema as consentMentorSchema } from './consent-mentor/schema';
import { build as consentMentorBuild } from './consent-mentor/template';
import consentMentorExample from './consent-mentor/example.json';
import { schema as consentMenteeSchema } from './consent-mentee/schema';
import { build as consentMenteeBuild } from './consent-mentee/template';
import consentMenteeExample from './consent-mentee/example.json';
import { schema as consentPersonalDataSchema } from './consent-personal-data/schema';
import { build as consentPersonalDataBuild } from './consent-personal-data/template';
import consentPersonalDataExample from './consent-personal-data/example.json';
import { schema as additionalAgreementSchema } from './additional-agreement/schema';
import { build as additionalAgreementBuild } from './additional-agreement/template';
import additionalAgreementExample from './additional-agreement/example.json';
import { schema as refusalNoticeSchema } from './refusal-notice/schema';
import { build as refusalNoticeBuild } from './refusal-notice/template';
import refusalNoticeExample from './refusal-notice/example.json';
import { schema as pairTerminationOrderSchema } from './pair-termination-order/schema';
import { build as pairTerminationOrderBuild } from './pair-termination-order/template';
import pairTerminationOrderExample from './pair-termination-order/example.json';
import { schema as ppnSchema } from './ppn/schema';
import { build as ppnBuild } from './ppn/template';
import ppnExample from './ppn/example.json';
import { schema as iomSchema } from './iom/schema';
import { build as iomBuild } from './iom/template';
import iomExample from './iom/example.json';
import { schema as resultsOrderSchema } from './results-order/schema';
import { build as resultsOrderBuild } from './results-order/template';
import resultsOrderExample from './results-order/example.json';

export interface Template<Schema extends z.ZodType = z.ZodType> {
  /** Validates and normalises the data a user or the app supplies. */
  schema: Schema;
  /**
   * Turns validated data into a document. Declared as a method so that a template with a
   * specific schema fits the registry's general type; call it only with `schema.parse` output.
   */
  build(data: z.output<Schema>): DocumentModel;
  /** The template's example.json, realistic data modelled on real documents. */
  example: unknown;
}

/** Keeps the link between a template's schema and its builder checked at the definition. */
export function defineTemplate<Schema extends z.ZodType>(template: Template<Schema>): Template<Schema> {
  return template;
}

const templates: Record<string, Template> = {
  'district-order-regulation': defineTemplate({ schema: districtOrderRegulationSchema, build: districtOrderRegulationBuild, example: districtOrderRegulationExample }),
  'district-order-duties': defineTemplate({ schema: districtOrderDutiesSchema, build: districtOrderDutiesBuild, example: districtOrderDutiesExample }),
  'municipal-roadmap': defineTemplate({ schema: municipalRoadmapSchema, build: municipalRoadmapBuild, example: municipalRoadmapExample }),
  'acknowledgement-sheet': defineTemplate({ schema: acknowledgementSheetSchema, build: acknowledgementSheetBuild, example: acknowledgementSheetExample }),
  'analytical-note': defineTemplate({ schema: analyticalNoteSchema, build: analyticalNoteBuild, example: analyticalNoteExample }),
  'school-intro-order': defineTemplate({ schema: schoolIntroOrderSchema, build: schoolIntroOrderBuild, example: schoolIntroOrderExample }),
  'school-regulation': defineTemplate({ schema: schoolRegulationSchema, build: schoolRegulationBuild, example: schoolRegulationExample }),
  'school-roadmap': defineTemplate({ schema: schoolRoadmapSchema, build: schoolRoadmapBuild, example: schoolRoadmapExample }),
  'mentor-list-order': defineTemplate({ schema: mentorListOrderSchema, build: mentorListOrderBuild, example: mentorListOrderExample }),
  'pair-order': defineTemplate({ schema: pairOrderSchema, build: pairOrderBuild, example: pairOrderExample }),
  'consent-mentor': defineTemplate({ schema: consentMentorSchema, build: consentMentorBuild, example: consentMentorExample }),
  'consent-mentee': defineTemplate({ schema: consentMenteeSchema, build: consentMenteeBuild, example: consentMenteeExample }),
  'consent-personal-data': defineTemplate({ schema: consentPersonalDataSchema, build: consentPersonalDataBuild, example: consentPersonalDataExample }),
  'additional-agreement': defineTemplate({ schema: additionalAgreementSchema, build: additionalAgreementBuild, example: additionalAgreementExample }),
  'refusal-notice': defineTemplate({ schema: refusalNoticeSchema, build: refusalNoticeBuild, example: refusalNoticeExample }),
  'pair-termination-order': defineTemplate({ schema: pairTerminationOrderSchema, build: pairTerminationOrderBuild, example: pairTerminationOrderExample }),
  'ppn': defineTemplate({ schema: ppnSchema, build: ppnBuild, example: ppnExample }),
  'iom': defineTemplate({ schema: iomSchema, build: iomBuild, example: iomExample }),
  'results-order': defineTemplate({ schema: resultsOrderSchema, build: resultsOrderBuild, example: resultsOrderExample }),
};

export function getTemplate(name: string): Template | undefined {
  return Object.hasOwn(templates, name) ? templates[name] : undefined;
}

export function templateNames(): string[] {
  return Object.keys(templates).sort();
}

const ANNEXES = new Set(['school-regulation', 'school-roadmap', 'municipal-roadmap']);
const FORMS = new Set([
  'acknowledgement-sheet',
  'analytical-note',
  'consent-mentor',
  'consent-mentee',
  'consent-personal-data',
  'additional-agreement',
  'refusal-notice',
  'ppn',
  'iom',
]);

/** Orders get a registered number; annexes carry their order's; forms have none. */
export function templateClass(name: string): DocumentClass {
  if (ANNEXES.has(name)) return 'annex';
  if (FORMS.has(name)) return 'form';
  return 'order';
}
