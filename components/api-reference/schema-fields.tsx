import { InlineText } from "./inline-text.tsx";
import {
  type Components,
  constraints,
  enumValues,
  type JsonSchema,
  objectOf,
  resolve,
  typeLabel,
} from "./json-schema.ts";

/** Nesting shown open; deeper objects sit in a closed <details> (no client script needed to open it). */
const OPEN_DEPTH = 1;
const MAX_DEPTH = 6;

function Chips({ values }: { values: unknown[] }) {
  return (
    <span className="apiref-chips">
      {values.map((v) => (
        <code key={String(v)}>{String(v)}</code>
      ))}
    </span>
  );
}

/**
 * An object schema as a nested list of fields: name, type (nullable, enum values, limits), required or optional,
 * description.
 *
 * @example
 * <SchemaFields schema={doc.components.schemas.ClaimRow} components={doc.components.schemas} />
 */
export function SchemaFields({
  schema,
  components,
  depth = 0,
  response = false,
}: {
  schema: JsonSchema;
  components: Components;
  depth?: number;
  /** In a response every field is present unless marked optional; in a request, the required ones are marked. */
  response?: boolean;
}) {
  const object = objectOf(schema, components);
  if (!object?.properties) {
    const values = enumValues(schema, components);
    return (
      <p className="apiref-type">
        <code>{typeLabel(schema)}</code> {values ? <Chips values={values} /> : null}
      </p>
    );
  }
  const required = new Set(object.required ?? []);
  return (
    <ul className="apiref-fields">
      {Object.entries(object.properties).map(([name, field]) => {
        const nested = depth < MAX_DEPTH ? objectOf(field, components) : null;
        const values = enumValues(field, components);
        const limits = constraints(field);
        const description = field.description ?? (field.$ref ? resolve(field, components).description : undefined);
        return (
          <li key={name}>
            <code className="apiref-name">{name}</code> <span className="apiref-typename">{typeLabel(field)}</span>
            {response ? (
              required.has(name) ? null : (
                <span className="apiref-optional">optional</span>
              )
            ) : required.has(name) ? (
              <span className="apiref-required">required</span>
            ) : null}
            {limits.length ? <span className="apiref-limits">{limits.join(", ")}</span> : null}
            {values ? <Chips values={values} /> : null}
            {description ? (
              <div className="apiref-desc">
                <InlineText text={description} />
              </div>
            ) : null}
            {nested ? (
              <details open={depth < OPEN_DEPTH}>
                <summary>Fields of {name}</summary>
                <SchemaFields schema={nested} components={components} depth={depth + 1} response={response} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
