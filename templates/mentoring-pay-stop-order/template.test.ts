import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('mentoring-pay-stop-order', () => {
  it('stops the payment set by the personnel order, citing the agreement and the order that ended the work', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О прекращении выплаты за наставничество');
      expect(text).toContain('№ 15-лс');
      expect(text).toContain(
        'Прекратить Кузнецову Андрею Николаевичу, учителю физики, выплату за наставничество, установленную приказом от 01.10.2025 № 87-лс, с 16.02.2026 в связи с досрочным прекращением работы по наставничеству, порученной дополнительным соглашением к трудовому договору от 26.09.2025 № 13 (приказ от 11.02.2026 № 38-од).',
      );
      expect(text).not.toMatch(/доплат/i);
    }
  });

  it('words the end of the term', async () => {
    const input = copy(example);
    input.payments[0]!.ground = { kind: 'completed' } as never;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('с 16.02.2026 в связи с окончанием срока выполнения работы по наставничеству');
  });

  it('refuses an order without mentors', () => {
    expectRussianIssue(schema, { ...copy(example), payments: [] }, ['payments']);
  });
});
