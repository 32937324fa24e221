import Link from "next/link"
import type { ReactNode } from "react"

type Props = {
  id: string
  number: number
  title: string
  state: "open" | "done" | "upcoming"
  /** Link to reopen a done step, with its accessible text. */
  edit?: { href: string; label: string }
  /** What a done step holds, shown while it is closed. */
  summary?: ReactNode
  children?: ReactNode
}

/** One step of the checkout: open (its form), done (a summary and "change"), or still to come. */
export function CheckoutStep({ id, number, title, state, edit, summary, children }: Props) {
  const headingId = `checkout-${id}-title`
  return (
    <section
      className={`checkout-step checkout-step--${state}`}
      aria-labelledby={headingId}
      data-testid={`checkout-step-${id}`}
      data-state={state}
    >
      <div className="checkout-step__header">
        <h2 id={headingId}>
          <span className="checkout-step__number" aria-hidden="true">
            {number}
          </span>
          {title}
        </h2>
        {state === "done" && edit ? (
          <Link href={edit.href} prefetch={false} className="button-link" data-testid={`checkout-edit-${id}`}>
            {edit.label}
          </Link>
        ) : null}
      </div>
      {state === "open" ? children : null}
      {state === "done" ? summary : null}
    </section>
  )
}
