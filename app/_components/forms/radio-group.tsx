export type Choice = { value: string; label: string };

/** A set of large radio buttons (44 px rows) under a legend. */
export function RadioGroup({ name, legend, choices, initial }: { name: string; legend: string; choices: Choice[]; initial: string }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-line px-3 py-2 has-[:checked]:border-accent">
          <input type="radio" name={name} value={c.value} defaultChecked={c.value === initial} required />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
