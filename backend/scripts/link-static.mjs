// After `medusa build`: the built server serves /static from its own folder; point that folder at
// backend/static, where uploads live, so rebuilding never loses them.
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import { join } from "node:path"

const backend = new URL("..", import.meta.url).pathname
const uploads = join(backend, "static")
const served = join(backend, ".medusa", "server", "static")

mkdirSync(uploads, { recursive: true })
if (existsSync(served) || lstatSync(served, { throwIfNoEntry: false })) {
  rmSync(served, { recursive: true, force: true })
}
symlinkSync("../../static", served, "dir")
