import type { RemoteJoinerOptions, RemoteQueryFunction, RemoteQueryInput } from "@medusajs/framework/types"

/** Medusa's Query, as `container.resolve(ContainerRegistrationKeys.QUERY)` gives it. */
export type Query = Omit<RemoteQueryFunction, symbol>

/**
 * `query.graph`'s rows in the shape the caller reads, and the total for a page. Query types its
 * answers from the generated entity types (every relation optional, list entries nullable, links
 * of custom modules untyped), which Tadamon's rules and serializers do not take: this is the one
 * place where the two meet. The `fields` asked for must cover `Row`.
 */
export async function queryRows<Row>(
  query: Query,
  input: RemoteQueryInput<string>,
  options?: RemoteJoinerOptions
): Promise<{ rows: Row[]; count: number }> {
  const { data, metadata } = await query.graph(input, options)
  const rows = data as unknown as Row[]
  return { rows, count: metadata?.count ?? rows.length }
}

/** A linked record as Query returns it: absent, null, or there. */
export type Linked<T> = T | null | undefined

/** The records of a linked list that are there (Query leaves nulls where a link points nowhere). */
export function present<T>(values: Linked<T>[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => !!value)
}
