/**
 * Reading the OpenAPI document's JSON Schemas for people: resolve `$ref`s into components, say a schema's type in a
 * few words ("string | null", "array of ClaimRow", "one of: csv, json"), and list an object's fields. Pure functions;
 * the reference page (components/api-reference) renders their results.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
};

export type Components = Record<string, JsonSchema>;

/** "#/components/schemas/ClaimRow" -> "ClaimRow". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/**
 * The schema behind a `$ref` (one level), or the schema itself.
 *
 * @example
 * resolve({ $ref: "#/components/schemas/Error" }, components) // components.Error
 */
export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  return schema.$ref ? (components[refName(schema.$ref)] ?? {}) : schema;
}

/** The non-null alternatives of a nullable schema, and whether null is allowed. */
export function unwrapNullable(schema: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const rest = alternatives.filter((s) => s.type !== "null");
    if (rest.length === 1 && rest.length < alternatives.length) {
      return { inner: { ...rest[0], description: schema.description ?? rest[0].description }, nullable: true };
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { inner: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { inner: schema, nullable: false };
}

/**
 * A short type label: the component name for a `$ref`, "array of X", the enum's values, "string (date-time)".
 *
 * @example
 * typeLabel({ type: "array", items: { $ref: "#/components/schemas/ClaimRow" } }) // "array of ClaimRow"
 */
export function typeLabel(schema: JsonSchema): string {
  const { inner, nullable } = unwrapNullable(schema);
  const suffix = nullable ? " | null" : "";
  if (inner.$ref) return refName(inner.$ref) + suffix;
  if (inner.const !== undefined) return JSON.stringify(inner.const) + suffix;
  if (inner.enum) return `enum${suffix}`;
  if (inner.type === "array") return `array of ${inner.items ? typeLabel(inner.items) : "any"}${suffix}`;
  const alternatives = inner.anyOf ?? inner.oneOf;
  if (alternatives) return alternatives.map(typeLabel).join(" | ") + suffix;
  if (inner.type === "object" && !inner.properties && inner.additionalProperties) {
    const value = typeof inner.additionalProperties === "object" ? typeLabel(inner.additionalProperties) : "any";
    return `map of ${value}${suffix}`;
  }
  const base = Array.isArray(inner.type) ? inner.type.join(" | ") : (inner.type ?? "any");
  return (inner.format ? `${base} (${inner.format})` : base) + suffix;
}

/** Limits worth a reader's attention: "1–500", "≤ 200 chars". */
export function constraints(schema: JsonSchema): string[] {
  const { inner: raw } = unwrapNullable(schema);
  // zod's int() bounds are the safe-integer range: true, but noise to a reader.
  const bounded = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  const inner = { ...raw, minimum: bounded(raw.minimum), maximum: bounded(raw.maximum) };
  const out: string[] = [];
  if (inner.minimum !== undefined && inner.maximum !== undefined) out.push(`${inner.minimum}–${inner.maximum}`);
  else if (inner.minimum !== undefined) out.push(`≥ ${inner.minimum}`);
  else if (inner.maximum !== undefined) out.push(`≤ ${inner.maximum}`);
  if (inner.maxLength !== undefined) out.push(`≤ ${inner.maxLength} chars`);
  if (inner.default !== undefined) out.push(`default ${JSON.stringify(inner.default)}`);
  return out;
}

/** The enum values of a (possibly nullable, possibly array-of) schema, for chips. */
export function enumValues(schema: JsonSchema, components: Components): unknown[] | null {
  const { inner } = unwrapNullable(schema);
  const target = resolve(inner.type === "array" && inner.items ? inner.items : inner, components);
  if (target.enum) return target.enum;
  if (target.propertyNames) return enumValues(target.propertyNames, components);
  return null;
}

/**
 * The object schema to list fields of, if `schema` is (or refers to, or is an array/map of) an object.
 *
 * @example
 * objectOf({ type: "array", items: { $ref: "#/components/schemas/ClaimRow" } }, components) // ClaimRow's schema
 */
export function objectOf(schema: JsonSchema, components: Components): JsonSchema | null {
  const { inner } = unwrapNullable(schema);
  const target = resolve(inner, components);
  if (target.properties) return target;
  if (target.type === "array" && target.items) return objectOf(target.items, components);
  if (typeof target.additionalProperties === "object") return objectOf(target.additionalProperties, components);
  const alternatives = target.anyOf ?? target.oneOf;
  if (alternatives?.length === 1) return objectOf(alternatives[0], components);
  return null;
}
