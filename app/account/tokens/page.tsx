import type { Metadata } from "next";
import { formatDate } from "@/components/ui/format-date";
import { requirePageUser } from "@/lib/auth/require";
import { listApiTokens } from "@/lib/auth/tokens-store";
import { NewTokenForm } from "./new-token-form.tsx";
import { RevokeTokenButton } from "./revoke-token-button.tsx";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

/** The signed-in user's personal API tokens: list, create (secret shown once), revoke. Any role. */
export default async function ApiTokensPage() {
  const user = await requirePageUser("researcher");
  const tokens = await listApiTokens(user.id);
  return (
    <>
      <div className="page-head">
        <h1>API tokens</h1>
      </div>
      <p className="muted">
        Personal tokens let your scripts call the claimtrack API as you, with your current role ({user.role}). Send one
        as <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token you no longer use.
      </p>
      <h2>Create a token</h2>
      <NewTokenForm />
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <div className="table-wrap">
          <table aria-label="Your API tokens">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Token starts</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatDate(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : "Never"}</td>
                  <td>{t.expiresAt ? formatDate(t.expiresAt) : "Never"}</td>
                  <td>
                    <span className="badge">{t.status}</span>
                  </td>
                  <td>{t.status === "active" ? <RevokeTokenButton tokenId={t.id} name={t.name} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
