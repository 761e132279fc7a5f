import { describe, expect, it } from "vitest";
import { ZCreateClientInput } from "@/lib/schemas/clients";
import { checkBrand } from "../../ai/tools/brand-check";
import { DEMO_AGENCIES } from "./seed";

const demoClients = DEMO_AGENCIES.flatMap((agency) => agency.clients);

describe("demo clients", () => {
  // The seed calls the service directly, so nothing else holds the demo data to the form's rules.
  it.each(demoClients.map((client) => [client.name, client] as const))(
    "%s has brand rules the client form would save unchanged",
    (_name, client) => {
      expect(client.brandBannedWords?.length).toBeGreaterThan(0);
      expect(client.brandDisclaimers?.length).toBeGreaterThan(0);
      expect(client.brandToneKeywords?.length).toBeGreaterThan(0);
      expect(ZCreateClientInput.parse(client)).toEqual(client);
    },
  );

  it("give brand.check something to find on a fresh install", () => {
    const bluebird = demoClients.find((client) => client.name === "Bluebird Coffee");
    const result = checkBrand("Our cheapest coffee ever", {
      bannedWords: bluebird?.brandBannedWords ?? [],
      disclaimers: bluebird?.brandDisclaimers ?? [],
      toneKeywords: bluebird?.brandToneKeywords ?? [],
    });
    expect(result.passed).toBe(false);
    expect(result.bannedWords.map((hit) => hit.word)).toEqual(["cheapest"]);
    expect(result.missingDisclaimers).toEqual(["Prices and availability vary by store."]);
  });
});
