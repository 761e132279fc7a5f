import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create your agency" };

export default function SignUpPage() {
  return (
    <AuthCard title="Create your agency" description="You will be its owner. Invite your team next.">
      <SignUpForm />
    </AuthCard>
  );
}
