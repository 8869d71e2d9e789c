// The DOCX zip. docx deflates every part with fflate, pure JavaScript, which took about 40% of
// a long order's render on its 700 KB document.xml alone; Node's own zlib does the same DEFLATE
// several times faster. So the parts docx writes are read back from its (small) package once
// (docx.ts) and every document's package is zipped here, each part deflated by zlib at its
// default level, in docx's order.
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

/** DEFLATE as the zip format numbers it (APPNOTE 4.4.5). */
const DEFLATE = 8;

/** The parts of a package by their paths, in its order. */
export type Parts = Record<string, Uint8Array>;

export const unzipParts = (zip: Uint8Array): Parts => unzipSync(zip);

/**
 * The parts zipped in their order. fflate writes the zip structure; the parts come to it
 * already deflated, as its custom input files allow, so their sizes follow the data (data
 * descriptors, which OPC readers take).
 */
export function zipParts(parts: Parts): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of Object.entries(parts)) {
    const file: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: DEFLATE };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
