/**
 * Образовательные учреждения г. Бийска и органы управления образованием.
 *
 * Источник: приказ МКУ «Управление образования Администрации города Бийска»
 * от 25.05.2022 № 701, лист «С приказом ознакомлены» (28 учреждений, порядок № п/п сохранён).
 * Краткие наименования — как в источнике (убраны только двойные пробелы:
 * «СОШ №  4…», «Гимназия  № 11»). Инициалы руководителей раскрыты правдоподобными
 * именами и отчествами; полные наименования восстановлены по аббревиатурам.
 */
import type { SeedDistrict, SeedRegion, SeedSchool } from './types';

const MBOU = 'Муниципальное бюджетное общеобразовательное учреждение';
const MBU_DO = 'Муниципальное бюджетное учреждение дополнительного образования';
const CITY = 'г. Бийск';

export const biyskSchools: SeedSchool[] = [
  { shortName: 'МБОУ «СОШ № 1»', fullName: `${MBOU} «Средняя общеобразовательная школа № 1»`, headPosition: 'Директор', head: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 3»', fullName: `${MBOU} «Средняя общеобразовательная школа № 3»`, headPosition: 'Директор', head: { lastName: 'Лабуренко', firstName: 'Татьяна', middleName: 'Михайловна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 4 имени В.В. Бианки»', fullName: `${MBOU} «Средняя общеобразовательная школа № 4 имени В.В. Бианки»`, headPosition: 'Директор', head: { lastName: 'Фирсов', firstName: 'Евгений', middleName: 'Борисович', gender: 'male' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 5»', fullName: `${MBOU} «Средняя общеобразовательная школа № 5»`, headPosition: 'Директор', head: { lastName: 'Скиба', firstName: 'Людмила', middleName: 'Михайловна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 6 имени Героя Советского Союза Н.П. Красильникова»', fullName: `${MBOU} «Средняя общеобразовательная школа № 6 имени Героя Советского Союза Н.П. Красильникова»`, headPosition: 'Директор', head: { lastName: 'Казанцева', firstName: 'Ольга', middleName: 'Петровна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 7»', fullName: `${MBOU} «Средняя общеобразовательная школа № 7»`, headPosition: 'Директор', head: { lastName: 'Савченко', firstName: 'Марина', middleName: 'Анатольевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 8»', fullName: `${MBOU} «Средняя общеобразовательная школа № 8»`, headPosition: 'Директор', head: { lastName: 'Антонова', firstName: 'Мария', middleName: 'Викторовна', gender: 'female' }, city: CITY },
  // В источнике «героя» со строчной; в полном наименовании звание — с прописной.
  { shortName: 'МБОУ «СОШ № 9 имени героя Российской Федерации С.Ю. Медведева»', fullName: `${MBOU} «Средняя общеобразовательная школа № 9 имени Героя Российской Федерации С.Ю. Медведева»`, headPosition: 'Директор', head: { lastName: 'Севодина', firstName: 'Светлана', middleName: 'Александровна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 12 с углубленным изучением отдельных предметов»', fullName: `${MBOU} «Средняя общеобразовательная школа № 12 с углубленным изучением отдельных предметов»`, headPosition: 'Директор', head: { lastName: 'Ресслер', firstName: 'Марина', middleName: 'Сергеевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 15»', fullName: `${MBOU} «Средняя общеобразовательная школа № 15»`, headPosition: 'Директор', head: { lastName: 'Постников', firstName: 'Александр', middleName: 'Евгеньевич', gender: 'male' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 17»', fullName: `${MBOU} «Средняя общеобразовательная школа № 17»`, headPosition: 'Директор', head: { lastName: 'Столлер', firstName: 'Татьяна', middleName: 'Алексеевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 18»', fullName: `${MBOU} «Средняя общеобразовательная школа № 18»`, headPosition: 'Директор', head: { lastName: 'Рубинова', firstName: 'Оксана', middleName: 'Валерьевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «ООШ № 19»', fullName: `${MBOU} «Основная общеобразовательная школа № 19»`, headPosition: 'Директор', head: { lastName: 'Зарубина', firstName: 'Наталья', middleName: 'Владимировна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 20 с углубленным изучением отдельных предметов»', fullName: `${MBOU} «Средняя общеобразовательная школа № 20 с углубленным изучением отдельных предметов»`, headPosition: 'Директор', head: { lastName: 'Сторожук', firstName: 'Олеся', middleName: 'Анатольевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «ООШ № 21»', fullName: `${MBOU} «Основная общеобразовательная школа № 21»`, headPosition: 'Директор', head: { lastName: 'Коньшина', firstName: 'Лариса', middleName: 'Геннадьевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 25»', fullName: `${MBOU} «Средняя общеобразовательная школа № 25»`, headPosition: 'Директор', head: { lastName: 'Скороход', firstName: 'Ольга', middleName: 'Станиславовна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 31 имени Героя Советского Союза А.В. Спекова»', fullName: `${MBOU} «Средняя общеобразовательная школа № 31 имени Героя Советского Союза А.В. Спекова»`, headPosition: 'Директор', head: { lastName: 'Малинова', firstName: 'Елена', middleName: 'Ивановна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 33»', fullName: `${MBOU} «Средняя общеобразовательная школа № 33»`, headPosition: 'Директор', head: { lastName: 'Короленко', firstName: 'Юлия', middleName: 'Юрьевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 34»', fullName: `${MBOU} «Средняя общеобразовательная школа № 34»`, headPosition: 'Директор', head: { lastName: 'Дроздова', firstName: 'Юлия', middleName: 'Сергеевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 40 имени В. Токарева»', fullName: `${MBOU} «Средняя общеобразовательная школа № 40 имени В. Токарева»`, headPosition: 'Директор', head: { lastName: 'Федака', firstName: 'Надежда', middleName: 'Ивановна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «СОШ № 41»', fullName: `${MBOU} «Средняя общеобразовательная школа № 41»`, headPosition: 'Директор', head: { lastName: 'Фадеева', firstName: 'Нина', middleName: 'Николаевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «Гимназия № 1»', fullName: `${MBOU} «Гимназия № 1»`, headPosition: 'Директор', head: { lastName: 'Рыжкова', firstName: 'Ирина', middleName: 'Владимировна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «Гимназия № 2»', fullName: `${MBOU} «Гимназия № 2»`, headPosition: 'Директор', head: { lastName: 'Быкова', firstName: 'Любовь', middleName: 'Михайловна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «Гимназия № 11»', fullName: `${MBOU} «Гимназия № 11»`, headPosition: 'Директор', head: { lastName: 'Симахина', firstName: 'Галина', middleName: 'Александровна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «Кадетская школа»', fullName: `${MBOU} «Кадетская школа»`, headPosition: 'Директор', head: { lastName: 'Гурова', firstName: 'Елена', middleName: 'Анатольевна', gender: 'female' }, city: CITY },
  { shortName: 'МБОУ «Фоминская общеобразовательная средняя школа»', fullName: `${MBOU} «Фоминская общеобразовательная средняя школа»`, headPosition: 'Директор', head: { lastName: 'Гусева', firstName: 'Светлана', middleName: 'Анатольевна', gender: 'female' }, city: CITY },
  { shortName: 'МБУ ДО «Дом детского творчества»', fullName: `${MBU_DO} «Дом детского творчества»`, headPosition: 'Директор', head: { lastName: 'Беспалова', firstName: 'Валентина', middleName: 'Николаевна', gender: 'female' }, city: CITY },
  { shortName: 'МБУ ДО «Детский эколого-туристический центр»', fullName: `${MBU_DO} «Детский эколого-туристический центр»`, headPosition: 'Директор', head: { lastName: 'Реш', firstName: 'Наталья', middleName: 'Александровна', gender: 'female' }, city: CITY },
];

/**
 * Муниципальный координатор. Наименование — как в шапке и подписи приказа № 701
 * («МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА БИЙСКА»»,
 * «И.о. начальника МКУ «Управление образования Администрации города Бийска»»).
 */
export const biyskDistrict: SeedDistrict = {
  fullName: 'Муниципальное казенное учреждение «Управление образования Администрации города Бийска»',
  shortName: 'МКУ «Управление образования Администрации города Бийска»',
  headPosition: 'И.о. начальника',
  head: { lastName: 'Мелихова', firstName: 'Анна', middleName: 'Геннадьевна', gender: 'female' },
  deputyPosition: 'Заместитель начальника',
  deputy: { lastName: 'Максимова', firstName: 'Елена', middleName: 'Александровна', gender: 'female' },
  coordinatorUnit: 'информационно-методический центр',
  coordinator: { lastName: 'Строкина', firstName: 'Светлана', middleName: 'Викторовна', gender: 'female' },
  orderSuffix: '',
  city: CITY,
};

/**
 * Региональный оператор. Правовая форма — как в п. 4.3.1 положения, утверждённого приказом от 25.05.2022 № 701:
 * «КАУ ДПО «Алтайский институт развития образования имени Адриана Митрофановича Топорова»»,
 * ЦНППМ — п. 4.3.2. Руководитель — вымышленный.
 */
export const altaiRegion: SeedRegion = {
  regionName: 'Алтайский край',
  fullName: 'Краевое автономное учреждение дополнительного профессионального образования «Алтайский институт развития образования имени Адриана Митрофановича Топорова»',
  shortName: 'КАУ ДПО «АИРО имени А.М. Топорова»',
  cnppmName: 'Центр непрерывного повышения профессионального мастерства педагогических работников Алтайского края',
  headPosition: 'Ректор',
  head: { lastName: 'Дорохова', firstName: 'Марина', middleName: 'Геннадьевна', gender: 'female' },
};
