"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn, signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";

export type InvitationView = {
  token: string;
  email: string;
  role: Role;
  organization: { name: string };
  accountExists: boolean;
  signedInAs: string | null;
};

function ErrorLine({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm text-destructive">
      {message}
    </p>
  );
}

export function InvitationPanel({ invitation }: { invitation: InvitationView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const switchOrg = useMutation(trpc.organizations.switch.mutationOptions());
  const accept = useMutation(
    trpc.members.accept.mutationOptions({
      onSuccess: async (joined) => {
        await switchOrg.mutateAsync({ organizationId: joined.organizationId });
        router.replace("/dashboard");
        router.refresh();
      },
      onError: (caught) => setError(caught.message),
    }),
  );
  const signUp = useMutation(trpc.accounts.signUpWithInvitation.mutationOptions());

  async function onSignUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setError(null);
    try {
      await signUp.mutateAsync({ token: invitation.token, name: String(form.get("name") ?? ""), password });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not create your account.");
      return;
    }
    const result = await signIn("credentials", { email: invitation.email, password, redirect: false });
    if (result?.error) {
      setError(`Your account was created, but signing in failed: ${result.error}`);
      return;
    }
    router.replace("/dashboard");
    router.refresh();
  }

  const summary = (
    <p className="text-sm">
      You are invited to join <strong>{invitation.organization.name}</strong> as{" "}
      <strong>{ROLE_LABELS[invitation.role]}</strong> with <strong>{invitation.email}</strong>.
    </p>
  );

  if (invitation.signedInAs && invitation.signedInAs.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <div className="space-y-4">
        {summary}
        <p className="text-sm text-muted-foreground">
          You are signed in as {invitation.signedInAs}. Sign out, then open this link again with {invitation.email}.
        </p>
        <Button variant="outline" onClick={() => void signOut({ callbackUrl: `/invite/${invitation.token}` })}>
          Sign out
        </Button>
      </div>
    );
  }

  if (invitation.signedInAs) {
    return (
      <div className="space-y-4">
        {summary}
        <ErrorLine message={error} />
        <Button onClick={() => accept.mutate({ token: invitation.token })} disabled={accept.isPending}>
          {accept.isPending ? "Joining…" : "Accept invitation"}
        </Button>
      </div>
    );
  }

  if (invitation.accountExists) {
    return (
      <div className="space-y-4">
        {summary}
        <Button asChild>
          <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${invitation.token}`)}`}>Sign in to accept</Link>
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSignUp} className="space-y-4" noValidate>
      {summary}
      <FormField label="Your name">
        <Input name="name" autoComplete="name" required />
      </FormField>
      <FormField label="Password" description="At least 12 characters.">
        <Input name="password" type="password" autoComplete="new-password" required minLength={12} />
      </FormField>
      <ErrorLine message={error} />
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Joining…" : "Create account and join"}
      </Button>
    </form>
  );
}
