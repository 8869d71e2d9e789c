'use client';
// The municipal roadmap (annex 1 of the district order on school heads' duties): numbered sections of activities,
// each row with its term, responsible executor and result, all editable.
import { useFieldArray } from 'react-hook-form';
import { TextField, type WizardForm } from './wizard-fields';

const BLANK_ACTIVITY = { name: '', term: '', responsible: '', result: '' };

function Activities({ form, section }: { form: WizardForm; section: number }) {
  const name = `roadmap.sections.${section}.activities`;
  const list = useFieldArray({ control: form.control, name });
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th>№</th>
            <th>Мероприятие</th>
            <th>Срок</th>
            <th>Ответственный</th>
            <th>Результат</th>
            <th>
              <span className="visually-hidden">Удалить строку</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                {section + 1}.{i + 1}
              </td>
              <td>
                <TextField form={form} name={`${name}.${i}.name`} label="Наименование" rows={3} />
              </td>
              <td>
                <TextField form={form} name={`${name}.${i}.term`} label="Срок" />
              </td>
              <td>
                <TextField form={form} name={`${name}.${i}.responsible`} label="Исполнитель" />
              </td>
              <td>
                <TextField form={form} name={`${name}.${i}.result`} label="Результат" rows={3} />
              </td>
              <td>
                <button type="button" className="secondary" aria-label={`Удалить строку ${section + 1}.${i + 1}`} onClick={() => list.remove(i)}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="secondary" onClick={() => list.append(BLANK_ACTIVITY)}>
          Добавить мероприятие
        </button>
      </p>
    </>
  );
}

export function RoadmapEditor({ form }: { form: WizardForm }) {
  const sections = useFieldArray({ control: form.control, name: 'roadmap.sections' });
  return (
    <fieldset className="stack">
      <legend>Приложение № 1: муниципальная дорожная карта</legend>
      <TextField form={form} name="roadmap.title" label="Заголовок" rows={2} />
      {sections.fields.map((f, i) => (
        <div key={f.id} className="card" data-section={i + 1}>
          <TextField form={form} name={`roadmap.sections.${i}.title`} label={`Раздел ${i + 1}`} rows={2} />
          <Activities form={form} section={i} />
          <button type="button" className="secondary" onClick={() => sections.remove(i)}>
            Удалить раздел {i + 1}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => sections.append({ title: '', activities: [BLANK_ACTIVITY] })}>
          Добавить раздел
        </button>
      </p>
    </fieldset>
  );
}
