import { checkReadiness } from "@/lib/server/platform/health";

export const dynamic = "force-dynamic";

/**
 * 200 when this server can serve and save (the database takes a real write), 503 otherwise:
 * for a load balancer to stop sending work to a server whose disk is full or whose database
 * file went read-only. /api/health only says the database answers.
 */
export async function GET() {
  const report = await checkReadiness();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
