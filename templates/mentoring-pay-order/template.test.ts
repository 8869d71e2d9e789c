import { describe, expect, it } from 'vitest';
import { HOSTILE, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('mentoring-pay-order', () => {
  it('names the payment «выплата за наставничество», its pay-system clause and each agreement', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О поручении работы по наставничеству и установлении выплаты за наставничество');
      expect(text).toContain('№ 87-лс');
      expect(text).toContain('В соответствии со статьей 351.8 Трудового кодекса Российской Федерации, пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 1», утвержденного приказом от 30.08.2024 № 160-од, приказом от 30.09.2025 № 205-од «О закреплении наставнических пар (групп)»');
      expect(text).toContain(
        'Поручить Ивановой Марии Петровне, учителю математики, с ее письменного согласия выполнение работы по наставничеству в отношении учителя математики Петрова Ивана Сергеевича на период с 01.10.2025 по 31.05.2026 и установить ей выплату за наставничество в размере 3000 рублей в месяц на тот же период в соответствии с дополнительным соглашением к трудовому договору от 25.09.2025 № 12.',
      );
      expect(text).toContain('Поручить Кузнецову Андрею Николаевичу, учителю физики, с его письменного согласия');
      expect(text).toContain('учителя физики Лебедева Никиты Олеговича и учителя химии Соколовой Дарьи Игоревны');
      expect(text).toContain('установить ему выплату за наставничество в размере 10 % должностного оклада');
      expect(text).toContain('Бухгалтерии производить начисление выплаты за наставничество');
      expect(text).toContain('О.А. Киреева');
      expect(text).not.toMatch(/доплат/i);
    }
    expect(docx).toContain('С приказом ознакомлены:');
    expect(docx).toContain('2. | Кузнецов А.Н. | учитель физики');
  });

  it('refuses a mentor without the size of the payment and an order without the pay-system clause', () => {
    const empty = copy(example);
    empty.mentors[0]!.paymentSize = '  ';
    expectRussianIssue(schema, empty, ['mentors', '0', 'paymentSize']);
    expectRussianIssue(schema, { ...copy(example), payBasis: '' }, ['payBasis']);
    expectRussianIssue(schema, { ...copy(example), mentors: [] }, ['mentors']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.mentors[0]!.paymentSize = `3000 рублей ${HOSTILE}`;
    const { docx, pdf } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`в размере 3000 рублей ${HOSTILE} на тот же период`);
    expect(pdf).toContain(HOSTILE);
  });
});
