import type { Locator, Page } from "@playwright/test";

/** What the three brand rule boxes hold, as typed: words separated by commas or lines, disclaimers one per line. */
export type BrandRulesInput = { bannedWords?: string; disclaimers?: string; toneKeywords?: string };

export type BrandRuleTerm = "Banned words" | "Required disclaimers" | "Tone keywords";

/** The "Brand rules" fieldset of the client form; `scope` holds the form (the Details section at /clients/<id>). */
export class ClientBrandRulesForm {
  readonly group: Locator;
  readonly bannedWords: Locator;
  readonly disclaimers: Locator;
  readonly toneKeywords: Locator;

  constructor(scope: Locator) {
    this.group = scope.getByRole("group", { name: "Brand rules" });
    this.bannedWords = this.group.getByRole("textbox", { name: "Banned words", exact: true });
    this.disclaimers = this.group.getByRole("textbox", { name: "Required disclaimers", exact: true });
    this.toneKeywords = this.group.getByRole("textbox", { name: "Tone keywords", exact: true });
  }

  async fill(input: BrandRulesInput) {
    if (input.bannedWords !== undefined) await this.bannedWords.fill(input.bannedWords);
    if (input.disclaimers !== undefined) await this.disclaimers.fill(input.disclaimers);
    if (input.toneKeywords !== undefined) await this.toneKeywords.fill(input.toneKeywords);
  }

  /** The inline errors inside the fieldset. */
  errors(): Locator {
    return this.group.getByRole("alert");
  }
}

/** The read-only "Brand rules" section of a client, shown to roles that may not edit it. */
export class ClientBrandRulesView {
  readonly region: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Brand rules" });
    this.empty = this.region.getByText(/^No brand rules yet\./);
  }

  /** The value beside one rule's term. */
  value(term: BrandRuleTerm): Locator {
    const row = this.region
      .locator("div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) });
    return row.getByRole("definition");
  }

  /** The words or disclaimers listed under one rule, one list item each. */
  entries(term: BrandRuleTerm): Locator {
    return this.value(term).getByRole("listitem");
  }
}
