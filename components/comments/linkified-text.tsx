import { Fragment } from "react";

// http(s) links only; a trailing full stop or bracket belongs to the sentence, not the link.
const LINK = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * Splits plain text into strings and http(s) links. Pure, so the text never becomes markup.
 *
 * @example
 * linkParts("see https://a.org.") // [{ text: "see " }, { href: "https://a.org" }, { text: "." }]
 */
export function linkParts(text: string): Array<{ text: string } | { href: string }> {
  const parts: Array<{ text: string } | { href: string }> = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * Plain text with its links clickable, built as React elements (React escapes the text: `<img onerror>` is shown,
 * never parsed).
 *
 * @example <LinkifiedText text="Source: https://example.org" />
 */
export function LinkifiedText({ text }: { text: string }) {
  // Keys are each part's character offset: unique and stable for one text.
  let offset = 0;
  const nodes = linkParts(text).map((part) => {
    const key = offset;
    if ("href" in part) {
      offset += part.href.length;
      return (
        <a key={key} href={part.href} rel="noopener noreferrer nofollow" target="_blank">
          {part.href}
        </a>
      );
    }
    offset += part.text.length;
    return <Fragment key={key}>{part.text}</Fragment>;
  });
  return <>{nodes}</>;
}
