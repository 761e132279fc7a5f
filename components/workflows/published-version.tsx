import { Badge } from "@/components/ui/badge";

/** The live version of a workflow, or "Draft only" while nothing is published. */
export function PublishedVersion({ version }: { version: number | null }) {
  return version === null ? (
    <Badge variant="outline" className="text-muted-foreground">
      Draft only
    </Badge>
  ) : (
    <Badge variant="secondary">Version {version}</Badge>
  );
}
