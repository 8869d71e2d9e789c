'use client';
// The points of the district order on school heads' duties: each addressed to the school heads (text) or to a named
// official (addressee in the dative), with a deadline and sub-points that have their own.
import { useFieldArray } from 'react-hook-form';
import { PersonFields, TextField, type WizardForm } from './wizard-fields';

function Subpoints({ form, name }: { form: WizardForm; name: string }) {
  const list = useFieldArray({ control: form.control, name });
  return (
    <div className="stack">
      {list.fields.map((f, i) => (
        <div key={f.id} className="row">
          <TextField form={form} name={`${name}.${i}.text`} label={`Подпункт ${i + 1}`} rows={2} />
          <TextField form={form} name={`${name}.${i}.deadline`} label="Срок" type="date" />
          <button type="button" className="secondary" onClick={() => list.remove(i)}>
            Удалить
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => list.append({ text: '', deadline: '' })}>
          Добавить подпункт
        </button>
      </p>
    </div>
  );
}

const BLANK_POINT = {
  addressee: { position: '', person: { lastName: '', firstName: '', middleName: '' }, role: '' },
  text: '',
  deadline: '',
  subpoints: [],
};

export function DutiesPoints({ form }: { form: WizardForm }) {
  const list = useFieldArray({ control: form.control, name: 'points' });
  return (
    <fieldset className="stack">
      <legend>Пункты приказа</legend>
      <p className="muted">
        Перед пунктами автоматически ставится признание утратившими силу прежних актов, после них — утверждение дорожной
        карты (приложение № 1) и контроль исполнения.
      </p>
      {list.fields.map((f, i) => (
        <div key={f.id} className="card" data-point={i + 1}>
          <h2 className="minor">Пункт {i + 1}</h2>
          <TextField form={form} name={`points.${i}.text`} label="Текст (или вводные слова перед подпунктами)" rows={3} hint="например: Руководителям образовательных организаций" />
          <TextField form={form} name={`points.${i}.deadline`} label="Срок исполнения пункта" type="date" />
          <details>
            <summary>Адресат — должностное лицо (необязательно)</summary>
            <TextField form={form} name={`points.${i}.addressee.position`} label="Должность в дательном падеже" hint="например: Заведующему районным методическим кабинетом" />
            <PersonFields form={form} name={`points.${i}.addressee.person`} label="Ф.И.О. в именительном падеже" />
            <TextField form={form} name={`points.${i}.addressee.role`} label="Роль в скобках, в дательном падеже" hint="например: муниципальному координатору внедрения целевой модели наставничества" />
          </details>
          <Subpoints form={form} name={`points.${i}.subpoints`} />
          <p>
            <button type="button" className="secondary" onClick={() => list.remove(i)}>
              Удалить пункт {i + 1}
            </button>
          </p>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => list.append(BLANK_POINT)}>
          Добавить пункт
        </button>
      </p>
    </fieldset>
  );
}
