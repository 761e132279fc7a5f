import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listMailbox } from "@/server/email/outbox";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Dev mailbox" };
export const dynamic = "force-dynamic";

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Renders links in plain-text mail as anchors; everything else stays text (no HTML injection). */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-primary underline">
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

export default async function MailboxPage() {
  // Off when SMTP is configured: then mail leaves the building and this page must not exist.
  if (!env().devMailboxEnabled) notFound();
  const emails = await listMailbox();
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <div>
        <h1 className="text-2xl font-semibold">Dev mailbox</h1>
        <p className="text-sm text-muted-foreground">
          No SMTP server is configured (SMTP_URL), so outgoing email is kept here instead of being sent.
        </p>
      </div>
      {emails.length === 0 && <EmptyState title="No email yet" description="Invite a member to see the email here." />}
      {emails.map((email) => (
        <Card key={email.id} data-testid="mailbox-email">
          <CardHeader>
            <CardTitle className="text-base">{email.subject}</CardTitle>
            <CardDescription>
              To {email.to} · {email.createdAt.toUTCString()} <Badge variant="secondary">{email.status}</Badge>
            </CardDescription>
          </CardHeader>
          <CardContent>
            <pre className="font-sans text-sm whitespace-pre-wrap">
              <Linkified text={email.text} />
            </pre>
          </CardContent>
        </Card>
      ))}
    </main>
  );
}
