import { curlExample } from "./curl.ts";
import { InlineText } from "./inline-text.tsx";
import { type Components, constraints, enumValues, type JsonSchema, typeLabel } from "./json-schema.ts";
import { SchemaFields } from "./schema-fields.tsx";

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Media {
  schema?: JsonSchema;
}

export interface OperationDoc {
  operationId?: string;
  summary?: string;
  description?: string;
  "x-role"?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
}

function ParametersTable({ parameters, components }: { parameters: Parameter[]; components: Components }) {
  return (
    <div className="table-wrap">
      <table className="data apiref-params">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => {
            const schema = p.schema ?? {};
            const values = enumValues(schema, components);
            const limits = constraints(schema);
            return (
              <tr key={`${p.in}-${p.name}`}>
                <td>
                  <code>{p.name}</code>
                </td>
                <td>{p.in}</td>
                <td>
                  <code>{typeLabel(schema)}</code>
                  {values ? <div className="apiref-values">{values.map(String).join(", ")}</div> : null}
                  {limits.length ? <div className="apiref-limits">{limits.join(", ")}</div> : null}
                </td>
                <td>{p.required ? "yes" : "no"}</td>
                <td>
                  <InlineText text={p.description ?? schema.description ?? ""} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Body({
  content,
  components,
  response = false,
}: {
  content: Record<string, Media>;
  components: Components;
  response?: boolean;
}) {
  return (
    <>
      {Object.entries(content).map(([type, media]) => (
        <div key={type} className="apiref-media">
          <p>
            <code>{type}</code>
            {media.schema?.$ref ? (
              <>
                {" "}
                · <span className="apiref-typename">{typeLabel(media.schema)}</span>
              </>
            ) : null}
            {media.schema?.description && !media.schema.$ref ? <> — {media.schema.description}</> : null}
          </p>
          {media.schema && (media.schema.$ref || media.schema.properties || media.schema.type === "array") ? (
            <SchemaFields schema={media.schema} components={components} response={response} />
          ) : null}
        </div>
      ))}
    </>
  );
}

/**
 * One operation of the reference: method and path, summary, role, description, parameters, bodies, responses and
 * a curl example.
 *
 * @example
 * <Operation method="get" path="/api/claims" operation={doc.paths["/api/claims"].get} components={schemas} />
 */
export function Operation({
  method,
  path,
  operation,
  components,
}: {
  method: string;
  path: string;
  operation: OperationDoc;
  components: Components;
}) {
  const id = operation.operationId ?? `${method}-${path}`;
  const responses = Object.entries(operation.responses ?? {});
  const success = responses.filter(([code]) => code.startsWith("2"));
  const errors = responses.filter(([code]) => !code.startsWith("2"));
  const requiredQuery = Object.fromEntries(
    (operation.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => [p.name, "…"]),
  );
  const downloads = success.some(([, r]) => Object.keys(r.content ?? {}).includes("text/csv"));
  const curl = curlExample(
    {
      method: method.toUpperCase(),
      path,
      query: downloads ? { format: "csv" } : requiredQuery,
      body: operation.requestBody?.content
        ? Object.fromEntries(Object.entries(operation.requestBody.content).map(([t, m]) => [t, m.schema ?? {}]))
        : undefined,
      output: downloads ? "claims.csv" : undefined,
    },
    components,
  );
  return (
    <section className="apiref-op card" aria-labelledby={id}>
      <h3 id={id}>
        <span className={`apiref-method apiref-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p className="apiref-summary">
        <strong>{operation.summary}</strong>
        <span className="apiref-role">
          {operation["x-role"] ? `Role: ${operation["x-role"]} or higher` : "No sign-in needed"}
        </span>
      </p>
      {operation.description ? (
        <p>
          <InlineText text={operation.description} />
        </p>
      ) : null}
      {operation.parameters?.length ? (
        <>
          <h4>Parameters</h4>
          <ParametersTable parameters={operation.parameters} components={components} />
        </>
      ) : null}
      {operation.requestBody?.content ? (
        <>
          <h4>Request body</h4>
          <Body content={operation.requestBody.content} components={components} />
        </>
      ) : null}
      <h4>Response</h4>
      {success.map(([code, r]) => (
        <div key={code}>
          <p>
            <span className="apiref-status">{code}</span> <InlineText text={r.description ?? ""} />
          </p>
          {r.content ? <Body content={r.content} components={components} response /> : null}
        </div>
      ))}
      <h4>Errors</h4>
      <p className="apiref-muted">
        Each answers <code>{'{ "error": { "code", "message" } }'}</code>.
      </p>
      <dl className="apiref-errors">
        {errors.map(([code, r]) => (
          <div key={code}>
            <dt>{code}</dt>
            <dd>
              <InlineText text={r.description ?? ""} />
            </dd>
          </div>
        ))}
      </dl>
      <h4>Example</h4>
      <pre className="apiref-curl">
        <code>{curl}</code>
      </pre>
    </section>
  );
}
