import "server-only";

/** Who is acting: every class and assignment service takes one and checks it in the query. */
export type Actor = { id: string; role: "learner" | "teacher"; isGuest?: boolean };

export const isTeacher = (actor: Actor | null): actor is Actor => actor?.role === "teacher" && !actor.isGuest;
/** A signed-up learner (guests must sign up before they join a class). */
export const isLearner = (actor: Actor | null): actor is Actor => actor?.role === "learner" && !actor.isGuest;
