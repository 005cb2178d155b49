// Questions on the people, places, bodies, events and documents of an article: fill the gap,
// true/false with another name of the same role, who said it, who is called what, and who
// holds which role. Pure.
import { gapQuestions, ROLE_BEFORE, sameGenderAs, sentenceOf, type Context } from "./build-gaps";
import { inventedNames, nameDistractors } from "./distractors";
import { answerExplanation, choiceOptions, directionFor, makeQuestion, sameLanguage, type Built, type Direction } from "./kit";
import { seededRandom, shuffle, stableId } from "./random";
import { explain, hasRole, INSTRUCTIONS, saidStatement, TRUE_FALSE, whoHasRole, whoIsCalled, whoSaid } from "./templates";
import { normalizeAnswer, wholeWordSpans, type Span } from "./text";
import type { Bilingual, EntityFact, EpithetFact, Lang, QuotationFact, RoleFact } from "./types";

/** The name as the sentence writes it must be the name itself (not "Chinese" for China). */
function writtenAsName(text: string, span: Span, name: string): boolean {
  return normalizeAnswer(text.slice(span.start, span.end)) === normalizeAnswer(name);
}

/** Swapping the name of something being created makes nonsense ("proposed setting up Google"). */
const CREATION = /(thành lập|thiết lập|ra mắt|khai sinh|xây dựng|set(?:ting)? up|establish\w*|found\w*|launch\w*|creat\w*)\s+(?:một\s+|a\s+|an\s+|the\s+)?$/iu;

/** Where the source misspells a name and the editors' glossary gives it right (the seed's
 * "Hilton" for Hinton): a person whose two names are both in Latin letters and differ. */
