// The register's words for document states.
import type { DocumentRow } from '@/db/schema';

const LABELS: Record<DocumentRow['status'], [string, string]> = {
  draft: ['проект', 'todo'],
  issued: ['издан', 'done'],
  cancelled: ['отменён', 'progress'],
  amended: ['изменён', 'progress'],
};

export function StatusLabel({ status }: { status: DocumentRow['status'] }) {
  const [label, tone] = LABELS[status];
  return <span className={`badge ${tone}`}>{label}</span>;
}
