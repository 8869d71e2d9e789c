'use client';
// One questionnaire: a score 1–10 per question and the open answers, typed from a paper form
// or filled in the app. The questions come from lib/domain/students/questionnaires.ts.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type Question, SCORE } from '@/lib/domain/students/questionnaires';
import { type QuestionnaireInput, questionnaireSchema } from '@/lib/domain/validations/students-monitoring';
import type { ActionResult } from '@/lib/server/action-result';

type SaveAction = (input: QuestionnaireInput) => Promise<ActionResult<{ id: string; replaced: boolean }>>;

export function QuestionnaireForm({
  defaults,
  questions,
  action,
  allowPaper,
}: {
  defaults: QuestionnaireInput;
  questions: readonly Question[];
  action: SaveAction;
  allowPaper: boolean;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(questionnaireSchema, action, {
    defaultValues: defaults,
    onSuccess: () => router.push('/students/monitoring?saved=1'),
  });
  const err = form.formState.errors;
  const scores = Array.from({ length: SCORE.max - SCORE.min + 1 }, (_, i) => String(i + SCORE.min));
  return (
    <form className="stack" onSubmit={onSubmit} noValidate data-testid="questionnaire-form">
      <div className="row">
        <Field label="Дата заполнения" error={err.filledOn?.message}>
          <FormDateInput control={form.control} name="filledOn" />
        </Field>
        {allowPaper && (
          <Field label="Источник">
            <select {...form.register('source')}>
              <option value="paper">перенесена с бумажной анкеты</option>
              <option value="app">заполнена в приложении</option>
            </select>
          </Field>
        )}
      </div>
      {questions.map((q, i) =>
        q.kind === 'score' ? (
          <Field key={q.key} label={`${i + 1}. ${q.text}`}>
            <select {...form.register(`answers.${q.key}`)} data-question={q.key}>
              <option value="">— оценка от {SCORE.min} до {SCORE.max} —</option>
              {scores.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field key={q.key} label={`${i + 1}. ${q.text}`}>
            <textarea rows={3} {...form.register(`answers.${q.key}`)} data-question={q.key} />
          </Field>
        ),
      )}
      <div className="row">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить анкету
        </button>
      </div>
      <FormStatus error={formError} />
    </form>
  );
}
