/**
 * REST endpoints for personal API tokens (docs/decisions/004-api-tokens.md): list your tokens, create one (the
 * secret is in the 201 answer only), revoke one. Creating needs a browser session: a request authenticated by a
 * token is refused (403), so a leaked token cannot mint successors that outlive its revocation.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { createdToken, MAX_TOKEN_DAYS, newTokenInput, tokenView } from "@/lib/auth/tokens-schema";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/tokens-store";

const tokenSchema = tokenView.meta({
  id: "ApiToken",
  description: "A personal API token as its owner sees it: never the secret. `prefix` is its first 11 characters.",
});

export const listTokens = defineEndpoint({
  method: "GET",
  path: "/api/tokens",
  tag: "Tokens",
  summary: "List your API tokens",
  description: "The caller's tokens, newest first, revoked and expired ones included. Never the secrets.",
  role: "researcher",
  response: z.object({ tokens: z.array(tokenSchema) }).meta({ id: "ApiTokenList" }),
  handler: async ({ user }) => ({ tokens: await listApiTokens(user.id) }),
});

export const createToken = defineEndpoint({
  method: "POST",
  path: "/api/tokens",
  tag: "Tokens",
  summary: "Create an API token",
  description:
    "A new token for the signed-in user; `token` in the answer is the secret, shown this once (only its SHA-256 " +
    `is stored). \`expiresInDays\` 1-${MAX_TOKEN_DAYS}, omit it for no expiry. Needs a browser session: 403 when ` +
    "called with a token. Audited.",
  role: "researcher",
  body: newTokenInput.meta({ id: "ApiTokenInput" }),
  response: createdToken.meta({ id: "CreatedApiToken", description: "The new token, with its secret `token`." }),
  status: 201,
  errors: { 403: "Called with an API token: tokens are created in a signed-in browser session." },
  handler: async ({ body, user }) => {
    if (user.apiTokenId) {
      throw new ApiError(403, "forbidden", "API tokens are created in a signed-in browser session, not with a token.");
    }
    return createApiToken(user.id, body);
  },
});

export const revokeToken = defineEndpoint({
  method: "DELETE",
  path: "/api/tokens/{id}",
  tag: "Tokens",
  summary: "Revoke an API token",
  description:
    "Your own token (admins: anyone's). It stays listed as revoked, and requests with it get 401 from then on. " +
    "Revoking twice keeps the first time. Audited.",
  role: "researcher",
  params: z.object({ id: z.string().min(1).meta({ description: "The token's id (not its secret)." }) }),
  response: z.object({ token: tokenSchema }).meta({ id: "RevokedApiToken" }),
  errors: { 403: "Someone else's token (only admins may revoke those).", 404: "No API token with this id." },
  handler: async ({ params, user }) => {
    const result = await revokeApiToken(params.id, user);
    if (!result.ok) throw new ApiError(result.status, result.code, result.message);
    return { token: result.token };
  },
});

export const tokenEndpoints = [listTokens, createToken, revokeToken];
