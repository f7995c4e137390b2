/**
 * Which client address the per-address sign-in limit counts (docs/decisions/007-shared-rate-limit.md).
 *
 * `next start` copies the socket address into X-Forwarded-For only when the request has none, so a client that sends
 * its own header chooses its address. The header is therefore read only when TRUSTED_PROXY lists the reverse
 * proxies in front of the app (comma-separated addresses or CIDR ranges, e.g. "127.0.0.1" for nginx on the same
 * machine): the address is the rightmost X-Forwarded-For entry that is not one of them. Without TRUSTED_PROXY no
 * header is read and every client shares one bucket per path, which is what an app bound to 127.0.0.1 without a
 * proxy has anyway (every browser connects from the loopback address).
 */

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
 * ipAddressOptions({}) // { ipAddressHeaders: [] }
 */
export function ipAddressOptions(env: Record<string, string | undefined> = process.env): IpAddressOptions {
  const proxies = (env.TRUSTED_PROXY ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (proxies.length === 0) return { ipAddressHeaders: [] };
  return { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: proxies };
}
