"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** The agency's active clients (first 100 by name), for client pickers. */
export function useClientOptions() {
  const trpc = useTRPC();
  const query = useQuery(trpc.clients.list.queryOptions({ archived: "active", limit: 100 }));
  const clients = (query.data?.items ?? []).map((client) => ({ id: client.id, name: client.name }));
  return { clients, isPending: query.isPending, error: query.error };
}
