// Declension of a position («учитель математики», «заместитель директора по УВР») for the
// phrases of school documents: «назначить … заместителя директора», «Директору …»,
// «от учителя …». Only the head of the phrase changes (leading adjectives and the first
// noun, with each part of a hyphenated noun: «педагога-психолога»); the dependent words
// («математики», «директора по УВР») already stand in their own case.
import type { GrammaticalCase } from '@/lib/core/russian';

type ObliqueCase = Exclude<GrammaticalCase, 'nominative'>;
type Endings = Record<ObliqueCase, string>;

// Positions are animate, so the accusative equals the genitive in the masculine.
const HARD_ADJECTIVE: Endings = { genitive: 'ого', dative: 'ому', accusative: 'ого', instrumental: 'ым', prepositional: 'ом' };
const VELAR_ADJECTIVE: Endings = { genitive: 'ого', dative: 'ому', accusative: 'ого', instrumental: 'им', prepositional: 'ом' };
const HUSHING_ADJECTIVE: Endings = { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им', prepositional: 'ем' };
const FEMININE_ADJECTIVE: Endings = { genitive: 'ой', dative: 'ой', accusative: 'ую', instrumental: 'ой', prepositional: 'ой' };
const HARD_NOUN: Endings = { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом', prepositional: 'е' };
const SOFT_NOUN: Endings = { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем', prepositional: 'е' };
const FEMININE_NOUN: Endings = { genitive: 'ы', dative: 'е', accusative: 'у', instrumental: 'ой', prepositional: 'е' };

const LETTERS_ONLY = /^[а-яё]+$/i;

/** Adjectives used as nouns: each is the head itself («заведующего библиотекой»). */
const SUBSTANTIVE_ADJECTIVES = new Set(['заведующий', 'заведующая', 'вожатый', 'вожатая', 'управляющий', 'дежурный']);

function declineAdjective(word: string, c: ObliqueCase): string | null {
  const lower = word.toLowerCase();
  if (/(ая|яя)$/.test(lower)) return word.slice(0, -2) + FEMININE_ADJECTIVE[c];
  if (/[жшчщ]ий$/.test(lower)) return word.slice(0, -2) + HUSHING_ADJECTIVE[c];
  if (/[кгх]ий$/.test(lower)) return word.slice(0, -2) + VELAR_ADJECTIVE[c];
  if (/(ый|ой)$/.test(lower)) return word.slice(0, -2) + HARD_ADJECTIVE[c];
  return null;
}

function declineNoun(word: string, c: ObliqueCase): string {
  const lower = word.toLowerCase();
  if (!LETTERS_ONLY.test(word) || word.length < 3) return word;
  if (lower.endsWith('ь')) return word.slice(0, -1) + SOFT_NOUN[c];
  if (lower.endsWith('а')) {
    const stem = word.slice(0, -1);
    const genitive = /[кгхжшчщ]$/i.test(stem) ? 'и' : 'ы';
    return stem + (c === 'genitive' ? genitive : FEMININE_NOUN[c]);
  }
  if (/[бвгдзклмнпрстфхжшчщц]$/.test(lower)) return word + HARD_NOUN[c];
  return word;
}

/** 'заместитель директора по УВР' in the accusative → 'заместителя директора по УВР'. */
export function declinePosition(position: string, c: GrammaticalCase): string {
  if (c === 'nominative') return position;
  const words = position.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // An abbreviation such as «И.о.» governs the rest: «И.о. директора» never changes.
    if (!/^[а-яё-]+$/i.test(word) || word === word.toUpperCase()) return words.join(' ');
    const adjective = declineAdjective(word, c);
    if (adjective !== null && !word.includes('-')) {
      words[i] = adjective;
      if (SUBSTANTIVE_ADJECTIVES.has(word.toLowerCase())) break;
      continue;
    }
    words[i] = word
      .split('-')
      .map((part) => declineAdjective(part, c) ?? declineNoun(part, c))
      .join('-');
    break;
  }
  return words.join(' ');
}
