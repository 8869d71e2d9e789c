// The register's words for document states. Callers pass a document row's status, so a new
// state in the schema fails to compile here until it has its words.
const LABELS = {
  draft: ['проект', 'todo'],
  issued: ['издан', 'done'],
  cancelled: ['отменён', 'progress'],
  amended: ['изменён', 'progress'],
} as const satisfies Record<string, readonly [string, string]>;

export function StatusLabel({ status }: { status: keyof typeof LABELS }) {
  const [label, tone] = LABELS[status];
  return <span className={`badge ${tone}`}>{label}</span>;
}
