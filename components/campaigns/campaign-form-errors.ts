import { issueFieldErrors, type FieldErrors } from "@/lib/field-errors";
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
  "ownerId",
] as const satisfies readonly (keyof CampaignFormValues)[];

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
