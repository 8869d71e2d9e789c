// Links to the PDF and DOCX of a document of the register (a draft renders as a preview).
export function DocumentFiles({ id, label }: { id: string; label: string }) {
  return (
    <li data-document={id}>
      {label}: <a href={`/documents/${id}/download/document.pdf`}>PDF</a> · <a href={`/documents/${id}/download/document.docx`}>DOCX</a>
    </li>
  );
}
