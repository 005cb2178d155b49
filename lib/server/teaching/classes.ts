import "server-only";
import { randomInt } from "node:crypto";
import { newJoinCode } from "@/lib/classes/join-code";
import type { ClassInput } from "@/lib/classes/schemas";
import { isLearner, isTeacher, type Actor } from "@/lib/server/platform/actor";
import { db } from "@/lib/server/platform/db";
import { DONE, failure, type Done, type Failure } from "@/lib/server/platform/errors";
import { submitAttempt } from "@/lib/server/learning/attempts";
import { clearSignInFailures, signInPausedUntil } from "@/lib/server/platform/limits";
import { cancelResets, issueResetCode } from "@/lib/server/platform/password-reset";

// Classes: a teacher's own (create, roster, archive, new code) and a learner's (join by code).
// Teachers' functions find only classes with their id as teacherId: anything else reads as
// null and fails as "not-found" (another teacher's class looks like no class at all).

/** Draws join codes until one is free (a clash is about one in 887 million per class). */
async function freeJoinCode(): Promise<string> {
  for (;;) {
    const code = newJoinCode(randomInt);
    if (!(await db().class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
}

/** A new class for the teacher; "not-found" for anyone else. */
export async function createClass(actor: Actor, input: ClassInput): Promise<{ id: string } | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  return db().class.create({
    data: { teacherId: actor.id, name: input.name, level: input.level, joinCode: await freeJoinCode() },
    select: { id: true },
  });
}

/** The teacher's classes, active first then archived, newest first, with member counts. */
export async function listTeacherClasses(actor: Actor) {
  if (!isTeacher(actor)) return [];
  const rows = await db().class.findMany({
    where: { teacherId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      level: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, level: r.level, joinCode: r.joinCode, archived: r.archivedAt !== null, learners: r._count.enrollments, assignments: r._count.assignments }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

/** One of the teacher's classes with its roster and assignments, or null. */
export async function getTeacherClass(actor: Actor, classId: string, now = new Date()) {
  if (!isTeacher(actor)) return null;
  const row = await db().class.findFirst({
    where: { id: classId, teacherId: actor.id },
    select: {
      id: true,
      name: true,
      level: true,
      joinCode: true,
      archivedAt: true,
      enrollments: {
        orderBy: { joinedAt: "asc" },
        select: { joinedAt: true, removedAt: true, user: { select: { id: true, name: true, username: true } } },
      },
      assignments: {
        orderBy: { createdAt: "desc" },
        select: { id: true, dueAt: true, publishedAt: true, article: { select: { slug: true, titleVi: true, titleEn: true } } },
      },
    },
  });
  if (!row) return null;
  const current = row.enrollments.filter((e) => !e.removedAt);
  // Learners whose sign-in waits after wrong passwords: the teacher can lift it.
  const paused = await signInPausedUntil(db(), current.flatMap((e) => (e.user.username ? [e.user.username] : [])), now);
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    joinCode: row.joinCode,
    archived: row.archivedAt !== null,
    learners: current.map((e) => ({
      id: e.user.id,
      name: e.user.name,
      username: e.user.username,
      joinedAt: e.joinedAt,
      signInPausedUntil: (e.user.username && paused.get(e.user.username)) || null,
    })),
    removedLearners: row.enrollments
      .flatMap((e) => (e.removedAt ? [{ id: e.user.id, name: e.user.name, username: e.user.username, removedAt: e.removedAt }] : []))
      .sort((a, b) => b.removedAt.getTime() - a.removedAt.getTime()),
    assignments: row.assignments.map((a) => ({
      id: a.id,
      dueAt: a.dueAt,
      published: a.publishedAt !== null,
      article: { slug: a.article.slug, title: { vi: a.article.titleVi, en: a.article.titleEn } },
    })),
  };
}

/**
 * Takes a learner off the roster: their past work stays, a quiz they had open for one of the
 * class's assignments closes as it stands (graded, nothing more saved), and the join code no
 * longer lets them in until the teacher does (`readmitLearner`). "not-found" if not the
 * teacher's class or not a member.
 */
export async function removeLearner(actor: Actor, classId: string, learnerId: string): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const result = await db().enrollment.updateMany({
    where: { classId, userId: learnerId, removedAt: null, class: { teacherId: actor.id } },
    data: { removedAt: new Date() },
  });
  if (result.count !== 1) return failure("not-found");
  // A reset code made for them while they were here no longer works.
  await cancelResets(learnerId);
  const open = await db().attempt.findMany({
    where: { userId: learnerId, status: "in_progress", quiz: { assignment: { classId } } },
    select: { id: true },
  });
  for (const attempt of open) await submitAttempt(learnerId, attempt.id);
  return DONE;
}

/** Lets a removed learner back into the class, as they were. "not-found" unless the teacher removed them. */
export async function readmitLearner(actor: Actor, classId: string, learnerId: string): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const result = await db().enrollment.updateMany({
    where: { classId, userId: learnerId, removedAt: { not: null }, class: { teacherId: actor.id } },
    data: { removedAt: null },
  });
  return result.count === 1 ? DONE : failure("not-found");
}

/** The username of a current learner of one of the teacher's classes, or null. */
async function rosterLearner(actor: Actor, classId: string, learnerId: string): Promise<{ id: string; username: string } | null> {
  if (!isTeacher(actor)) return null;
  const enrollment = await db().enrollment.findFirst({
    where: { classId, userId: learnerId, removedAt: null, class: { teacherId: actor.id } },
    select: { user: { select: { id: true, username: true } } },
  });
  const user = enrollment?.user;
  return user?.username ? { id: user.id, username: user.username } : null;
}

/**
 * A one-time code with which a learner of the class who forgot their password sets a new
 * one (with their username, on the reset page). Only the newest code works; it also ends the
 * learner's sessions and their sign-in wait once used. "not-found" unless they are on the
 * teacher's roster.
 */
export async function resetLearnerPassword(actor: Actor, classId: string, learnerId: string, now = new Date()): Promise<{ code: string; expiresAt: Date; username: string } | Failure<"not-found">> {
  const learner = await rosterLearner(actor, classId, learnerId);
  if (!learner) return failure("not-found");
  return { ...(await issueResetCode(learner.id, now)), username: learner.username };
}

/** Lifts the wait a learner of the class meets after wrong passwords. "not-found" unless on the roster. */
export async function unlockLearnerSignIn(actor: Actor, classId: string, learnerId: string): Promise<Done | Failure<"not-found">> {
  const learner = await rosterLearner(actor, classId, learnerId);
  if (!learner) return failure("not-found");
  await clearSignInFailures(db(), learner.username);
  return DONE;
}

/** Archives the class (or brings it back). "not-found" if it is not the teacher's. */
export async function setClassArchived(actor: Actor, classId: string, archived: boolean): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const result = await db().class.updateMany({ where: { id: classId, teacherId: actor.id }, data: { archivedAt: archived ? new Date() : null } });
  return result.count === 1 ? DONE : failure("not-found");
}

/** Gives the class a new join code (the old one stops working). "not-found" if not the teacher's. */
export async function renewJoinCode(actor: Actor, classId: string): Promise<{ joinCode: string } | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const joinCode = await freeJoinCode();
  const result = await db().class.updateMany({ where: { id: classId, teacherId: actor.id }, data: { joinCode } });
  return result.count === 1 ? { joinCode } : failure("not-found");
}

