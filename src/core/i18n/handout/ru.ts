import { nounFor, type Noun } from "../../text/plural.ts";
import { cyrillicWriting } from "./intl-date.ts";
import { objectiveInQuestion, type HandoutWords } from "./messages.ts";

/** "5 минут": a count and the noun's form for it (one, few, many by `Intl.PluralRules`). */
const count = (n: number, noun: Noun) => `${n} ${nounFor(n, noun, "ru")}`;
const MINUTE: Noun = { one: "минута", few: "минуты", many: "минут", other: "минуты" };
const EXCERPT: Noun = { one: "выдержка", few: "выдержки", many: "выдержек", other: "выдержки" };

/** The handout's own words in Russian, as a practitioner in Bishkek reads them. */
export const ru: HandoutWords = {
  code: "ru",
  reviewedByNativeSpeaker: false,
  unreviewedTranslation: "Перевод не проверен носителем языка",

  ...cyrillicWriting("ru"),
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,

  editions: {
    participant: "Раздаточный материал для участников",
    trainer: "Руководство для тренера",
    card: "Памятка",
    audit: "Проверка цитат",
    "knowledge-check": "Проверка знаний",
    evaluation: "Анкета оценки занятия",
  },
  audiences: { police: "сотрудников полиции", judicial: "судей и прокуроров", "social-work": "социальных работников" },
  forAudiences: (names) => `для ${names.join(" и ")}`,
  keywords: ["защита детей", "торговля людьми"],

  draftWatermark: "ЧЕРНОВИК",
  draftNotice: "ЧЕРНОВИК — не для распространения",
  dateLabel: "Дата",
  placeLabel: "Место",
  trainerLabel: "Тренер",
  organisationLabel: "Организация",
  sourcesQuotedLabel: "Цитируемые источники",
  sourcesQuotedDates: (range, sources) =>
    `${range} (годы публикации по каталогу у ${count(sources, { one: "цитируемого источника", other: "цитируемых источников" })}; данные в них могут быть старше, а описанное в них законодательство могло с тех пор измениться)`,

  contents: "Содержание",

  agenda: "Программа",
  agendaTime: "Время",
  agendaItem: "Тема",
  agendaLength: "Продолж.",
  minutesShort: (minutes) => `${minutes} мин`,
  agendaTotal: (minutes, end) => `Всего ${count(minutes, MINUTE)}, окончание в ${end}.`,
  warning: (text) => `Внимание: ${text}`,

  slotTiming: (start, end, minutes, planned) =>
    `${start}–${end} · ${count(minutes, MINUTE)} на этом занятии (модуль рассчитан на ${planned} мин)`,
  objectivesLead: "По окончании модуля вы сможете:",
  moduleSources: "Источники",
  trainerNote: "ПРИМЕЧАНИЕ ДЛЯ ТРЕНЕРА",
  exercise: "УПРАЖНЕНИЕ",
  checklist: "КОНТРОЛЬНЫЙ СПИСОК",
  discussion: "ВОПРОСЫ ДЛЯ ОБСУЖДЕНИЯ",
  checkBeforeTeaching: "ПРОВЕРИТЬ ПЕРЕД ЗАНЯТИЕМ",
  quiz: "ТЕСТ",
  keyPoints: "КЛЮЧЕВЫЕ ПОЛОЖЕНИЯ",
  minutes: (minutes) => count(minutes, MINUTE),
  scenario: "Ситуация",
  steps: "Порядок работы",
  goodAnswer: "Что должен охватывать хороший ответ (только для тренера)",
  translationOf: (cite, locator, note) => `— ${cite}, ${locator} (перевод к [${note}])`,
  notVerified: (problem) => `ЦИТАТА НЕ ПОДТВЕРЖДЕНА: ${problem}`,
  noVerdict: "нет заключения",
  answer: (text) => `Ответ: ${text}`,

  pocketCard: (forAudience) => `Памятка ${forAudience} · держите её при себе`,

  audit: "Проверка цитат",
  auditColumns: ["№", "Модуль", "Источник и место", "Цитата", "Заключение", "Предупреждения", "Рецензия"],
  auditVerified: "подтверждена",
  auditRejected: (reason) => `отклонена: ${reason}`,
  auditNoCautions: "нет",
  auditCaution: (kind, acknowledged) => `${kind}: ${acknowledged ? "учтено" : "не учтено (ЧЕРНОВИК)"}`,
  auditSummary: (excerpts, verified, cautions, acknowledged) =>
    `${count(excerpts, EXCERPT)}; подтверждено по библиотеке: ${verified}, не подтверждено: ${excerpts - verified}; ${
      cautions > 0 ? `предупреждений к подтверждённым словам: ${cautions}, из них учтено в модуле: ${acknowledged}` : "предупреждений нет"
    }.`,
  reviewStatuses: { draft: "черновик", "in-review": "на рецензии", approved: "одобрен", "changes-requested": "нужны правки" },

  moduleNotApproved: (title, status) =>
    status === "changes-requested"
      ? `Модуль «${title}»: запрошены правки, модуль не одобрен.`
      : status === "in-review"
        ? `Модуль «${title}» на рецензии, ещё не одобрен.`
        : `Модуль «${title}» — черновик, не одобрен.`,
  moduleHasNoSummary: (title) => `В модуле «${title}» нет краткого описания.`,
  moduleHasNoObjectives: (title) => `В модуле «${title}» не указаны учебные цели.`,
  excerptNotVerified: (module, sourceId, locator, problem) =>
    `Выдержка из модуля «${module}» (${sourceId}, ${locator}) не подтверждена: ${problem}`,
  moreNotVerified: (n) => `…и ещё ${count(n, EXCERPT)} не ${nounFor(n, { one: "подтверждена", other: "подтверждены" }, "ru")}.`,
  unacknowledgedCaution: (module, locator, kind, message) =>
    `Модуль «${module}»: у выдержки (${locator}) есть неучтённое предупреждение (${kind}): ${message}`,
  moreUnacknowledged: (n) =>
    `…и ещё ${count(n, { one: "неучтённое предупреждение", few: "неучтённых предупреждения", many: "неучтённых предупреждений", other: "неучтённого предупреждения" })}; все они перечислены в проверке цитат.`,
  permissionMissing: (cite, quotes) =>
    `${cite}: для воспроизведения нужно разрешение; в материале ${count(quotes, { one: "цитата", few: "цитаты", many: "цитат", other: "цитаты" })}, а в sources/permissions.yaml разрешение не записано.`,
  staleReferral: (name, checked, printedOn) =>
    `Справочник служб: «${name}» последний раз проверялся ${checked}, более чем за 12 месяцев до ${printedOn}; позвоните туда и обновите templates/referral-directory.yaml.`,

  bibliography: "Библиография и права",
  accessed: (date) => ` (дата обращения: ${date})`,
  permissionRequired: "Для воспроизведения требуется разрешение. ",
  rights: (notice) => `Права: ${notice}`,
  furtherReading: "Дополнительная литература",
  furtherReadingNote: "В этом материале не цитируются: стандарты и руководства, на которых основаны его модули.",
  checkBeforeHandingOn: (text) => `Проверить перед раздачей: ${text}`,

  glossary: "Глоссарий",
  glossaryIntro:
    "Термины, которые используются в модулях этого занятия, в значении Руководящих принципов по терминологии в области защиты детей от сексуальной эксплуатации и сексуального насилия (Люксембургские руководящие принципы, 2016 г.).",
  avoid: (words) => `Не использовать: ${words.join("; ")}.`,

  referrals: "Справочник служб",
  referralColumns: ["Служба", "Название", "Телефон", "Часы работы", "Проверено"],
  referralBlankRows: [
    "Отдел поддержки семьи и детей",
    "Инспектор по делам несовершеннолетних",
    "Кризисный центр, приют",
    "Детский телефон доверия",
    "",
    "",
  ],
  referralsNoneOnCard:
    "Местные службы ещё не внесены: таблица для заполнения есть в раздаточном материале для участников, или заполните templates/referral-directory.yaml.",
  referralsFillIn: "Впишите местные службы; см. templates/referral-directory.yaml.",
  notCheckedSince: (date) => `последняя проверка: ${date}`,

  knowledgeCheck: "Проверка знаний",
  knowledgeCheckInstructions:
    "Вы отвечаете на эти вопросы дважды: в графе «До» в начале занятия и в графе «После» в конце. Это не проверка вас: так тренер видит, что изменило занятие.",
  question: "Вопрос",
  before: "До",
  after: "После",
  nameLine: "ФИО: ______________________________",
  dateLine: "Дата: ________________",
  noQuizQuestions: "Ни в одном модуле этого занятия пока нет тестовых вопросов.",
  knowledgeCheckAnswers: "Ответы к проверке знаний",
  knowledgeCheckAnswersIntro:
    "Нумерация — как в листе проверки знаний у участников. Разберите ответы после раунда «После»; в тестах модулей те же ответы.",

  evaluation: "Оценка занятия",
  evaluationInstructions:
    "Пожалуйста, не пишите своё имя. Отметьте одну клетку в каждой строке: 1 — совсем нет, 2 — немного, 3 — достаточно, 4 — хорошо, 5 — очень хорошо.",
  afterThisSession: "После этого занятия …",
  openQuestions: [
    "Что вы будете делать в работе иначе после этого занятия?",
    "Чего не хватило или на что нужно было больше времени?",
    "Какая часть была наименее полезной и почему?",
    "Что ещё вы хотели бы сообщить тренеру или организаторам?",
  ],
  howWell: (objective) => `Насколько хорошо вы теперь можете ${objectiveInQuestion(objective)}?`,
};
