import { Badge } from "@/components/ui/badge";
import type { ClientRecord } from "./client-fields";
import { none, Row } from "./client-summary";

type Props = { client: Pick<ClientRecord, "brandBannedWords" | "brandDisclaimers" | "brandToneKeywords"> };

function Words({ words, variant }: { words: string[]; variant: "destructive" | "outline" }) {
  if (words.length === 0) return none;
  return (
    <ul className="flex flex-wrap gap-1">
      {words.map((word) => (
        <li key={word}>
          <Badge variant={variant} className="whitespace-normal">
            {word}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** A client's brand rules, read-only: what the brand.check tool holds copy to. */
export function ClientBrandRules({ client }: Props) {
  const { brandBannedWords, brandDisclaimers, brandToneKeywords } = client;
  const empty = brandBannedWords.length + brandDisclaimers.length + brandToneKeywords.length === 0;
  return (
    <section aria-labelledby="client-brand-rules-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="client-brand-rules-heading" className="text-base font-semibold">
        Brand rules
      </h2>
      {empty ? (
        <p className="text-sm text-muted-foreground">
          No brand rules yet. Someone who may edit this client can add banned words, required disclaimers and tone
          keywords for agents to check copy against.
        </p>
      ) : (
        <dl className="grid gap-4">
          <Row term="Banned words">
            <Words words={brandBannedWords} variant="destructive" />
          </Row>
          <Row term="Required disclaimers">
            {brandDisclaimers.length === 0 ? (
              none
            ) : (
              <ul className="grid list-disc gap-1 pl-4">
                {brandDisclaimers.map((disclaimer) => (
                  <li key={disclaimer}>{disclaimer}</li>
                ))}
              </ul>
            )}
          </Row>
          <Row term="Tone keywords">
            <Words words={brandToneKeywords} variant="outline" />
          </Row>
        </dl>
      )}
    </section>
  );
}
