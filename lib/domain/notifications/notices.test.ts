import { describe, expect, it } from 'vitest';
import { documentIssuedNotice, mailOf, reminderNotice, stateNotices, withinWindow } from './notices';

const doc = { id: 'd1', title: 'Об утверждении положения <b>', number: '12', issueDate: '2026-09-01', issuer: 'Управление "А" & Б' };

describe('notices', () => {
  it('the window runs from today to 14 days ahead, both included', () => {
    expect(withinWindow('2026-09-01', '2026-09-01')).toBe(true);
    expect(withinWindow('2026-09-15', '2026-09-01')).toBe(true);
    expect(withinWindow('2026-09-16', '2026-09-01')).toBe(false);
    expect(withinWindow('2026-08-31', '2026-09-01')).toBe(false);
  });

  it('a reminder is keyed by the order and the day', () => {
    expect(reminderNotice(doc, '2026-09-03').dedupKey).toBe('reminder:d1:2026-09-03');
    expect(reminderNotice(doc, '2026-09-03').title).toBe('Напоминание: ознакомьтесь с приказом № 12 от 01.09.2026');
  });

  it('the state notices: consents of forming pairs, terms of active pairs, deadlines of open campaigns not submitted', () => {
    const notices = stateNotices('2026-09-01', {
      pairs: [
        { id: 'p1', status: 'forming', endDate: '2027-05-31', mentor: 'Иванова М.П.', missingConsents: 2 },
        { id: 'p2', status: 'forming', endDate: '2027-05-31', mentor: 'Петров И.С.', missingConsents: 0 },
        { id: 'p3', status: 'active', endDate: '2026-09-10', mentor: 'Сидорова А.И.', missingConsents: 0 },
        { id: 'p4', status: 'completed', endDate: '2026-09-10', mentor: 'Сидорова А.И.', missingConsents: 0 },
      ],
      campaigns: [
        { id: 'c1', title: 'Мониторинг', startsOn: '2026-08-01', deadline: '2026-09-05', status: 'open', submitted: false },
        { id: 'c2', title: 'Сдан', startsOn: '2026-08-01', deadline: '2026-09-05', status: 'open', submitted: true },
        { id: 'c3', title: 'Закрыт', startsOn: '2026-08-01', deadline: '2026-09-05', status: 'closed', submitted: false },
        { id: 'c4', title: 'Не начат', startsOn: '2026-09-02', deadline: '2026-09-05', status: 'open', submitted: false },
      ],
    });
    expect(notices.map((n) => [n.kind, n.dedupKey, n.link])).toEqual([
      ['consents_missing', 'consents:p1', '/pairs/p1'],
      ['pair_ending', 'pair-ending:p3:2026-09-10', '/pairs/p3'],
      ['monitoring_deadline', 'monitoring:c1:2026-09-05', '/monitoring/c1'],
    ]);
    expect(notices[0]!.body).toContain('Не получено 2 документа');
    expect(notices[1]!.title).toBe('Срок наставничества истекает 10.09.2026: пара наставника Сидорова А.И.');
  });

  it('a mail: plain text and HTML with the absolute link; user data is escaped in the HTML', () => {
    const mail = mailOf(documentIssuedNotice(doc), { baseUrl: 'https://app.example.ru/', recipient: 'Иванова <Мария>' });
    expect(mail.subject).toBe('Новый документ для ознакомления: Об утверждении положения <b>');
    expect(mail.text).toContain('Здравствуйте, Иванова <Мария>!');
    expect(mail.text).toContain('Открыть: https://app.example.ru/documents/d1');
    expect(mail.html).toContain('Здравствуйте, Иванова &lt;Мария&gt;!');
    expect(mail.html).toContain('Управление &quot;А&quot; &amp; Б: издан документ «Об утверждении положения &lt;b&gt;»');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('<a href="https://app.example.ru/documents/d1">');
  });
});
