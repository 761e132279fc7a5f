import { describe, expect, it } from "vitest";
import { ZCreateClientInput } from "@/lib/schemas/clients";
import { clientToFormValues, EMPTY_CLIENT_FORM, formValuesToInput, type ClientRecord } from "./client-fields";

describe("client form values", () => {
  it("splits brand rules as the help text says: words at commas or lines, disclaimers at lines", () => {
    const input = formValuesToInput({
      ...EMPTY_CLIENT_FORM,
      name: "Acme",
      brandBannedWords: "cheap, best ever\n\nguaranteed,",
      brandDisclaimers: "Terms, conditions and exclusions apply.\n\n  Offer ends Friday. \n",
      brandToneKeywords: "warm,\nplayful",
    });
    expect(input).toMatchObject({
      brandBannedWords: ["cheap", "best ever", "guaranteed"],
      brandDisclaimers: ["Terms, conditions and exclusions apply.", "Offer ends Friday."],
      brandToneKeywords: ["warm", "playful"],
    });
    expect(ZCreateClientInput.safeParse(input).success).toBe(true);
  });

  it("shows saved brand rules so that saving again changes nothing", () => {
    const client: ClientRecord = {
      id: "c1",
      name: "Acme",
      website: null,
      industry: null,
      status: "active",
      tags: [],
      notes: null,
      brandBannedWords: ["cheap", "best ever"],
      brandDisclaimers: ["Terms, conditions and exclusions apply.", "Offer ends Friday."],
      brandToneKeywords: ["warm"],
      archivedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(formValuesToInput(clientToFormValues(client))).toMatchObject({
      brandBannedWords: client.brandBannedWords,
      brandDisclaimers: client.brandDisclaimers,
      brandToneKeywords: client.brandToneKeywords,
    });
  });
});
