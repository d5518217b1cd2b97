/** Parameterised SQL for the few hot paths that use the pg pool directly (lib/db.ts sqlPool). */

const FRAGMENT = Symbol("sql");

export type TSql = { readonly text: string; readonly values: unknown[]; readonly [FRAGMENT]: true };

/**
 * A named (prepared) statement: each pool connection parses and plans it once, then only binds and
 * executes it, which takes most of the PostgreSQL CPU off hot statements. The name must be unique per
 * distinct text, so only use it for statements whose text never varies.
 */
export const prepared = (name: string, query: TSql) => ({ name, text: query.text, values: query.values });

/**
 * Parameterised query from a tagged template: values become $1, $2, … (never concatenated into the
 * text); a nested sql`` fragment is inlined with its parameters renumbered.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): TSql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (typeof value === "object" && value !== null && FRAGMENT in value) {
      const fragment = value as TSql;
      const offset = params.length;
      text += fragment.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      params.push(...fragment.values);
    } else {
      params.push(value);
      text += `$${params.length}`;
    }
    text += strings[i + 1]!;
  });
  return { text, values: params, [FRAGMENT]: true };
}
