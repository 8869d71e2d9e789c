// DocumentModel → DOCX. One of the two format-aware modules: the `docx` package writes the
// package around the body (styles, settings, the page-number header, relationships, content
// types), and the body, the document's bulk, is written as WordprocessingML by docx-blocks.ts
// and put into that package as word/document.xml (docx-zip.ts): building and serialising
// docx's object per element took most of a long order's render time. The package around the
// body is the same for every document with the same images, so docx writes it once per image
// set; only the core properties (title, dates) are each document's own.
import { createHash } from 'node:crypto';
import { AlignmentType, Document, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { blockXml } from './docx-blocks';
import { tableStyleIds } from './docx-table';
import { escapeXml, mmToTwip } from './docx-xml';
import { unzipParts, zipParts, type Parts } from './docx-zip';
import { FONT, PAGE_NUMBER_TOP_MM, pageGeometry, type PageGeometry } from './layout';
import type { DocumentModel } from './model';
import { TABLE_SIZES } from './table-columns';
import { cleanText } from './text';

const tableStyle = (id: string, size: number, o: { bold?: boolean; center?: boolean } = {}) => ({
  id,
  name: id,
  basedOn: 'Normal',
  run: { size: size * 2, bold: o.bold },
  paragraph: o.center ? { alignment: AlignmentType.CENTER } : undefined,
});

/**
 * Spelled out, not left to each reader's default: without lineRule LibreOffice takes
 * line="240" as an exact 12 pt pitch, so 14 pt lines touch and pages hold more than in Word;
 * without widowControl it leaves the single lines Word and our PDF avoid. (A constant, not a
 * literal: docx writes widowControl in the defaults, but its typings leave it out there.)
 */
const PARAGRAPH_DEFAULTS = { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, widowControl: true };

const orientationOf = (page: PageGeometry) => (page.landscape ? 'landscape' : 'portrait');

type ImageBlock = Extract<DocumentModel['blocks'][number], { kind: 'image' }>;

/**
 * The package without a body; its headers are the page number (from page 2) and an empty one
 * for page 1. Each image is given to docx in a throwaway paragraph (the body is replaced) so that
 * docx stores its bytes in word/media with a relationship and a content type.
 */
function packageSkeleton(images: ImageBlock[]): Document {
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], size: FONT.pageNumber * 2 });
  return new Document({
    creator: CREATOR,
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: FONT.body * 2 },
          paragraph: PARAGRAPH_DEFAULTS,
        },
      },
      paragraphStyles: [
        ...TABLE_SIZES.flatMap((size) => {
          const ids = tableStyleIds(size);
          return [tableStyle(ids.text, size), tableStyle(ids.heading, size, { bold: true, center: true }), tableStyle(ids.section, size, { bold: true })];
        }),
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumber] })] }),
          first: new Header({ children: [] }),
        },
        children: images.map(
          (image) =>
            new Paragraph({
              children: [
                new ImageRun({
                  type: image.format === 'jpeg' ? 'jpg' : 'png',
                  data: image.bytes,
                  transformation: { width: image.widthMm * PX_PER_MM, height: image.heightMm * PX_PER_MM },
                }),
              ],
            }),
        ),
      },
    ],
  });
}

const PX_PER_MM = 96 / 25.4;

/** The distinct images of the model (docx stores equal bytes once) and, for each image block, the index of its bytes among them. */
function distinctImages(model: DocumentModel): { images: ImageBlock[]; indexOf: Map<Uint8Array, number> } {
  const images: ImageBlock[] = [];
  const indexOf = new Map<Uint8Array, number>();
  for (const block of model.blocks) {
    if (block.kind !== 'image' || indexOf.has(block.bytes)) continue;
    let i = images.findIndex((image) => Buffer.compare(image.bytes, block.bytes) === 0);
    if (i < 0) i = images.push(block) - 1;
    indexOf.set(block.bytes, i);
  }
  return { images, indexOf };
}

/**
 * A4 with the ГОСТ margins; the first page takes the empty header (titlePg). `headerIds` are the
 * relationship ids docx gave the headers, in the order of its `headers` option: default, first.
 */
