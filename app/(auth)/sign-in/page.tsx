import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export const dynamic = "force-dynamic";

export default async function SignInPage() {
  // Someone already signed in has nothing to do here.
  if (await currentUser()) redirect("/dashboard");
  return (
    <AuthCard title="Sign in" description="Welcome back to your agency's studio.">
      <Suspense>
        <SignInForm />
      </Suspense>
    </AuthCard>
  );
}
