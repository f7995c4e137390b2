import type { Metadata } from "next";
import { NewUserForm } from "@/components/auth/new-user-form";
import { RoleSelect } from "@/components/auth/role-select";
import { requirePageUser } from "@/lib/auth/require";
import { isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  await requirePageUser("admin");
  const users = await db().user.findMany({
    where: { accounts: { some: { providerId: "credential" } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{isRole(u.role) ? <RoleSelect userId={u.id} email={u.email} role={u.role} /> : u.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Create a user</h2>
      <NewUserForm />
    </>
  );
}
