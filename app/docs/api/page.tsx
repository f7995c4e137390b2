/**
 * /docs/api: the API reference, rendered on the server from the same OpenAPI document GET /api/openapi.json serves
 * (ADR 005: no client script, no CDN; it works on an offline newsroom network).
 */
import type { Metadata } from "next";
import type { Components } from "@/components/api-reference/json-schema";
import { Operation, type OperationDoc } from "@/components/api-reference/operation";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import "./reference.css";

export const metadata: Metadata = { title: "API reference" };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

type Entry = { method: string; path: string; operation: OperationDoc & { tags?: string[] } };

function byTag(doc: ReturnType<typeof buildOpenApiDocument>): Map<string, Entry[]> {
  const tags = new Map<string, Entry[]>((doc.tags ?? []).map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown>)[method] as Entry["operation"] | undefined;
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      if (!tags.has(tag)) tags.set(tag, []);
      tags.get(tag)?.push({ method, path, operation });
    }
  }
  return tags;
}

const slug = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

export default function ApiReferencePage() {
  const doc = buildOpenApiDocument();
  const components = (doc.components?.schemas ?? {}) as Components;
  const tags = byTag(doc);
  const descriptions = new Map((doc.tags ?? []).map((t) => [t.name, t.description]));
  return (
    <div className="apiref">
      <div className="page-head">
        <div>
          <h1>API reference</h1>
          <p>
            {doc.info.title} {doc.info.version} · OpenAPI {doc.openapi} · <a href="/api/openapi.json">openapi.json</a>
          </p>
        </div>
      </div>
      <div className="apiref-layout">
        <nav aria-label="API sections" className="apiref-toc">
          <ul>
            {[...tags].map(([tag, entries]) => (
              <li key={tag}>
                <a href={`#${slug(tag)}`}>{tag}</a>
                <ul>
                  {entries.map((e) => (
                    <li key={`${e.method} ${e.path}`}>
                      <a href={`#${e.operation.operationId}`}>
                        <span className={`apiref-method apiref-${e.method}`}>{e.method.toUpperCase()}</span>{" "}
                        {e.path.replace(/^\/api/, "")}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="apiref-main">
          <section className="card apiref-intro" aria-labelledby="basics">
            <h2 id="basics">Basics</h2>
            <ul>
              <li>
                <strong>Authentication.</strong> Send a personal API token from{" "}
                <a href="/account/tokens">your tokens page</a> as <code>Authorization: Bearer ct_…</code>; it acts with
                your role. In the browser the session cookie works too.
              </li>
              <li>
                <strong>Roles.</strong> researcher (read, export) &lt; reviewer (comment) &lt; editor (statuses,
                documents, decisions) &lt; admin. Without credentials: 401; too low a role: 403.
              </li>
              <li>
                <strong>Pages.</strong> Lists take <code>limit</code> (1–500, default 50) and answer{" "}
                <code>{"{ items, nextCursor }"}</code>; pass <code>nextCursor</code> back as <code>cursor</code> with
                the same sort for the next page, until it is <code>null</code>.
              </li>
              <li>
                <strong>Errors.</strong> Always <code>{'{ "error": { "code": "…", "message": "…" } }'}</code> with the
                HTTP status; <code>code</code> is stable, <code>message</code> is for people.
              </li>
            </ul>
          </section>
          {[...tags].map(([tag, entries]) => (
            <section key={tag} aria-labelledby={slug(tag)} className="apiref-tag">
              <h2 id={slug(tag)}>{tag}</h2>
              {descriptions.get(tag) ? <p>{descriptions.get(tag)}</p> : null}
              {entries.map((e) => (
                <Operation
                  key={`${e.method} ${e.path}`}
                  method={e.method}
                  path={e.path}
                  operation={e.operation}
                  components={components}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
