import type { ReactNode } from "react"
import "@/modules/markets/markets.css"

/** The markets pages (`/[locale]/markets/…`): their styles load on these pages only. */
export default function MarketsLayout({ children }: { children: ReactNode }) {
  return children
}
