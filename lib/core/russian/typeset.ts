// No-break spaces where Russian typography (ГОСТ Р 7.0.97, the editors' handbooks) forbids a
// line break: a line must not end with an initial, «№», «г.», «ст.», a number before its unit,
// or an organization's abbreviation torn from its quoted name. Applied to the text of every
// document, so templates keep writing ordinary spaces.
import { MONTHS_GENITIVE } from './dates';

const NBSP = '\u00A0';
/** One or more ordinary spaces (or no-break ones already there) between two words on one line. */
const GAP = '[ \\u00A0]+';

/** Initials: «В.», «А.-М.», «Ю.Ю.», «В. А.». */
const INITIALS = '\\p{Lu}\\.(?:-\\p{Lu}\\.)?(?:[ \\u00A0]?\\p{Lu}\\.(?:-\\p{Lu}\\.)?)?';
/** A surname: a capital and small letters, maybe double («Петрова-Водкина»). */
const SURNAME = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";

/** Abbreviations that stand before a number: «ст. 351.8», «п. 3», «ч. 2», «гл. 5», «пп. 1»… */
const BEFORE_NUMBER = ['ст', 'статья', 'п', 'пп', 'ч', 'гл', 'разд', 'стр', 'с', 'рис', 'табл', 'прил', 'абз', 'подп', 'т', 'кв', 'каб', 'д', 'корп', 'стр'];
/** Abbreviations of places before their names: «г. Бийск», «с. Алтайское», «ул. Ленина». */
const BEFORE_PLACE = ['г', 'гор', 'с', 'п', 'пос', 'пгт', 'д', 'ул', 'пр', 'пер', 'пл', 'р-н', 'обл', 'х', 'ст'];
/** Units and counted words after a number: «5 лет», «10 %», «2026 г.», «5000 руб.». */
const UNITS = [
  '%',
  '‰',
  '°',
  'руб\\.',
  'р\\.',
  'коп\\.',
  'тыс\\.',
  'млн',
  'млрд',
  'г\\.',
  'гг\\.',
  'в\\.',
  'лет',
  'год',
  'года',
  'годы',
  'месяц',
  'месяца',
  'месяцев',
  'мес\\.',
  'недел[ьяи]',
  'недель',
  'день',
  'дня',
  'дней',
  'дн\\.',
  'час',
  'часа',
  'часов',
  'ч\\.?',
  'мин\\.?',
  'чел\\.',
  'человек',
  'шт\\.',
  'кг',
  'км',
  'м',
  'см',
  'мм',
  'ч',
  'стр\\.',
  'с\\.',
  'пар',
  'пары',
  'пунктов',
  // «1 сентября»: a day and its month.
  ...MONTHS_GENITIVE,
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => [...new Set(words)].map(esc).join('|');

const RULES: [RegExp, string][] = [
  // «№1», «№ 1», «№№ 3–5» → «№ 1»: the sign never ends a line nor sits against its number.
  [/(№+)[ \u00A0]*(?=[\p{L}\d])/gu, `$1${NBSP}`],
  // «СОШ № 1», «МБОУ «СОШ»: an abbreviation in capitals keeps its number or quoted name.
  [new RegExp(`(?<=(?:^|[\\s«"(])\\p{Lu}{2,})${GAP}(?=№|«)`, 'gu'), NBSP],
  // «В. Токарева», «И.И. Петрову», «Ю. Ю. Орлова».
  [new RegExp(`(?<=(?:^|[^\\p{L}.])${INITIALS})${GAP}(?=${SURNAME}(?![\\p{L}.]))`, 'gu'), NBSP],
  [new RegExp(`(?<=(?:^|[\\s«"(])\\p{Lu}\\.)[ ](?=\\p{Lu}\\.)`, 'gu'), NBSP],
  // «Токарева В.А.», «Петров И.».
  [new RegExp(`(?<=(?:^|[^\\p{L}])${SURNAME})${GAP}(?=${INITIALS}(?!\\p{L}))`, 'gu'), NBSP],
  // «ст. 351.8», «п. 3.2», «ч. 2».
  [new RegExp(`(?<=(?:^|[^\\p{L}])(?:${alternatives(BEFORE_NUMBER)})\\.)${GAP}(?=\\d)`, 'giu'), NBSP],
  // «г. Бийск», «с. Алтайское».
  [new RegExp(`(?<=(?:^|[^\\p{L}-])(?:${alternatives(BEFORE_PLACE)})\\.)${GAP}(?=\\p{Lu})`, 'gu'), NBSP],
  // «10 000», «1 500 000»: the groups of a number.
  [/(?<=(?:^|[^\d.,])\d{1,3})[ \u00A0](?=\d{3}(?![\d]))/gu, NBSP],
  [/(?<=\d[ \u00A0]\d{3})[ \u00A0](?=\d{3}(?!\d))/gu, NBSP],
  // «5 лет», «10 %», «2026 г.», «5000 руб.».
  [new RegExp(`(?<=\\d)${GAP}(?=(?:${UNITS.join('|')})(?![\\p{L}\\d]))`, 'gu'), NBSP],
  // «слово — слово»: a dash never begins a line.
  [/(?<=\S)[ ]+(?=—)/gu, NBSP],
];

/** Text a line break must not cut where Russian typography ties words: no-break spaces put in. */
export function typeset(text: string): string {
  if (!/[ \u00A0№]/.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
