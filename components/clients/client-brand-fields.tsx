import type { ChangeEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Textarea } from "@/components/ui/textarea";
import type { FieldErrors } from "@/lib/field-errors";
import type { ClientFormValues } from "./client-fields";

type BrandField = "brandBannedWords" | "brandDisclaimers" | "brandToneKeywords";

type Props = {
  bind: (field: BrandField) => {
    value: string;
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  };
  errors: FieldErrors;
};

/** The "Brand rules" part of the client form: what the brand.check tool holds copy to. */
export function ClientBrandFields({ bind, errors }: Props) {
  return (
    // The rule sits outside the fieldset: a border on a fieldset runs through its legend.
    <div className="border-t pt-4">
      <FormFieldset
        legend={<span className="text-base font-semibold">Brand rules</span>}
        description="Agents with the Brand check tool test copy for this client against these rules."
        className="gap-4"
      >
        <FormField
          label="Banned words"
          error={errors.brandBannedWords}
          description="Words or phrases the copy must never use, separated by commas or lines, e.g. cheap, best ever. Whole words only: “free” does not flag “freedom”."
        >
          <Textarea {...bind("brandBannedWords")} rows={2} />
        </FormField>
        <FormField
          label="Required disclaimers"
          error={errors.brandDisclaimers}
          description="One per line. Copy must include each one word for word; capitals and spacing may differ."
        >
          <Textarea {...bind("brandDisclaimers")} rows={3} />
        </FormField>
        <FormField
          label="Tone keywords"
          error={errors.brandToneKeywords}
          description="Words that carry the brand's voice, separated by commas, e.g. warm, playful, local. Copy scores higher the more of them it uses."
        >
          <Textarea {...bind("brandToneKeywords")} rows={2} />
        </FormField>
      </FormFieldset>
    </div>
  );
}

/** Form fields that hold brand rules, for error placement. */
export const BRAND_FIELDS = [
  "brandBannedWords",
  "brandDisclaimers",
  "brandToneKeywords",
] as const satisfies readonly (keyof ClientFormValues)[];
