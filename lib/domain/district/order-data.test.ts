import { describe, expect, it } from 'vitest';
import { MONTHS_GENITIVE } from '@/lib/core/russian/dates';
import { nameParts, prefill, schoolYearTerm, shiftDeadline } from '@/lib/domain/district/order-prefill';
import { districtOrderForm, dutiesOrderForm } from '@/lib/domain/validations/district';
import type { DistrictOrderDuties } from '@/templates/district-order-duties/schema';
import { districtOrderRegulation } from '@/templates/district-order-regulation';
import type { DistrictOrderRegulation } from '@/templates/district-order-regulation/schema';
import { getTemplate } from '@/templates/registry';
import { DISTRICT_TEMPLATES, dutiesFormInput, regulationFormInput, templateData, type OrderBase } from './order-data';

const base: OrderBase = {
  org: {
    fullName: 'Муниципальное казенное учреждение «Управление образования Администрации города Бийска»',
    shortName: 'МКУ «Управление образования Администрации города Бийска»',
    city: 'г. Бийск',
    headPosition: 'И.о. начальника',
    head: { lastName: 'Мелихова', firstName: 'Анна', middleName: 'Геннадьевна' },
    orderSuffix: '',
  },
  acknowledgement: [{ person: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна' }, unit: 'МБОУ «СОШ № 1»' }],
};
const context = {
  district: { shortName: base.org.shortName, legalBases: [] },
  coordinator: nameParts('Строкина Светлана Викторовна'),
  today: '2026-05-20',
};

describe('prefill', () => {
  it('moves the example deadlines to this year, or next year once past', () => {
    expect(shiftDeadline('2022-04-30', '2026-05-20')).toBe('2027-04-30');
    expect(shiftDeadline('2022-12-31', '2026-05-20')).toBe('2026-12-31');
  });

  it('splits an account name', () => {
    expect(nameParts(' Строкина  Светлана Викторовна ')).toEqual({ lastName: 'Строкина', firstName: 'Светлана', middleName: 'Викторовна' });
    expect(nameParts('Реш Наталья')).toEqual({ lastName: 'Реш', firstName: 'Наталья', middleName: null });
  });

  for (const style of ['regulation', 'duties'] as const) {
    it(`a ${style} order is valid as prefilled and renders with the district's data`, () => {
      const form = districtOrderForm.parse(prefill(style, context));
      const template = getTemplate(DISTRICT_TEMPLATES[style]);
      const model = template.build(template.schema.parse(templateData(form, base)));
      // No-break spaces (Russian typography) read as spaces.
      const text = JSON.stringify(model).replace(/\u00A0/g, ' ');
      expect(text).toContain('Строкин');
      expect(text).toContain('Киреева О.А.');
      expect(text).toContain('Трудового кодекса');
      expect(text).not.toMatch(/Волгоград|Котельников|Алтая/);
    });
  }

  it('the duties roadmap has this year in its title and deadlines', () => {
    const form = dutiesOrderForm.parse(prefill('duties', context));
    expect(form.roadmap.title).toMatch(/на 2025\/2026 учебный год$/);
    expect(form.points[1]!.subpoints[0]!.deadline).toBe('2027-04-30');
    expect(form.points[0]!.addressee).toBeNull();
    expect(form.control).toBeNull();
  });
});

describe('the prefilled district roadmap', () => {
  it('moves each dated term into the school year of today', () => {
    expect(schoolYearTerm('до 20 апреля 2022 г.', '2026-09-01')).toBe('до 20 апреля 2027 г.');
    expect(schoolYearTerm('Ноябрь 2022 г.', '2026-09-01')).toBe('Ноябрь 2026 г.');
    expect(schoolYearTerm('март – декабрь 2022 г.', '2026-09-01')).toBe('в течение 2026/2027 учебного года');
    expect(schoolYearTerm('в течение года', '2026-09-01')).toBe('в течение года');
  });

  for (const today of ['2026-09-01', '2027-02-15']) {
    it(`has every date in the school year of ${today}, and none of the seed's typos`, () => {
      const start = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 9 ? 0 : 1);
      const form = dutiesOrderForm.parse(prefill('duties', { ...context, today }));
      expect(form.roadmap.title).toMatch(new RegExp(`на ${start}/${start + 1} учебный год$`));
      const activities = form.roadmap.sections.flatMap((s) => s.activities);
      const text = JSON.stringify(activities);
      expect(text).not.toMatch(/сороками|База наставником|\d{4}года|\d{4}г\.|с сформированным/);
      expect(text).not.toMatch(/\b2022\b/);
      let dated = 0;
      for (const { term } of activities) {
        const year = /\b(20\d\d)\b/.exec(term)?.[1];
        if (!year || term === `в течение ${start}/${start + 1} учебного года`) continue;
        dated++;
        const month = MONTHS_GENITIVE.findIndex((m) => term.toLowerCase().includes(m.slice(0, 4))) + 1;
        expect(month, term).toBeGreaterThan(0);
        expect(Number(year), term).toBe(month >= 9 ? start : start + 1);
      }
      expect(dated).toBeGreaterThan(10);
    });
  }
});

describe('stored data back to the form', () => {
  for (const style of ['regulation', 'duties'] as const) {
    it(`${style}: form → data → form is lossless`, () => {
      const form = districtOrderForm.parse(prefill(style, context));
      const stored = getTemplate(DISTRICT_TEMPLATES[style]).schema.parse(templateData(form, base));
      const input = style === 'regulation' ? regulationFormInput(stored as DistrictOrderRegulation) : dutiesFormInput(stored as DistrictOrderDuties);
      expect(districtOrderForm.parse(input)).toEqual(form);
    });
  }

  it('a control point and an executor survive the round trip; blanks stay null', () => {
    const form = districtOrderForm.parse({
      ...prefill('regulation', context),
      control: { position: 'заместителя начальника', person: { lastName: 'Максимова', firstName: 'Елена', middleName: 'Александровна' } },
      executor: { lastName: '', firstName: '', middleName: '' },
    });
    expect(form.executor).toBeNull();
    const stored = districtOrderRegulation.schema.parse(templateData(form, base));
    expect(stored.control?.person.lastName).toBe('Максимова');
    expect(districtOrderForm.parse(regulationFormInput(stored))).toEqual(form);
  });

  it('rejects a point with neither addressee nor text, in Russian', () => {
    const input = prefill('duties', context) as { points: unknown[] };
    const bad = { ...input, points: [{ addressee: null, text: '', deadline: '', subpoints: [] }] };
    const result = districtOrderForm.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain('у пункта нет ни адресата, ни текста');
  });
});
