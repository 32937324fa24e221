/**
 * The cooperative portal's contract for joining, members, documents and listings (`/vendor/*`),
 * the organizers' moderation routes (`/admin/cooperatives/*`, `/admin/products/:id/review`) and the
 * labels the store shows (`/store/products/:id/labels`, `labels` on `/store/cooperatives/:handle`).
 *
 * Auth: every `/vendor/*` route takes a `member` session or bearer token (actor type `member`).
 * Two routes take the bearer token of an identity that has no member yet (right after
 * `POST /auth/member/emailpass/register`): `POST /vendor/applications` and
 * `POST /vendor/invitations/accept`; `POST /vendor/uploads` accepts both kinds of token so an
 * applicant can attach files. After applying or accepting, the identity is bound to its member:
 * get a member token with `POST /auth/token/refresh` (same bearer) or sign in again.
 *
 * Files: each upload is recorded with its owner (the member's cooperative, or the registering
 * identity until its application creates the cooperative) and only the owner can refer to it.
 * Photos are public; documents are private, read through `GET /vendor/documents/:id/file`
 * (members of the cooperative) and `GET /admin/cooperatives/:id/documents/:document_id/file`
 * (organizers): the file itself, or a redirect to a short-lived signed URL on S3-compatible storage.
 *
 * Errors: 401 without a member session (or with a customer's, or a removed member's), 403 on writes
 * of a suspended cooperative and on owner-only routes for members, 404 for ids of another cooperative, 409 for
 * conflicts (taken email, handle or registration number), 400 with one error per field
 * (`VendorValidationErrorResponse`, messages in the request's locale: `?locale=` or
 * `x-medusa-locale`).
 */
export * from "./vendor-messages"
export * from "./vendor-documents"
export * from "./vendor-members"
export * from "./vendor-products"
