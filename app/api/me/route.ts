import { auth } from "@/lib/server/platform/auth";
import { dueCount } from "@/lib/server/learning/reviews";
import { jsonRoute } from "@/lib/server/platform/api";

/** Who is signed in and how many review cards are due, for the header's account menu. */
export const GET = jsonRoute(async (request: Request) => {
  const session = await auth().api.getSession({ headers: request.headers });
  const headers = { "Cache-Control": "private, no-store" };
  if (!session) return Response.json({ user: null, due: 0 }, { headers });
  const user = session.user as typeof session.user & { role?: string; isAnonymous?: boolean | null; displayUsername?: string | null };
  return Response.json(
    {
      user: { name: user.displayUsername ?? user.name, role: user.role === "teacher" ? "teacher" : "learner", isGuest: Boolean(user.isAnonymous) },
      due: await dueCount(user.id),
    },
    { headers },
  );
});
