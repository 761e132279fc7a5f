import { z } from "zod";
import { ROLES } from "../permissions";
import { ZEmail, ZPassword } from "./accounts";
import { ZId } from "./clients";

export const ZInviteMemberInput = z.object({ email: ZEmail, role: z.enum(ROLES) }).strict();
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeRoleInput = z.object({ membershipId: ZId, role: z.enum(ROLES) }).strict();
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

export const ZMembershipIdInput = z.object({ membershipId: ZId }).strict();
export const ZInvitationIdInput = z.object({ invitationId: ZId }).strict();

export const ZInvitationToken = z
  .string()
  .trim()
  .min(20, "This invitation link is incomplete.")
  .max(100, "This invitation link is malformed.")
  .regex(/^[A-Za-z0-9_-]+$/, "This invitation link is malformed.");

export const ZInvitationTokenInput = z.object({ token: ZInvitationToken }).strict();

export const ZSignUpWithInvitationInput = z
  .object({
    token: ZInvitationToken,
    name: z.string().trim().min(1, "Enter your name.").max(120, "Name must be at most 120 characters."),
    password: ZPassword,
  })
  .strict();
export type TSignUpWithInvitationInput = z.infer<typeof ZSignUpWithInvitationInput>;

export const ZMember = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  createdAt: z.date(),
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
});

export const ZPendingInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  expiresAt: z.date(),
  createdAt: z.date(),
});

export const ZMembershipRef = z.object({ id: z.string() });
export const ZRoleChanged = z.object({ id: z.string(), role: z.enum(ROLES) });
export const ZJoinedAgency = z.object({
  organizationId: z.string(),
  organization: z.object({ name: z.string(), slug: z.string() }),
});

export const ZMyMembership = z.object({
  organizationId: z.string(),
  role: z.enum(ROLES),
  organization: z.object({ name: z.string(), slug: z.string() }),
});

export const ZInvitationPreview = z.object({
  email: z.string(),
  role: z.enum(ROLES),
  organization: z.object({ name: z.string(), slug: z.string() }),
  accountExists: z.boolean(),
});
