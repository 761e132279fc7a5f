import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in person, or null. Works in server components and route handlers. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email };
}
