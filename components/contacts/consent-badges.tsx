import { Badge } from "@/components/ui/badge";
import { CONSENT_FIELDS, CONSENT_LABELS, type ContactRecord } from "./contact-fields";

/** One badge per channel the contact agreed to be reached on. */
export function ConsentBadges({ contact }: { contact: ContactRecord }) {
  const granted = CONSENT_FIELDS.filter((field) => contact[field]);
  if (granted.length === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Consent">
      {granted.map((field) => (
        <li key={field}>
          <Badge variant="success">{CONSENT_LABELS[field]}</Badge>
        </li>
      ))}
    </ul>
  );
}
