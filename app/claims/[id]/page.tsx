import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssigneeSelect } from "@/components/claims/assignee-select";
import { ClaimCorrectionForm } from "@/components/claims/claim-correction-form";
import { ContextSentence } from "@/components/claims/context-sentence";
import { CorrectionMark } from "@/components/claims/correction-mark";
import { FigureEditor } from "@/components/claims/figure-editor";
import { QuantitiesTable } from "@/components/claims/quantities-table";
import { FlagCell } from "@/components/claims-table/flag-cell";
import { StatusCell } from "@/components/claims-table/status-cell";
import { ClaimGroups } from "@/components/groups/claim-groups";
import { formatDate } from "@/components/ui/format-date";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { assignableUsers } from "@/lib/claims/bulk";
import { claimForPage } from "@/lib/claims/data";
import { formatQuantity } from "@/lib/claims/format";
import { editorMark } from "@/lib/claims/structure-data";
import { claimGroupLinks } from "@/lib/groups/data";
import { listSources } from "@/lib/sources/data";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await claimForPage((await params).id);
  return { title: claim?.label ?? "Claim not found" };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await claimForPage((await params).id);
  if (!claim) notFound();
  // The correction form is only sent to editors and up; editClaimAction refuses anyone else regardless.
  const canCorrect = hasRole((await currentUser())?.role, "editor");
  const [sources, people] = canCorrect ? await Promise.all([listSources(), assignableUsers()]) : [[], []];
  const mark = await editorMark(claim.id);
  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/claims">Claims</Link> /{" "}
            <Link href={`/documents/${claim.document.id}`}>{claim.document.title}</Link> /
          </div>
          <h1>{claim.label}</h1>
          <p>
            {claim.kind} claim · position {claim.position} in the document
          </p>
          {mark ? (
            <p data-testid="editor-mark">
              Editor’s claim{mark.by ? ` by ${mark.by}` : ""}
              {mark.at ? `, ${formatDate(mark.at)}` : ""}: re-extraction keeps it as it is.
            </p>
          ) : null}
        </div>
        <Link href={`/documents/${claim.document.id}#mark-${claim.id}`} className="button">
          Show in document
        </Link>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="context-heading">
          <h2 id="context-heading" style={{ marginTop: 0 }}>
            In context
          </h2>
          <ContextSentence sentence={claim.sentence} claim={{ start: claim.start, end: claim.end }} />
          {claim.cue ? <p className="muted">Attribution: “{claim.cue.text}”</p> : null}
          <h2 id="quantities-heading">Figures</h2>
          <QuantitiesTable figures={claim.figures} headlineId={claim.quantity?.id ?? null} />
        </section>
        <section className="card" aria-labelledby="facts-heading">
          <h2 id="facts-heading" style={{ marginTop: 0 }}>
            Verification
          </h2>
          <dl className="facts">
            <dt>Value</dt>
            <dd>
              {claim.quantity ? (
                <>
                  <strong>{formatQuantity(claim.quantity)}</strong>
                  <CorrectionMark corrected={claim.quantity.corrected} compact />
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Source</dt>
            <dd>
              <Link href={`/sources/${claim.source.id}`}>{claim.source.name}</Link>{" "}
              <span className="source-kind">{claim.source.kind}</span>
            </dd>
            <dt>Status</dt>
            <dd>
              <StatusCell
                key={`${claim.id}:${claim.version}`}
                claimId={claim.id}
                claimLabel={claim.label}
                status={claim.status}
                version={claim.version}
              />
            </dd>
            <dt>Assignee</dt>
            <dd>
              <AssigneeSelect claimId={claim.id} assignee={claim.assignee} people={people} />
            </dd>
            <dt>Flag</dt>
            <dd>
              <FlagCell claimLabel={claim.label} flag={claim.flag} />
            </dd>
            <dt>Across documents</dt>
            <dd>
              <ClaimGroups groups={await claimGroupLinks(claim.id)} />
            </dd>
            <dt>Document</dt>
            <dd>
              <Link href={`/documents/${claim.document.id}`}>{claim.document.title}</Link>
              <div className="muted">
                {[claim.document.outlet, claim.document.publishedAt ? formatDate(claim.document.publishedAt) : null]
                  .filter(Boolean)
                  .join(" · ") || "No outlet or date given"}
              </div>
            </dd>
            <dt>Updated</dt>
            <dd>{formatDate(claim.updatedAt)}</dd>
          </dl>
          {claim.flag ? (
            <>
              <h2>
                <span aria-hidden="true">{claim.flag.verdict === "conflict" ? "⚠ " : "≈ "}</span>
                {claim.flag.summary}
              </h2>
              <p>{claim.flag.explanation}</p>
              <ul>
                {claim.flag.others.map((other) => (
                  <li key={other.claimId}>
                    <Link href={`/claims/${other.claimId}`}>{other.display}</Link> · {other.sourceName}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
      {canCorrect && claim.figures.length > 0 ? (
        <section className="card correction" aria-labelledby="figures-edit-heading">
          <h2 id="figures-edit-heading" style={{ marginTop: 0 }}>
            Correct the figures
          </h2>
          <p className="muted">
            Each figure as the claim should read. &ldquo;As written&rdquo; stays; a corrected figure is marked with your
            name everywhere it appears, and its flags are recomputed.
          </p>
          {claim.figures.map((figure, index) => (
            <FigureEditor
              key={figure.id}
              claimId={claim.id}
              version={claim.version}
              figure={figure}
              index={index}
              headline={figure.id === claim.quantity?.id}
            />
          ))}
        </section>
      ) : null}
      {canCorrect ? (
        <ClaimCorrectionForm
          claim={{ id: claim.id, version: claim.version, text: claim.text, sourceId: claim.source.id }}
          sources={sources}
        />
      ) : null}
    </>
  );
}
