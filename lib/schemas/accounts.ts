import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters.")
  .email("Enter a valid email address.");

export const ZPassword = z
  .string()
  .min(12, "Password must be at least 12 characters.")
  .max(256, "Password must be at most 256 characters.");

export const ZAgencyName = z
  .string()
  .trim()
  .min(2, "Agency name must be at least 2 characters.")
  .max(120, "Agency name must be at most 120 characters.");

export const ZCreateAgencyInput = z.object({ name: ZAgencyName }).strict();
export type TCreateAgencyInput = z.infer<typeof ZCreateAgencyInput>;

export const ZSignUpInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(120, "Name must be at most 120 characters."),
    email: ZEmail,
    password: ZPassword,
    agencyName: ZAgencyName,
  })
  .strict();
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1).max(256) }).strict();
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZSignedUp = z.object({ email: z.string(), slug: z.string() });
export const ZNewAgency = z.object({ userId: z.string(), organizationId: z.string(), slug: z.string() });
