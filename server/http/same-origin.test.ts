import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/assets", { method: "POST", headers, body: "x" });

describe("assertSameOrigin", () => {
  it("lets the app's own pages, typed-in navigations and non-browser clients through", () => {
    expect(() => assertSameOrigin(post({ "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ "sec-fetch-site": "none" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(post({}))).not.toThrow();
  });

  it("refuses a POST another site's page sent with the person's cookies", () => {
    for (const site of ["cross-site", "same-site"]) {
      expect(() => assertSameOrigin(post({ "sec-fetch-site": site }))).toThrow(/came from another site/);
    }
    expect(() => assertSameOrigin(post({ origin: "https://evil.example" }))).toThrow(/came from another site/);
  });

  it("does not judge reads", () => {
    const get = new Request("http://localhost:3000/api/export/clients", {
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(() => assertSameOrigin(get)).not.toThrow();
  });
});
