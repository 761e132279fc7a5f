import { issueFieldErrors, type FieldErrors } from "@/lib/field-errors";
import {
  ZCreateProviderInput,
  ZTestProviderInput,
  type ProviderKind,
  type TCreateProviderInput,
  type TProvider,
  type TTestProviderInput,
} from "@/lib/schemas/providers";

/** An enabled model as typed: prices stay text until the form is sent. */
export type ModelRowValues = { id: string; inputPerMillion: string; outputPerMillion: string };

/** What the provider form edits, every field as the person typed it. */
export type ProviderFormValues = {
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  /** A new key; empty keeps the stored one when editing. */
  apiKey: string;
  /** Forget the stored key (editing only). */
  clearApiKey: boolean;
  defaultModel: string;
  models: ModelRowValues[];
};

export const PROVIDER_FORM_FIELDS = [
  "name",
  "kind",
  "baseUrl",
  "apiKey",
  "defaultModel",
  "models",
] as const satisfies readonly (keyof ProviderFormValues)[];

export const EMPTY_PROVIDER_FORM: ProviderFormValues = {
  name: "",
  kind: "openai",
  baseUrl: "",
  apiKey: "",
  clearApiKey: false,
  defaultModel: "",
  models: [],
};

export const EMPTY_MODEL_ROW: ModelRowValues = { id: "", inputPerMillion: "", outputPerMillion: "" };

export function providerToFormValues(provider: TProvider): ProviderFormValues {
  return {
    name: provider.name,
    kind: provider.kind,
    baseUrl: provider.baseUrl ?? "",
    apiKey: "",
    clearApiKey: false,
    defaultModel: provider.defaultModel,
    models: provider.models.map((model) => ({
      id: model.id,
      inputPerMillion: String(model.inputPerMillion),
      outputPerMillion: String(model.outputPerMillion),
    })),
  };
}

/** An empty price means free (0); anything unreadable becomes NaN so the schema refuses it. */
const price = (text: string) => (text.trim() === "" ? 0 : Number(text));

/** Checks the form with the server's own schema, so most mistakes show without a round trip. */
export function validateProviderForm(
  values: ProviderFormValues,
): { ok: true; input: TCreateProviderInput } | { ok: false; errors: FieldErrors } {
  const parsed = ZCreateProviderInput.safeParse({
    name: values.name,
    kind: values.kind,
    baseUrl: values.baseUrl.trim() || null,
    apiKey: values.apiKey.trim() || undefined,
    defaultModel: values.defaultModel,
    models: values.models.map((row) => ({
      id: row.id,
      inputPerMillion: price(row.inputPerMillion),
      outputPerMillion: price(row.outputPerMillion),
    })),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: issueFieldErrors(parsed.error.issues) };
}

/** The settings not saved yet, as "Test connection" sends them. */
const ZUnsavedTest = ZTestProviderInput.options[1];

/**
 * What "Test connection" sends: the saved provider (`savedId`) while no new key was typed and
 * the stored one is kept, otherwise the typed kind, base URL and key.
 */
export function testInputFor(
  values: ProviderFormValues,
  savedId: string | undefined,
): { ok: true; input: TTestProviderInput } | { ok: false; errors: FieldErrors } {
  const apiKey = values.apiKey.trim() || undefined;
  if (savedId && !apiKey && !values.clearApiKey) return { ok: true, input: { id: savedId } };
  const parsed = ZUnsavedTest.safeParse({ kind: values.kind, baseUrl: values.baseUrl.trim() || null, apiKey });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: issueFieldErrors(parsed.error.issues) };
}
