import { describe, expect, it } from 'vitest';
import { gateMessage, missingOf, missingOfAll, type ParticipantState, requiredKinds } from './consents';

const pupil = (consents: ParticipantState['consents'] = {}): ParticipantState => ({ subject: 'pupil', id: 'p1', label: 'Петрова Анна (7Б)', consents });

describe('consents of the student model', () => {
  it('asks a pupil for participation and personal data, and distribution only where names are published', () => {
    expect(requiredKinds('pupil', { publishesNames: false })).toEqual(['participation', 'personal_data']);
    expect(requiredKinds('pupil', { publishesNames: true })).toEqual(['participation', 'personal_data', 'distribution']);
    expect(requiredKinds('external', { publishesNames: true })).toEqual(['participation', 'personal_data', 'distribution']);
  });

  it('asks a teacher for participation, the staff personal-data consent and the signed additional agreement', () => {
    expect(requiredKinds('teacher', { publishesNames: true })).toEqual(['participation', 'staff_personal_data', 'additional_agreement']);
    const teacher: ParticipantState = { subject: 'teacher', id: 't1', label: 'Иванова Мария Петровна (педагог)', consents: { participation: 'received' } };
    expect(missingOf(teacher, { publishesNames: false }).map((m) => m.message)).toEqual([
      'Иванова Мария Петровна (педагог): нет согласия работника на обработку персональных данных',
      'Иванова Мария Петровна (педагог): не подписано дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ)',
    ]);
    expect(missingOf({ ...teacher, staffPersonalData: true, agreementSigned: true }, { publishesNames: true })).toEqual([]);
  });

  it('names the legal representative for a pupil and the person themselves for an external mentor', () => {
    expect(missingOf(pupil({ participation: 'received' }), { publishesNames: false }).map((m) => m.message)).toEqual([
      'Петрова Анна (7Б): нет согласия законного представителя на обработку персональных данных',
    ]);
    const external: ParticipantState = { subject: 'external', id: 'e1', label: 'Сидоров Пётр (студент колледжа (вуза))', consents: { participation: 'received', personal_data: 'received' } };
    expect(missingOf(external, { publishesNames: true }).map((m) => m.message)).toEqual([
      'Сидоров Пётр (студент колледжа (вуза)): нет согласия на распространение персональных данных',
    ]);
  });

  it('counts only a received consent: requested, declined and withdrawn are missing', () => {
    for (const status of ['requested', 'declined', 'withdrawn'] as const) {
      expect(missingOf(pupil({ participation: status, personal_data: 'received' }), { publishesNames: false }).map((m) => m.kind)).toEqual(['participation']);
    }
    expect(missingOf(pupil({ participation: 'received', personal_data: 'received' }), { publishesNames: false })).toEqual([]);
  });

  it('words the refusal with one line per missing document and says nothing when all are there', () => {
    const missing = missingOfAll([pupil({ personal_data: 'received' })], { publishesNames: false });
    expect(gateMessage(missing)).toBe(
      'Приказ не может быть издан: не хватает документов участников.\nПетрова Анна (7Б): нет согласия законного представителя на участие в программе наставничества.',
    );
    expect(gateMessage([])).toBeNull();
  });
});
