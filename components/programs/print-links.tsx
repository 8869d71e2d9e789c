// Printing a program: rendered from its template (ppn / iom) with the current marks.
export function PrintLinks({ programId }: { programId: string }) {
  return (
    <span className="print-links">
      Печать: <a href={`/programs/${programId}/print/program.pdf`}>PDF</a> · <a href={`/programs/${programId}/print/program.docx`}>DOCX</a>
    </span>
  );
}
