// The words around a question, in each language. Questions are content the engine writes
// (like the article they come from), so their frame lives with the engine. Pure.
import type { EntityKind, Lang, NumberKind } from "./types";

type Words = Record<Lang, string>;

export const BLANK = "_____";

const numberChoice = (kind: NumberKind, hasDay: boolean): Words => {
  switch (kind) {
    case "date":
      return hasDay
        ? { vi: "Theo bài báo, ngày nào điền vào chỗ trống?", en: "According to the article, which date fills the gap?" }
        : { vi: "Theo bài báo, thời điểm nào điền vào chỗ trống?", en: "According to the article, which month fills the gap?" };
    case "date-range":
      return hasDay
        ? { vi: "Theo bài báo, khoảng thời gian nào điền vào chỗ trống?", en: "According to the article, which dates fill the gap?" }
        : { vi: "Theo bài báo, giai đoạn nào điền vào chỗ trống?", en: "According to the article, which years fill the gap?" };
    case "year":
      return { vi: "Theo bài báo, năm nào điền vào chỗ trống?", en: "According to the article, which year fills the gap?" };
    case "score":
      return { vi: "Theo bài báo, tỷ số nào điền vào chỗ trống?", en: "According to the article, which score fills the gap?" };
    default:
      return { vi: "Theo bài báo, con số nào điền vào chỗ trống?", en: "According to the article, which number fills the gap?" };
  }
};

const nameChoice = (kind: EntityKind | "title"): Words => {
  switch (kind) {
    case "person":
      return { vi: "Theo bài báo, tên người nào điền vào chỗ trống?", en: "According to the article, whose name fills the gap?" };
    case "place":
      return { vi: "Theo bài báo, địa danh nào điền vào chỗ trống?", en: "According to the article, which place fills the gap?" };
    case "organization":
      return { vi: "Theo bài báo, cơ quan hay tổ chức nào điền vào chỗ trống?", en: "According to the article, which organisation fills the gap?" };
    case "event":
      return { vi: "Theo bài báo, sự kiện nào điền vào chỗ trống?", en: "According to the article, which event fills the gap?" };
    case "document":
      return { vi: "Theo bài báo, văn bản nào điền vào chỗ trống?", en: "According to the article, which document fills the gap?" };
    default:
      return { vi: "Theo bài báo, tên gọi nào điền vào chỗ trống?", en: "According to the article, which title fills the gap?" };
  }
};

export const INSTRUCTIONS = {
  numberChoice,
  nameChoice,
  termChoice: { vi: "Chọn từ ngữ điền vào chỗ trống.", en: "Choose the words that fill the gap." },
  termMeaning: { vi: "Từ ngữ trong ngoặc «» ở câu sau nghĩa là gì trong tiếng Anh?", en: "What does the phrase in «» mean in Vietnamese?" },
  typeIt: { vi: "Gõ phần còn thiếu vào chỗ trống.", en: "Type the missing words." },
  /** A term typed from its meaning in the other language, with how many words (Vietnamese: syllables) it has. */
  typeTerm: (hint: string, words: number, shape: string): Words => ({
    vi: `Gõ từ ngữ còn thiếu vào chỗ trống (${words} tiếng, dạng “${shape}”; gợi ý: “${hint}”).`,
    en: words === 1 ? `Type the missing word (shape “${shape}”; hint: “${hint}”).` : `Type the ${words} missing words (shape “${shape}”; hint: “${hint}”).`,
  }),
  typeNumber: { vi: "Gõ con số còn thiếu vào chỗ trống.", en: "Type the missing number." },
  typeDate: { vi: "Gõ ngày tháng còn thiếu vào chỗ trống.", en: "Type the missing date." },
  typeScore: { vi: "Gõ tỷ số còn thiếu vào chỗ trống.", en: "Type the missing score." },
  typeYear: { vi: "Gõ năm còn thiếu vào chỗ trống.", en: "Type the missing year." },
  typeDates: { vi: "Gõ khoảng thời gian còn thiếu (từ ngày nào đến ngày nào).", en: "Type the missing dates (from when to when)." },
  typeRange: { vi: "Gõ khoảng số còn thiếu (từ bao nhiêu đến bao nhiêu).", en: "Type the missing range (from how many to how many)." },
  typeName: { vi: "Gõ tên còn thiếu vào chỗ trống.", en: "Type the missing name." },
  trueFalse: { vi: "Theo bài báo, câu sau đúng hay sai?", en: "According to the article, is this statement true or false?" },
  matching: { vi: "Nối mỗi thuật ngữ tiếng Việt với nghĩa tiếng Anh của nó.", en: "Match each Vietnamese term with its English equivalent." },
  ordering: { vi: "Sắp xếp các ý theo đúng thứ tự trong bài.", en: "Put these in the order the article gives them." },
  chooseAnswer: { vi: "Chọn đáp án đúng.", en: "Choose the right answer." },
  translation: { vi: "Chọn bản dịch tiếng Anh đúng của câu sau.", en: "Choose the right Vietnamese translation of this sentence." },
} satisfies Record<string, Words | ((...args: never[]) => Words)>;

export const TRUE_FALSE: Record<Lang, { true: string; false: string }> = {
  vi: { true: "Đúng", false: "Sai" },
  en: { true: "True", false: "False" },
};

