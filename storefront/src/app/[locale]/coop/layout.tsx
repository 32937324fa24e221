import type { ReactNode } from "react"
import "@/modules/vendor/vendor.css"

/**
 * The cooperative portal (`/[locale]/coop/…`). Its styles and client islands load on these pages
 * only: the catalog's pages never carry portal code.
 */
export default function VendorLayout({ children }: { children: ReactNode }) {
  return <div className="vendor">{children}</div>
}
