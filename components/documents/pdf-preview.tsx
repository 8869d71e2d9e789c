// A draft as it will be printed: its PDF in the browser's own viewer, inside the page. Phones
// whose browsers show no PDF in a frame get the same file in a tab through the link below it.
export function PdfPreview({ id, title }: { id: string; title: string }) {
  const src = `/documents/${id}/download/document.pdf?inline`;
  return (
    <section id="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Просмотр PDF</h2>
      <iframe className="preview" src={src} title={`${title} — проект в PDF`} loading="lazy" />
      <p className="muted">
        Не видно документа? <a href={src} target="_blank" rel="noopener">Открыть PDF в отдельной вкладке</a>.
      </p>
    </section>
  );
}
