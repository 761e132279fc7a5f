"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useMemo, useState, type FormEvent } from "react";
import { pickOption } from "@/components/clients/client-fields";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { toast } from "@/components/ui/use-toast";
import { formErrorMessage, issueFieldErrors, serverFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { ZSaveSegmentInput, type TSegmentDefinition } from "@/lib/schemas/contacts";
import { useTRPC } from "@/lib/trpc/react";
import { segmentIssueMessage } from "./segment-issue";
import { SegmentPreview } from "./segment-preview";
import { SegmentRuleRow } from "./segment-rule-row";
import {
  draftToCandidate,
  MATCH_LABELS,
  MATCH_OPTIONS,
  newRuleDraft,
  ruleToDraft,
  type RuleDraft,
  type SegmentMatch,
} from "./segment-rules";
import { FormAlert } from "@/components/ui/form-alert";

/** A segment as the editor opens it; no `id` for a new one. */
export type SegmentDraft = { id?: string; name: string; definition: TSegmentDefinition };

type Props = { initial: SegmentDraft; onDone: () => void };

/** Name, match and rules of a segment, with a live count of the contacts it matches. */
export function SegmentEditor({ initial, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canSave = useCan("segment.save");
  const [name, setName] = useState(initial.name);
  const [match, setMatch] = useState<SegmentMatch>(initial.definition.match);
  const [rules, setRules] = useState<RuleDraft[]>(() =>
    initial.definition.rules.length > 0 ? initial.definition.rules.map(ruleToDraft) : [newRuleDraft()],
  );
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  // Memoized so the preview's debounce only restarts when a rule really changes.
  const candidate = useMemo(() => ({ match, rules: rules.map(draftToCandidate) }), [match, rules]);
  const save = useMutation(
    trpc.contacts.saveSegment.mutationOptions({
      onSuccess: () => {
        toast({ title: "Segment saved", description: `${name.trim()} was saved.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.contacts.pathFilter());
        onDone();
      },
    }),
  );
  const errors: FieldErrors = { ...serverFieldErrors(save.error), ...localErrors };
  const formError = errors.definition ?? formErrorMessage(save.error, ["name", "definition"]);

  const updateRule = (key: string, next: RuleDraft) =>
    setRules((current) => current.map((rule) => (rule.key === key ? next : rule)));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZSaveSegmentInput.safeParse({ id: initial.id, name, definition: candidate });
    if (!parsed.success) {
      const fieldErrors = issueFieldErrors(parsed.error.issues);
      const ruleIssue = parsed.error.issues.find((issue) => issue.path[0] === "definition");
      if (ruleIssue)
        fieldErrors.definition = segmentIssueMessage({ ...ruleIssue, path: ruleIssue.path.slice(1) }, candidate);
      setLocalErrors(fieldErrors);
      return;
    }
    setLocalErrors({});
    save.mutate(parsed.data);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{initial.id ? "Edit segment" : "New segment"}</h2>
        </CardTitle>
        <CardDescription>Contacts that match the rules below belong to the segment.</CardDescription>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={handleSubmit} className="grid gap-5" aria-busy={save.isPending}>
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <FormField label="Segment name" required error={errors.name}>
              <Input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
            </FormField>
            <FormField label="Match">
              <NativeSelect
                value={match}
                onChange={(event) => setMatch(pickOption(MATCH_OPTIONS, event.target.value, "all"))}
              >
                {MATCH_OPTIONS.map((option) => (
                  <option key={option} value={option}>
                    {MATCH_LABELS[option]}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          </div>
          <fieldset className="grid gap-3">
            <legend className="mb-2 text-sm font-medium">Rules</legend>
            <ol className="grid gap-3">
              {rules.map((rule, index) => (
                <SegmentRuleRow
                  key={rule.key}
                  rule={rule}
                  number={index + 1}
                  onChange={(next) => updateRule(rule.key, next)}
                  onRemove={() => setRules((current) => current.filter((other) => other.key !== rule.key))}
                />
              ))}
            </ol>
            <Button
              variant="outline"
              className="justify-self-start"
              disabled={rules.length >= 20}
              onClick={() => setRules((current) => [...current, newRuleDraft()])}
            >
              <Plus aria-hidden />
              Add rule
            </Button>
          </fieldset>
          <SegmentPreview definition={candidate} />
          <FormAlert>{formError}</FormAlert>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="outline" onClick={onDone}>
              {canSave ? "Cancel" : "Back to segments"}
            </Button>
            {canSave ? (
              <Button type="submit" disabled={save.isPending}>
                Save segment
              </Button>
            ) : null}
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
