import { dueCount } from "@/lib/server/learning/reviews";
import { jsonRoute } from "@/lib/server/platform/api";
import { verifiedSessionUser } from "@/lib/server/platform/session";

/** Who is signed in and how many review cards are due, for the header's account menu. */
export const GET = jsonRoute(async (request: Request) => {
  const user = await verifiedSessionUser(request.headers);
  const headers = { "Cache-Control": "private, no-store" };
  if (!user) return Response.json({ user: null, due: 0 }, { headers });
  return Response.json({ user: { name: user.shownName, role: user.role, isGuest: user.isGuest }, due: await dueCount(user.id) }, { headers });
});
