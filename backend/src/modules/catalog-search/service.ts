import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { WordPlan } from "../../domain/search/query-plan"
import SearchDocument from "./models/search-document"
import SearchWord from "./models/search-word"
import { facetSql, MAX_WORD_LENGTH, orderBy, productConditions, scoreSql, sql, textArray, type Sql } from "./sql"
import type {
  CooperativeHit,
  FacetName,
  ProductSearch,
  ProductSearchResult,
  SearchDocumentInput,
  SearchEngine,
  SearchKind,
} from "./types"

const WRITE_BATCH = 500
const DOCUMENT_COLUMNS = `kind text, record_id text, handle text, names jsonb, words text[], title_words text[],
  sales_channel_ids text[], cooperative_handle text, province text, category_handles text[], labels text[],
  edition_handles text[], price_min double precision, in_stock boolean, listed_at timestamptz, id text`

type Manager = Context<SqlEntityManager>

/**
 * The embedded search engine: PostgreSQL arrays of normalised words with GIN indexes (a query word
 * matches through `&&` on the words it may mean, resolved against the lexicon with `levenshtein`
 * from `fuzzystrmatch`), facets counted in one statement. Words are normalised in the domain
 * (`domain/search`), never here.
 */
export default class SearchModuleService extends MedusaService({ SearchDocument, SearchWord }) implements SearchEngine {
  @InjectTransactionManager()
  async upsertDocuments(documents: SearchDocumentInput[], @MedusaContext() sharedContext: Manager = {}): Promise<void> {
    const manager = sharedContext.transactionManager!
    for (let start = 0; start < documents.length; start += WRITE_BATCH) {
      const batch = documents.slice(start, start + WRITE_BATCH).map((document) => ({
        ...document,
        id: generateEntityId(undefined, "srch"),
        words: document.words.filter((word) => word.length <= MAX_WORD_LENGTH),
      }))
      await manager.execute(
        `INSERT INTO search_document (id, kind, record_id, handle, names, words, title_words, sales_channel_ids,
           cooperative_handle, province, category_handles, labels, edition_handles, price_min, in_stock, listed_at)
         SELECT id, kind, record_id, handle, names, words, title_words, sales_channel_ids, cooperative_handle, province,
           category_handles, labels, edition_handles, price_min, in_stock, listed_at
         FROM jsonb_to_recordset(?::jsonb) AS r(${DOCUMENT_COLUMNS})
         ON CONFLICT (kind, record_id) WHERE deleted_at IS NULL DO UPDATE SET
           handle = excluded.handle, names = excluded.names, words = excluded.words, title_words = excluded.title_words,
           sales_channel_ids = excluded.sales_channel_ids, cooperative_handle = excluded.cooperative_handle,
           province = excluded.province, category_handles = excluded.category_handles, labels = excluded.labels,
           edition_handles = excluded.edition_handles, price_min = excluded.price_min, in_stock = excluded.in_stock,
           listed_at = excluded.listed_at, updated_at = now()`,
        [JSON.stringify(batch)]
      )
      const words = [...new Set(batch.flatMap((document) => document.words))]
      await manager.execute(`INSERT INTO search_word (word) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING`, [textArray(words)])
    }
  }

  @InjectTransactionManager()
  async removeDocuments(kind: SearchKind, recordIds: string[], @MedusaContext() sharedContext: Manager = {}): Promise<void> {
    if (recordIds.length) {
      await sharedContext.transactionManager!.execute(`DELETE FROM search_document WHERE kind = ? AND record_id = ANY(?::text[])`, [
        kind,
        textArray(recordIds),
      ])
    }
  }

  /** Every record id of a kind the index holds (to drop what no longer exists on a rebuild). */
  @InjectManager()
  async indexedRecordIds(kind: SearchKind, @MedusaContext() sharedContext: Manager = {}): Promise<string[]> {
    const rows: { record_id: string }[] = await sharedContext.manager!.execute(
      `SELECT record_id FROM search_document WHERE kind = ? AND deleted_at IS NULL`,
      [kind]
    )
    return rows.map((row) => row.record_id)
  }

