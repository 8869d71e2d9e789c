// The DOCX zip. docx deflates every part with fflate, pure JavaScript, which took about 40% of
// a long order's render on its 700 KB document.xml alone; Node's own zlib does the same DEFLATE
// several times faster. So docx packs the package around a placeholder body (small parts, cheap
// to deflate), and the package is zipped again here with the real body, every part deflated by
// zlib at its default level, in docx's order and with docx's bytes for every other part.
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

/** DEFLATE as the zip format numbers it (APPNOTE 4.4.5). */
const DEFLATE = 8;

/**
 * The zip `packed` with the parts of `replace` in place of its own, each keeping its place.
 * fflate writes the zip structure; the parts come to it already deflated, as its custom
 * input files allow, so their sizes follow the data (data descriptors, which OPC readers take).
 */
export function repack(packed: Uint8Array, replace: Record<string, Uint8Array>): Buffer {
  const parts = unzipSync(packed);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, own] of Object.entries(parts)) {
    const data = replace[filename] ?? own;
    const file: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: DEFLATE };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
