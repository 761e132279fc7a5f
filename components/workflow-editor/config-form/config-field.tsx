"use client";

import { fitsField } from "./config-values";
import { CronField } from "./cron-field";
import { ExpressionField } from "./expression-field";
import { type FieldProps } from "./field-props";
import { JsonValueField } from "./json-value-field";
import { KeyValueField } from "./key-value-field";
import { ListField } from "./list-field";
import { AgentPicker, ClientPicker, MembersPicker, ModelPicker, ProviderPicker, WorkflowPicker } from "./row-pickers";
import { BooleanField, EnumField, NumberField, TextField, TimezoneField } from "./simple-fields";
import { StringListField } from "./string-list-field";

/** The input for one config field, by its descriptor's kind; a value of another shape is shown as JSON. */
export function ConfigField(props: FieldProps) {
  const { field } = props;
  if (!fitsField(field, props.value))
    return <JsonValueField {...props} notice="This value does not have the shape this setting takes; fix it here." />;
  switch (field.kind) {
    case "text":
    case "rowId":
      return <TextField {...props} field={field} />;
    case "expression":
      return <ExpressionField {...props} field={field} />;
    case "number":
      return <NumberField {...props} field={field} />;
    case "boolean":
      return <BooleanField {...props} field={field} />;
    case "enum":
      return <EnumField {...props} field={field} />;
    case "agent":
      return <AgentPicker {...props} field={field} />;
    case "provider":
      return <ProviderPicker {...props} field={field} />;
    case "model":
      return <ModelPicker {...props} field={field} />;
    case "workflow":
      return <WorkflowPicker {...props} field={field} />;
    case "client":
      return <ClientPicker {...props} field={field} />;
    case "cron":
      return <CronField {...props} field={field} />;
    case "timezone":
      return <TimezoneField {...props} field={field} />;
    case "keyValue":
      return <KeyValueField {...props} field={field} />;
    case "stringList":
      return <StringListField {...props} field={field} />;
    case "members":
      return <MembersPicker {...props} field={field} />;
    case "list":
      return <ListField {...props} field={field} renderField={renderField} />;
    case "jsonSchema":
    case "json":
      return <JsonValueField {...props} />;
  }
}

const renderField = (props: FieldProps) => <ConfigField {...props} />;
