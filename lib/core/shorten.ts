// Shortening a title for a file name: at a word boundary with an ellipsis, never mid-word
// («Об утверждении положения о системе наставнич.pdf» reads as a typo in the downloads folder).

/** `text` at most `max` characters long, cut after its last whole word that fits and ended with «…». */
export function shortenAtWord(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const room = s.slice(0, max); // the ellipsis replaces the space or punctuation it is cut at
  const cut = room.lastIndexOf(' ');
  // A single word longer than the limit is the one case that is cut inside a word.
  const head = cut > 0 ? room.slice(0, cut) : room.slice(0, max - 1);
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}
