// The audit log's action codes in words for the «Журнал действий» page: people read what was
// done, never a code. Codes written by newer features fall back to their verb and object
// (`<object>.<verb>`), so an unknown code still reads as Russian.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'region.setup': 'Создание региона и его оператора',
  'municipality.create': 'Регистрация муниципалитета',
  'municipality.import': 'Импорт списка муниципалитетов',
  'school.create': 'Регистрация школы',
  'school.import': 'Импорт списка школ',
  'organization.settings': 'Изменение сведений об организации',
  'organization.emblem': 'Изменение эмблемы на бланке',
  'organization.personal_data_settings': 'Изменение сведений для согласий на обработку персональных данных',
  'user.create': 'Создание учётной записи',
  'user.password.change': 'Смена пароля',
  'user.password.reset': 'Сброс пароля',
  'user.link_person': 'Привязка учётной записи к сотруднику',
  'user.hr_consent.paper': 'Согласие на электронный кадровый документооборот (на бумаге)',
  'user.hr_consent.give': 'Согласие на электронный кадровый документооборот',
  'user.hr_consent.withdraw': 'Отзыв согласия на электронный кадровый документооборот',
  'user.disable': 'Отключение учётной записи',
  'user.enable': 'Включение учётной записи',
  'person.create': 'Добавление сотрудника',
  'person.update': 'Изменение сведений о сотруднике',
  'people.import': 'Импорт списка сотрудников',
  'personal_data.export': 'Выгрузка персональных данных сотрудника',
  'person.personal_data_erased': 'Удаление персональных данных по отозванному согласию',
  'district.archive.download': 'Скачивание архива документов',
  'district.mentors.export': 'Выгрузка базы наставников',
  'bank.mentor.add': 'Включение в банк наставников',
  'bank.mentor.update': 'Изменение сведений в банке наставников',
  'bank.mentee.add': 'Включение в банк наставляемых',
  'bank.mentee.update': 'Изменение сведений в банке наставляемых',
  'bank.mentor.remove': 'Исключение из банка наставников',
  'bank.mentee.remove': 'Исключение из банка наставляемых',
  'pair.create': 'Создание пары (группы)',
  'pair.add_mentee': 'Добавление наставляемого в группу',
  'pair.kind': 'Изменение формы наставничества пары',
  'pair.delete': 'Удаление пары',
  'pair.termination_draft': 'Проект приказа о досрочном прекращении',
  'pair.terminate': 'Досрочное прекращение наставничества',
  'pair.amendment_draft': 'Проект соглашения об изменении условий наставничества',
  'pair.amend': 'Изменение условий наставничества по дополнительному соглашению',
  'pair.cancellation_notice': 'Регистрация уведомления об отмене поручения наставничества',
  'pair.complete': 'Завершение наставничества пары',
  'pair_order.prepare': 'Подготовка приказа о закреплении пар',
  'pair_order.issue': 'Издание приказа о закреплении пар',
  'pay_order.prepare': 'Подготовка приказа об установлении выплаты за наставничество',
  'pay_stop_order.prepare': 'Подготовка приказа о прекращении выплаты за наставничество',
  'consent.received': 'Отметка: согласие получено',
  'consent.declined': 'Отметка: отказ от согласия',
  'consent.withdrawn': 'Отметка: согласие отозвано',
  'program.create': 'Создание программы',
  'program.edit': 'Изменение программы',
  'program.mark': 'Отметка о выполнении программы',
  'document.draft': 'Создание проекта документа',
  'document.edit': 'Изменение проекта документа',
  'document.issue': 'Издание документа',
  'acknowledgement.electronic': 'Ознакомление с документом в приложении',
  'acknowledgement.paper': 'Отметка об ознакомлении на бумаге',
  'acknowledgement.clear': 'Снятие отметки об ознакомлении',
  'monitoring.campaign.create': 'Объявление мониторинга',
  'monitoring.submit': 'Отправка данных мониторинга',
  'district_order.remind': 'Напоминание руководителям об ознакомлении с приказом',
  'monitoring.resubmit': 'Повторная отправка данных мониторинга',
  'students.indicator_plan.save': 'Плановые значения показателей наставничества обучающихся',
  'students.questionnaire.save': 'Анкета мониторинга наставничества обучающихся',
  'students.questionnaire.delete': 'Удаление анкеты мониторинга наставничества обучающихся',
  'students.monitoring_report.draft': 'Проект отчёта о мониторинге наставничества обучающихся',
};

const OBJECTS: Record<string, string> = {
  region: 'регион',
  municipality: 'муниципалитет',
  school: 'школа',
  organization: 'организация',
  user: 'учётная запись',
  person: 'сотрудник',
  people: 'сотрудники',
  bank: 'банк',
  pair: 'пара',
  pair_order: 'приказ о закреплении пар',
  consent: 'согласие',
  program: 'программа',
  document: 'документ',
  acknowledgement: 'ознакомление',
  monitoring: 'мониторинг',
  district: 'муниципалитет',
};

const VERBS: [RegExp, string][] = [
  [/(^|\.)(create|add|draft)$/, 'Создание'],
  [/(^|\.)(update|edit|settings|kind|mark)$/, 'Изменение'],
  [/(^|\.)(delete|remove)$/, 'Удаление'],
  [/(^|\.)issue$/, 'Издание'],
  [/(^|\.)import$/, 'Импорт'],
  [/(^|\.)(export|download)$/, 'Выгрузка'],
];

/** «Издание документа»; a code not in the list reads by its verb and object: «Изменение: согласие». */
export function auditActionLabel(code: string): string {
  const known = AUDIT_ACTION_LABELS[code];
  if (known) return known;
  const verb = VERBS.find(([re]) => re.test(code))?.[1] ?? 'Действие';
  const object = OBJECTS[code.split('.')[0] ?? ''];
  return object ? `${verb}: ${object}` : verb;
}

/** The actions offered by the filter, in words, sorted as read. */
export const AUDIT_ACTION_CHOICES: { code: string; label: string }[] = Object.entries(AUDIT_ACTION_LABELS)
  .map(([code, label]) => ({ code, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
