// Rendering benchmark: a pair order (200 pairs, 400-row acknowledgement sheet) and a long
// regulation (12 sections, ~150 points), each rendered to DOCX and PDF (3 warm-up runs,
// then 15 measured), then the same DOCX converted by LibreOffice for comparison.
// Run: npx tsx bench/documents.ts
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { declineFullName, initialsAfter, type PersonName } from '@/lib/russian';
import { acknowledgementSheet, annexCaption, approvalStamp, directive, orderHead, preamble, signature, type OrgRequisites } from '@/templates/_parts';

const WARM_UP = 3;
const RUNS = 15;
const SOFFICE_RUNS = 3;
const GOALS = { docx: 50, pdf: 75 };

const LAST = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Васильева', 'Новикова', 'Морозова', 'Волкова'];
const FIRST = ['Мария', 'Анна', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана'];
const MIDDLE = ['Петровна', 'Ивановна', 'Сергеевна', 'Алексеевна', 'Викторовна', 'Андреевна', 'Николаевна'];
const POSITIONS = ['учитель математики', 'учитель русского языка и литературы', 'учитель начальных классов', 'учитель физики', 'педагог-психолог'];
const FORMS = ['педагог – педагог', 'руководитель ОО – педагог', 'учитель – учитель'];

const person = (i: number): PersonName => ({ lastName: LAST[i % LAST.length], firstName: FIRST[(i * 3) % FIRST.length], middleName: MIDDLE[(i * 5) % MIDDLE.length] });

const org: OrgRequisites = {
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
  shortName: 'МБОУ «СОШ № 1»',
  city: 'Бийск',
  headPosition: 'Директор',
  head: { lastName: 'Мелихова', firstName: 'Анна', middleName: 'Григорьевна' },
  orderSuffix: '-од',
};

function pairOrder(pairs: number, acknowledgements: number): DocumentModel {
  const rows = Array.from({ length: pairs }, (_, i) => {
    const mentor = person(i);
    const mentees = i % 5 === 4 ? [person(i + 101), person(i + 202)] : [person(i + 101)];
    return {
      cells: [
        `${i + 1}.`,
        `${declineFullName(mentor, 'nominative')}, ${POSITIONS[i % POSITIONS.length]}`,
        mentees.map((m, k) => `${declineFullName(m, 'nominative')}, ${POSITIONS[(i + k + 1) % POSITIONS.length]}`).join('\n'),
        FORMS[i % FORMS.length],
        '01.09.2025 – 31.05.2026',
      ],
    };
  });
  const points: NumberedItem[] = [
    { text: 'Утвердить список наставнических пар (групп) на 2025/2026 учебный год (приложение).' },
    { text: 'Наставникам совместно с наставляемыми разработать персонализированные программы наставничества в срок до 30.09.2025.' },
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return {
    title: 'О закреплении наставнических пар (групп)',
    blocks: [
      ...orderHead({ org, date: '2025-09-01', number: '181-од', title: 'О закреплении наставнических пар (групп)' }),
      preamble('В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе наставничества педагогических работников МБОУ «СОШ № 1», на основании письменного согласия наставников и наставляемых,'),
      directive(),
      { kind: 'numbered', items: points },
      signature({ position: [org.headPosition, org.shortName], person: org.head }),
      { kind: 'pageBreak' },
      ...acknowledgementSheet({
        rows: Array.from({ length: acknowledgements }, (_, i) => ({ name: initialsAfter(person(i)), unit: POSITIONS[i % POSITIONS.length], date: i % 3 ? '2025-09-02' : null, signed: i % 4 === 0 ? 'electronic' : null })),
        unitHeader: 'Должность',
      }),
      { kind: 'pageBreak' },
      annexCaption({ annexNo: null, date: '2025-09-01', number: '181-од' }),
      {
        kind: 'table',
        caption: 'Список наставнических пар (групп)',
        columns: [
          { header: '№ п/п', width: 1.1, align: 'center' },
          { header: 'Наставник (Ф.И.О., должность)', width: 4 },
          { header: 'Наставляемый (Ф.И.О., должность)', width: 4 },
          { header: 'Форма наставничества', width: 2.6 },
          { header: 'Срок реализации', width: 2.4, align: 'center' },
        ],
        rows,
      },
    ],
  };
}

function regulation(sections: number, pointsPerSection: number): DocumentModel {
  const sentence = 'Наставничество осуществляется на основании письменного согласия наставника и наставляемого, с учётом профессиональных дефицитов наставляемого и компетенций наставника, в сроки, установленные персонализированной программой наставничества.';
  const blocks: Block[] = [
    { kind: 'stamps', stamps: [approvalStamp({ word: 'ПРИНЯТО', byWhat: 'решением педагогического совета', date: '2025-08-29', number: '1' }), approvalStamp({ byWhat: 'приказом МБОУ «СОШ № 1»', date: '2025-09-01', number: '180-од' })] },
    { kind: 'docType', text: 'ПОЛОЖЕНИЕ' },
    { kind: 'title', text: 'о системе наставничества педагогических работников МБОУ «СОШ № 1»' },
  ];
  for (let s = 0; s < sections; s++) {
    blocks.push({ kind: 'heading', text: `${s + 1}. Раздел положения номер ${s + 1}` });
    const items: NumberedItem[] = Array.from({ length: pointsPerSection }, (_, p) => ({
      text: `${sentence} Пункт ${p + 1}.`,
      children: p % 4 === 0 ? [{ text: 'формирует перечень мероприятий;' }, { text: 'проводит мониторинг.' }] : undefined,
    }));
    blocks.push({ kind: 'numbered', items, start: 1 });
  }
  return { title: 'Положение о системе наставничества', blocks };
}

interface Measured {
  wallMs: number;
  cpuMs: number;
  bytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(render: () => Promise<Buffer>): Promise<Measured> {
  let bytes = 0;
  for (let i = 0; i < WARM_UP; i++) bytes = (await render()).length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await render();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), bytes };
}

async function sofficeMedian(docx: Buffer): Promise<number | null> {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync) ?? 'soffice';
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-soffice-'));
  try {
    const input = path.join(dir, 'order.docx');
    await writeFile(input, docx);
    const times: number[] = [];
    for (let i = 0; i < SOFFICE_RUNS; i++) {
      const start = performance.now();
      await promisify(execFile)(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 });
      times.push(performance.now() - start);
    }
    return median(times);
  } catch (error) {
    console.log(`LibreOffice недоступен: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (m: Measured) => `${m.wallMs.toFixed(1)} (${m.cpuMs.toFixed(1)} cpu)`;
const kb = (m: Measured) => `${(m.bytes / 1024).toFixed(0)} KB`;

async function main() {
  const documents = [
    { name: 'pair order: 200 pairs + 400 ack rows', model: pairOrder(200, 400), goals: true },
    { name: 'regulation: 12 sections, 150 points', model: regulation(12, 12), goals: false },
  ];
  console.log(`median of ${RUNS} runs after ${WARM_UP} warm-up, ms (cpu ms)`);
  console.log(`${pad('document', 40)}${pad('docx', 22)}${pad('pdf', 22)}size docx / pdf`);
  let pairOrderPdf: Measured | null = null;
  for (const doc of documents) {
    const docx = await measure(() => renderDocx(doc.model));
    const pdf = await measure(() => renderPdf(doc.model));
    if (doc.goals) pairOrderPdf = pdf;
    const flag = (m: Measured, goal: number) => (doc.goals ? (m.wallMs <= goal ? ' ok' : ` >${goal}`) : '');
    console.log(`${pad(doc.name, 40)}${pad(ms(docx) + flag(docx, GOALS.docx), 22)}${pad(ms(pdf) + flag(pdf, GOALS.pdf), 22)}${kb(docx)} / ${kb(pdf)}`);
  }
  const soffice = await sofficeMedian(await renderDocx(documents[0].model));
  if (soffice !== null && pairOrderPdf) {
    console.log(`soffice docx→pdf, pair order (median of ${SOFFICE_RUNS}): ${soffice.toFixed(0)} ms = ${(soffice / pairOrderPdf.wallMs).toFixed(0)}× pdfkit`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
