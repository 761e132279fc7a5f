/** One `<option>` per record, by id and name, for a select over loaded records (clients, members…). */
export function RecordOptions({ records }: { records: readonly { id: string; name: string }[] }) {
  return records.map((record) => (
    <option key={record.id} value={record.id}>
      {record.name}
    </option>
  ));
}
