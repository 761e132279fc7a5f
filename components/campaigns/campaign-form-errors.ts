import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { ZCreateCampaignInput, type TCreateCampaignInput } from "@/lib/schemas/campaigns";
import { formValuesToInput, type CampaignFormValues } from "./campaign-fields";

export const CAMPAIGN_FORM_FIELDS = [
  "clientId",
  "name",
  "channels",
  "objective",
  "budget",
  "currency",
  "startDate",
  "endDate",
] as const satisfies readonly (keyof CampaignFormValues)[];

/** A tRPC error as the campaign form reads it; `field` names the field a domain error is about. */
export type CampaignFormError = ErrorWithFieldErrors & {
  data?: { fieldErrors?: Record<string, string> | undefined; field?: string | undefined } | null;
};

/** Server errors by form field: zod issues, plus a domain error that names its field (e.g. endDate). */
export function campaignServerErrors(error: CampaignFormError | null | undefined, prefix: string): FieldErrors {
  const errors = serverFieldErrors(error, prefix);
  const field = error?.data?.field;
  if (error && field) errors[field] ??= error.message;
  return errors;
}

/** The message to show above the form when no field shows it. */
export function campaignFormError(error: CampaignFormError | null | undefined, prefix: string): string | undefined {
  const field = error?.data?.field;
  if (field && (CAMPAIGN_FORM_FIELDS as readonly string[]).includes(field)) return undefined;
  return formErrorMessage(error, CAMPAIGN_FORM_FIELDS, prefix);
}

/** Checks the form with the server's own schema; wording for the two fields a blank leaves unreadable. */
export function validateCampaignForm(
  values: CampaignFormValues,
): { ok: true; input: TCreateCampaignInput } | { ok: false; errors: FieldErrors } {
  const parsed = ZCreateCampaignInput.safeParse(formValuesToInput(values));
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = issueFieldErrors(parsed.error.issues);
  if (errors.clientId && !values.clientId) errors.clientId = "Choose a client.";
  if (errors.budget && values.budget.trim() === "") errors.budget = "Enter a budget, e.g. 5000.";
  if (errors.startDate && !values.startDate) errors.startDate = "Choose a start date.";
  return { ok: false, errors };
}
