import Link from "next/link"

/** A home section title with an optional "see all" link beside it. */
export function SectionHeading({ id, title, link }: { id: string; title: string; link?: { href: string; label: string } }) {
  return (
    <div className="section-heading">
      <h2 id={id}>{title}</h2>
      {link ? <Link href={link.href}>{link.label}</Link> : null}
    </div>
  )
}
