'use client';
// The school's forms of mentoring of pupils and their role variants: add, rename, archive,
// restore, remove. A form or variant a pair uses is archived instead of removed, and the
// answer says so. Every call goes through the server action, which checks it again.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import { STUDENT_MENTOR_KIND_LABELS, STUDENT_MENTOR_KINDS, type StudentMentorKind } from '@/lib/domain/students/vocabulary';
import type { ActionResult } from '@/lib/server/action-result';

type Act = (raw: unknown) => Promise<ActionResult<unknown>>;

export interface EditorForm {
  id: string;
  name: string;
  mentorKinds: StudentMentorKind[];
  archived: boolean;
  pairs: number;
  variants: { id: string; name: string; archived: boolean; pairs: number }[];
}

interface Actions {
  addForm: Act;
  updateForm: Act;
  archiveForm: Act;
  removeForm: Act;
  addVariant: Act;
  renameVariant: Act;
  archiveVariant: Act;
  removeVariant: Act;
}

const outcomeText = (data: unknown) =>
  (data as { outcome?: string } | null)?.outcome === 'archived' ? 'Используется в парах: перенесено в архив, а не удалено.' : null;

function useRun() {
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const run = (act: Act, input: unknown, done?: () => void) =>
    start(async () => {
      const res = await act(input);
      if (!res.ok) return setMessage({ error: true, text: [...Object.values(res.fieldErrors ?? {}).flat(), res.fieldErrors ? '' : res.error].filter(Boolean).join(' ') });
      const text = outcomeText(res.data);
      setMessage(text ? { error: false, text } : null);
      done?.();
      router.refresh();
    });
  return { run, pending, message };
}

function KindBoxes({ name, value }: { name: string; value: StudentMentorKind[] }) {
  return (
    <fieldset className="row">
      <legend>Кто может быть наставником</legend>
      {STUDENT_MENTOR_KINDS.map((k) => (
        <label key={k}>
          <input type="checkbox" name={name} value={k} defaultChecked={value.includes(k)} /> {STUDENT_MENTOR_KIND_LABELS[k]}
        </label>
      ))}
    </fieldset>
  );
}

const kindsOf = (data: FormData, name: string) => data.getAll(name).map(String);

export function FormsEditor({ forms, actions }: { forms: EditorForm[]; actions: Actions }) {
  const { run, pending, message } = useRun();
  const { ask, dialog } = useConfirm();

  const addForm = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    run(actions.addForm, { name: String(data.get('name') ?? ''), mentorKinds: kindsOf(data, 'kinds') }, () => el.reset());
  };

  const remove = async (what: 'form' | 'variant', id: string, name: string, pairs: number) => {
    const ok = await ask({
      title: what === 'form' ? 'Удалить форму?' : 'Удалить вариант?',
      message: pairs > 0 ? `«${name}» используется в парах (${pairs}): она будет перенесена в архив.` : `«${name}» будет удалена.`,
      confirmLabel: pairs > 0 ? 'В архив' : 'Удалить',
    });
    if (!ok) return;
    if (what === 'form') run(actions.removeForm, { formId: id });
    else run(actions.removeVariant, { variantId: id });
  };

  return (
    <div className="stack">
      {message && (
        <p className={message.error ? 'form-error' : 'form-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {forms.map((f) => (
        <section key={f.id} className="card stack" data-testid="student-form">
          <h2>
            {f.name}
            {f.archived ? ' (в архиве)' : ''}
          </h2>
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              run(actions.updateForm, { formId: f.id, name: String(data.get('name') ?? ''), mentorKinds: kindsOf(data, 'kinds') });
            }}
          >
            <div className="field">
              <label htmlFor={`form-${f.id}`}>Название формы{f.pairs ? ` (пар: ${f.pairs})` : ''}</label>
              <input id={`form-${f.id}`} name="name" defaultValue={f.name} />
            </div>
            <KindBoxes name="kinds" value={f.mentorKinds} />
            <p className="row">
              <button type="submit" disabled={pending}>
                Сохранить
              </button>
              <button type="button" className="secondary" disabled={pending} onClick={() => run(actions.archiveForm, { formId: f.id, archived: !f.archived })}>
                {f.archived ? 'Вернуть из архива' : 'В архив'}
              </button>
              <button type="button" className="secondary" disabled={pending} onClick={() => remove('form', f.id, f.name, f.pairs)}>
                Удалить
              </button>
            </p>
          </form>
          <h3>Варианты</h3>
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {f.variants.map((v) => (
              <li key={v.id}>
                <form
                  className="row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    run(actions.renameVariant, { variantId: v.id, name: String(new FormData(e.currentTarget).get('name') ?? '') });
                  }}
                >
                  <div className="field">
                    <input name="name" aria-label="Название варианта" defaultValue={v.name} />
                  </div>
                  {v.archived && <span className="muted">в архиве</span>}
                  <button type="submit" className="secondary" disabled={pending}>
                    Переименовать
                  </button>
                  <button type="button" className="secondary" disabled={pending} onClick={() => run(actions.archiveVariant, { variantId: v.id, archived: !v.archived })}>
                    {v.archived ? 'Вернуть' : 'В архив'}
                  </button>
                  <button type="button" className="secondary" disabled={pending} onClick={() => remove('variant', v.id, v.name, v.pairs)}>
                    Удалить
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              const el = e.currentTarget;
              run(actions.addVariant, { formId: f.id, name: String(new FormData(el).get('name') ?? '') }, () => el.reset());
            }}
          >
            <div className="field">
              <input name="name" aria-label={`Новый вариант формы «${f.name}»`} placeholder="новый вариант, например «лидер – пассивный»" />
            </div>
            <button type="submit" disabled={pending}>
              Добавить вариант
            </button>
          </form>
        </section>
      ))}
      <form className="card stack" onSubmit={addForm}>
        <h2>Новая форма</h2>
        <div className="field">
          <label htmlFor="new-form-name">Название</label>
          <input id="new-form-name" name="name" placeholder="например «наставник – проектная команда»" />
        </div>
        <KindBoxes name="kinds" value={['pupil']} />
        <p>
          <button type="submit" disabled={pending}>
            Добавить форму
          </button>
        </p>
      </form>
      {dialog}
    </div>
  );
}
