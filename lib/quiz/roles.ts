// A person's role as news writes it, before the name or beside it: "Phó Chủ tịch UBND thành
// phố Huế Tôn Nữ Minh Châu" ↔ "Ton Nu Minh Chau, Vice Chairwoman of the Hue City People's
// Committee"; "tiền đạo Nguyễn Tiến Linh" ↔ "striker Nguyen Tien Linh". Pure.
import type { ArticleEntities, Occurrence } from "./entities";
import type { QuizArticle, RoleFact } from "./types";

const VI_ROLE =
  /(?:^|[\s(])((?:Cựu |Nguyên |Phó |Tổng )?(?:Chủ tịch|Giám đốc|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng thống|Hiệu trưởng|Trưởng khoa|Trưởng phòng|Trưởng ban|Viện trưởng|Chủ nhiệm|HLV trưởng|HLV|Huấn luyện viên|Kiến trúc sư|Nghệ nhân|CEO|Tổng Bí thư|Thống đốc|Đại sứ|Giáo sư|tiền đạo|tiền vệ|hậu vệ|thủ môn|giáo viên|chuyên gia|nhà khoa học)(?:\s[^,;:."“”()]*?)?)\s*$/u;
const VI_ROLE_AFTER =
  /^,\s*((?:Cựu |Nguyên |Phó |Tổng )?(?:Chủ tịch|Giám đốc|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng thống|Hiệu trưởng|Trưởng khoa|Trưởng phòng|Trưởng ban|Viện trưởng|Chủ nhiệm|HLV|Huấn luyện viên|Kiến trúc sư|Nghệ nhân|CEO|giáo viên|giảng viên|chuyên gia|nhà khoa học)[^,;:."“”()]*?)(?:\s*\([^)]*\))?(?:,|\.(?:\s|$))/u;
/** An award or title the article says a person won: "được bầu là Cầu thủ xuất sắc nhất giải". */
const VI_AWARD = /^\s*(?:được bầu là|được chọn là|được vinh danh là|giành danh hiệu|nhận danh hiệu)\s+([^,;:."“”()]{3,60})/u;
const EN_AWARD = /^\s*(?:was voted|was named|was chosen as|won the title of)\s+(?:the\s+)?([^,;:"“”()]{3,60}?)(?:,|\.|\s+(?:while|and|after)\b)/u;
const EN_ROLE_WORD =
  /\b(chair(?:man|woman)?|director|premier|president|minister|secretary|governor|ambassador|ceo|head(?:teacher)?|principal|coach|manager|striker|midfielder|defender|goalkeeper|architect|artisan|craftsman|teacher|scientist|expert|specialist|professor|lecturer|researcher|chief)\b/iu;
const EN_ROLE_AFTER = /^,\s*((?:a |an |the )?[^,;:"“”()]{3,90}?)(?:\s*\([^)]*\))?(?:,|\.(?:\s|$))/u;

const words = (text: string) => text.trim().split(/\s+/).length;
/** "the city's " or "Vietnam's " just before a role. */
const POSSESSIVE_BEFORE = /(?:^|\s)(the\s+)?([\p{L}-]+['’]s)\s+$/iu;

/** The English role before a name: the run of words that ends at the name and holds a role
 * word ("Former Google CEO", "Chinese Premier", "striker"). */
function enRoleBefore(text: string, start: number): string | null {
  const before = text.slice(0, start).trimEnd();
  const m = /((?:[A-Z][\w'-]*\s+|(?:of|the|and)\s+){0,6}?(?:[A-Za-z][\w'-]*\s+)?)$/u.exec(`${before} `);
  const tokens = (m?.[1] ?? "").trim().split(/\s+/).filter(Boolean);
  if (!EN_ROLE_WORD.test(tokens.at(-1) ?? "")) return null;
  // Widen leftwards over modifiers ("Former Google CEO"), never over a verb ("Quoting").
  let from = tokens.length - 1;
  while (from > 0 && !/(ing|ed)$/u.test(tokens[from - 1] ?? "") && /^(\p{Lu}|of$|the$|and$)/u.test(tokens[from - 1] ?? "")) from--;
  const role = tokens.slice(from).join(" ").replace(/^(the|a|an|of|and)\s+/iu, "");
  // "The city's Vice Chairwoman": the possessive says whose, and the role is bare without it.
  // A name's possessive keeps its capital ("Vietnam's"), a common noun's does not ("the city's").
  const owner = before.endsWith(role) ? POSSESSIVE_BEFORE.exec(before.slice(0, before.length - role.length)) : null;
  const whose = owner?.[2];
  if (!whose) return role;
  return `${owner[1] ? whose.toLowerCase() : whose} ${role}`;
}

function viRole(text: string, o: Occurrence): string | null {
  const before = VI_ROLE.exec(text.slice(Math.max(0, o.start - 90), o.start));
  const phrase = before?.[1]?.trim();
  if (phrase && words(phrase) <= 10) return phrase;
  const after = VI_ROLE_AFTER.exec(text.slice(o.end));
  const appositive = after?.[1]?.trim();
  return appositive && words(appositive) <= 12 ? appositive : null;
}

function enRole(text: string, o: Occurrence): string | null {
  const after = EN_ROLE_AFTER.exec(text.slice(o.end));
  const appositive = after?.[1]?.trim();
  if (appositive && EN_ROLE_WORD.test(appositive) && words(appositive) <= 14) return appositive.replace(/^(the|a|an)\s+/iu, "");
  return enRoleBefore(text, o.start);
}

/** Each person's role (and award), the first time the article gives it in both languages. */
export function roleFacts(article: QuizArticle, entities: ArticleEntities): RoleFact[] {
  const facts: RoleFact[] = [];
  const seen = new Set<string>();
  const add = (o: Occurrence, role: { vi: string | null; en: string | null }, kind: string, sentenceId: string) => {
    const key = `${o.entityId}|${kind}`;
    if (!role.vi || !role.en || seen.has(key)) return;
    seen.add(key);
    facts.push({ id: kind === "role" ? `role:${o.entityId}` : `role:${o.entityId}:${kind}`, type: "role", person: { entityId: o.entityId, name: o.name }, role: { vi: role.vi, en: role.en }, sentenceIds: [sentenceId] });
  };
  for (const sentence of article.sentences) {
    const { vi, en } = entities.bySentence.get(sentence.id) ?? { vi: [], en: [] };
    for (const o of vi) {
      if (o.kind !== "person" || o.short) continue;
      const other = en.find((e) => e.entityId === o.entityId);
      if (!other) continue;
      add(o, { vi: viRole(sentence.vi, o), en: enRole(sentence.en, other) }, "role", sentence.id);
      add(o, { vi: VI_AWARD.exec(sentence.vi.slice(o.end))?.[1]?.trim() ?? null, en: EN_AWARD.exec(sentence.en.slice(other.end))?.[1]?.trim() ?? null }, "award", sentence.id);
    }
  }
  // Two people with the same role name tell a pupil nothing apart; a bare title ("President",
  // "Chủ tịch") says too little ("the President" of what?), unless it names a position on a team.
  const count = (text: string) => facts.filter((f) => f.role.vi.toLowerCase() === text.toLowerCase()).length;
  const NEEDS_OBJECT = /^(?:Cựu |Nguyên |Phó |Tổng )?(?:Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng|Thủ tướng|Tổng thống|Trưởng ban|Trưởng phòng|Viện trưởng|Chủ nhiệm|CEO)$/iu;
  const specific = (f: RoleFact) => !NEEDS_OBJECT.test(f.role.vi.trim());
  return facts.filter((f) => count(f.role.vi) === 1 && specific(f));
}
