import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('consent-mentee', () => {
  it('addresses the director and names the mentor in the genitive', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Директору МБОУ «СОШ № 1»');
      expect(text).toContain('от учителя математики');
      expect(text).toContain('Петрова И.С.');
      expect(text).toContain('на участие в программе наставничества');
      expect(text).toContain('Я, Петров Иван Сергеевич, учитель математики, даю согласие на участие в программе наставничества педагогических работников МБОУ «СОШ № 1» в качестве наставляемого под руководством наставника — учителя математики Ивановой Марии Петровны');
      expect(text).toContain('с мотивированным ходатайством о замене наставника');
      expect(text).toContain('утвержденным приказом от 01.09.2025 № 181-од, ознакомлен.');
      expect(text).toContain('24.09.2025');
      expect(text).toContain('И.С. Петров');
    }
  });

  it('omits the mentor, form and term before the pair is formed', async () => {
    const general = { ...copy(example), mentor: null, form: '', term: null };
    const { docx } = await renderTexts(build(schema.parse(general)));
    expect(docx).toContain('в качестве наставляемого.');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.form = `педагог ${HOSTILE} педагог`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`педагог <&>`);
    expect(pdf).toContain('<&>');
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.mentor.person.firstName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentor', 'person', 'firstName']);
  });
});
