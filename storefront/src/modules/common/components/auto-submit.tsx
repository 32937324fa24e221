"use client"

import { useEffect, useRef } from "react"

/**
 * Submits the enclosing form once, as soon as the page is interactive (the form's own button
 * stays for a retry, and for a browser without JavaScript).
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  const done = useRef(false)
  useEffect(() => {
    if (done.current) {
      return
    }
    done.current = true
    marker.current?.closest("form")?.requestSubmit()
  }, [])
  return <span ref={marker} hidden />
}
