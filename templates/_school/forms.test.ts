// The addressee of every form a person signs to the head: «Директору …» with the head's name
// in the dative. Heads whose genitive differs from their dative (a man; a Turkic patronymic)
// and an indeclinable surname catch a name put in the wrong case.
import { describe, expect, it } from 'vitest';
import { getTemplate } from '@/templates/registry';
import { renderTexts } from '@/tests/support/template-testing';
import consentMentee from '@/templates/consent-mentee/example.json';
import consentMentor from '@/templates/consent-mentor/example.json';
import refusalNotice from '@/templates/refusal-notice/example.json';

const HEADS = [
  { head: { lastName: 'Кузнецов', firstName: 'Андрей', middleName: 'Николаевич' }, dative: 'А.Н. Кузнецову', genitive: 'А.Н. Кузнецова' },
  { head: { lastName: 'Мамедов', firstName: 'Эльчин', middleName: 'Гусейн оглы' }, dative: 'Э.Г. Мамедову', genitive: 'Э.Г. Мамедова' },
  { head: { lastName: 'Белых', firstName: 'Олег', middleName: 'Викторович' }, dative: 'О.В. Белых', genitive: null },
];

const FORMS = { 'consent-mentor': consentMentor, 'consent-mentee': consentMentee, 'refusal-notice': refusalNotice } as const;

describe('the addressee of the forms signed to the head', () => {
  for (const [name, example] of Object.entries(FORMS)) {
    it(`${name}: «Директору МБОУ …» and the head's name in the dative`, async () => {
      const template = getTemplate(name)!;
      for (const { head, dative, genitive } of HEADS) {
        const data = template.schema.parse({ ...example, org: { ...example.org, head } });
        const { docx, pdf } = await renderTexts(template.build(data));
        for (const text of [docx, pdf]) {
          expect(text).toMatch(new RegExp(`Директору МБОУ «СОШ № 1»\\s+${dative.replace(/\./g, '\\.')}\\s+от `));
          if (genitive) expect(text).not.toContain(genitive);
        }
      }
      // Three heads rendered in both formats: more than one render's worth of time.
    }, 30_000);
  }
});
