import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { standSheetUrl, type AdminEditionInput } from "@tadamon/shared"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { errorMessage, useDeleteEdition, useEdition, useEditionConfig, useSaveEdition } from "../components/api"
import { EditionForm } from "../components/edition-form"
import { EditionStatusBadge, useEditionFormat } from "../components/shared"

/** The stand sheets a cooperative prints, in Arabic and French (a storefront page). */
const SHEET_LOCALES = ["ar", "fr"] as const

/** One edition: its form, the stand sheets of its cooperatives, deletion. */
const EditionPage = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation("editions")
  const navigate = useNavigate()
  const prompt = usePrompt()
  const format = useEditionFormat()
  const { data, isLoading, isError } = useEdition(id)
  const config = useEditionConfig()
  const save = useSaveEdition(id)
  const remove = useDeleteEdition(id)

  if (isLoading) {
    return (
      <Container>
        <Text>{t("loading")}</Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{t("errors.load")}</Text>
      </Container>
    )
  }
  const edition = data.edition
  const storefrontUrl = config.data?.storefront_url

  const submit = async (input: AdminEditionInput) => {
    try {
      await save.mutateAsync(input)
      toast.success(t("done.saved"))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: t("delete.title"),
      description: t("delete.description", { name: format.text(edition.name) }),
      confirmText: t("delete.confirm"),
      cancelText: t("delete.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync()
      toast.success(t("done.deleted"))
      void navigate("/editions")
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const standSheets = (cooperativeId: string) => {
    const participant = edition.participants.find((saved) => saved.cooperative.id === cooperativeId)
    if (!participant || !storefrontUrl) {
      return null
    }
    return (
      <div className="flex gap-x-2 pb-1">
        {SHEET_LOCALES.map((locale) => (
          <a
            key={locale}
            href={standSheetUrl(storefrontUrl, locale, edition.handle, participant.cooperative.handle)}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive txt-compact-small flex items-center gap-x-1"
            data-testid="stand-sheet-link"
          >
            {t("standSheet", { language: t(`locale.${locale}`) })}
            <ArrowUpRightOnBox />
          </a>
        ))}
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-y-1">
          <Link to="/editions" className="text-ui-fg-subtle text-small">
            {t("back")}
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1" dir="auto">
              {format.text(edition.name)}
            </Heading>
            <EditionStatusBadge status={edition.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("list.range", { from: format.day(edition.starts_on), to: format.day(edition.ends_on) })} · {format.province(edition.province)}
          </Text>
        </div>
        <Button variant="danger" size="small" onClick={() => void confirmDelete()} isLoading={remove.isPending}>
          {t("delete.title")}
        </Button>
      </div>
      {/* Keyed by the saved edition so the form starts again from what the API stored. */}
      <EditionForm key={JSON.stringify(edition)} edition={edition} pending={save.isPending} onSubmit={submit} standActions={standSheets} />
    </div>
  )
}

export default EditionPage
