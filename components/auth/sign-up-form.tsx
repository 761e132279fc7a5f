"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ZSignUpInput } from "@/lib/schemas/accounts";
import { useTRPC } from "@/lib/trpc/react";

type FieldErrors = Partial<Record<"name" | "email" | "password" | "agencyName", string>>;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const signUp = useMutation(trpc.accounts.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = ZSignUpInput.safeParse(form);
    setError(null);
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setFieldErrors({});
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not create your account.");
      return;
    }
    const result = await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
    if (result?.error) {
      setError(`Your agency was created, but signing in failed: ${result.error}`);
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField label="Your name" error={fieldErrors.name}>
        <Input name="name" autoComplete="name" required />
      </FormField>
      <FormField label="Work email" error={fieldErrors.email}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <FormField label="Password" description="At least 12 characters." error={fieldErrors.password}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={12} />
      </FormField>
      <FormField label="Agency name" error={fieldErrors.agencyName}>
        <Input name="agencyName" autoComplete="organization" required />
      </FormField>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating…" : "Create agency"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </form>
  );
}
