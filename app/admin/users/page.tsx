import type { Metadata } from "next";
import { NewUserForm } from "@/components/auth/new-user-form";
import { RoleSelect } from "@/components/auth/role-select";
import { requirePageUser } from "@/lib/auth/require";
import { isRole } from "@/lib/auth/roles";
import { signInUsers } from "@/lib/users/data";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  await requirePageUser("admin");
  const users = await signInUsers();
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
