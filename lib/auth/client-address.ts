/**
 * Which client address the per-address sign-in limit counts (docs/decisions/011-sign-in-limits-per-address.md).
 *
 * Behind a reverse proxy, TRUSTED_PROXY lists it (comma-separated addresses or CIDR ranges, e.g. "127.0.0.1" for
 * nginx on the same machine) and the address is the rightmost X-Forwarded-For entry that is not one of them.
 * Without it, the address is the single X-Forwarded-For entry `next start` fills from the socket. A client talking
 * to the app directly can send its own header and so choose its bucket — which only lets it escape the per-address
 * limit, not the per-account back-off that bounds guessing; the alternative (one bucket for every client) let ten
 * failures a minute from anyone lock everyone out (issue 14, finding 6).
 */
import { env, type RuntimeEnv } from "@/lib/env";

export interface IpAddressOptions {
  ipAddressHeaders: string[];
  trustedProxies?: string[];
}

/**
 * better-auth's `advanced.ipAddress` for the environment.
 *
 * @example
 * ipAddressOptions({ TRUSTED_PROXY: "127.0.0.1, 10.0.0.0/8" })
 * // { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: ["127.0.0.1", "10.0.0.0/8"] }
 * ipAddressOptions({}) // { ipAddressHeaders: ["x-forwarded-for"] }
 */
export function ipAddressOptions(source: Pick<RuntimeEnv, "TRUSTED_PROXY"> = env()): IpAddressOptions {
  const proxies = (source.TRUSTED_PROXY ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  // No proxy named: the address `next start` put in X-Forwarded-For (the socket's, when the client sent none).
  if (proxies.length === 0) return { ipAddressHeaders: ["x-forwarded-for"] };
  return { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: proxies };
}
