import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { InvitationPanel } from "@/components/auth/invitation-panel";
import { ZInvitationToken } from "@/lib/schemas/members";
import { currentUser } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { previewInvitation } from "@/server/services/members/invitations";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

async function load(token: string) {
  const parsed = ZInvitationToken.safeParse(token);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This invitation link is malformed." };
  try {
    return { invitation: await previewInvitation(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [result, user] = await Promise.all([load(token), currentUser()]);
  if (!("invitation" in result) || !result.invitation) {
    return (
      <AuthCard title="Invitation unavailable">
        <p role="alert" className="text-sm">
          {result.error}
        </p>
        <p className="mt-4 text-sm">
          <Link className="text-primary underline-offset-4 hover:underline" href="/sign-in">
            Go to sign in
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${result.invitation.organization.name}`}>
      <InvitationPanel invitation={{ ...result.invitation, token, signedInAs: user?.email ?? null }} />
    </AuthCard>
  );
}