/** What the join page shows about a code: the class and its teacher (nothing else). */
export async function findClassByCode(code: string) {
  const row = await db().class.findUnique({
    where: { joinCode: code },
    select: { id: true, name: true, level: true, archivedAt: true, teacher: { select: { name: true } } },
  });
  return row ? { id: row.id, name: row.name, level: row.level, archived: row.archivedAt !== null, teacherName: row.teacher.name } : null;
}

/** Whether a learner is in the class already, was taken off it, or neither (null). */
export async function membershipOf(actor: Actor, classId: string): Promise<"member" | "removed" | null> {
  if (!isLearner(actor)) return null;
  const row = await db().enrollment.findUnique({ where: { classId_userId: { classId, userId: actor.id } }, select: { removedAt: true } });
  return row ? (row.removedAt ? "removed" : "member") : null;
}

export type JoinFailure = Failure<"code-unknown" | "class-archived" | "teachers-cannot-join" | "sign-up-first" | "removed-from-class">;

/** Joins the class with this code (a member already in stays in). Only signed-up learners, and not one the teacher removed. */
export async function joinClass(actor: Actor, code: string): Promise<{ classId: string } | JoinFailure> {
  if (actor.isGuest) return failure("sign-up-first");
  if (!isLearner(actor)) return failure("teachers-cannot-join");
  const found = await db().class.findUnique({ where: { joinCode: code }, select: { id: true, archivedAt: true } });
  if (!found) return failure("code-unknown");
  if (found.archivedAt) return failure("class-archived");
  const where = { classId_userId: { classId: found.id, userId: actor.id } };
  const member = await db().enrollment.findUnique({ where, select: { removedAt: true } });
  if (member?.removedAt) return failure("removed-from-class");
  await db().enrollment.upsert({ where, create: { classId: found.id, userId: actor.id }, update: {} });
  return { classId: found.id };
}
