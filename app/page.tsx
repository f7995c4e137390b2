import { redirect } from "next/navigation";

/** The claims table is the product's front door. */
export default function Home() {
  redirect("/claims");
}
