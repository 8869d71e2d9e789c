import type { Metadata } from 'next';
import Link from 'next/link';
import { FormsEditor } from '@/components/students/people/forms-editor';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentForms } from '@/lib/server/students/forms';
import {
  addFormAction,
  addVariantAction,
  archiveFormAction,
  archiveVariantAction,
  removeFormAction,
  removeVariantAction,
  renameVariantAction,
  updateFormAction,
} from './actions';

export const metadata: Metadata = { title: 'Формы наставничества обучающихся' };

export default async function StudentFormsPage() {
  const { read } = await scopedPage('students.manage');
  const forms = await read(listStudentForms);
  return (
    <>
      <p>
        <Link href="/students">← Обучающиеся</Link>
      </p>
      <h1>Формы наставничества обучающихся</h1>
      <p className="muted">
        Формы и их ролевые варианты, из которых выбирается пара. Форма или вариант, по которым уже есть пары, не удаляется, а переносится в архив: приказы
        продолжают их называть.
      </p>
      <FormsEditor
        forms={forms.map((f) => ({ id: f.id, name: f.name, mentorKinds: f.mentorKinds, archived: f.archived, pairs: f.pairs, variants: f.variants }))}
        actions={{
          addForm: addFormAction,
          updateForm: updateFormAction,
          archiveForm: archiveFormAction,
          removeForm: removeFormAction,
          addVariant: addVariantAction,
          renameVariant: renameVariantAction,
          archiveVariant: archiveVariantAction,
          removeVariant: removeVariantAction,
        }}
      />
    </>
  );
}
