/**
 * The sentence a claim comes from, with the claim's own span marked. Offsets are absolute into the document, as
 * everywhere in the extraction output.
 *
 * @example <ContextSentence sentence={{ start: 0, end: 30, text }} claim={{ start: 5, end: 20 }} />
 */
export function ContextSentence({
  sentence,
  claim,
}: {
  sentence: { start: number; end: number; text: string };
  claim: { start: number; end: number };
}) {
  const from = Math.max(0, Math.min(sentence.text.length, claim.start - sentence.start));
  const to = Math.max(from, Math.min(sentence.text.length, claim.end - sentence.start));
  const whole = from === 0 && to === sentence.text.length;
  return (
    <blockquote className="context-sentence">
      {whole ? (
        sentence.text
      ) : (
        <>
          {sentence.text.slice(0, from)}
          <mark>{sentence.text.slice(from, to)}</mark>
          {sentence.text.slice(to)}
        </>
      )}
    </blockquote>
  );
}
