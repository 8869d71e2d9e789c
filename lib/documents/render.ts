// Entry point of the renderers: a DocumentModel becomes a DOCX or a PDF file.
export { renderDocx } from './docx';
export { renderPdf } from './pdf';
