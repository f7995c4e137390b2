"use client";

import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/lib/auth/tokens-actions";

/** Revoke with an inline confirmation (scripts using the token stop working at once). */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <button className="button small" type="button" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    );
  }
  return (
    <fieldset aria-busy={pending || undefined}>
      <legend>Revoke “{name}”? Scripts using it stop working.</legend>
      <button
        className="button small"
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await revokeTokenAction(tokenId);
            setMessage(result.ok ? null : result.message);
            if (result.ok) setConfirming(false);
          })
        }
      >
        Yes, revoke {name}
      </button>{" "}
      <button className="button small" type="button" disabled={pending} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {message ? <span role="alert">{message}</span> : null}
    </fieldset>
  );
}
