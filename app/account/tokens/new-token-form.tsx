"use client";

import { useActionState, useState } from "react";
import { createTokenAction } from "@/lib/auth/tokens-actions";

const EXPIRY_CHOICES = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "", label: "Never" },
];

/** Create-a-token form; the new secret is shown once, with a copy button and a warning. */
export function NewTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, null);
  return (
    <>
      <form action={action} className="form-card" aria-label="Create API token">
        <div className="field-row">
          <label className="field">
            Token name
            <input name="name" required maxLength={100} placeholder="e.g. analysis notebook" />
          </label>
          <label className="field">
            Expires after
            <select name="expiresInDays" defaultValue="90">
              {EXPIRY_CHOICES.map((c) => (
                <option key={c.label} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {state && !state.ok ? <p role="alert">{state.message}</p> : null}
        <button className="button primary" type="submit" disabled={pending}>
          Create token
        </button>
      </form>
      {state?.ok ? <NewTokenSecret key={state.token} name={state.name} token={state.token} /> : null}
    </>
  );
}

function NewTokenSecret({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("Copied to the clipboard.");
    } catch {
      setCopied("Could not copy: select the token and copy it by hand.");
    }
  }
  return (
    <section className="card" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">New token: {name}</h2>
      <p className="alert" role="status">
        Copy this token now. It is shown only once: claimtrack keeps only a hash of it and cannot show it again.
      </p>
      <label className="field">
        New API token
        <input readOnly value={token} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button className="button" type="button" onClick={copy}>
        Copy token
      </button>{" "}
      <span aria-live="polite">{copied}</span>
      <p className="muted">
        Use it as <code>Authorization: Bearer &lt;token&gt;</code> on any <code>/api</code> request.
      </p>
    </section>
  );
}
