import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create your agency" };

export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  // Someone already signed in has nothing to do here.
  if (await currentUser()) redirect("/dashboard");
  return (
    <AuthCard title="Create your agency" description="You will be its owner. Invite your team next.">
      <SignUpForm />
    </AuthCard>
  );
}
