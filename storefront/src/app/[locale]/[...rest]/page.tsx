import { notFound } from "next/navigation"

/** Unknown paths inside a locale get the localized 404 of `[locale]/not-found.tsx`. */
export default function CatchAllPage() {
  notFound()
}