function sectionProperties(page: PageGeometry, [defaultHeader, firstHeader]: number[], section: Section): string {
  const [width, height] = page.landscape ? [mmToTwip(297), mmToTwip(210)] : [mmToTwip(210), mmToTwip(297)];
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="rId${defaultHeader}"/><w:headerReference w:type="first" r:id="rId${firstHeader}"/>` +
    `<w:pgSz w:w="${width}" w:h="${height}" w:orient="${page.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${mmToTwip(page.marginTopMm)}" w:right="${mmToTwip(page.marginRightMm)}" w:bottom="${mmToTwip(page.marginBottomMm)}" w:left="${mmToTwip(page.marginLeftMm)}"` +
    ` w:header="${mmToTwip(PAGE_NUMBER_TOP_MM)}" w:footer="${mmToTwip(PAGE_NUMBER_TOP_MM)}" w:gutter="0"/>` +
    (section.restartNumbers ? '<w:pgNumType w:start="1"/>' : '') +
    // Only a document's first page goes unnumbered: a section that merely turns the page (a landscape annex) keeps its number.
    (section.firstPageUnnumbered ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** How a section (a run of pages of one orientation and numbering) begins. */
interface Section {
  page: PageGeometry;
  /** It starts a document of a bundle, numbered from 1. */
  restartNumbers: boolean;
  /** Its first page is a document's first page. */
  firstPageUnnumbered: boolean;
}

/** An empty paragraph of no height that ends a section with its properties. */
const sectionEnd = (headerIds: number[], section: Section) =>
  `<w:p><w:pPr><w:spacing w:line="1" w:lineRule="exact"/>${sectionProperties(section.page, headerIds, section)}</w:pPr></w:p>`;

const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"' +
  ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>';

const CREATOR = 'Наставник';
const DOCUMENT_PART = 'word/document.xml';
const CORE_PART = 'docProps/core.xml';

/** The parts docx writes around the body, and the relationship ids the body refers to. */
interface Skeleton {
  parts: Parts;
  headerIds: number[];
  firstImageId: number;
}

/** Skeletons by their images (most documents have none, an organization's letterhead one); bounded. */
const skeletons = new Map<string, Promise<Skeleton>>();
const SKELETONS_KEPT = 32;

async function packSkeleton(images: ImageBlock[]): Promise<Skeleton> {
  const skeleton = packageSkeleton(images);
  const headerIds = skeleton.Headers.map((header) => header.View.ReferenceId);
  // docx numbers the image relationships after the document's own, in the order of the images
  // in the (replaced) body: see its compiler; templates/_parts/letterhead.test.ts checks the link.
  const firstImageId = skeleton.Document.Relationships.RelationshipCount + 1;
  const parts = unzipParts(await Packer.pack(skeleton, 'uint8array', false, [{ path: DOCUMENT_PART, data: '' }]));
  return { parts, headerIds, firstImageId };
}

function skeletonFor(images: ImageBlock[]): Promise<Skeleton> {
  const key = images.map((image) => `${image.format}:${createHash('sha256').update(image.bytes).digest('base64')}`).join(' ');
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    skeleton = packSkeleton(images);
    // A failed pack is not kept: the next document tries again.
    skeleton.catch(() => skeletons.delete(key));
    if (skeletons.size >= SKELETONS_KEPT) skeletons.clear();
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

/** The core properties as docx writes them: the title, the creator and the time of writing. */
function coreXml(title: string): string {
  const now = new Date().toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
    ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${CREATOR}</dc:creator>` +
    '<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const { images, indexOf } = distinctImages(model);
  const { parts, headerIds, firstImageId } = await skeletonFor(images);
  const imageIds = new Map([...indexOf].map(([bytes, i]) => [bytes, `rId${firstImageId + i}`]));
  const bundle = model.blocks.some((block) => block.kind === 'pageBreak' && block.restartPageNumbers);
  let section: Section = { page: pageGeometry(model), restartNumbers: bundle, firstPageUnnumbered: true };
  let body = '';
  for (const block of model.blocks) {
    // A new section starts at a page break that starts another document of a bundle (numbered
    // from 1) or turns the page; the section before it ends with a paragraph carrying its properties.
    if (block.kind === 'pageBreak' && (block.restartPageNumbers || (block.orientation && block.orientation !== orientationOf(section.page)))) {
      body += sectionEnd(headerIds, section);
      const restart = Boolean(block.restartPageNumbers);
      const orientation = block.orientation ?? (restart ? (model.orientation ?? 'portrait') : orientationOf(section.page));
      section = { page: pageGeometry({ ...model, orientation }), restartNumbers: restart, firstPageUnnumbered: restart };
    } else body += blockXml(block, section.page, imageIds);
  }
  const documentXml = `${DOCUMENT_START}${body}${sectionProperties(section.page, headerIds, section)}</w:body></w:document>`;
  return zipParts({ ...parts, [CORE_PART]: Buffer.from(coreXml(cleanText(model.title))), [DOCUMENT_PART]: Buffer.from(documentXml) });
}