/** A quotation that is a sentence of its own (a capital first, several words), not a phrase
 * taken into the reporter's sentence ("học sinh “dám tháo tung mọi thứ…”"). */
const isSentence = (quote: string) => /^\p{Lu}/u.test(quote.trim()) && quote.split(/\s+/).length > 6;

/** "X said: “…”" (a sentence) or "X used the words “…”" (a phrase), to judge true or false.
 * A quotation that ends its own sentence ("… every border.”") takes no second full stop. */
export const saidStatement = (person: string, quote: string, lang: Lang) => {
  const long = isSentence(quote);
  const q = quote.replace(/[,;]\s*$/u, "");
  const end = /[.!?…]$/u.test(q.trimEnd()) ? "" : ".";
  if (lang === "vi") return long ? `${person} nói: “${q}”${end}` : `${person} đã nói đến “${q}”${end}`;
  return long ? `${person} said: “${q}”${end}` : `${person} used the ${q.includes(" ") ? "words" : "word"} “${q}”${end}`;
};

/** "Who used the words…" for a phrase, "who said…" for a sentence. */
export const whoSaid = (quote: string, lang: Lang) => {
  const long = isSentence(quote);
  const q = quote.replace(/[,;.]\s*$/u, "");
  if (lang === "vi") return long ? `Theo bài báo, ai đã nói: “${q}”?` : `Theo bài báo, ai đã nói đến “${q}”?`;
  return long ? `According to the article, who said: “${q}”?` : `According to the article, who used the ${q.includes(" ") ? "words" : "word"} “${q}”?`;
};

export const whoIsCalled = (epithet: string, lang: Lang) =>
  lang === "vi" ? `Trong bài, ai được gọi là “${epithet}”?` : `Who does the article call “${epithet}”?`;

/** A role after "the": "former" and lower-case roles read as running text. */
const theRole = (role: string) => (/^\p{Lu}[\p{L}-]*['’]s\s/u.test(role) ? role : `the ${role.replace(/^Former\b/u, "former")}`);

/** A role that names one post ("the Director of…", "the chairman of the Quang Ngai People's
 * Committee") takes "the"; one of many ("striker", "a member of the team") takes "a". */
const onePost = (role: string) =>
  /^\p{Lu}/u.test(role) || /^Former\b/u.test(role) || /^\p{L}+['’]s\s/u.test(role) || (/\bof\b/u.test(role) && !/^(member|one|part|fellow|resident|pupil|student|volunteer|citizen)\b/iu.test(role));
const roleWithArticle = (role: string) => (onePost(role) ? theRole(role) : `${/^[aeiou]/iu.test(role) ? "an" : "a"} ${role}`);

export const whoHasRole = (role: string, lang: Lang) =>
  lang === "vi" ? `Theo bài báo, ai là ${role}?` : /^\p{Lu}/u.test(role) ? `According to the article, who is ${theRole(role)}?` : `According to the article, who is ${roleWithArticle(role)}?`;

/** "X is the Director of…" as a statement to judge. */
export const hasRole = (person: string, role: string, lang: Lang) => (lang === "vi" ? `${person} là ${role}.` : `${person} is ${roleWithArticle(role)}.`);

/** What a number counts: "Theo bài báo, con số “hơn 800” chỉ điều gì?" */
export const whatCounts = (number: string, lang: Lang) =>
  lang === "vi" ? `Theo bài báo, con số “${number}” chỉ điều gì?` : `According to the article, what does the figure “${number}” refer to?`;

export const whichIsLarger = { vi: "Theo bài báo, trong các con số sau, con số nào lớn nhất?", en: "According to the article, which of these numbers is the largest?" };
export const numberOf = (counted: string, lang: Lang) => (lang === "vi" ? `Số ${counted}` : `The number of ${counted}`);

export const explain = {
  answer: (answer: string, sentence: string, lang: Lang) =>
    lang === "vi" ? `Đáp án: ${answer}. Trong bài: “${sentence}”` : `Answer: ${answer}. In the article: “${sentence}”`,
  verdict: (isTrue: boolean, sentence: string, lang: Lang) =>
    lang === "vi" ? `${isTrue ? "Đúng" : "Sai"}. Trong bài: “${sentence}”` : `${isTrue ? "True" : "False"}. In the article: “${sentence}”`,
  order: (items: string[], lang: Lang) =>
    lang === "vi" ? `Thứ tự trong bài: ${items.join(" → ")}.` : `The article's order: ${items.join(" → ")}.`,
  pairs: (pairs: string[], lang: Lang) => (lang === "vi" ? `Các cặp đúng: ${pairs.join("; ")}.` : `The right pairs: ${pairs.join("; ")}.`),
  sourceSpelling: (source: string, correct: string, lang: Lang) =>
    lang === "vi" ? ` Bài gốc viết “${source}”; tên đúng là ${correct}, cả hai cách viết đều được chấp nhận.` : ` The original article spells it “${source}”; the correct name is ${correct}. Both spellings are accepted.`,
  compare: (figures: string, lang: Lang) => (lang === "vi" ? `Trong bài: ${figures}.` : `In the article: ${figures}.`),
};
