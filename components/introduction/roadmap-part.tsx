'use client';
// Annex 2, the roadmap: one row per stage — add, remove, edit, move.
import { useFieldArray } from 'react-hook-form';
import { Field } from '@/components/form/field';
import type { PartProps } from './types';

const EMPTY = { name: '', activities: '', term: '', responsible: '', result: '' };

export function RoadmapPart({ control, register, errors }: PartProps) {
  const stages = useFieldArray({ control, name: 'stages' });
  return (
    <fieldset className="card" id="intro-roadmap" data-testid="roadmap">
      <legend>Приложение № 2. Дорожная карта</legend>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {stages.fields.map((f, i) => {
          const e = errors.stages?.[i];
          return (
            <li key={f.id} data-stage={i + 1}>
              <Field label="Наименование этапа" error={e?.name?.message}>
                <input {...register(`stages.${i}.name`)} />
              </Field>
              <Field label="Содержание деятельности (мероприятие на строку)" error={e?.activities?.message}>
                <textarea rows={4} {...register(`stages.${i}.activities`)} />
              </Field>
              <div className="row">
                <Field label="Сроки" error={e?.term?.message}>
                  <input {...register(`stages.${i}.term`)} />
                </Field>
                <Field label="Ответственный" error={e?.responsible?.message}>
                  <input {...register(`stages.${i}.responsible`)} />
                </Field>
              </div>
              <Field label="Ожидаемый результат" error={e?.result?.message}>
                <textarea rows={2} {...register(`stages.${i}.result`)} />
              </Field>
              <div className="row">
                <button type="button" className="secondary" disabled={i === 0} onClick={() => stages.move(i, i - 1)} aria-label="Выше">
                  ↑
                </button>
                <button type="button" className="secondary" disabled={i === stages.fields.length - 1} onClick={() => stages.move(i, i + 1)} aria-label="Ниже">
                  ↓
                </button>
                <button type="button" className="secondary" onClick={() => stages.remove(i)}>
                  Удалить этап
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {(errors.stages?.root?.message ?? errors.stages?.message) && <p className="form-error">{errors.stages?.root?.message ?? errors.stages?.message}</p>}
      <button type="button" className="secondary" onClick={() => stages.append(EMPTY)}>
        Добавить этап
      </button>
    </fieldset>
  );
}
