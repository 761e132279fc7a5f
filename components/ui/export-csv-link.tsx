import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Downloads the whole filtered list as CSV from the streaming export endpoint. */
export function ExportCsvLink({
  list,
  filters,
}: {
  list: "clients" | "campaigns" | "contacts" | "tasks" | "assets";
  filters: object;
}) {
  const compact = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""),
  );
  const href = `/api/export/${list}?filters=${encodeURIComponent(JSON.stringify(compact))}`;
  return (
    <Button asChild variant="outline">
      <a href={href} download>
        <Download aria-hidden />
        Export CSV
      </a>
    </Button>
  );
}
