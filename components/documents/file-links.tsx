// The «DOCX · PDF» links of a register document or of its acknowledgement sheet; a draft's
// links render a preview (app/(app)/documents/[id]/download/[file]/route.ts).
export function FileLinks({ id, kind = 'document' }: { id: string; kind?: 'document' | 'acknowledgements' }) {
  return (
    <>
      <a href={`/documents/${id}/download/${kind}.docx`}>DOCX</a> · <a href={`/documents/${id}/download/${kind}.pdf`}>PDF</a>
    </>
  );
}
