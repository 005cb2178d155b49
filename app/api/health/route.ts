import { checkHealth } from "@/lib/server/platform/health";

export const dynamic = "force-dynamic";

/** 200 when the app can reach its database, 503 otherwise. For load balancers and CI. */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
