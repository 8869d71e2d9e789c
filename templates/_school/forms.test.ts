// The addressee of every form a person signs to the head: «Директору …» with the head's name
// in the dative. Heads whose genitive differs from their dative (a man; a Turkic patronymic)
// and an indeclinable surname catch a name put in the wrong case.
import { describe, expect, it } from 'vitest';
import { consentMentee } from '@/templates/consent-mentee';
import { consentMentor } from '@/templates/consent-mentor';
import { refusalNotice } from '@/templates/refusal-notice';
import type { Template } from '@/templates/registry';
import { renderTexts } from '@/tests/support/template-testing';

const HEADS = [
  { head: { lastName: 'Кузнецов', firstName: 'Андрей', middleName: 'Николаевич' }, dative: 'А.Н. Кузнецову', genitive: 'А.Н. Кузнецова' },
  { head: { lastName: 'Мамедов', firstName: 'Эльчин', middleName: 'Гусейн оглы' }, dative: 'Э.Г. Мамедову', genitive: 'Э.Г. Мамедова' },
  { head: { lastName: 'Белых', firstName: 'Олег', middleName: 'Викторович' }, dative: 'О.В. Белых', genitive: null },
];

const FORMS: Template[] = [consentMentor, consentMentee, refusalNotice];

describe('the addressee of the forms signed to the head', () => {
  for (const template of FORMS) {
    it(`${template.name}: «Директору МБОУ …» and the head's name in the dative`, async () => {
      const example = template.example as { org: Record<string, unknown> };
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
