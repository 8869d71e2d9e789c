// The Russian patterns of `hyphen` (Liang's algorithm with the TeX patterns); the package ships no types.
declare module 'hyphen/ru' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
