import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('agreement-amendment', () => {
  it('changes mentees, term and payment of the mentoring agreement in writing (ст. 72)', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 12/1');
      expect(text).toContain('об изменении дополнительного соглашения от 25.09.2025 № 12 к трудовому договору от 26.08.2019 № 47');
      expect(text).toContain('в соответствии со статьей 72 Трудового кодекса Российской Федерации заключили настоящее соглашение');
      expect(text).toContain('Пункт 3 Соглашения о наставничестве изложить в следующей редакции: «Наставляемые: Петров Иван Сергеевич, учитель математики; Смирнова Елена Викторовна, учитель начальных классов.»');
      expect(text).toContain('«Срок выполнения работы по наставничеству: с 01.10.2025 по 31.08.2026.»');
      expect(text).toContain('устанавливается выплата за наставничество в размере 4500 рублей в месяц в соответствии с пунктом 4.5 Положения об оплате труда');
      expect(text).toContain('Изменения вступают в силу с 12.01.2026.');
      expect(text).toContain('Второй экземпляр соглашения получила:');
      expect(text).not.toMatch(/доплат/i);
    }
  });

  it('prints only what changes and refuses an agreement that changes nothing', async () => {
    const input = copy(example);
    input.mentees = null as never;
    input.term = null as never;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).not.toContain('Пункт 3');
    expect(docx).not.toContain('Пункт 5');
    expect(docx).toContain('Пункт 6');
    expectRussianIssue(schema, { ...input, paymentSize: null }, ['mentees']);
  });

  it('keeps the new term between 3 and 12 months', () => {
    expectRussianIssue(schema, { ...copy(example), term: { start: '2025-10-01', end: '2026-12-31' } }, ['term', 'end']);
  });
});
