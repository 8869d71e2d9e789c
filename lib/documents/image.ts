// Raster images a document may carry (the emblem of a letterhead): PNG or JPEG, told by their
// content — the first bytes and a header that really decodes to dimensions — never by a file
// name or a MIME type a browser made up. Both renderers embed the bytes as they are.
// The two format handlers only: the package's entry point (and its TIFF handler) require `fs`,
// which the browser bundles of the shared form schemas cannot resolve.
import type { IImage, ISizeCalculationResult } from 'image-size/dist/types/interface';
import { JPG } from 'image-size/dist/types/jpg';
import { PNG } from 'image-size/dist/types/png';

export type ImageFormat = 'png' | 'jpeg';

export interface ImageInfo {
  format: ImageFormat;
  widthPx: number;
  heightPx: number;
}

/** The emblem is copied into every order's data snapshot and both files: 1 MB is plenty for a printed 2 cm image. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

const HANDLERS: Record<ImageFormat, IImage> = { png: PNG, jpeg: JPG };

const SIGNATURES: { format: ImageFormat; bytes: number[] }[] = [
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
];

const MAX_SIDE_PX = 10_000;

/** What the image is, or a Russian message saying why it is refused. */
export function inspectImage(bytes: Uint8Array): ImageInfo | { problem: string } {
  if (bytes.length === 0) return { problem: 'Файл изображения пустой.' };
  if (bytes.length > MAX_IMAGE_BYTES) return { problem: 'Изображение больше 1 МБ: уменьшите его размер или сохраните с большим сжатием.' };
  const format = SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.format;
  if (!format) return { problem: 'Изображение должно быть в формате PNG или JPEG (проверяется содержимое файла, а не его имя).' };
  let size: ISizeCalculationResult;
  try {
    const handler = HANDLERS[format];
    if (!handler.validate(bytes)) throw new Error('not this format');
    size = handler.calculate(bytes);
  } catch {
    return { problem: 'Файл изображения повреждён: не удаётся прочитать его размеры.' };
  }
  if (!size.width || !size.height) return { problem: 'Файл изображения повреждён: не удаётся прочитать его размеры.' };
  if (size.width > MAX_SIDE_PX || size.height > MAX_SIDE_PX) return { problem: `Изображение больше ${MAX_SIDE_PX} точек по стороне.` };
  // As stored: an EXIF orientation is not applied (Word does not apply it either, and the PDF ignores it to match).
  return { format, widthPx: size.width, heightPx: size.height };
}

/** The box of `widthMm` × `heightMm` at most that keeps the image's proportions. */
export function fitImage(info: ImageInfo, maxWidthMm: number, maxHeightMm: number): { widthMm: number; heightMm: number } {
  const scale = Math.min(maxWidthMm / info.widthPx, maxHeightMm / info.heightPx);
  return { widthMm: info.widthPx * scale, heightMm: info.heightPx * scale };
}
