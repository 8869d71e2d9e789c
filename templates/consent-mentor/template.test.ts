import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('consent-mentor', () => {
  it('addresses the director and states the consent under ст. 351.8 ТК РФ', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Директору МБОУ «СОШ № 1»');
      expect(text).toContain('О.А. Киреевой');
      expect(text).toContain('от учителя математики');
      expect(text).toContain('Ивановой М.П.');
      expect(text).toContain('на выполнение работы по наставничеству');
      expect(text).toContain('Я, Иванова Мария Петровна, учитель математики, в соответствии со статьей 351.8 Трудового кодекса Российской Федерации даю согласие');
      expect(text).toContain('в отношении учителя математики Петрова Ивана Сергеевича');
      expect(text).toContain('в форме наставничества «педагог – педагог», на период с 01.10.2025 по 31.05.2026.');
      expect(text).toContain('не позднее чем за три рабочих дня');
      expect(text).toContain('утвержденным приказом от 01.09.2025 № 181-од, ознакомлена.');
      expect(text).toContain('М.П. Иванова');
      expect(text).toContain('«__» ________ 20__ г.');
    }
    expect(docx).toContain('СОГЛАСИЕ');
  });

  it('reads as a general consent when the pair is not chosen yet', async () => {
    const general = { ...copy(example), mentees: [], form: null, term: null, date: '2025-09-20' };
    const { docx } = await renderTexts(build(schema.parse(general)));
    expect(docx).toContain('работы по наставничеству наряду с работой, определенной трудовым договором, в течение установленной продолжительности рабочего дня за дополнительную оплату.');
    expect(docx).toContain('20.09.2025');
  });

  it('keeps the term between 3 and 12 months', () => {
    const input = copy(example);
    input.term.end = '2026-11-30';
    expectRussianIssue(schema, input, ['term', 'end']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.mentor.position = `учитель ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`Иванова Мария Петровна, учитель ${HOSTILE}, в соответствии`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.mentor.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentor', 'person', 'lastName']);
  });
});
