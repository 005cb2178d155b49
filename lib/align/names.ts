// Glossary suggestions for an import: names written in both sentences of a pair (Nguyễn Văn
// Hùng ↔ Nguyen Van Hung, Đà Nẵng ↔ Da Nang, WAIC ↔ WAIC), with a guess at what each names
// from the words before it. The teacher accepts, corrects or drops each one. Pure.
import { withoutMarks } from "@/lib/content/fold";
import type { DraftPair, DraftTerm } from "./draft";

const RUN = /(?:\p{Lu}[\p{L}\p{M}&'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*)*/gu;
const fold = (text: string) => withoutMarks(text).toLowerCase().replace(/[.'’]/gu, "");

const PERSON_BEFORE = /(?:ông|bà|anh|chị|em|thầy|cô|TS\.|ThS\.|PGS\.TS\.|GS\.|BS\.|Thủ tướng|Bộ trưởng|Chủ tịch|Giám đốc|Hiệu trưởng)\s*$/u;
const PLACE_BEFORE = /(?:tỉnh|thành phố|TP\.?|xã|huyện|quận|phường|sông|đảo|tại|ở)\s*$/iu;
const BODY_HEAD = /^(?:Bộ|Sở|Ủy ban|UBND|Công ty|Tập đoàn|Trường|Bệnh viện|Viện|Hội|Liên đoàn|Ngân hàng|Tổ chức|Trung tâm|Quỹ)\s/u;
const EVENT_HEAD = /^(?:Hội nghị|Lễ hội|Diễn đàn|Triển lãm|Giải|Cúp|Đại hội|Hội chợ)\s/u;

/** The commonest Vietnamese family names: a name that starts with one is a person's. */
const SURNAME = /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Mai|Tôn)\s\p{Lu}/u;

function kindOf(name: string, before: string): DraftTerm["kind"] {
  if (EVENT_HEAD.test(name) || /\s(?:Cup|Festival|Expo|Games|\d{4})$/u.test(name)) return "event";
  if (SURNAME.test(name)) return "person";
  if (BODY_HEAD.test(name) || /^\p{Lu}{2,}$/u.test(name)) return "organization";
  if (PERSON_BEFORE.test(before)) return "person";
  if (PLACE_BEFORE.test(before)) return "place";
  return name.split(/\s+/u).length >= 3 ? "person" : "place";
}

/** Names found alike on both sides of a pair, once each, in reading order. */
export function suggestNames(pairs: readonly DraftPair[], known: readonly { vi: string }[] = []): DraftTerm[] {
  const seen = new Set(known.map((k) => fold(k.vi)));
  const out: DraftTerm[] = [];
  for (const pair of pairs) {
    const vi = pair.vi.join(" ");
    const en = pair.en.join(" ");
    const english = new Map<string, string>();
    for (const m of en.matchAll(RUN)) english.set(fold(m[0]), m[0]);
    for (const m of vi.matchAll(RUN)) {
      const name = m[0].replace(/[.]$/u, "");
      const start = m.index ?? 0;
      // A sentence's first word is capitalised anyway: only a run of two or more counts there.
      if ((start === 0 || /[.!?]\s*$/u.test(vi.slice(0, start))) && !name.includes(" ")) continue;
      const key = fold(name);
      const match = english.get(key);
      if (!match || seen.has(key) || key.length < 3) continue;
      seen.add(key);
      out.push({ vi: name, en: match.replace(/[.]$/u, ""), kind: kindOf(name, vi.slice(Math.max(0, start - 20), start)), note: "" });
    }
  }
  return out;
}
