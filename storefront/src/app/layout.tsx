import type { ReactNode } from "react"

/**
 * The real root layout is `[locale]/layout.tsx` (it sets `<html lang dir>`). This one only exists
 * so that `app/not-found.tsx` can answer URLs outside any locale.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
