"use client";
/**
 * Who is looking, for client components that adapt to the role (the status control is only rendered for editors).
 * Display only: the server refuses the write anyway (lib/auth/require.ts).
 */
import { createContext, type ReactNode, useContext } from "react";
import { hasRole, type Role } from "@/lib/auth/roles";

export interface Viewer {
  id: string;
  name: string;
  role: Role;
}

const ViewerContext = createContext<Viewer | null>(null);

/** Provides the signed-in viewer (or null) to the client tree. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/**
 * Whether the viewer reaches a role.
 *
 * @example
 * const canEdit = useCan("editor");
 */
export function useCan(min: Role): boolean {
  return hasRole(useContext(ViewerContext)?.role, min);
}

/**
 * The viewer, or null when signed out.
 *
 * @example
 * const viewer = useViewer();
 */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}
