// The words around a question, in each language. Questions are content the engine writes
// (like the article they come from), so their frame lives with the engine. Pure.
import type { Lang } from "./types";

type Words = Record<Lang, string>;

export const BLANK = "_____";

export const INSTRUCTIONS = {
  numberChoice: { vi: "Theo bài báo, con số nào điền vào chỗ trống?", en: "According to the article, which number fills the gap?" },
  nameChoice: { vi: "Theo bài báo, tên nào điền vào chỗ trống?", en: "According to the article, which name fills the gap?" },
  termChoice: { vi: "Chọn từ ngữ điền vào chỗ trống.", en: "Choose the words that fill the gap." },
  typeIt: { vi: "Gõ phần còn thiếu vào chỗ trống.", en: "Type the missing words." },
  typeItOther: { vi: "Gõ phần còn thiếu bằng tiếng Anh.", en: "Type the missing words in Vietnamese." },
  trueFalse: { vi: "Theo bài báo, câu sau đúng hay sai?", en: "According to the article, is this statement true or false?" },
  matching: { vi: "Nối mỗi thuật ngữ tiếng Việt với nghĩa tiếng Anh của nó.", en: "Match each Vietnamese term with its English equivalent." },
  ordering: { vi: "Sắp xếp các ý theo đúng thứ tự trong bài.", en: "Put these in the order the article gives them." },
  chooseAnswer: { vi: "Chọn đáp án đúng.", en: "Choose the right answer." },
  translation: { vi: "Chọn bản dịch tiếng Anh đúng của câu sau.", en: "Choose the right Vietnamese translation of this sentence." },
} satisfies Record<string, Words>;

export const TRUE_FALSE: Record<Lang, { true: string; false: string }> = {
  vi: { true: "Đúng", false: "Sai" },
  en: { true: "True", false: "False" },
};

export const whoSaid = (quote: string, lang: Lang) =>
  lang === "vi" ? `Theo bài báo, ai đã dùng cụm từ “${quote}”?` : `According to the article, who used the words “${quote}”?`;

export const whoIsCalled = (epithet: string, lang: Lang) =>
  lang === "vi" ? `Trong bài, ai được gọi là “${epithet}”?` : `Who does the article call “${epithet}”?`;

export const explain = {
  answer: (answer: string, sentence: string, lang: Lang) =>
    lang === "vi" ? `Đáp án: ${answer}. Trong bài: “${sentence}”` : `Answer: ${answer}. In the article: “${sentence}”`,
  verdict: (isTrue: boolean, sentence: string, lang: Lang) =>
    lang === "vi" ? `${isTrue ? "Đúng" : "Sai"}. Trong bài: “${sentence}”` : `${isTrue ? "True" : "False"}. In the article: “${sentence}”`,
  order: (items: string[], lang: Lang) =>
    lang === "vi" ? `Thứ tự trong bài: ${items.join(" → ")}.` : `The article's order: ${items.join(" → ")}.`,
  pairs: (pairs: string[], lang: Lang) => (lang === "vi" ? `Các cặp đúng: ${pairs.join("; ")}.` : `The right pairs: ${pairs.join("; ")}.`),
};
