"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TAssetComment } from "@/lib/schemas/assets";
import { AssetComment } from "./asset-comment";
import { CommentForm } from "./comment-form";

type Props = {
  assetId: string;
  comment: TAssetComment;
  replies: TAssetComment[];
  canReply: boolean;
};

/** A top-level comment with its replies indented under it, and an inline reply form. */
export function CommentThread({ assetId, comment, replies, canReply }: Props) {
  const [replying, setReplying] = useState(false);
  return (
    <AssetComment comment={comment}>
      {replies.length > 0 ? (
        <ol aria-label={`Replies to ${comment.authorName}`} className="mt-2 grid gap-4 border-l-2 pl-4">
          {replies.map((reply) => (
            <li key={reply.id}>
              <AssetComment comment={reply} />
            </li>
          ))}
        </ol>
      ) : null}
      {canReply && !replying ? (
        <Button variant="ghost" size="sm" className="w-fit" onClick={() => setReplying(true)}>
          Reply<span className="sr-only"> to {comment.authorName}</span>
        </Button>
      ) : null}
      {canReply && replying ? (
        <div className="mt-2 border-l-2 pl-4">
          <CommentForm
            assetId={assetId}
            parentId={comment.id}
            label="Reply"
            submitLabel="Post reply"
            autoFocus
            onPosted={() => setReplying(false)}
            onCancel={() => setReplying(false)}
          />
        </div>
      ) : null}
    </AssetComment>
  );
}
