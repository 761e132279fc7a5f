import type { TAssetComment } from "@/lib/schemas/assets";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";

/** Top-level comments in order, each with its replies (threads are one level deep). */
function threads(comments: TAssetComment[]) {
  const topIds = new Set(comments.filter((comment) => !comment.parentId).map((comment) => comment.id));
  const replies = new Map<string, TAssetComment[]>();
  const top: TAssetComment[] = [];
  for (const comment of comments) {
    // A reply whose thread is somehow missing is still shown, on its own.
    if (comment.parentId && topIds.has(comment.parentId)) {
      replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
    } else top.push(comment);
  }
  return top.map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}

type Props = { assetId: string; comments: TAssetComment[]; canComment: boolean };

export function AssetComments({ assetId, comments, canComment }: Props) {
  return (
    <section aria-labelledby="asset-comments-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="asset-comments-heading" className="text-base font-semibold">
        Comments
      </h2>
      {comments.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No comments yet.{canComment ? " Say what you think of this version below." : ""}
        </p>
      ) : (
        <ol className="grid gap-6">
          {threads(comments).map(({ comment, replies }) => (
            <li key={comment.id}>
              <CommentThread assetId={assetId} comment={comment} replies={replies} canReply={canComment} />
            </li>
          ))}
        </ol>
      )}
      {canComment ? <CommentForm assetId={assetId} label="Add a comment" submitLabel="Comment" /> : null}
    </section>
  );
}
