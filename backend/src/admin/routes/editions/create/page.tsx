import { Heading, Text, toast } from "@medusajs/ui"
import type { AdminEditionInput } from "@tadamon/shared"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { errorMessage, useSaveEdition } from "../components/api"
import { EditionForm } from "../components/edition-form"

/** A new market edition. */
const CreateEditionPage = () => {
  const { t } = useTranslation("editions")
  const navigate = useNavigate()
  const save = useSaveEdition(null)

  const submit = async (input: AdminEditionInput) => {
    try {
      const { edition } = await save.mutateAsync(input)
      toast.success(t("done.created"))
      void navigate(`/editions/${edition.id}`)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1">
        <Link to="/editions" className="text-ui-fg-subtle text-small">
          {t("back")}
        </Link>
        <Heading level="h1">{t("create.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("create.subtitle")}
        </Text>
      </div>
      <EditionForm pending={save.isPending} onSubmit={submit} />
    </div>
  )
}

export default CreateEditionPage
