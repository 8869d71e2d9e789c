import { describe, expect, it } from 'vitest';
import { renderPdf } from '@/lib/documents/render';
import { getTemplate } from '@/templates/registry';
import { pdfPages } from '@/tests/support/extract';
import { concatModels, consentForm, type FormPair, type FormsContext } from './consent-forms';
import type { PersonRow } from './staff';

const person = (id: string, lastName: string, firstName: string, middleName: string, position: string): PersonRow => ({
  id,
  lastName,
  firstName,
  middleName,
  genderOverride: null,
  position,
});

const ctx: FormsContext = {
  org: {
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
    shortName: 'МБОУ «СОШ № 1»',
    city: 'Бийск',
    headPosition: 'Директор',
    head: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна' },
    orderSuffix: '-од',
  },
  regulation: { date: '2026-09-01', number: '181-од' },
  personalData: {
    operatorAddress: 'г. Бийск, ______________________',
    processor: null,
    recipients: [{ name: 'МКУ «Управление образования Администрации города Бийска»', address: 'г. Бийск, ул. Ленина, д. 256' }],
    term: 'в течение срока участия в системе наставничества и 5 лет после его окончания',
  },
};

const pair: FormPair = {
  mentor: person('m', 'Кравченко', 'Елена', 'Петровна', 'учитель математики'),
  mentees: [person('a', 'Седых', 'Илья', 'Андреевич', 'учитель физической культуры')],
  form: 'педагог – педагог',
  start: '2026-12-01',
  end: '2027-05-31',
  paymentSize: '3000 рублей в месяц',
};

const model = (personId: string, kind: Parameters<typeof consentForm>[3]) => {
  const doc = consentForm(ctx, pair, personId, kind);
  const template = getTemplate(doc.template);
  return template.build(template.schema.parse(doc.data));
};

describe('consent forms', () => {
  it('prints every paper of a pair as one PDF, each from a new page', async () => {
    const models = [
      model('m', 'mentor_duties'),
      model('m', 'additional_agreement'),
      model('m', 'personal_data'),
      model('a', 'mentee_participation'),
      model('a', 'personal_data'),
    ];
    const joined = concatModels('Согласия', models);
    expect(joined.leftMarginMm).toBe(30);
    expect(joined.blocks.filter((b) => b.kind === 'pageBreak').length).toBeGreaterThanOrEqual(4);
    const pages = (await pdfPages(await renderPdf(joined))).map((p) => p.replace(/\s+/g, ' '));
    const text = pages.join(' ');
    expect(text).toContain('на выполнение работы по наставничеству');
    expect(text).toContain('заключили настоящее дополнительное соглашение');
    expect(text).toContain('в отношении учителя физической культуры Седых Ильи Андреевича');
    expect(text).toContain('на участие в программе наставничества');
    expect(text.match(/на обработку персональных данных/g)?.length).toBeGreaterThanOrEqual(2);
    // Each paper opens its own page.
    expect(pages.findIndex((p) => p.includes('заключили настоящее дополнительное соглашение'))).toBeGreaterThan(0);
    expect(pages.findIndex((p) => p.includes('заключили настоящее дополнительное соглашение'))).toBeGreaterThan(pages.findIndex((p) => p.includes('на выполнение работы по наставничеству')));
  });

  it('asks the personal-data consent of the right role', () => {
    expect(consentForm(ctx, pair, 'a', 'personal_data').data.role).toBe('mentee');
    expect(consentForm(ctx, pair, 'm', 'personal_data').data.role).toBe('mentor');
    expect(() => consentForm(ctx, pair, 'x', 'personal_data')).toThrow();
  });
});
