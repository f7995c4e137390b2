import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ViewerProvider } from "@/components/auth/viewer-context";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/require";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "claimtrack", template: "%s · claimtrack" },
  description: "Claim-and-source fact-check tracker",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ViewerProvider viewer={user ? { id: user.id, name: user.name, role: user.role } : null}>
          <SiteHeader user={user} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer style={{ maxWidth: 1600, margin: "0 auto", padding: "0 1.5rem 2rem", fontSize: "0.9rem" }}>
            <Link href="/docs/api">API reference</Link>
          </footer>
        </ViewerProvider>
      </body>
    </html>
  );
}
