/**
 * Description text with `backticks` shown as code, the one markup the OpenAPI descriptions here use.
 *
 * @example
 * <InlineText text="Pass `nextCursor` back as `cursor`." />
 */
export function InlineText({ text }: { text: string }) {
  // Odd parts are the captured code spans. Each part is keyed by its offset in the text: unique and stable.
  let offset = 0;
  const parts = text.split(/`([^`]+)`/).map((part, i) => {
    const key = offset;
    offset += part.length + (i % 2 === 1 ? 2 : 0);
    return i % 2 === 1 ? <code key={key}>{part}</code> : <span key={key}>{part}</span>;
  });
  return <>{parts}</>;
}
