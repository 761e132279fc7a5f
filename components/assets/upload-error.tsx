import { FormAlert } from "@/components/ui/form-alert";

/** The server's message about a failed upload, as it says what to do. */
export function UploadError({ message }: { message: string | undefined }) {
  return <FormAlert>{message}</FormAlert>;
}
