// How the register stamps an issued document's requisites into its template data.
// An order gets its own registered number and date; an annex carries the number and date
// of the order that approves it («Приложение № 1 к приказу от … № …»); a form (consent,
// agreement, program) carries no number and is dated on issue.
export type DocumentClass = 'order' | 'annex' | 'form';

export interface Requisites {
  date: string;
  number: string | null;
}

type Data = Record<string, unknown>;

export function stampRequisites(cls: DocumentClass, data: Data, req: Requisites): Data {
  switch (cls) {
    case 'order':
      return { ...data, date: req.date, number: req.number };
    case 'annex':
      return { ...data, approvedBy: { ...(data.approvedBy as Data | undefined), date: req.date, number: req.number } };
    case 'form':
      return 'date' in data ? { ...data, date: data.date ?? req.date } : data;
  }
}
