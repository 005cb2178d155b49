// Vietnamese written without its marks: the one place tone marks and accents are folded away.

/** The text without tone marks or accents, đ → d and Đ → D ("Lý Cường" → "Ly Cuong"). */
export function withoutMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}
