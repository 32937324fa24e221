import { CatalogImage } from "@/modules/common/components/catalog-image"

type Props = { name: string; logo: string | null; alt: string; sizes: string; priority?: boolean }

/** The cooperative's logo in a square, or its initial on a warm tile when it has none. */
export function CooperativeLogo({ name, logo, alt, sizes, priority }: Props) {
  return (
    <div className="coop-logo media-box">
      {logo ? (
        <CatalogImage src={logo} alt={alt} sizes={sizes} priority={priority} className="coop-logo__img" />
      ) : (
        <span className="coop-logo__initial" aria-hidden="true">
          {Array.from(name.trim())[0] ?? ""}
        </span>
      )}
    </div>
  )
}