function sourceSpelling(fact: EntityFact): { source: string; correct: string } | null {
  if (fact.kind !== "person" || fact.name.vi === fact.name.en) return null;
  const latin = /^[A-Za-z\s.'-]+$/;
  return latin.test(fact.name.vi) && latin.test(fact.name.en) ? { source: fact.name.vi, correct: fact.name.en } : null;
}

/** A person's name as a wrong option shows it: spelled as the editors' note corrects it
 * ("Geoffrey Hinton", not the Vietnamese source's "Geoffrey Hilton"). The key keeps the
 * article's own spelling, which is what the pupil read. */
function rightly(name: Bilingual, lang: Lang, kind: string = "person"): string {
  const latin = /^[A-Za-z\s.'-]+$/;
  return kind === "person" && lang === "vi" && name.vi !== name.en && latin.test(name.vi) && latin.test(name.en) ? name.en : name[lang];
}

/** "bão Noru" among "bão Yagi", "bão Damrey": a bare name ("Krovanh") takes the key's common
 * head word, so no option stands out by its shape. */
function withHead(key: string, option: string): string {
  const head = /^(bão|sông|tỉnh|hồ|núi|đảo|xã|huyện)\s/u.exec(key)?.[1];
  return head && /^\p{Lu}/u.test(option) && option.split(/\s/u)[0]!.toLocaleLowerCase("vi") !== head ? `${head} ${option}` : option;
}

const MAX_TYPED_WORDS = 3;

/** Other quoted titles of the article (themes, slogans, book titles): a theme is confused
 * with another theme, not with a law. */
function titleDistractors(ctx: Context, fact: EntityFact): Bilingual[] {
  return ctx.entities.filter((e) => e.id !== fact.id && e.id.startsWith("entity:title:") && normalizeAnswer(e.name.vi) !== normalizeAnswer(fact.name.vi)).map((e) => e.name);
}


export function entityQuestions(ctx: Context, fact: EntityFact): Built[] {
  const d = sameLanguage(ctx.language, fact.id);
  const lang = d.prompt;
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = fact.spans[lang];
  if (!s || !writtenAsName(s[lang], span, fact.name[lang])) return [];
  const { referents } = ctx.analysis;
  // "Manila (Philippines)", "sân Mỹ Đình, Hà Nội": a place written beside what contains it is
  // given away by it, and no other place fits both.
  // Written after it, what contains it comes off the prompt ("in _____, the Philippines" would
  // leave one answer): the gap reads "in _____"; written before it, nothing is asked.
  const related = (ctx.analysis.entities.bySentence.get(s.id)?.[lang] ?? []).filter((o) => o.kind === "place" && o.entityId !== fact.entityId && referents.related(o.name.vi, fact.name.vi));
  const BETWEEN = /^\s*[(,]\s*(?:the\s+)?$/u;
  const container = related.find((o) => BETWEEN.test(s[lang].slice(span.end, o.start)));
  if (fact.kind === "place" && related.some((o) => BETWEEN.test(s[lang].slice(o.end, span.start)))) return [];
  const dropAfter = fact.kind === "place" && container ? container.end - span.end + (/^\s*\(/u.test(s[lang].slice(span.end)) && s[lang].charAt(container.end) === ")" ? 1 : 0) : undefined;
  const rest = s[lang].slice(0, span.start) + s[lang].slice(span.end);
  const before = s[lang].slice(0, span.start);
  const creation = CREATION.test(before);
  const isTitle = fact.id.startsWith("entity:title:");
  // Something being created, or a title quoted in the text, is only confused with the
  // article's own names of its kind: "proposed setting up the World Bank" is absurd.
  // After a role the name must fit it: "Chinese Premier ___" is answered by the title alone,
  // and "Chủ tịch ___" only by a body that has a chair (another UBND, not a ministry).
  const afterRole = ROLE_BEFORE.test(before);
  const head = (name: string) => name.split(/\s+/)[0]?.toLowerCase() ?? "";
  const real = isTitle
    ? { names: titleDistractors(ctx, fact), outside: 0, mixedRoles: false }
    : fact.kind === "person" && afterRole
      ? { names: [], outside: 0, mixedRoles: false }
      : nameDistractors(fact.name, fact.kind, ctx.entities, referents, {
          shown: [rest],
          order: fact.id,
          ...(creation || afterRole ? { articleOnly: true, sameRoleOnly: true } : {}),
          ...(fact.kind === "person" ? { sameGender: sameGenderAs(ctx, undefined, before) } : {}),
          ...(afterRole && fact.kind === "organization" ? { sameGender: (n: Bilingual) => head(n.vi) === head(fact.name.vi) } : {}),
        });
  // Too few bodies of its kind in the article to confuse a new one with: names like its own.
  const invented = creation && fact.kind === "organization" && real.names.length < 3 ? inventedNames(fact.name[lang], lang, 3 - real.names.length) : [];
  const choice = { ...real, names: [...real.names, ...invented.map((n) => ({ vi: n, en: n }))] };
  // Another name beside a creation verb is nonsense; beside a role ("Thủ tướng X") or before
  // its own short name in parentheses ("X (ADB)") it contradicts the rest of the sentence. A
  // place swapped in makes a claim about somewhere the article does not cover ("the salinity
  // on the Vam Co Tay reached 68 km"): a reader cannot tell it is false, so places never are.
  // Nor events: an article's events go together (a festival in the Mid-Autumn season, a
  // summit held beside a conference), and what it says of one may hold for the other.
  const unswappable = creation || isTitle || fact.kind === "place" || fact.kind === "event" || dropAfter !== undefined || /^\s*\(/u.test(s[lang].slice(span.end)) || (fact.kind === "person" && ROLE_BEFORE.test(before));
  const wrong =
    creation && invented[0]
      ? { vi: invented[0], en: invented[0] }
      : unswappable
        ? undefined
        : nameDistractors(fact.name, fact.kind, ctx.entities, referents, {
            count: 1,
            shown: [rest],
            articleOnly: true,
            sameRoleOnly: true,
            order: `${fact.id}|tf`,
            sameShape: true,
            ...(fact.kind === "person" ? { sameGender: sameGenderAs(ctx, fact.entityId, before) } : {}),
            // "Chủ tịch UBND tỉnh Quảng Ngãi" → another UBND, never "Chủ tịch Bộ đội Biên phòng".
            ...(afterRole && fact.kind === "organization" ? { sameGender: (n: Bilingual) => head(n.vi) === head(fact.name.vi) } : {}),
          }).names[0];
  const answer = fact.name[lang];
  const spelling = sourceSpelling(fact);
  const others = referents.forms(answer, lang).filter((f) => normalizeAnswer(f) !== normalizeAnswer(answer));
  const explanation = answerExplanation(ctx.article, s.id, fact.name);
  if (spelling) {
    explanation.vi += explain.sourceSpelling(spelling.source, spelling.correct, "vi");
    explanation.en += explain.sourceSpelling(spelling.source, spelling.correct, "en");
  }
  const typedOk = fact.termId !== null || fact.kind === "person" || fact.kind === "place";
  const other: Lang = lang === "vi" ? "en" : "vi";
  return gapQuestions(ctx, {
    factId: fact.id,
    d,
    sentenceId: s.id,
    span,
    answer,
    distractors: choice.names.map((n) => withHead(answer, rightly(n, lang, fact.kind))),
    explanation,
    choice: { type: "multiple-choice", instruction: INSTRUCTIONS.nameChoice(isTitle ? "title" : fact.kind), difficulty: "easy" },
    typed:
      typedOk && answer.split(/\s+/).length <= MAX_TYPED_WORDS && (fact.kind === "person" || fact.kind === "place")
        ? {
            instruction: INSTRUCTIONS.typeName,
            answer: {
              kind: "text",
              display: answer,
              accepted: [...new Set([answer, fact.name[other], ...others].flatMap(withBareName))].filter((f) => !spelling || f !== (lang === "vi" ? spelling.correct : spelling.source)),
              typos: "name",
              ...(spelling ? { variants: [{ text: lang === "vi" ? spelling.correct : spelling.source, note: "source-spelling" as const }] } : {}),
            },
          }
        : null,
    wrongInPrompt: wrong ? wrong[lang] : null,
    otherNames: others,
    ...(dropAfter !== undefined ? { dropAfter } : {}),
    making: { outsideNames: choice.outside, mixedRoles: choice.mixedRoles },
  });
}

/** A name and, when it carries common words ("trạm Sơn Đốc", "Son Doc station"), the name
 * alone ("Sơn Đốc"), which is what a pupil asked for "the missing name" types. */
export function withBareName(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  let from = 0;
  let to = words.length;
  while (from < to && !/^\p{Lu}/u.test(words[from]!)) from++;
  while (to > from && !/^\p{Lu}/u.test(words[to - 1]!)) to--;
  const bare = words.slice(from, to);
  // Only the common words around a name come off, not words inside it ("Hồ Chí Minh", "Bay of Bengal").
  return bare.length > 0 && bare.length < words.length && bare.every((w) => /^\p{Lu}/u.test(w)) ? [name, bare.join(" ")] : [name];
}

/** A person as a Vietnamese statement names them: "Ông Lê Đình Khải", "Bà Tôn Nữ Minh Châu"
 * when the article shows who they are; English news uses the bare name. */
function named(ctx: Context, person: { entityId?: string; name: Bilingual }, lang: Lang): string {
  if (lang === "en") return person.name.en;
  const { genders, young, titles } = ctx.analysis.entities;
  const title = person.entityId ? titles.get(person.entityId) : undefined;
  if (title) return `${title} ${person.name.vi}`;
  if (person.entityId && young.has(person.entityId)) return `Em ${person.name.vi}`;
  const gender = person.entityId ? genders.get(person.entityId) : undefined;
  return gender === "male" ? `Ông ${person.name.vi}` : gender === "female" ? `Bà ${person.name.vi}` : person.name.vi;
}

/** The entity id of a person named in the article, by their name. */
const idOf = (ctx: Context, name: Bilingual) => ctx.entities.find((e) => e.kind === "person" && normalizeAnswer(e.name.vi) === normalizeAnswer(name.vi))?.entityId;

/** People who speak in the article first (they are who a pupil could confuse), then others. */
const speakersFirst = new WeakMap<Context, EntityFact[]>();
function personOptions(ctx: Context, person: Bilingual, shown: string[], order: string) {
  let people = speakersFirst.get(ctx);
  if (!people) {
    const speakers = new Set(ctx.analysis.facts.flatMap((f) => (f.type === "quotation" ? [f.speaker.name.vi] : [])));
    people = ctx.entities.filter((e) => e.kind === "person").sort((a, b) => Number(speakers.has(b.name.vi)) - Number(speakers.has(a.name.vi)));
    speakersFirst.set(ctx, people);
  }
  return nameDistractors(person, "person", people, ctx.analysis.referents, { shown, articleOnly: true, order });
}

function personChoice(ctx: Context, fact: QuotationFact | EpithetFact | RoleFact, d: Direction, prompt: string, person: Bilingual, shown: string[]): Built[] {
  const others = personOptions(ctx, person, shown, fact.id);
  // Two people only: a choice of two, which quality scoring marks as having few options.
  const choice = choiceOptions(stableId("k", fact.id, d.prompt, d.options), person[d.options], others.names.map((o) => rightly(o, d.options)), 2);
  if (!choice) return [];
  const sentenceId = fact.sentenceIds.at(-1) ?? "";
  return [
    makeQuestion(ctx.article, {
      type: fact.type === "quotation" ? "who-said-it" : "multiple-choice",
      language: ctx.language,
      direction: d,
      variant: fact.type,
      factId: fact.id,
      instruction: INSTRUCTIONS.chooseAnswer,
      prompt,
      input: "choice",
      options: choice.options,
      answer: { kind: "option", optionId: choice.answerId },
      sourceSentenceIds: fact.sentenceIds,
      explanation: answerExplanation(ctx.article, sentenceId, person),
      difficulty: d.prompt === d.options ? "easy" : "medium",
      making: { minor: fact.type === "role" },
    }),
  ];
}

/** True and false statements built from facts (not copied from a sentence). */
function derivedStatements(ctx: Context, fact: QuotationFact | RoleFact, lang: Lang, statements: [boolean, string][]): Built[] {
  const s = sentenceOf(ctx, fact.sentenceIds.at(-1) ?? "");
  if (!s) return [];
  return statements.map(([isTrue, statement]) =>
    makeQuestion(ctx.article, {
      type: "true-false",
      language: ctx.language,
      direction: { prompt: lang, options: lang },
      variant: `${fact.type}-${isTrue}`,
      factId: fact.id,
      instruction: INSTRUCTIONS.trueFalse,
      prompt: statement,
      input: "choice",
      options: [
        { id: "true", text: TRUE_FALSE[lang].true },
        { id: "false", text: TRUE_FALSE[lang].false },
      ],
      answer: { kind: "option", optionId: isTrue ? "true" : "false" },
      sourceSentenceIds: fact.sentenceIds,
      explanation: { vi: explain.verdict(isTrue, s.vi, "vi"), en: explain.verdict(isTrue, s.en, "en") },
      difficulty: "medium",
      // Someone's post is a detail of who they are, not of the story.
      making: { minor: fact.type === "role" },
    }),
  );
}

export function quotationQuestions(ctx: Context, fact: QuotationFact): Built[] {
  const d = directionFor(ctx.language, fact.id);
  const built = personChoice(ctx, fact, d, whoSaid(fact.quote[d.prompt], d.prompt), fact.speaker.name, [fact.quote.vi, fact.quote.en]);
  const lang = d.prompt;
  // The quotation given to someone else of the same sex ("em … cậu bé" is a boy's words).
  const gender = ctx.analysis.entities.genders.get(fact.speaker.entityId);
  const other = personOptions(ctx, fact.speaker.name, [fact.quote.vi, fact.quote.en], `${fact.id}|tf`).names.find((n) => {
    const g = ctx.analysis.entities.genders.get(idOf(ctx, n) ?? "");
    return !gender || !g || g === gender;
  });
  const statements: [boolean, string][] = [[true, saidStatement(named(ctx, fact.speaker, lang), fact.quote[lang], lang)]];
  if (other) statements.push([false, saidStatement(named(ctx, { entityId: idOf(ctx, other), name: other }, lang), fact.quote[lang], lang)]);
  return [...built, ...derivedStatements(ctx, fact, lang, statements)];
}

export function epithetQuestions(ctx: Context, fact: EpithetFact): Built[] {
  const d = directionFor(ctx.language, fact.id);
  return personChoice(ctx, fact, d, whoIsCalled(fact.epithet[d.prompt], d.prompt), fact.person.name, [fact.epithet.vi, fact.epithet.en]);
}

/** "Who is the Director of…?" and "X is the Director of…: true or false?" (with another
 * person's role for the false one: a statement the article does not copy). */
export function roleQuestions(ctx: Context, fact: RoleFact, roles: RoleFact[]): Built[] {
  const d = directionFor(ctx.language, fact.id);
  const built = personChoice(ctx, fact, d, whoHasRole(fact.role[d.prompt], d.prompt), fact.person.name, [fact.role.vi, fact.role.en]);
  const lang = d.prompt;
  const others = shuffle(
    roles.filter((r) => r.id !== fact.id && normalizeAnswer(r.role[lang]) !== normalizeAnswer(fact.role[lang])),
    seededRandom(fact.id),
  );
  const who = named(ctx, fact.person, lang);
  const statements: [boolean, string][] = [[true, hasRole(who, fact.role[lang], lang)]];
  const swap = others[0];
  // The other role must not be written beside this person's name anywhere in the article.
  if (swap && !ctx.article.sentences.some((x) => wholeWordSpans(x[lang], swap.role[lang]).length > 0 && wholeWordSpans(x[lang], fact.person.name[lang]).length > 0)) {
    statements.push([false, hasRole(who, swap.role[lang], lang)]);
  }
  built.push(...derivedStatements(ctx, fact, lang, statements));
  return built;
}
