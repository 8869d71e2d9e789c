// What one document is: the shape every templates/<doc>/index.ts exports and the registry
// lists. Everything the app needs to know about a document lives in its definition, so a
// new document is one folder and one line in templates/registry.ts.
import type { z } from 'zod';
import type { DocumentModel } from '@/lib/documents/model';
import type { DocumentSeries } from '@/lib/documents/numbering';
import type { DocumentClass } from '@/lib/documents/requisites';
import { typesetModel } from './typeset';

export interface TemplateDefinition<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** The folder's name; stored as is in documents.template, so it never changes. */
  readonly name: Name;
  /** How the register stamps its requisites: an order is numbered, an annex carries its order's. */
  readonly class: DocumentClass;
  /**
   * A numbered document's series: 'personnel' for orders that set or stop a person's pay or
   * reward them (their own counter and the school's personnel suffix, «12-лс»); 'agreement'
   * and 'notice' for the additional agreements («ДС-2») and the employer's notices («У-1»)
   * a school registers in their own journals; orders otherwise 'general'.
   */
  readonly series?: DocumentSeries;
  /**
   * The document's title as the register and the document show it or, where the data
   * complete it (a person, a school, a period), the words it begins with; where the form
   * supplies the whole title, the wording the form starts with. The builder and the code
   * that titles drafts compose from these words rather than repeat them.
   */
  readonly title: string;
  /** Validates and normalises the data a user or the app supplies. */
  readonly schema: Schema;
  /**
   * Turns validated data into a document. Declared as a method so that a template with a
   * specific schema fits the registry's general type; call it only with `schema.parse` output.
   */
  build(data: z.output<Schema>): DocumentModel;
  /** The template's example.json, realistic data modelled on real documents. */
  readonly example: unknown;
}

/**
 * Keeps the name literal and the link between schema and builder checked at the definition,
 * and gives every built document the no-break spaces of Russian typography.
 */
export function defineTemplate<const Name extends string, Schema extends z.ZodType>(
  definition: TemplateDefinition<Name, Schema>,
): TemplateDefinition<Name, Schema> {
  return { ...definition, build: (data) => typesetModel(definition.build(data)) };
}
