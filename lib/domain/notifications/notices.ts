// What each notification says, and which ones a school's state calls for. Pure: the server
// layer gathers the facts and writes the rows; the dedup key makes writing the same notice
// twice a no-op, so the state check can run on every visit.
import { addDays } from '@/lib/core/calendar/iso-dates';
import { formatDate, plural, quote } from '@/lib/core/russian';
import { NOTICE_WINDOW_DAYS, type NotificationKind } from './kinds';

export interface Notice {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  dedupKey: string;
}

export interface IssuedDocumentFacts {
  id: string;
  title: string;
  number: string | null;
  issueDate: string;
  issuer: string;
}

const numbered = (d: { number: string | null; issueDate: string }) => `${d.number ? `№ ${d.number} ` : ''}от ${formatDate(d.issueDate)}`;

/** The document's own page: whoever it is addressed to reads it there and acknowledges it. */
export const documentLink = (id: string) => `/documents/${id}`;

export function documentIssuedNotice(doc: IssuedDocumentFacts): Notice {
  return {
    kind: 'document_issued',
    title: `Новый документ для ознакомления: ${doc.title}`,
    body: `${doc.issuer}: издан документ ${quote(doc.title)} ${numbered(doc)}. Ознакомьтесь с ним в системе или распишитесь в листе ознакомления на бумаге.`,
    link: documentLink(doc.id),
    dedupKey: `issued:${doc.id}`,
  };
}

/** One reminder per order and day: a second click the same day writes (and mails) nothing. */
export const reminderKey = (documentId: string, today: string) => `reminder:${documentId}:${today}`;

export function reminderNotice(doc: IssuedDocumentFacts, today: string): Notice {
  return {
    kind: 'acknowledgement_reminder',
    title: `Напоминание: ознакомьтесь с приказом ${numbered(doc)}`,
    body: `${doc.issuer} напоминает: вы ещё не ознакомились с приказом ${quote(doc.title)} ${numbered(doc)}.`,
    link: documentLink(doc.id),
    dedupKey: reminderKey(doc.id, today),
  };
}

export interface PairFacts {
  id: string;
  status: 'forming' | 'active' | 'completed' | 'terminated';
  endDate: string;
  /** 'Иванова М.П.' */
  mentor: string;
  /** How many of the pair's required consents are not received. */
  missingConsents: number;
}

export interface CampaignFacts {
  id: string;
  title: string;
  startsOn: string;
  deadline: string;
  status: 'open' | 'closed';
  submitted: boolean;
}

/** Whether `date` falls within the window: from today to today + NOTICE_WINDOW_DAYS, both included. */
export const withinWindow = (date: string, today: string) => date >= today && date <= addDays(today, NOTICE_WINDOW_DAYS);

/** The notices a curator's or head's school calls for today. */
export function stateNotices(today: string, facts: { pairs: PairFacts[]; campaigns: CampaignFacts[] }): Notice[] {
  const out: Notice[] = [];
  for (const p of facts.pairs) {
    if (p.status === 'forming' && p.missingConsents > 0) {
      out.push({
        kind: 'consents_missing',
        title: `Не хватает согласий: пара наставника ${p.mentor}`,
        body: `Не получено ${p.missingConsents} ${plural(p.missingConsents, ['документ', 'документа', 'документов'])} (согласия, дополнительное соглашение); без них приказ о закреплении пары не издаётся.`,
        link: `/pairs/${p.id}`,
        dedupKey: `consents:${p.id}`,
      });
    }
    if (p.status === 'active' && withinWindow(p.endDate, today)) {
      out.push({
        kind: 'pair_ending',
        title: `Срок наставничества истекает ${formatDate(p.endDate)}: пара наставника ${p.mentor}`,
        body: 'Подведите итоги работы пары и подготовьте приказ об итогах наставничества.',
        link: `/pairs/${p.id}`,
        // With the end date: a pair whose term was changed is announced again.
        dedupKey: `pair-ending:${p.id}:${p.endDate}`,
      });
    }
  }
  for (const c of facts.campaigns) {
    if (c.status === 'open' && !c.submitted && c.startsOn <= today && withinWindow(c.deadline, today)) {
      out.push({
        kind: 'monitoring_deadline',
        title: `Мониторинг ${quote(c.title)}: сведения до ${formatDate(c.deadline)}`,
        body: `Школа ещё не представила сведения мониторинга ${quote(c.title)}; срок — ${formatDate(c.deadline)}.`,
        link: `/monitoring/${c.id}`,
        dedupKey: `monitoring:${c.id}:${c.deadline}`,
      });
    }
  }
  return out;
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Titles carry names and quotes typed by users: never markup in a mail. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** The e-mail of a notification: plain text and HTML, both in Russian with the link to the page. */
export function mailOf(n: { title: string; body: string; link: string }, opts: { baseUrl: string; recipient: string }): Mail {
  const url = new URL(n.link, opts.baseUrl).toString();
  const greeting = `Здравствуйте, ${opts.recipient}!`;
  const footer = 'Это письмо отправлено системой «Наставник». Все уведомления — в разделе «Уведомления».';
  return {
    subject: n.title,
    text: [greeting, '', n.body, '', `Открыть: ${url}`, '', '—', footer].join('\n'),
    html: [
      '<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body>',
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(n.body)}</p>`,
      `<p><a href="${escapeHtml(url)}">Открыть в системе «Наставник»</a></p>`,
      `<p style="color:#666">${escapeHtml(footer)}</p>`,
      '</body></html>',
    ].join('\n'),
  };
}
