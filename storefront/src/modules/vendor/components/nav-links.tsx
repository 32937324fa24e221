"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

export type NavLink = { href: string; label: string; id: string }

/** The portal's sections; the current one (or its parent, on a detail page) is marked. */
export function NavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname()
  return (
    <ul role="list" className="vendor-nav__links">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`)
        return (
          <li key={link.id}>
            <Link href={link.href} prefetch={false} className="vendor-nav__link" aria-current={current ? "page" : undefined} data-testid={`coop-nav-${link.id}`}>
              {link.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
