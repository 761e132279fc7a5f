"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import { pickOption } from "@/components/clients/client-fields";
import { SegmentRuleValue } from "./segment-rule-value";
import {
  changeRuleField,
  FIELD_LABELS,
  FIELD_OPS,
  OP_LABELS,
  RULE_FIELDS,
  valueKind,
  type RuleDraft,
} from "./segment-rules";

type Props = {
  rule: RuleDraft;
  /** 1-based, used in the labels: "Rule 2 field". */
  number: number;
  onChange: (next: RuleDraft) => void;
  onRemove: () => void;
};

/** Field, operator and value of one rule; the operators offered are the ones valid for the field. */
export function SegmentRuleRow({ rule, number, onChange, onRemove }: Props) {
  const ops = FIELD_OPS[rule.field];
  return (
    <li className="grid items-end gap-3 rounded-lg border p-3 sm:grid-cols-[minmax(9rem,1fr)_minmax(8rem,1fr)_minmax(10rem,1.5fr)_auto]">
      <FormField label={`Rule ${number} field`}>
        <NativeSelect
          value={rule.field}
          onChange={(event) => onChange(changeRuleField(rule, pickOption(RULE_FIELDS, event.target.value, rule.field)))}
        >
          {RULE_FIELDS.map((field) => (
            <option key={field} value={field}>
              {FIELD_LABELS[field]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label={`Rule ${number} operator`}>
        <NativeSelect
          value={rule.op}
          onChange={(event) => {
            const op = pickOption(ops, event.target.value, rule.op);
            // A value means nothing to "is empty"; clear it so it is not sent.
            onChange({ ...rule, op, value: valueKind(rule.field, op) === "none" ? "" : rule.value });
          }}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {OP_LABELS[op]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <SegmentRuleValue
        kind={valueKind(rule.field, rule.op)}
        label={`Rule ${number} value`}
        value={rule.value}
        onChange={(value) => onChange({ ...rule, value })}
      />
      <Button variant="ghost" size="icon" onClick={onRemove} className="justify-self-end">
        <Trash2 aria-hidden />
        <span className="sr-only">Remove rule {number}</span>
      </Button>
    </li>
  );
}
