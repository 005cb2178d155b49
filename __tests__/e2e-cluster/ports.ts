/** The cluster the multi-server smoke runs against (playwright.cluster.config.ts). */
export const CLUSTER_PORT = Number(process.env.CLUSTER_PORT ?? 3400);
export const APP_PORTS = [CLUSTER_PORT + 1, CLUSTER_PORT + 2];