  /** Refreshes the planner's statistics after a rebuild (measured: 411 → 221 ms for «عسل» at 50,000 products). */
  @InjectManager()
  async analyze(@MedusaContext() sharedContext: Manager = {}): Promise<void> {
    await sharedContext.manager!.execute(`ANALYZE search_document; ANALYZE search_word`)
  }

  /** The lexicon's words that start with, or are within two edits of, one of the given words. */
  @InjectManager()
  async lexiconCandidates(words: string[], @MedusaContext() sharedContext: Manager = {}): Promise<string[]> {
    const usable = words.filter((word) => word.length > 0 && word.length <= MAX_WORD_LENGTH)
    if (!usable.length) {
      return []
    }
    const prefixes = usable.map((word) => `${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`)
    const rows: { word: string }[] = await sharedContext.manager!.execute(
      `SELECT word FROM search_word WHERE word LIKE ANY(?::text[])
       UNION
       SELECT w.word FROM search_word w, unnest(?::text[]) AS q(word)
       WHERE char_length(q.word) >= 4 AND abs(char_length(w.word) - char_length(q.word)) <= 2
         AND levenshtein_less_equal(w.word, q.word, 2) <= 2
       LIMIT 500`,
      [textArray(prefixes), textArray(usable)]
    )
    return rows.map((row) => row.word)
  }

  @InjectManager()
  async searchProducts(search: ProductSearch, @MedusaContext() sharedContext: Manager = {}): Promise<ProductSearchResult> {
    const manager = sharedContext.manager!
    const conditions = productConditions(search)
    const all = sql.and([conditions.base, ...Object.values(conditions.facets)])
    const page = sql.join([
      sql`SELECT d.record_id FROM search_document d WHERE `,
      all,
      sql` ORDER BY `,
      orderBy(search.sort, scoreSql(search.plan)),
      sql` LIMIT ${search.limit} OFFSET ${search.offset}`,
    ])
    const facets = facetSql(conditions)
    const [rows, counts] = await Promise.all([
      manager.execute<{ record_id: string }[]>(page.text, page.values),
      manager.execute<{ facet: string; value: string | null; n: number | string | null }[]>(facets.text, facets.values),
    ])
    const result: ProductSearchResult = {
      ids: rows.map((row) => row.record_id),
      count: 0,
      facets: { category: [], cooperative: [], province: [], label: [], edition: [], in_stock: 0, price: { min: null, max: null } },
    }
    for (const { facet, value, n } of counts) {
      const number = n === null ? null : Number(n)
      if (facet === "total") {
        result.count = number ?? 0
      } else if (facet === "in_stock") {
        result.facets.in_stock = number ?? 0
      } else if (facet === "price_min" || facet === "price_max") {
        result.facets.price[facet === "price_min" ? "min" : "max"] = number === null ? null : Math.round(number * 100) / 100
      } else if (value !== null && number) {
        result.facets[facet as FacetName].push({ value, count: number })
      }
    }
    for (const name of ["category", "cooperative", "province", "label", "edition"] as const) {
      result.facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    }
    return result
  }

  @InjectManager()
  async searchCooperatives(plan: WordPlan[], limit: number, @MedusaContext() sharedContext: Manager = {}): Promise<CooperativeHit[]> {
    if (!plan.length) {
      return []
    }
    const matches: Sql[] = plan.map(({ exact, near }) => sql`d.words && ${textArray([...exact, ...near])}::text[]`)
    const query = sql.join([
      sql`SELECT d.record_id AS id, d.handle, d.names, d.province FROM search_document d WHERE d.kind = 'cooperative' AND d.deleted_at IS NULL AND `,
      sql.and(matches),
      sql` ORDER BY `,
      scoreSql(plan),
      sql` DESC, d.handle LIMIT ${limit}`,
    ])
    return sharedContext.manager!.execute<CooperativeHit[]>(query.text, query.values)
  }
}
