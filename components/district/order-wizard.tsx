'use client';
// The district order wizard in either style: one approves the municipal положение and names
// the coordinator, the other sets duties of school heads with deadlines and the municipal
// roadmap. The same zod schema checks the form here and in the action; on
// save the draft opens with its preview and the issue button.
import { useRouter } from 'next/navigation';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type DistrictOrderFormInput, dutiesOrderForm, regulationOrderForm } from '@/lib/domain/validations/district';
import type { ActionResult } from '@/lib/server/action-result';
import { DutiesPoints } from './duties-points';
import { RoadmapEditor } from './roadmap-editor';
import { ClosingFields, ParagraphList, PersonFields, TextField, type WizardForm } from './wizard-fields';

export type SaveOrder = (input: { documentId?: string; form: DistrictOrderFormInput }) => Promise<ActionResult<{ id: string }>>;

/** The action validates { documentId, form }: its field errors come back as 'form.<field>'. */
const saveForm = (save: SaveOrder, documentId?: string) => async (form: FieldValues) => {
  const res = await save({ documentId, form: form as DistrictOrderFormInput });
  if (res.ok || !res.fieldErrors) return res;
  const fieldErrors = Object.fromEntries(Object.entries(res.fieldErrors).map(([k, v]) => [k.replace(/^form\./, ''), v]));
  return { ...res, fieldErrors };
};

interface WizardProps {
  defaultValues: DistrictOrderFormInput;
  save: SaveOrder;
  /** Set when editing a saved draft. */
  documentId?: string;
}

function Preamble({ form }: { form: WizardForm }) {
  return (
    <>
      <ParagraphList
        form={form}
        name="legalBases"
        itemKey="title"
        label="Основания: «В соответствии с …»"
        hint="Каждый акт — в творительном падеже, как он читается после «В соответствии с»: «приказом Министерства … от … № …»."
        addLabel="Добавить основание"
      />
      <ParagraphList form={form} name="reasons" itemKey="text" label="Другие основания после актов" hint="например: в рамках реализации регионального проекта «…»" addLabel="Добавить" />
    </>
  );
}

function Submit({ form, formError }: { form: WizardForm; formError: string | null }) {
  return (
    <>
      <FormStatus error={formError} />
      <p>
        <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить проект приказа'}
        </button>
      </p>
    </>
  );
}

function useWizard<S extends typeof regulationOrderForm | typeof dutiesOrderForm>(schema: S, { defaultValues, save, documentId }: WizardProps) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(schema, saveForm(save, documentId), {
    defaultValues: defaultValues as never,
    onSuccess: ({ id }) => router.push(`/district/orders/${id}`),
  });
  return { form: form as unknown as UseFormReturn<FieldValues>, onSubmit, formError };
}

function RegulationWizard(props: WizardProps) {
  const { form, onSubmit, formError } = useWizard(regulationOrderForm, props);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Preamble form={form} />
      <TextField form={form} name="regulationName" label="Утверждаемое положение (п. 1)" rows={3} hint="Начинается со слов «положение о …»; из него же составляется заголовок приказа." />
      <TextField form={form} name="institutions" label="Где координируется система (в предложном падеже, п. 2)" hint="например: муниципальных образовательных учреждениях" />
      <fieldset className="stack">
        <legend>Муниципальный координатор (п. 2)</legend>
        <TextField form={form} name="coordinator.unit" label="Подразделение (в винительном падеже), необязательно" hint="например: информационно-методический центр — тогда Ф.И.О. печатается в скобках" />
        <PersonFields form={form} name="coordinator.person" label="Ф.И.О. координатора (в именительном падеже)" />
      </fieldset>
      <TextField form={form} name="implementationDeadline" label="Руководителям обеспечить внедрение до (п. 3)" type="date" />
      <ClosingFields form={form} />
      <Submit form={form} formError={formError} />
    </form>
  );
}

function DutiesWizard(props: WizardProps) {
  const { form, onSubmit, formError } = useWizard(dutiesOrderForm, props);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <TextField form={form} name="title" label="Заголовок приказа" rows={2} />
      <TextField form={form} name="issuerGenitive" label="Издатель в родительном падеже (для «УТВЕРЖДЕНО приказом …» в приложении)" />
      <Preamble form={form} />
      <ParagraphList form={form} name="repealed" itemKey="text" label="Признать утратившими силу" hint="Каждый акт — в винительном падеже: «приказ отдела образования … от … № … «…»»." addLabel="Добавить акт" />
      <DutiesPoints form={form} />
      <RoadmapEditor form={form} />
      <ClosingFields form={form} />
      <Submit form={form} formError={formError} />
    </form>
  );
}

export function OrderWizard(props: WizardProps) {
  return props.defaultValues.style === 'regulation' ? <RegulationWizard {...props} /> : <DutiesWizard {...props} />;
}
