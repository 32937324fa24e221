import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { UploadKind, UPLOAD_MIME_TYPES } from "@tadamon/shared"
import { createCooperativeUploadsStep } from "./steps/create-cooperative-uploads"

export type UploadCooperativeFilesWorkflowInput = {
  /** The member's cooperative; null for someone registering, who owns the files until applying. */
  cooperative_id: string | null
  auth_identity_id: string | null
  kind: UploadKind
  /** Files whose type was recognised from their content; `content` in base64. */
  files: Array<{ filename: string; mime_type: (typeof UPLOAD_MIME_TYPES)[number]; content: string; size: number }>
}

/**
 * Stores files through Medusa's File Module, photos public and documents private (outside any
 * public folder or URL), and records who uploaded each. Any failure deletes what was stored.
 */
export const uploadCooperativeFilesWorkflow = createWorkflow("upload-cooperative-files", (input: UploadCooperativeFilesWorkflowInput) => {
  const stored = uploadFilesStep(
    transform({ input }, ({ input }) => ({
      files: input.files.map((file) => ({
        filename: file.filename,
        mimeType: file.mime_type,
        content: file.content,
        access: input.kind === "photo" ? ("public" as const) : ("private" as const),
      })),
    }))
  )
  const uploads = createCooperativeUploadsStep(
    transform({ input, stored }, ({ input, stored }) =>
      input.files.map((file, index) => ({
        file_id: stored[index].id,
        kind: input.kind,
        url: input.kind === "photo" ? stored[index].url : null,
        mime_type: file.mime_type,
        size: file.size,
        cooperative_id: input.cooperative_id,
        auth_identity_id: input.auth_identity_id,
      }))
    )
  )
  return new WorkflowResponse(uploads)
})
