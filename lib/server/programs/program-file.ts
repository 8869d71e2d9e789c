// A program printed from its template on request — not registered: a program is a form of
// the pair, not an order, and it changes all year as rows are marked done, so a frozen copy
// in the register would be stale after the next mark. Printing renders the current data.
import 'server-only';
import type { Db } from '@/db/client';
import { initialsAfter } from '@/lib/core/russian';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import type { Scope } from '@/lib/server/auth/scope';
import { getTemplate } from '@/templates/registry';
import { validateTemplateData } from '../documents/render-frozen';
import { loadProgram } from './load-program';

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export async function programFile(db: Db, scope: Scope, id: unknown, format: 'pdf' | 'docx') {
  const program = await loadProgram(db, scope, id);
  // A program's kind is its template's name: getTemplate takes it only while that holds.
  const template = getTemplate(program.kind);
  const data = validateTemplateData(template, program.data) as {
    mentees?: { person: { lastName: string; firstName: string; middleName?: string | null } }[];
    teacher?: { person: { lastName: string; firstName: string; middleName?: string | null } };
  };
  const model = template.build(data);
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  const who = data.teacher ?? data.mentees?.[0];
  const name = `${program.kind === 'ppn' ? 'ППН' : 'ИОМ'}${who ? ` — ${initialsAfter(who.person)}` : ''}.${format}`;
  return { bytes, filename: name, contentType: CONTENT_TYPES[format] };
}
