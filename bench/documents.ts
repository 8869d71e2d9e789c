// Rendering benchmark: the real pair-order template with 200 pairs and a 400-row
// acknowledgement sheet, and the school regulation with its default sections, each rendered to DOCX and PDF (3 warm-up runs,
// then 15 measured), then the same DOCX converted by LibreOffice for comparison.
// Run: npx tsx bench/documents.ts
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentModel } from '@/lib/documents/model';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { getTemplate } from '@/templates/registry';
import regulationExample from '@/templates/school-regulation/example.json';
import { pairOrderModel } from '@/tests/support/document-models';

const WARM_UP = 3;
const RUNS = 15;
const SOFFICE_RUNS = 3;
const GOALS = { docx: 50, pdf: 75 };

/** The real school regulation template with its default sections. */
function regulation(): DocumentModel {
  const template = getTemplate('school-regulation');
  return template.build(template.schema.parse(regulationExample));
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
    { name: 'pair order: 200 pairs + 400 ack rows', model: pairOrderModel(200, 400), goals: true },
    { name: 'school regulation (default sections)', model: regulation(), goals: false },
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
