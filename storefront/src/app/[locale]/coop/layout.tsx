import type { ReactNode } from "react"
import "@/modules/coop/coop.css"

/**
 * The cooperative portal (`/[locale]/coop/…`). Its styles and client islands load on these pages
 * only: the catalog's pages never carry portal code.
 */
export default function CoopLayout({ children }: { children: ReactNode }) {
  return <div className="coop">{children}</div>
}
