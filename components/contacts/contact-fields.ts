import type { inferRouterOutputs } from "@trpc/server";
import type { TCreateContactInput } from "@/lib/schemas/contacts";
import type { AppRouter } from "@/server/api/root";

export type ContactRecord = inferRouterOutputs<AppRouter>["contacts"]["list"]["items"][number];

/** What the contact form edits: text as typed, consents as checkbox states. */
export type ContactFormValues = {
  clientId: string;
  name: string;
  email: string;
  phone: string;
  title: string;
  tags: string;
  emailConsent: boolean;
  smsConsent: boolean;
  whatsappConsent: boolean;
};

export type ContactTextField = "name" | "email" | "phone" | "title" | "tags";
export type ConsentField = "emailConsent" | "smsConsent" | "whatsappConsent";

export const CONSENT_FIELDS = [
  "emailConsent",
  "smsConsent",
  "whatsappConsent",
] as const satisfies readonly ConsentField[];

/** Short names for the consent badges; the form labels add " consent". */
export const CONSENT_LABELS: Record<ConsentField, string> = {
  emailConsent: "Email",
  smsConsent: "SMS",
  whatsappConsent: "WhatsApp",
};

export const CONTACT_FORM_FIELDS = [
  "clientId",
  "name",
  "email",
  "phone",
  "title",
  "tags",
  ...CONSENT_FIELDS,
] as const satisfies readonly (keyof ContactFormValues)[];

export function emptyContactForm(clientId = ""): ContactFormValues {
  return {
    clientId,
    name: "",
    email: "",
    phone: "",
    title: "",
    tags: "",
    emailConsent: false,
    smsConsent: false,
    whatsappConsent: false,
  };
}

/** Tags are typed comma separated; blanks between commas are dropped. */
export function contactFormToInput(values: ContactFormValues): TCreateContactInput {
  return {
    clientId: values.clientId,
    name: values.name,
    email: values.email.trim(),
    phone: values.phone.trim(),
    title: values.title.trim() || null,
    tags: values.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    emailConsent: values.emailConsent,
    smsConsent: values.smsConsent,
    whatsappConsent: values.whatsappConsent,
  };
}
