import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import type { TAssetComment } from "@/lib/schemas/assets";
import { AssetStatusBadge } from "./asset-status-badge";

type Props = { comment: TAssetComment; children?: ReactNode };

/** One comment: who, when, on which version, and the decision it records, if any. */
export function AssetComment({ comment, children }: Props) {
  return (
    <article aria-labelledby={`comment-${comment.id}-author`} className="grid gap-1.5">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span id={`comment-${comment.id}-author`} className="font-medium">
          {comment.authorName}
        </span>
        <time dateTime={comment.createdAt.toISOString()} className="text-muted-foreground">
          {formatDateTime(comment.createdAt)}
        </time>
        <span className="text-muted-foreground">on version {comment.version}</span>
        {comment.decision ? <AssetStatusBadge status={comment.decision} /> : null}
      </header>
      <p className="text-sm break-words whitespace-pre-wrap">{comment.body}</p>
      {children}
    </article>
  );
}
