import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card empty">
      <h1>Not found</h1>
      <p>This claim, document or source does not exist, or it was removed.</p>
      <p>
        <Link href="/claims">Back to all claims</Link>
      </p>
    </div>
  );
}
