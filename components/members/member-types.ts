import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type MembersOutputs = inferRouterOutputs<AppRouter>["members"];

export type MemberRow = MembersOutputs["list"][number];
export type InvitationRow = MembersOutputs["invitations"][number];
