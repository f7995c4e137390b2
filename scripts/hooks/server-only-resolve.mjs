/** Module resolve hook (registered by server-side.mjs): "server-only" resolves to its react-server build, empty.js. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
