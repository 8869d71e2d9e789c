'use client';
// Drafts the monitoring report for a period into the register, then opens it for preview and issue.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type MonitoringReportInput, monitoringReportSchema } from '@/lib/domain/validations/students-monitoring';
import type { ActionResult } from '@/lib/server/action-result';

type DraftAction = (input: MonitoringReportInput) => Promise<ActionResult<{ id: string }>>;

export function ReportForm({ defaults, action }: { defaults: MonitoringReportInput; action: DraftAction }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(monitoringReportSchema, action, {
    defaultValues: defaults,
    onSuccess: ({ id }) => router.push(`/documents/${id}`),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <div className="row">
        <Field label="Начало периода" error={err.periodFrom?.message}>
          <FormDateInput control={form.control} name="periodFrom" />
        </Field>
        <Field label="Окончание периода" error={err.periodTo?.message}>
          <FormDateInput control={form.control} name="periodTo" />
        </Field>
      </div>
      <div className="row">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Составить отчёт
        </button>
      </div>
      <FormStatus error={formError} />
    </form>
  );
}
