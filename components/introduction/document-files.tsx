// One line of the introduction's document list: its label and its file links.
import { FileLinks } from '@/components/documents/file-links';

export function DocumentFiles({ id, label }: { id: string; label: string }) {
  return (
    <li data-document={id}>
      {label}: <FileLinks id={id} />
    </li>
  );
}
