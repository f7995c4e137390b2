import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <section className="narrow">
      <h1>Not allowed</h1>
      <p>Your role does not include this page. An admin can change your role.</p>
      <Link href="/claims">Back to claims</Link>
    </section>
  );
}
