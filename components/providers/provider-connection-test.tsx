"use client";

import { useMutation } from "@tanstack/react-query";
import { PlugZap } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/lib/trpc/react";
import { testInputFor, type ProviderFormValues } from "./provider-form-values";
import { ProviderTestResult } from "./provider-test-result";

type Props = {
  values: ProviderFormValues;
  /** The provider being edited; absent for a new one. */
  saved?: { id: string; kind: ProviderFormValues["kind"]; baseUrl: string };
  onEnable: (id: string) => void;
  /** Field errors found before sending, e.g. a missing base URL. */
  onInvalid: (errors: FieldErrors) => void;
};

/** What a test depends on: a result stops showing once any of it changes. */
const connectionOf = (values: ProviderFormValues) =>
  JSON.stringify([values.kind, values.baseUrl.trim(), values.apiKey.trim(), values.clearApiKey]);

/** "Test connection" inside the provider form, for settings that may not be saved yet. */
export function ProviderConnectionTest({ values, saved, onEnable, onInvalid }: Props) {
  const trpc = useTRPC();
  const [tested, setTested] = useState<string | null>(null);
  const test = useMutation(trpc.providers.test.mutationOptions());
  const current = connectionOf(values);
  // The API tests a saved provider only with its saved URL: say so when the form shows another.
  const testsSavedSettings =
    saved &&
    !values.apiKey.trim() &&
    !values.clearApiKey &&
    (values.kind !== saved.kind || values.baseUrl.trim() !== saved.baseUrl);

  function run() {
    const prepared = testInputFor(values, saved?.id);
    if (!prepared.ok) {
      onInvalid(prepared.errors);
      return;
    }
    setTested(current);
    test.mutate(prepared.input);
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" disabled={test.isPending} onClick={run}>
          <PlugZap aria-hidden />
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        {testsSavedSettings ? (
          <p className="text-sm text-muted-foreground">
            Tests the saved settings; type the key again to test the new ones before saving.
          </p>
        ) : null}
      </div>
      {test.isError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {test.error.message}
        </p>
      ) : null}
      {test.data && tested === current && !test.isPending ? (
        <ProviderTestResult
          result={test.data}
          enabledIds={values.models.map((model) => model.id.trim())}
          onEnable={onEnable}
        />
      ) : null}
    </div>
  );
}
