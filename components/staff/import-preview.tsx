// The preview of an import: each row as it will be stored, or as read with its errors.
import { formatDate } from '@/lib/core/russian';
import type { StaffCheck } from '@/lib/domain/import/staff-rows';

const GENDER = { auto: 'по отчеству', male: 'мужской', female: 'женский' } as Record<string, string>;
const date = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso) : (iso ?? ''));

export function ImportPreview({ check }: { check: StaffCheck }) {
  return (
    <table className="data" data-testid="import-preview" tabIndex={0}>
      <thead>
        <tr>
          <th>Строка</th>
          <th>Фамилия</th>
          <th>Имя</th>
          <th>Отчество</th>
          <th>Пол</th>
          <th>Должность</th>
          <th>Предметы</th>
          <th>Дата рождения</th>
          <th>Начало пед. деятельности</th>
          <th>Эл. почта</th>
          <th>Ошибки</th>
        </tr>
      </thead>
      <tbody>
        {check.rows.map(({ line, person, values, errors }) => (
          <tr key={line} data-line={line} style={errors.length ? { background: '#fdecea' } : undefined}>
            <td>{line}</td>
            <td>{person?.lastName ?? values.lastName}</td>
            <td>{person?.firstName ?? values.firstName}</td>
            <td>{person ? person.middleName : values.middleName}</td>
            <td>{GENDER[person ? (person.gender ?? 'auto') : values.gender] ?? values.gender}</td>
            <td>{person?.position ?? values.position}</td>
            <td>{person ? person.subjects.join(', ') : values.subjects}</td>
            <td>{date(person ? person.birthDate : values.birthDate)}</td>
            <td>{date(person ? person.pedagogicalStart : values.pedagogicalStart)}</td>
            <td>{person ? person.email : values.email}</td>
            <td className="form-error">
              {errors.map((e) => (
                <div key={e}>{e}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
