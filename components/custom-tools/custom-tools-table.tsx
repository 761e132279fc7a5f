"use client";

import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TCustomTool } from "@/lib/schemas/custom-tools";
import { DeleteCustomToolDialog } from "./delete-custom-tool-dialog";
import { EditCustomToolDialog } from "./edit-custom-tool-dialog";

/** The input's top-level properties, required ones marked. */
function InputSummary({ schema }: { schema: TCustomTool["inputSchema"] }) {
  const required = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties);
  if (!names.length) return <span className="text-muted-foreground">None</span>;
  return (
    <ul className="flex max-w-56 flex-wrap gap-1">
      {names.map((name) => (
        <li key={name}>
          <code className="text-xs">
            {name}
            {required.has(name) ? (
              <>
                <span aria-hidden>*</span>
                <span className="sr-only"> (required)</span>
              </>
            ) : null}
          </code>
        </li>
      ))}
    </ul>
  );
}

export function CustomToolsTable({ tools }: { tools: TCustomTool[] }) {
  const canManage = useCan("agent.manage");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Tool</TableHead>
          <TableHead>Request</TableHead>
          <TableHead>Input</TableHead>
          <TableHead>Auth header</TableHead>
          <TableHead>Agents</TableHead>
          {canManage ? <TableHead className="text-right">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {tools.map((tool) => (
          <TableRow key={tool.id}>
            <TableCell>
              <div className="grid max-w-72 gap-1">
                <code className="font-medium">custom.{tool.name}</code>
                <span className="text-xs whitespace-normal text-muted-foreground">{tool.description}</span>
              </div>
            </TableCell>
            <TableCell>
              <div className="grid gap-1">
                <Badge variant="outline">{tool.method}</Badge>
                <span className="max-w-72 text-xs break-all whitespace-normal text-muted-foreground">{tool.url}</span>
                <span className="text-xs text-muted-foreground">Timeout {tool.timeoutMs / 1000} s</span>
              </div>
            </TableCell>
            <TableCell>
              <InputSummary schema={tool.inputSchema} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {tool.authHeaderName ? (
                <div className="grid">
                  <span>{tool.authHeaderName}</span>
                  {tool.authHeaderHint ? <code className="text-xs">{tool.authHeaderHint}</code> : null}
                </div>
              ) : (
                <span className="text-muted-foreground">None</span>
              )}
            </TableCell>
            <TableCell>
              {tool.agents.length ? (
                <ul className="grid gap-0.5">
                  {tool.agents.map((agent) => (
                    <li key={agent.id}>
                      <Link
                        href={`/agents/${agent.id}`}
                        className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                      >
                        {agent.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-muted-foreground">None yet</span>
              )}
            </TableCell>
            {canManage ? (
              <TableCell>
                <div className="flex justify-end">
                  <EditCustomToolDialog tool={tool} />
                  <DeleteCustomToolDialog tool={tool} />
                </div>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
