import { describe, expect, it } from 'vitest';
import { detectScanType, MAX_SCAN_BYTES, scanProblem } from './scan-file';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('detectScanType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(detectScanType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectScanType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(detectScanType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('rejects anything else whatever it is called', () => {
    expect(detectScanType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(detectScanType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectScanType(bytes(0x25, 0x50))).toBeNull();
  });
});

describe('scanProblem', () => {
  it('explains in Russian what is wrong', () => {
    expect(scanProblem(bytes())).toBe('Файл скана пустой.');
    expect(scanProblem(new TextEncoder().encode('GIF89a'))).toBe('Скан должен быть в формате PDF, JPEG или PNG.');
    const big = new Uint8Array(MAX_SCAN_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(scanProblem(big)).toMatch(/^Файл больше 20 МБ/);
    expect(scanProblem(new TextEncoder().encode('%PDF-1.4'))).toBeNull();
  });
});
