import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 and pg are native / Node-only: keep them out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Uploads arrive through a server action; the ingest limit itself is enforced (413) in lib/documents.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
};

export default nextConfig;
