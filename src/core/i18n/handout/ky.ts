import { cyrillicWriting } from "./intl-date.ts";
import { objectiveInQuestion, type HandoutWords } from "./messages.ts";

// Kyrgyz keeps a noun in the singular after a number ("5 мүнөт"): its `Intl.PluralRules` forms are one and other, alike.

/** The handout's own words in standard literary Kyrgyz. */
export const ky: HandoutWords = {
  code: "ky",
  reviewedByNativeSpeaker: false,
  unreviewedTranslation: "Котормону эне тилинде сүйлөгөн адам текшере элек",

  ...cyrillicWriting("ky"),
  pageOf: (page, pages) => `Бет ${page} / ${pages}`,

  editions: {
    participant: "Катышуучулар үчүн таратма материал",
    trainer: "Тренер үчүн колдонмо",
    card: "Чөнтөк эскертмеси",
    audit: "Цитаталарды текшерүү",
    "knowledge-check": "Билимди текшерүү",
    evaluation: "Сабакты баалоо анкетасы",
  },
  audiences: { police: "полиция кызматкерлери", judicial: "соттор жана прокурорлор", "social-work": "социалдык кызматкерлер" },
  forAudiences: (names) => `${names.join(" жана ")} үчүн`,
  keywords: ["балдарды коргоо", "адам сатуу"],

  draftWatermark: "ДОЛБООР",
  draftNotice: "ДОЛБООР — таратууга болбойт",
  dateLabel: "Күнү",
  placeLabel: "Орду",
  trainerLabel: "Тренер",
  organisationLabel: "Уюм",
  sourcesQuotedLabel: "Цитаталанган булактар",
  sourcesQuotedDates: (range, sources) =>
    `${range} (цитаталанган ${sources} булактын каталогдогу жарыяланган жылдары; алардагы маалыматтар эскирээк болушу мүмкүн, ал эми алар сүрөттөгөн мыйзамдар ошондон бери өзгөргөн болушу мүмкүн)`,

  contents: "Мазмуну",

  agenda: "Күн тартиби",
  agendaTime: "Убакыт",
  agendaItem: "Тема",
  agendaLength: "Узактыгы",
  minutesShort: (minutes) => `${minutes} мүн.`,
  agendaTotal: (minutes, end) => `Бардыгы ${minutes} мүнөт, саат ${end} бүтөт.`,
  warning: (text) => `Эскертүү: ${text}`,

  slotTiming: (start, end, minutes, planned) => `${start}–${end} · бул сабакта ${minutes} мүнөт (модуль ${planned} мүнөткө эсептелген)`,
  objectivesLead: "Бул модулдун аягында сиз төмөнкүлөрдү жасай аласыз:",
  moduleSources: "Булактар",
  trainerNote: "ТРЕНЕР ҮЧҮН ЭСКЕРТМЕ",
  exercise: "КӨНҮГҮҮ",
  checklist: "ТЕКШЕРҮҮ ТИЗМЕСИ",
  discussion: "ТАЛКУУ ҮЧҮН СУРООЛОР",
  checkBeforeTeaching: "САБАКТАН МУРУН ТЕКШЕРИҢИЗ",
  quiz: "ТЕСТ",
  keyPoints: "НЕГИЗГИ ЖОБОЛОР",
  minutes: (minutes) => `${minutes} мүнөт`,
  scenario: "Кырдаал",
  steps: "Аткаруу тартиби",
  goodAnswer: "Жакшы жооп эмнени камтышы керек (тренер үчүн гана)",
  translationOf: (cite, locator, note) => `— ${cite}, ${locator} ([${note}] котормосу)`,
  notVerified: (problem) => `ЦИТАТА ЫРАСТАЛГАН ЭМЕС: ${problem}`,
  noVerdict: "корутунду жок",
  answer: (text) => `Жообу: ${text}`,

  pocketCard: (forAudience) => `${forAudience.charAt(0).toUpperCase()}${forAudience.slice(1)} чөнтөк эскертмеси · дайыма жаныңызда болсун`,

  audit: "Цитаталарды текшерүү",
  auditColumns: ["№", "Модуль", "Булак жана жери", "Цитата", "Корутунду", "Эскертүүлөр", "Карап чыгуу"],
  auditVerified: "ырасталды",
  auditRejected: (reason) => `четке кагылды: ${reason}`,
  auditNoCautions: "жок",
  auditCaution: (kind, acknowledged) => `${kind}: ${acknowledged ? "эске алынды" : "эске алына элек (ДОЛБООР)"}`,
  auditSummary: (excerpts, verified, cautions, acknowledged) =>
    `${excerpts} үзүндү; китепкана боюнча ырасталганы: ${verified}, ырасталбаганы: ${excerpts - verified}; ${
      cautions > 0 ? `ырасталган сөздөргө ${cautions} эскертүү, анын ичинен модулда эске алынганы: ${acknowledged}` : "эскертүүлөр жок"
    }.`,
  reviewStatuses: { draft: "долбоор", "in-review": "каралууда", approved: "бекитилген", "changes-requested": "оңдоо суралган" },

  moduleNotApproved: (title, status) =>
    status === "changes-requested"
      ? `«${title}» модулуна оңдоолор суралган, ал бекитиле элек.`
      : status === "in-review"
        ? `«${title}» модулу каралууда, ал бекитиле элек.`
        : `«${title}» модулу долбоор бойдон, ал бекитиле элек.`,
  moduleHasNoSummary: (title) => `«${title}» модулунун кыскача мазмуну жок.`,
  moduleHasNoObjectives: (title) => `«${title}» модулунда окуу максаттары жок.`,
  excerptNotVerified: (module, sourceId, locator, problem) =>
    `«${module}» модулундагы үзүндү (${sourceId}, ${locator}) ырасталган эмес: ${problem}`,
  moreNotVerified: (count) => `…жана дагы ${count} үзүндү ырасталган эмес.`,
  unacknowledgedCaution: (module, locator, kind, message) =>
    `«${module}» модулу: ${locator} жериндеги үзүндүдө эске алынбаган эскертүү бар (${kind}): ${message}`,
  moreUnacknowledged: (count) => `…жана дагы ${count} эске алынбаган эскертүү; алардын баары цитаталарды текшерүүдө көрсөтүлгөн.`,
  permissionMissing: (cite, quotes) =>
    `${cite}: көчүрүп басуу үчүн уруксат керек; материалда ${quotes} цитата бар, бирок sources/permissions.yaml файлында уруксат катталган эмес.`,
  staleReferral: (name, checked, printedOn) =>
    `Кайрылуу жайлардын тизмеси: «${name}» акыркы жолу ${checked} текшерилген, бул басылган күндөн (${printedOn}) 12 айдан ашык мурун; чалып текшерип, templates/referral-directory.yaml файлын жаңыртыңыз.`,

  bibliography: "Библиография жана укуктар",
  accessed: (date) => ` (кирилген күнү: ${date})`,
  permissionRequired: "Көчүрүп басуу үчүн уруксат керек. ",
  rights: (notice) => `Укуктар: ${notice}`,
  furtherReading: "Кошумча адабият",
  furtherReadingNote: "Бул материалда цитаталанбайт: модулдар негизделген стандарттар жана колдонмолор.",
  checkBeforeHandingOn: (text) => `Таратуудан мурун текшериңиз: ${text}`,

  glossary: "Терминдер сөздүгү",
  glossaryIntro:
    "Бул сабактын модулдарында колдонулган терминдер Балдарды сексуалдык эксплуатациядан жана сексуалдык зомбулуктан коргоо боюнча терминологиялык жетекчилик принциптериндеги (Люксембург жетекчилик принциптери, 2016) мааниде берилет.",
  avoid: (words) => `Колдонбоңуз: ${words.join("; ")}.`,

  referrals: "Кайрылуу жайлардын тизмеси",
  referralColumns: ["Кызмат", "Аталышы", "Телефон", "Иш убактысы", "Текшерилди"],
  referralBlankRows: [
    "Үй-бүлөнү жана балдарды колдоо бөлүмү",
    "Балдар иштери боюнча инспектор",
    "Баш калкалоочу жай",
    "Балдардын ишеним телефону",
    "",
    "",
  ],
  referralsNoneOnCard:
    "Жергиликтүү кызматтар азырынча толтурула элек: аларды катышуучулардын таратма материалындагы таблицага же templates/referral-directory.yaml файлына жазыңыз.",
  referralsFillIn: "Жергиликтүү кызматтарды толтуруңуз; templates/referral-directory.yaml караңыз.",
  notCheckedSince: (date) => `акыркы текшерүү: ${date}`,

  knowledgeCheck: "Билимди текшерүү",
  knowledgeCheckInstructions:
    "Бул суроолорго эки жолу жооп бересиз: сабактын башында «Чейин» тилкесине, аягында «Кийин» тилкесине. Бул сизди сынаган тест эмес: ал сабак эмнени өзгөрткөнүн тренерге көрсөтөт.",
  question: "Суроо",
  before: "Чейин",
  after: "Кийин",
  nameLine: "Аты-жөнү: ______________________________",
  dateLine: "Күнү: ________________",
  noQuizQuestions: "Бул сабактын модулдарында азырынча тест суроолору жок.",
  knowledgeCheckAnswers: "Билимди текшерүүнүн жооптору",
  knowledgeCheckAnswersIntro:
    "Номерлери катышуучулардын барагындагыдай. «Кийин» айлампасынан кийин талкуулаңыз; модулдардагы тесттерде да ушул эле жооптор.",

  evaluation: "Сабакты баалоо",
  evaluationInstructions:
    "Атыңызды жазбаңыз. Ар бир сапта бир кутучаны белгилеңиз: 1 — такыр жок, 2 — бир аз, 3 — орточо, 4 — жакшы, 5 — абдан жакшы.",
  afterThisSession: "Бул сабактан кийин …",
  openQuestions: [
    "Бул сабактан кийин ишиңизде эмнени башкача кыласыз?",
    "Эмне жетишпеди же көбүрөөк убакытты талап кылды?",
    "Кайсы бөлүгү эң аз пайдалуу болду жана эмне үчүн?",
    "Тренерге же уюштуруучуларга дагы эмне айткыңыз келет?",
  ],
  howWell: (objective) => `Азыр муну канчалык жакшы аткара аласыз: ${objectiveInQuestion(objective)}?`,
};
