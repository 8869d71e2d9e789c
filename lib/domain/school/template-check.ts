// Validates data built for a document template before it is stored, reporting each problem
// on the form field that produced it (the template's paths are not the form's), so the
// curator sees it beside the field rather than later, when the document is issued.
import { AppError } from '@/lib/core/errors';
import { getTemplate, type TemplateName } from '@/templates/registry';

export interface TemplateIssue {
  path: string[];
  message: string;
}

export function checkTemplateData<T>(template: TemplateName, data: T, report: (issue: TemplateIssue) => { field: string; message?: string }, lead = 'Проверьте заполнение полей.'): T {
  const parsed = getTemplate(template).schema.safeParse(data);
  if (parsed.success) return data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const { field, message } = report({ path, message: issue.message });
    (fieldErrors[field] ??= []).push(message ?? issue.message);
  }
  throw new AppError('VALIDATION', lead, fieldErrors);
}
