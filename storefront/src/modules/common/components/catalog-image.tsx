import { getImageProps } from "next/image"
import { isOptimizableImage } from "@/lib/images"

type Props = {
  src: string
  alt: string
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string
  /** The page's largest image (LCP): fetched first, never lazily. */
  priority?: boolean
  className?: string
}

/**
 * A backend image filling its parent, which fixes the aspect ratio in CSS (Medusa stores no image
 * dimensions), so nothing shifts while it loads. AVIF/WebP and a `srcset` through the Next optimiser.
 * `getImageProps` builds the attributes on the server and renders a plain `<img>`: none of
 * next/image's client code ships.
 */
export function CatalogImage({ src, alt, sizes, priority = false, className }: Props) {
  const { props } = getImageProps({
    src,
    alt,
    fill: true,
    sizes,
    className,
    unoptimized: !isOptimizableImage(src),
    loading: priority ? "eager" : "lazy",
    fetchPriority: priority ? "high" : undefined,
  })
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image: getImageProps' attributes on a plain <img>
  return <img {...props} alt={alt} />
}
